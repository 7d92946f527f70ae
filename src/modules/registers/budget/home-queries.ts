import type { Db } from '../../../db/database.ts';
import { under } from '../scope.ts';

/** The newest fiscal year with a project under a unit, or null when there is none. */
export async function latestProjectYearUnder(db: Db, path: string): Promise<number | null> {
  const row = await db
    .selectFrom('projects as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select((eb) => eb.fn.max('p.fiscal_year').as('year'))
    .where('u.path', 'like', under(path))
    .executeTakeFirst();
  return row?.year ?? null;
}
