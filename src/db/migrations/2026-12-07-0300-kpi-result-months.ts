import { type Kysely, sql } from 'kysely';

// Issue R2-3 §4: a KPI's monthly history for each unit, so a KPI page can draw its months and forecast the round's
// end. One row per KPI, unit and month (the first day of the month of the result's as-of date); a later result
// within the same month replaces that month's value. Written in the same transaction as the current result
// (kpi_results), and backfilled here from the current results, one month each.
const statements = [
  sql`create table kpi_result_months (
    kpi_id integer not null references kpis(id) on delete cascade,
    unit_id integer not null references units(id),
    month date not null check (extract(day from month) = 1),
    value numeric,
    as_of date not null,
    source text not null check (source in ('manual', 'report', 'register', 'demo')),
    updated_at timestamptz not null default now(),
    primary key (kpi_id, unit_id, month),
    check (date_trunc('month', as_of)::date = month)
  )`,
  // A unit subtree's months of a set of KPIs: the unit ids come from the subtree, the KPIs from the round.
  sql`create index kpi_result_months_unit_idx on kpi_result_months (unit_id, kpi_id, month)`,
  sql`insert into kpi_result_months (kpi_id, unit_id, month, value, as_of, source, updated_at)
    select kpi_id, unit_id, date_trunc('month', as_of)::date, value, as_of, source, updated_at from kpi_results`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table kpi_result_months`.execute(db);
}
