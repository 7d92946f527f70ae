import type { Db } from '../../db/database.ts';
import { pathUnder } from '../../plugins/access.ts';

/** The newest survey year with an income recorded for a household under a unit, or null when there is none. */
export async function latestSurveyYearUnder(db: Db, path: string): Promise<number | null> {
  const row = await db
    .selectFrom('household_incomes as n')
    .innerJoin('households as h', 'h.id', 'n.household_id')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .select((eb) => eb.fn.max('n.survey_year').as('year'))
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .executeTakeFirst();
  return row?.year ?? null;
}
