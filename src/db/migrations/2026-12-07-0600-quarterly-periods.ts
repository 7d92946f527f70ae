import { type Kysely, sql } from 'kysely';

// Issue R2-3 §2 "entry per region office per quarter" and seed 004 §5.4 "dual targets". Region figures gain their
// quarter: a row is what a CODI region office reported for one quarter (its annual target and its result to date,
// "ผลสะสม", as the report's region tables print them: 004 L115 "เหนือ | 104 | 105"), the result blank until the
// office enters it, with the office's own narrative and who entered it. The rows already stored are the report's
// own quarter. A KPI may carry further measures: a secondary measure with its own target and quarters (item 6
// "5 หน่วยงาน 50 องค์กร", 004 L174), parts of the whole (item 2: 2.1 + 2.2, 004 L64) and an achievable
// denominator (2.3 "ร้อยละ 65.38 ของเป้าหมายที่สามารถดำเนินการได้ 5,029 ครัวเรือน", 004 L81).
const statements = [
  // A new quarter's report starts without an as-of date; the data-quality page asks for one.
  sql`alter table quarterly_reports alter column as_of drop not null`,
  // A report created here has no paper version: nothing printed to compare the computed figures with.
  sql`alter table quarterly_reports add column from_paper boolean not null default true`,
  sql`alter table quarterly_region_results add column quarter integer`,
  sql`update quarterly_region_results rr set quarter = r.quarter
      from quarterly_kpis k join quarterly_reports r on r.id = k.report_id where k.id = rr.kpi_id`,
  sql`alter table quarterly_region_results alter column quarter set not null`,
  sql`alter table quarterly_region_results add constraint quarterly_region_results_quarter_check
      check (quarter between 1 and 4)`,
  sql`alter table quarterly_region_results drop constraint quarterly_region_results_pkey`,
  sql`alter table quarterly_region_results add primary key (kpi_id, region, quarter)`,
  sql`alter table quarterly_region_results alter column result drop not null`,
  sql`alter table quarterly_region_results add column narrative_th text`,
  sql`alter table quarterly_region_results add column entered_by integer references users(id)`,
  sql`alter table quarterly_region_results add column entered_at timestamptz`,
  sql`create table quarterly_kpi_measures (
    kpi_id integer not null references quarterly_kpis(id) on delete cascade,
    position integer not null check (position >= 1),
    role text not null check (role in ('secondary', 'part', 'achievable')),
    name_th text not null,
    unit_th text not null,
    target numeric,
    result numeric,
    printed_result numeric,
    printed_percent numeric,
    source_line integer,
    primary key (kpi_id, position)
  )`,
  sql`create table quarterly_measure_quarters (
    kpi_id integer not null,
    position integer not null,
    quarter integer not null check (quarter between 1 and 4),
    planned numeric,
    result numeric,
    printed_adjusted numeric,
    printed_percent numeric,
    primary key (kpi_id, position, quarter),
    foreign key (kpi_id, position) references quarterly_kpi_measures (kpi_id, position) on delete cascade
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table quarterly_measure_quarters`.execute(db);
  await sql`drop table quarterly_kpi_measures`.execute(db);
  await sql`update quarterly_reports set as_of = period_to where as_of is null`.execute(db);
  await sql`alter table quarterly_reports alter column as_of set not null`.execute(db);
  await sql`alter table quarterly_reports drop column from_paper`.execute(db);
  await sql`delete from quarterly_region_results where result is null`.execute(db);
  for (const column of ['entered_at', 'entered_by', 'narrative_th'])
    await sql`alter table quarterly_region_results drop column ${sql.ref(column)}`.execute(db);
  await sql`alter table quarterly_region_results alter column result set not null`.execute(db);
  await sql`alter table quarterly_region_results drop constraint quarterly_region_results_pkey`.execute(db);
  await sql`delete from quarterly_region_results rr using quarterly_kpis k join quarterly_reports r on r.id = k.report_id
    where k.id = rr.kpi_id and rr.quarter <> r.quarter`.execute(db);
  await sql`alter table quarterly_region_results drop column quarter`.execute(db);
  await sql`alter table quarterly_region_results add primary key (kpi_id, region)`.execute(db);
}
