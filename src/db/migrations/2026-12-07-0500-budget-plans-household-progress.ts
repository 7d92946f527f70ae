import { type Kysely, sql } from 'kysely';

// Issue R2-3 (budget curve and household progress on the dashboards).
// 1. budget_plans: the cumulative % of the allocation planned to be spent by the end of each quarter of a fiscal
//    year, set by the department for every province (unit_id = the department) and optionally overridden by a
//    province for itself. The seeds state no quarterly figures, so a plan is entered, never derived; `demo` marks
//    the demo example.
// 2. household_progress_status / household_progress_months: counts of the households register per village or
//    sub-district, kept current in the households write paths (same transaction), so a national dashboard sums a
//    few rows per unit and never scans households. Status counts are the register as it stands; the months hold
//    the households whose first plan item was entered (Bangkok time) or whose first activity was done in that
//    month, for the cumulative curves.
const statements = [
  sql`create table budget_plans (
    fiscal_year integer not null check (fiscal_year between 2500 and 2700),
    unit_id integer not null references units(id),
    q1 numeric(5,2) not null,
    q2 numeric(5,2) not null,
    q3 numeric(5,2) not null,
    q4 numeric(5,2) not null,
    demo boolean not null default false,
    updated_by integer references users(id),
    updated_at timestamptz not null default now(),
    primary key (fiscal_year, unit_id),
    check (0 <= q1 and q1 <= q2 and q2 <= q3 and q3 <= q4 and q4 <= 100)
  )`,
  sql`create table household_progress_status (
    unit_id integer not null references units(id),
    status text not null,
    households integer not null,
    planned integer not null,
    active integer not null,
    primary key (unit_id, status)
  )`,
  sql`create table household_progress_months (
    unit_id integer not null references units(id),
    month date not null,
    status text not null,
    planned integer not null,
    active integer not null,
    primary key (unit_id, month, status)
  )`,
  // Backfill from the register as it is (the same counts the write paths keep).
  sql`insert into household_progress_status (unit_id, status, households, planned, active)
    select h.unit_id, h.status, count(*)::int,
      count(*) filter (where exists (select 1 from household_plan_items p where p.household_id = h.id))::int,
      count(*) filter (where exists (select 1 from household_activities a where a.household_id = h.id))::int
    from households h group by h.unit_id, h.status`,
  sql`insert into household_progress_months (unit_id, month, status, planned, active)
    select unit_id, month, status, sum(planned)::int, sum(active)::int from (
      select h.unit_id, h.status,
        date_trunc('month', min(p.created_at at time zone 'Asia/Bangkok'))::date as month, 1 as planned, 0 as active
      from households h join household_plan_items p on p.household_id = h.id group by h.id
      union all
      select h.unit_id, h.status, date_trunc('month', min(a.done_on))::date, 0, 1
      from households h join household_activities a on a.household_id = h.id group by h.id
    ) x group by unit_id, month, status`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table household_progress_months`.execute(db);
  await sql`drop table household_progress_status`.execute(db);
  await sql`drop table budget_plans`.execute(db);
}
