import type { Db } from '../../db/database.ts';
import { monthCounts, statusCountsByArea } from './progress-queries.ts';

/**
 * The households register's progress under a unit, from the rollup kept on write (never a scan of households): the
 * register by status per child area (`segment` of the path), and per month the households whose first plan item or
 * first activity fell in it, before `until`.
 */
export async function householdProgressUnder(db: Db, path: string, segment: number, until: string) {
  const [areas, months] = await Promise.all([
    statusCountsByArea(db, path, segment),
    monthCounts(db, path, until),
  ]);
  return { areas, months };
}
