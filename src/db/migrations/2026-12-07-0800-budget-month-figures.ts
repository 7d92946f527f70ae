import { type Kysely, sql } from 'kysely';

// Issue R2-3 (budget curve at national scale): KPI T1's figures of each unit's own budget lines at each month end
// of a fiscal year, computed by the register's formula and kept current on every budget write (event added or
// removed, import, return cut-off), so the nation's curve sums 77 provinces' rows instead of recomputing every line
// (measured in bench/dashboards-budget.ts). A unit with lines and no rows yet (those before this migration) is
// computed on its first read: the formula lives in the application, not in SQL, so this migration does not backfill.
// `reason` holds the register's Thai refusal for a month its events do not add up.
const statements = [
  sql`create table budget_month_figures (
    unit_id integer not null references units(id),
    fiscal_year integer not null,
    month date not null,
    allocated numeric not null,
    deducted_returns numeric not null,
    base numeric not null,
    disbursed numeric not null,
    committed numeric not null,
    spent numeric not null,
    reason text,
    primary key (fiscal_year, unit_id, month)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table budget_month_figures`.execute(db);
}
