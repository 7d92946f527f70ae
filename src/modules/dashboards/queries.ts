import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { pathUnder } from '../../plugins/access.ts';

/**
 * The survey years of the households register at or below a unit, newest first: the few distinct years found by a
 * skip scan of household_incomes_year_idx (migration 2026-12-08-1300), each kept when one household under the unit
 * has an income that year (units by path, households by unit, incomes by key: stops at the first). The same answer
 * as the households module's surveyYearsUnder, which reads every income row under the unit (seconds at the nation).
 */
export async function surveyYearsUnder(db: Db, path: string): Promise<number[]> {
  const { rows } = await sql<{ year: number }>`
    with recursive years(year) as (
      select min(survey_year)::int from household_incomes
      union all
      select (select min(i.survey_year)::int from household_incomes i where i.survey_year > y.year)
      from years y where y.year is not null
    )
    select y.year from years y
    where y.year is not null and exists (
      select 1 from units u
      join households h on h.unit_id = u.id
      join household_incomes n on n.household_id = h.id and n.survey_year = y.year
      where ${pathUnder(sql.ref('u.path'), path)})
    order by y.year desc`.execute(db);
  return rows.map((r) => r.year);
}
