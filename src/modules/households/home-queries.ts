import type { Db } from '../../db/database.ts';
import { surveyYearsUnder } from './queries.ts';

/** The newest survey year with an income recorded for a household under a unit, or null when there is none. */
export async function latestSurveyYearUnder(db: Db, path: string): Promise<number | null> {
  return (await surveyYearsUnder(db, path))[0] ?? null;
}
