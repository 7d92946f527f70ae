import { type Kysely, sql } from 'kysely';

// Issue R2-6 (national scale, item 3): indexes the dashboards need once the register holds a nation (bench/nation:
// 75,000 villages, 1 M households, measured by bench/dashboards-nation.ts).
// household_incomes_year_idx: the survey years a page offers are read by a skip scan over the few distinct years
// (each then checked under the unit with an index-only path), instead of a distinct over every income row: the
// budget and households dashboards took seconds at the nation with a million households.
const statements = [sql`create index household_incomes_year_idx on household_incomes (survey_year)`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index household_incomes_year_idx`.execute(db);
}
