import { type Kysely, sql } from 'kysely';

// Issue R2-3 §1 and R2-6 §3: the agreement scores kept current on write, so that the nation and region dashboards
// read aggregates instead of scoring 928 districts × 20 KPIs at each view (DHIS2's slow dashboards, anchors §1.2).
// One row per agreement in force (per KPI set, pair and agent: the latest signed version, else the latest draft)
// with its total and counts, and one row per item with its level and score, exactly as the agreement page scores
// them. The rows are written by the agreements module's refreshScores in the writer's transaction; existing
// agreements are filled at start-up by the same code (a migration never imports app code), see
// src/modules/agreements/rollup.ts backfillScores.
const statements = [
  sql`create table agreement_scores (
    agreement_id integer primary key references agreements(id) on delete cascade,
    kpi_set_id integer not null references kpi_sets(id) on delete cascade,
    pair text not null check (pair in ('dg_province', 'province_district', 'province_work_group')),
    agent_unit_id integer not null references units(id),
    agent_path text not null,
    province_code text not null,
    fiscal_year integer not null,
    round integer not null,
    score numeric,
    reported integer not null,
    expected integer not null,
    status text not null check (status in ('draft', 'signed')),
    refreshed_at timestamptz not null default now(),
    unique (kpi_set_id, pair, agent_unit_id)
  )`,
  sql`create index agreement_scores_round_idx on agreement_scores (fiscal_year, round, pair, province_code)`,
  sql`create table agreement_item_levels (
    agreement_id integer not null references agreement_scores(agreement_id) on delete cascade,
    kpi_id integer not null references kpis(id) on delete cascade,
    selected boolean not null,
    level integer check (level between 0 and 5),
    score numeric,
    weighted_score numeric,
    next_th text,
    primary key (agreement_id, kpi_id)
  )`,
  sql`create index agreement_item_levels_kpi_idx on agreement_item_levels (kpi_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['agreement_item_levels', 'agreement_scores'])
    await sql`drop table ${sql.table(table)}`.execute(db);
}
