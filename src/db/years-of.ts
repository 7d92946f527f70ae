import type { SelectQueryBuilder } from 'kysely';
import type { Database } from './schema.ts';

/** The distinct years a query selects as `year`, newest first: the years a register holds. */
export async function yearsOf(
  query: SelectQueryBuilder<Database, never, { year: number }>,
): Promise<number[]> {
  const rows = await query.distinct().orderBy('year', 'desc').execute();
  return rows.map((r) => r.year);
}
