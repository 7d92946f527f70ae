import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { type HouseholdStatus, POVERTY_INCOME_LINE } from '../../domain/registers/households.ts';
import { pathUnder } from '../../plugins/access.ts';

/** The advisory-lock class of the households rollups ('tidh'; the outbox uses 'tidt', the register worker 'tidu'). */
const ROLLUP_LOCK = 0x7469_6468;

/**
 * One recount of a province's rollup rows at a time, across connections and instances, taken after the write and
 * held to commit: a recount that waits here then reads, in a new snapshot, the households the other one committed
 * (without it two edits in one village each count the other's household as it was, and the later commit wins).
 * Provinces are locked in code order, so two recounts never wait on each other crosswise.
 */
async function lockProvinces(db: Db, provinces: RawBuilder<unknown>) {
  await sql`
    select pg_advisory_xact_lock(${ROLLUP_LOCK}, hashtext(code))
    from (select distinct code from (${provinces}) p(code) order by code) x`.execute(db);
}

/**
 * The households rollups: counts per village or sub-district, recounted for the units a write touched, in the
 * write's own transaction, set-based whatever the number of units: a single edit recounts one village, an import
 * every unit under the importing office.
 * - household_progress_status / _months (migration 2026-12-07-0500): the register by status, planned, active.
 * - household_poverty_counts (migration 2026-12-08-1210): sheet 3's and KPI I4's targets and passed per fiscal year
 *   FY, the developable households whose baseline income (survey year FY − 1) is below the line and those of them
 *   whose result income (survey year FY) is at or above it. 001 L404: "จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์
 *   จปฐ. ปี ๒๕๖๗ / - จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ผ่านเกณฑ์ จปฐ. ปี ๒๕๖๘" (FY2568); the line is
 *   POVERTY_INCOME_LINE (001 L397: "น้อยกว่า ๔๐,๐๐๐ บาท"). A survey year Y's income feeds FY Y (result) and FY Y + 1
 *   (baseline): recounting a unit recounts all its years. Only years with targets have a row.
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
  await recountPoverty(db, units);
  await recountDistricts(db, units);
}

/**
 * The district of a unit `u` as a join on `d`: the unit of kind 'district' whose path is the first three segments of
 * the unit's ('/CDD/95/9501/950101/…' → '/CDD/95/9501/'); none for a province or above.
 */
const districtOf = sql`d.kind = 'district' and d.path = substring(u.path from '^/[^/]+/[^/]+/[^/]+/')`;

/**
 * The unit `u` lies at or below the district `d`: a range on the path's text_pattern_ops index (every path that
 * starts with '/CDD/95/9501/' sorts from it to '/CDD/95/95010', the last '/' raised to '0'), so each district reads
 * its own villages.
 */
const inDistrict = sql`u.path ~>=~ d.path and u.path ~<~ (left(d.path, -1) || '0')`;

/**
 * The district layer (migration 2026-12-08-1600): for the districts of the units a write touched, the sums of their
 * villages' rollup rows, one delete and one insert per table; the nation and province views read these.
 */
async function recountDistricts(db: Db, units: RawBuilder<unknown>) {
  const districts = sql`select d.id from units u join units d on ${districtOf} where u.id in (${units})`;
  const villages = sql`units d join units u on ${inDistrict}`;
  await sql`delete from household_district_status where unit_id in (${districts})`.execute(db);
  await sql`
    insert into household_district_status (unit_id, status, households, planned, active)
    select d.id, r.status, sum(r.households)::int, sum(r.planned)::int, sum(r.active)::int
    from ${villages} join household_progress_status r on r.unit_id = u.id
    where d.id in (${districts}) group by d.id, r.status`.execute(db);
  await sql`delete from household_district_months where unit_id in (${districts})`.execute(db);
  await sql`
    insert into household_district_months (unit_id, month, status, planned, active)
    select d.id, r.month, r.status, sum(r.planned)::int, sum(r.active)::int
    from ${villages} join household_progress_months r on r.unit_id = u.id
    where d.id in (${districts}) group by d.id, r.month, r.status`.execute(db);
  await sql`delete from household_district_poverty where unit_id in (${districts})`.execute(db);
  await sql`
    insert into household_district_poverty (unit_id, fiscal_year, targets, passed)
    select d.id, r.fiscal_year, sum(r.targets)::int, sum(r.passed)::int
    from ${villages} join household_poverty_counts r on r.unit_id = u.id
    where d.id in (${districts}) group by d.id, r.fiscal_year`.execute(db);
}

/**
 * A view at `path` reads the district layer when `path` is the department or a province ('/CDD/', '/CDD/95/') and it
 * groups by a segment no finer than the district's (4); a district's views read its villages.
 */
export function readsDistricts(path: string, segment = 4) {
  return path.split('/').length <= 4 && segment <= 4;
}

/** household_poverty_counts of the units (a list or a query of ids); exported only for bench/poverty-counts.ts. */
export async function recountPoverty(db: Db, units: RawBuilder<unknown>) {
  const line = POVERTY_INCOME_LINE.toFixed();
  await sql`delete from household_poverty_counts where unit_id in (${units})`.execute(db);
  await sql`
    insert into household_poverty_counts (unit_id, fiscal_year, targets, passed)
    select h.unit_id, (b.survey_year + 1)::smallint, count(*)::int,
      count(*) filter (where r.income_per_person >= ${line}::numeric)::int
    from households h
    join household_incomes b on b.household_id = h.id and b.income_per_person < ${line}::numeric
    left join household_incomes r on r.household_id = h.id and r.survey_year = b.survey_year + 1
    where h.status = 'developable' and h.unit_id in (${units})
    group by h.unit_id, b.survey_year`.execute(db);
}

/** After a write to these units' households (a household moved counts in both its old and new unit). */
export async function recountUnits(db: Db, unitIds: number[]) {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return;
  const units = sql.join(ids.map((id) => sql`${id}::int`));
  await lockProvinces(db, sql`select split_part(path, '/', 3) from units where id in (${units})`);
  await recount(db, units);
}

/** After an import: every unit under the importing office, in one pass. */
export async function recountUnder(db: Db, path: string) {
  await lockProvinces(
    db,
    sql`select split_part(path, '/', 3) from units
      where kind = 'province' and (${pathUnder(sql.ref('path'), path)} or starts_with(${path}, path))`,
  );
  await recount(db, sql`select id from units where ${pathUnder(sql.ref('path'), path)}`);
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
 * province, 4 the district, 5 the sub-district). Sums the rollup's rows (per district at the nation and a province,
 * per village in a district); households are never read.
 */
export function statusCountsByArea(db: Db, path: string, segment: number) {
  const table = readsDistricts(path, segment) ? 'household_district_status' : 'household_progress_status';
  return sql<StatusCountRow>`
    select split_part(u.path, '/', ${segment}::int) as code, r.status,
      sum(r.households)::int as households, sum(r.planned)::int as planned, sum(r.active)::int as active
    from ${sql.table(table)} r join units u on u.id = r.unit_id
    where ${pathUnder(sql.ref('u.path'), path)}
    group by 1, 2`
    .execute(db)
    .then((r) => r.rows);
}

export type MonthCountRow = { month: string; status: HouseholdStatus; planned: number; active: number };

/** Households whose first plan item / first activity fell in each month up to `until` (exclusive), under `path`. */
export function monthCounts(db: Db, path: string, until: string) {
  const table = readsDistricts(path) ? 'household_district_months' : 'household_progress_months';
  return sql<MonthCountRow>`
    select to_char(r.month, 'YYYY-MM') as month, r.status,
      sum(r.planned)::int as planned, sum(r.active)::int as active
    from ${sql.table(table)} r join units u on u.id = r.unit_id
    where ${pathUnder(sql.ref('u.path'), path)} and r.month < ${until}::date
    group by r.month, r.status
    order by r.month`
    .execute(db)
    .then((r) => r.rows);
}
