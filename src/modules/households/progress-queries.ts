import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { HouseholdStatus } from '../../domain/registers/households.ts';
import { pathUnder } from '../../plugins/access.ts';

/**
 * The households rollup (migration 2026-12-07-0500): counts per village or sub-district, recounted for the units a
 * write touched, in the write's own transaction. Two set-based statements per table whatever the number of units:
 * a single edit recounts one village, an import every unit under the importing office.
 */
async function recount(db: Db, units: RawBuilder<unknown>) {
  await sql`delete from household_progress_status where unit_id in (${units})`.execute(db);
  await sql`
    insert into household_progress_status (unit_id, status, households, planned, active)
    select h.unit_id, h.status, count(*)::int,
      count(*) filter (where exists (select 1 from household_plan_items p where p.household_id = h.id))::int,
      count(*) filter (where exists (select 1 from household_activities a where a.household_id = h.id))::int
    from households h where h.unit_id in (${units})
    group by h.unit_id, h.status`.execute(db);
  await sql`delete from household_progress_months where unit_id in (${units})`.execute(db);
  await sql`
    insert into household_progress_months (unit_id, month, status, planned, active)
    select unit_id, month, status, sum(planned)::int, sum(active)::int from (
      select h.unit_id, h.status,
        date_trunc('month', min(p.created_at at time zone 'Asia/Bangkok'))::date as month, 1 as planned, 0 as active
      from households h join household_plan_items p on p.household_id = h.id
      where h.unit_id in (${units}) group by h.id
      union all
      select h.unit_id, h.status, date_trunc('month', min(a.done_on))::date, 0, 1
      from households h join household_activities a on a.household_id = h.id
      where h.unit_id in (${units}) group by h.id
    ) x group by unit_id, month, status`.execute(db);
}

/** After a write to these units' households (a household moved counts in both its old and new unit). */
export function recountUnits(db: Db, unitIds: number[]) {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return Promise.resolve();
  return recount(db, sql.join(ids.map((id) => sql`${id}::int`)));
}

/** After an import: every unit under the importing office, in one pass. */
export function recountUnder(db: Db, path: string) {
  return recount(db, sql`select id from units where ${pathUnder(sql.ref('path'), path)}`);
}

export type StatusCountRow = {
  code: string;
  status: HouseholdStatus;
  households: number;
  planned: number;
  active: number;
};

/**
 * The register under `path` by status, per area: the path segment of the child level ('/CDD/95/9501/…': 3 is the
 * province, 4 the district, 5 the sub-district). Sums the rollup's rows; households are never read.
 */
export function statusCountsByArea(db: Db, path: string, segment: number) {
  return sql<StatusCountRow>`
    select split_part(u.path, '/', ${segment}::int) as code, r.status,
      sum(r.households)::int as households, sum(r.planned)::int as planned, sum(r.active)::int as active
    from household_progress_status r join units u on u.id = r.unit_id
    where ${pathUnder(sql.ref('u.path'), path)}
    group by 1, 2`
    .execute(db)
    .then((r) => r.rows);
}

export type MonthCountRow = { month: string; status: HouseholdStatus; planned: number; active: number };

/** Households whose first plan item / first activity fell in each month up to `until` (exclusive), under `path`. */
export function monthCounts(db: Db, path: string, until: string) {
  return sql<MonthCountRow>`
    select to_char(r.month, 'YYYY-MM') as month, r.status,
      sum(r.planned)::int as planned, sum(r.active)::int as active
    from household_progress_months r join units u on u.id = r.unit_id
    where ${pathUnder(sql.ref('u.path'), path)} and r.month < ${until}::date
    group by r.month, r.status
    order by r.month`
    .execute(db)
    .then((r) => r.rows);
}
