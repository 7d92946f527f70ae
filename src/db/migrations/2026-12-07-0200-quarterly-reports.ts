import { type Kysely, sql } from 'kysely';

// Issue R2-3 §2: the quarterly report (seed 004 layout). A report per fiscal year and quarter; its strategic issues
// with their own display order; one row per plan item with its KPI (seed 004 §1.2: "each (sub-)item carries one
// KPI"); the four quarters' planned targets and results; the five CODI region offices' targets and results;
// narratives. Every figure is NUMERIC. The printed_* columns keep what a paper report printed, so the report
// shows the computed figure and flags where the paper differs.
const statements = [
  sql`create table quarterly_reports (
    id serial primary key,
    fiscal_year integer not null check (fiscal_year between 2500 and 2700),
    quarter integer not null check (quarter between 1 and 4),
    title_th text not null,
    organisation_th text not null,
    source text,
    period_from date not null,
    period_to date not null,
    as_of date not null,
    status text not null default 'draft' check (status in ('draft', 'published')),
    published_at timestamptz,
    published_by integer references users(id),
    updated_at timestamptz not null default now(),
    unique (fiscal_year, quarter)
  )`,
  sql`create table quarterly_strategic_issues (
    report_id integer not null references quarterly_reports(id) on delete cascade,
    no integer not null check (no >= 1),
    display_order integer not null check (display_order >= 1),
    name_th text not null,
    source_line integer,
    primary key (report_id, no)
  )`,
  sql`create table quarterly_kpis (
    id serial primary key,
    report_id integer not null,
    strategic_issue_no integer not null,
    code text not null,
    display_order integer not null check (display_order >= 1),
    name_th text not null,
    unit_th text not null,
    accumulation text not null check (accumulation in ('flow', 'stock')),
    annual_target numeric not null,
    source_line integer,
    threshold_value numeric,
    threshold_comparison text check (threshold_comparison in ('gte', 'gt', 'lte', 'lt')),
    threshold_line integer,
    threshold_result numeric,
    threshold_result_line integer,
    printed_annual_result numeric,
    printed_annual_percent numeric,
    printed_colour text check (printed_colour in ('red', 'yellow', 'green')),
    printed_colour_line integer,
    region_line integer,
    printed_region_target numeric,
    printed_region_result numeric,
    printed_region_percent numeric,
    unique (report_id, code),
    foreign key (report_id, strategic_issue_no) references quarterly_strategic_issues (report_id, no) on delete cascade,
    check ((threshold_value is null) = (threshold_comparison is null))
  )`,
  sql`create table quarterly_kpi_quarters (
    kpi_id integer not null references quarterly_kpis(id) on delete cascade,
    quarter integer not null check (quarter between 1 and 4),
    planned numeric,
    result numeric,
    printed_adjusted numeric,
    printed_percent numeric,
    printed_adjusted_label_only boolean not null default false,
    primary key (kpi_id, quarter)
  )`,
  sql`create table quarterly_region_results (
    kpi_id integer not null references quarterly_kpis(id) on delete cascade,
    region text not null check (region in ('N', 'NE', 'S', 'CW', 'BE')),
    position integer not null,
    name_th text not null,
    target numeric not null,
    result numeric not null,
    printed_percent numeric,
    primary key (kpi_id, region)
  )`,
  sql`create table quarterly_narratives (
    kpi_id integer not null references quarterly_kpis(id) on delete cascade,
    position integer not null,
    kind text not null check (kind in ('result', 'problem', 'solution', 'remark')),
    text_th text not null,
    source_line integer,
    primary key (kpi_id, position)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'quarterly_narratives',
    'quarterly_region_results',
    'quarterly_kpi_quarters',
    'quarterly_kpis',
    'quarterly_strategic_issues',
    'quarterly_reports',
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
}
