import { type Kysely, sql } from 'kysely';

// Issue R2-6 (national scale): the nation- and province-scope household views (sheet 3, the households progress
// dashboard, KPI I4 of province and district agents) summed ~75,000 villages' rollup rows (sheet 3 at the nation:
// 1.2 s with 1 M households). These three tables hold, per district (the unit of kind 'district' whose path is the
// first three segments of the village's: '/CDD/95/9501/'), the sums of the village rollups of migrations
// 2026-12-07-0500 (household_progress_status / _months) and 2026-12-08-1210 (household_poverty_counts), with the
// same columns (unit_id is the district). The households module recomputes the districts of the units a write
// touched at the end of its recount (progress-queries.ts); this migration backfills them from the village rows.
const districtOf = sql`d.kind = 'district' and d.path = substring(u.path from '^/[^/]+/[^/]+/[^/]+/')`;

const statements = [
  sql`create table household_district_status (
    unit_id integer not null references units(id),
    status text not null,
    households integer not null,
    planned integer not null,
    active integer not null,
    primary key (unit_id, status)
  )`,
  sql`create table household_district_months (
    unit_id integer not null references units(id),
    month date not null,
    status text not null,
    planned integer not null,
    active integer not null,
    primary key (unit_id, month, status)
  )`,
  sql`create table household_district_poverty (
    unit_id integer not null references units(id),
    fiscal_year smallint not null,
    targets integer not null,
    passed integer not null,
    primary key (unit_id, fiscal_year),
    check (0 <= passed and passed <= targets)
  )`,
  sql`insert into household_district_status (unit_id, status, households, planned, active)
    select d.id, r.status, sum(r.households)::int, sum(r.planned)::int, sum(r.active)::int
    from household_progress_status r join units u on u.id = r.unit_id join units d on ${districtOf}
    group by d.id, r.status`,
  sql`insert into household_district_months (unit_id, month, status, planned, active)
    select d.id, r.month, r.status, sum(r.planned)::int, sum(r.active)::int
    from household_progress_months r join units u on u.id = r.unit_id join units d on ${districtOf}
    group by d.id, r.month, r.status`,
  sql`insert into household_district_poverty (unit_id, fiscal_year, targets, passed)
    select d.id, r.fiscal_year, sum(r.targets)::int, sum(r.passed)::int
    from household_poverty_counts r join units u on u.id = r.unit_id join units d on ${districtOf}
    group by d.id, r.fiscal_year`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table household_district_poverty`.execute(db);
  await sql`drop table household_district_months`.execute(db);
  await sql`drop table household_district_status`.execute(db);
}
