import type { Db } from '../../db/database.ts';
import { pathUnder } from '../../plugins/access.ts';

/** The newest fiscal year with a project under a unit, or null when there is none. */
export async function latestProjectYearUnder(db: Db, path: string): Promise<number | null> {
  const row = await db
    .selectFrom('projects as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select((eb) => eb.fn.max('p.fiscal_year').as('year'))
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .executeTakeFirst();
  return row?.year ?? null;
}
