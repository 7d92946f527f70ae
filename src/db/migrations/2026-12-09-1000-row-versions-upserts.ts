import { type Kysely, sql } from 'kysely';

// Issue R2-6 item 5, the rest of the edit routes: the rows saved by a PUT that creates or replaces them (a round's
// dates, a KPI result, a budget cut-off or plan, a register binding, a women's fund report, a region's quarter, a
// due-date override, a unit's LINE group) keep a row version as the 2026-12-08-1400 tables do. The first save
// inserts version 1; each later save (a PUT or an import) bumps it, and a save made from an older version is
// refused 409 (`insert … on conflict … do update set …, row_version = row_version + 1 where row_version = $sent`).
// A constant default adds the column without rewriting the table.
const TABLES = [
  'evaluation_rounds',
  'kpi_results',
  'budget_cutoffs',
  'budget_plans',
  'register_bindings',
  'womens_fund_snapshots',
  'womens_fund_portfolios',
  'quarterly_region_results',
  'due_date_overrides',
  'unit_line_groups',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES)
    await sql`alter table ${sql.table(table)} add column row_version integer not null default 1 check (row_version >= 1)`.execute(
      db,
    );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await sql`alter table ${sql.table(table)} drop column row_version`.execute(db);
}
