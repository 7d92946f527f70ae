import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, nextRowVersion } from '../../db/row-version.ts';
import type { ProblemDimension } from '../../db/tables/registers.ts';
import type { HouseholdStatus } from '../../domain/registers/households.ts';
import { containing, pathUnder } from '../../plugins/access.ts';
import { readsDistricts } from './progress-queries.ts';

const householdColumns = [
  'h.id',
  'h.house_code',
  'h.address',
  'h.members',
  'h.status',
  'h.status_set_at',
  'h.problem_health',
  'h.problem_living',
  'h.problem_education',
  'h.problem_income',
  'h.problem_access',
  'h.head_name',
  'h.head_citizen_id',
  'h.updated_at',
  'h.row_version',
  'u.id as unit_id',
  'u.code as unit_code',
  'u.name_th as unit_name_th',
  'u.path as unit_path',
] as const;

function selectHouseholds(db: Db) {
  return db
    .selectFrom('households as h')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .select(householdColumns);
}

export type HouseholdRecord = NonNullable<Awaited<ReturnType<typeof findHousehold>>>;

export function findHousehold(db: Db, id: number) {
  return selectHouseholds(db).where('h.id', '=', id).executeTakeFirst();
}

type HouseholdFilter = {
  path: string;
  status?: HouseholdStatus;
  problem?: ProblemDimension;
  /** House code prefix, address words, and (only for those who may see them) the head's name or ID number. */
  q?: string;
  searchPersonal: boolean;
};

function filtered(db: Db, f: HouseholdFilter) {
  let q = db
    .selectFrom('households as h')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .where((eb) => pathUnder(eb.ref('u.path'), f.path));
  if (f.status) q = q.where('h.status', '=', f.status);
  if (f.problem) q = q.where(`h.problem_${f.problem}`, '=', true);
  if (f.q) {
    const words = containing(f.q);
    const search = f.q;
    q = q.where((eb) => {
      const terms: Expression<SqlBool>[] = [eb('h.address', 'ilike', words)];
      // A house code is 11 digits: only digits search it, by prefix, so no % or _ reaches the pattern.
      if (/^\d+$/.test(search)) terms.push(eb('h.house_code', 'like', `${search}%`));
      if (f.searchPersonal)
        terms.push(eb('h.head_name', 'ilike', words), eb('h.head_citizen_id', '=', search));
      return eb.or(terms);
    });
  }
  return q;
}

/** One page in id order, after the last id of the previous page (keyset paging: fast at any depth). */
export function listHouseholds(db: Db, f: HouseholdFilter, after: number, limit: number) {
  return filtered(db, f)
    .select(householdColumns)
    .where('h.id', '>', after)
    .orderBy('h.id')
    .limit(limit)
    .execute();
}

export function countHouseholds(db: Db, f: HouseholdFilter): Promise<number> {
  return filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => r.n);
}

export type HouseholdColumns = {
  unit_id: number;
  house_code: string;
  address: string | null;
  members: number;
  problem_health: boolean;
  problem_living: boolean;
  problem_education: boolean;
  problem_income: boolean;
  problem_access: boolean;
  head_name: string | null;
  head_citizen_id: string | null;
};

export function insertHousehold(
  db: Db,
  row: HouseholdColumns & { status: HouseholdStatus; status_set_by: number },
) {
  return db.insertInto('households').values(row).returning('id').executeTakeFirstOrThrow();
}

/** An edit of the household's own fields, only while it is at the row version the client loaded (if sent). */
export function updateHousehold(
  db: Db,
  id: number,
  row: Partial<HouseholdColumns>,
  rowVersion: number | undefined,
) {
  return db
    .updateTable('households')
    .set({ ...row, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

export function setHouseholdStatus(
  db: Db,
  id: number,
  status: HouseholdStatus,
  userId: number,
  rowVersion: number | undefined,
) {
  const now = new Date();
  return db
    .updateTable('households')
    .set({
      status,
      status_set_by: userId,
      status_set_at: now,
      updated_at: now,
      row_version: nextRowVersion(),
    })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

/** A write to a household's child rows (an income) moves its row version too, guarded like an edit. */
export function touchHousehold(db: Db, id: number, rowVersion: number | undefined) {
  return db
    .updateTable('households')
    .set({ updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

export function houseCodeTaken(db: Db, houseCode: string) {
  return db
    .selectFrom('households')
    .select('id')
    .where('house_code', '=', houseCode)
    .executeTakeFirst()
    .then((r) => r !== undefined);
}

export function incomesOf(db: Db, householdIds: number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('household_incomes')
    .select(['household_id', 'survey_year', 'income_per_person'])
    .where('household_id', 'in', householdIds)
    .orderBy('household_id')
    .orderBy('survey_year')
    .execute();
}

export function upsertIncomes(
  db: Db,
  rows: { household_id: number; survey_year: number; income_per_person: string }[],
) {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insertInto('household_incomes')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['household_id', 'survey_year'])
        .doUpdateSet((eb) => ({ income_per_person: eb.ref('excluded.income_per_person') })),
    )
    .execute();
}

export function planItemsOf(db: Db, householdIds: number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('household_plan_items')
    .select(['id', 'household_id', 'dimension', 'item', 'agency', 'due_on', 'created_at'])
    .where('household_id', 'in', householdIds)
    .orderBy('household_id')
    .orderBy('id')
    .execute();
}

export function activitiesOf(db: Db, householdIds: number[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('household_activities')
    .select([
      'id',
      'household_id',
      'activity',
      'method',
      'done_on',
      'place',
      'agency',
      'agency_role',
      'result',
      'created_at',
    ])
    .where('household_id', 'in', householdIds)
    .orderBy('household_id')
    .orderBy('done_on')
    .orderBy('id')
    .execute();
}

export function insertPlanItem(
  db: Db,
  row: {
    household_id: number;
    dimension: ProblemDimension | null;
    item: string;
    agency: string | null;
    due_on: string | null;
    created_by: number;
  },
) {
  return db.insertInto('household_plan_items').values(row).returning('id').executeTakeFirstOrThrow();
}

export function insertActivity(
  db: Db,
  row: {
    household_id: number;
    activity: string;
    method: string | null;
    done_on: string;
    place: string | null;
    agency: string | null;
    agency_role: 'lead' | 'support' | null;
    result: string | null;
    created_by: number;
  },
) {
  return db.insertInto('household_activities').values(row).returning('id').executeTakeFirstOrThrow();
}

export type PovertyCountRow = {
  code: string;
  households: number;
  developable: number;
  welfare: number;
  self_reliant: number;
  other: number;
  targets: number;
  passed: number;
};

/**
 * The rollup rows of the units in `homes` (a query of `id`, `path`), each unit's households by status
 * (household_progress_status) and its targets and passed of one fiscal year (household_poverty_counts), summed per
 * unit: a few small rows per village or sub-district, households are never read. Each table is joined to the units
 * on its own, so the planner takes an index per unit for a district and a hash join for the nation. With
 * `districts`, `homes` are districts and the rows are the district layer's (household_district_status / _poverty,
 * migration 2026-12-08-1600): the same columns, summed over each district's villages on write.
 */
function countsPerUnit(homes: RawBuilder<unknown>, fiscalYear: number, districts = false) {
  const status = sql.table(districts ? 'household_district_status' : 'household_progress_status');
  const poverty = sql.table(districts ? 'household_district_poverty' : 'household_poverty_counts');
  return sql`per_unit as (
    select x.path, sum(x.households)::int as households, sum(x.developable)::int as developable,
      sum(x.welfare)::int as welfare, sum(x.self_reliant)::int as self_reliant, sum(x.other)::int as other,
      sum(x.targets)::int as targets, sum(x.passed)::int as passed
    from (
      select u.path, s.households,
        case when s.status = 'developable' then s.households else 0 end as developable,
        case when s.status = 'welfare-requested' then s.households else 0 end as welfare,
        case when s.status = 'self-reliant' then s.households else 0 end as self_reliant,
        case when s.status = 'other' then s.households else 0 end as other,
        0 as targets, 0 as passed
      from ${status} s join (${homes}) u on u.id = s.unit_id
      union all
      select u.path, 0, 0, 0, 0, 0, c.targets, c.passed
      from ${poverty} c join (${homes}) u on u.id = c.unit_id
      where c.fiscal_year = ${fiscalYear}::smallint
    ) x
    group by x.path
  )`;
}

const sumsOfCounts = sql`sum(p.households)::int as households, sum(p.developable)::int as developable,
  sum(p.welfare)::int as welfare, sum(p.self_reliant)::int as self_reliant, sum(p.other)::int as other,
  sum(p.targets)::int as targets, sum(p.passed)::int as passed`;

/**
 * Sheet 3 by province or district under `path`, from the rollups kept on write (progress-queries.ts): the counts of
 * each village or sub-district, rolled up by the province or district segment of the unit's path ('/CDD/95/9501/…':
 * segment 3 is the province, 4 the district); at the nation and a province the district layer's rows.
 */
export function povertyCountsByArea(
  db: Db,
  q: { path: string; area: 'province' | 'district'; fiscalYear: number },
) {
  const segment = q.area === 'province' ? 3 : 4;
  const districts = readsDistricts(q.path, segment);
  const homes = sql`select id, path from units where ${pathUnder(sql.ref('path'), q.path)}
    ${districts ? sql`and kind = 'district'` : sql``}`;
  return sql<PovertyCountRow>`
    with ${countsPerUnit(homes, q.fiscalYear, districts)}
    select split_part(p.path, '/', ${segment}::int) as code, ${sumsOfCounts}
    from per_unit p
    group by 1`
    .execute(db)
    .then((r) => r.rows);
}

/** The longest path every one of `paths` starts with, cut after a '/' (their nearest common ancestor's path). */
function commonPath(paths: string[]) {
  const [first = '/', ...rest] = paths;
  let prefix = first;
  for (const p of rest) while (!p.startsWith(prefix)) prefix = prefix.slice(0, prefix.length - 1);
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

/**
 * The same counts for several units at once (the agents a KPI is bound for), each over its own subtree, from the
 * rollups: the units under the agents' nearest common ancestor (an index range on the path), summed per unit, then
 * each unit's sums given to the agent whose path is the unit path's prefix of that agent path's length (a hash join
 * per distinct path length, not every unit matched against every agent).
 */
export function povertyCountsForUnits(db: Db, units: { code: string; path: string }[], fiscalYear: number) {
  const agents = [...new Map(units.map((u) => [u.code, { code: u.code, path: u.path }])).values()];
  if (agents.length === 0) return Promise.resolve([]);
  // Agents at a district or above (a province's, the department's) sum district rows; finer agents their villages'.
  const districts = agents.every((a) => a.path.split('/').length <= 5);
  const homes = sql`select id, path from units
    where ${pathUnder(sql.ref('path'), commonPath(agents.map((a) => a.path)))}
    ${districts ? sql`and kind = 'district'` : sql``}`;
  return sql<PovertyCountRow>`
    with a as (
      select * from jsonb_to_recordset(${JSON.stringify(agents)}::jsonb) as a(code text, path text)
    ), ${countsPerUnit(homes, fiscalYear, districts)}
    select a.code, ${sumsOfCounts}
    from per_unit p
    cross join (select distinct length(path) as n from a) l
    join a on a.path = left(p.path, l.n)
    group by a.code`
    .execute(db)
    .then((r) => r.rows);
}

/** The areas a summary lists: the provinces of the country, or the districts of a province (or the district itself). */
export function areasUnder(db: Db, path: string, kind: 'province' | 'district') {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'name_th', 'path'])
    .where('kind', '=', kind)
    .where((eb) => pathUnder(eb.ref('path'), path))
    .orderBy('code')
    .execute();
}

export type HouseholdBatchRow = {
  /** false for a further activity of a household given on an earlier row. */
  household: boolean;
  house_code: string;
  unit_id: number | null;
  address: string | null;
  head_name: string | null;
  head_citizen_id: string | null;
  members: number | null;
  status: HouseholdStatus | null;
  problem_health: boolean;
  problem_living: boolean;
  problem_education: boolean;
  problem_income: boolean;
  problem_access: boolean;
  baseline_income: string | null;
  result_income: string | null;
  activity: string | null;
  method: string | null;
  done_on: string | null;
  place: string | null;
  agency: string | null;
  agency_role: string | null;
  result: string | null;
};

/**
 * The conflict clause of a households insert aliased `t`: a household upserted by house code (a status change
 * restamps who set it and when; blank personal cells keep what is stored; its row version moves on, so a form opened
 * before is refused as stale). A stored household outside `scopePath` is left alone and not returned.
 */
export function upsertHousehold(scopePath: string) {
  return sql`on conflict (house_code) do update set
    unit_id = excluded.unit_id,
    address = coalesce(excluded.address, t.address),
    members = excluded.members,
    status = excluded.status,
    status_set_by = case when t.status <> excluded.status then excluded.status_set_by else t.status_set_by end,
    status_set_at = case when t.status <> excluded.status then now() else t.status_set_at end,
    problem_health = excluded.problem_health,
    problem_living = excluded.problem_living,
    problem_education = excluded.problem_education,
    problem_income = excluded.problem_income,
    problem_access = excluded.problem_access,
    head_name = coalesce(excluded.head_name, t.head_name),
    head_citizen_id = coalesce(excluded.head_citizen_id, t.head_citizen_id),
    updated_at = now(),
    row_version = t.row_version + 1
  where exists (select 1 from units o where o.id = t.unit_id and ${pathUnder(sql.ref('o.path'), scopePath)})`;
}

/**
 * One statement for a batch of sheet-1 rows: households upserted by house code (a status change restamps who
 * set it and when; blank personal cells keep what is stored), their two survey years' incomes, and their
 * activities (an activity already logged for the household on that day is kept once). A stored household outside
 * `scopePath` is left alone and not counted, so the caller can tell that the register changed since it checked.
 */
export function saveHouseholdBatch(
  db: Db,
  rows: HouseholdBatchRow[],
  q: { userId: number | null; baselineYear: number; resultYear: number; scopePath: string },
) {
  return sql<{ created: number; updated: number; activities: number }>`
    with x as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(household boolean, house_code text,
        unit_id integer, address text, head_name text, head_citizen_id text, members smallint, status text,
        problem_health boolean, problem_living boolean, problem_education boolean, problem_income boolean,
        problem_access boolean, baseline_income numeric, result_income numeric, activity text, method text,
        done_on date, place text, agency text, agency_role text, result text)
    ), h as (
      insert into households as t (unit_id, house_code, address, members, status, status_set_by, problem_health,
        problem_living, problem_education, problem_income, problem_access, head_name, head_citizen_id)
      select unit_id, house_code, address, members, status, ${q.userId}::int, problem_health, problem_living,
        problem_education, problem_income, problem_access, head_name, head_citizen_id
      from x where household
      ${upsertHousehold(q.scopePath)}
      returning t.id, t.house_code, (t.xmax = 0) as inserted
    ), i as (
      insert into household_incomes (household_id, survey_year, income_per_person)
      select h.id, ${q.baselineYear}::smallint, x.baseline_income from x join h using (house_code)
      where x.household and x.baseline_income is not null
      union all
      select h.id, ${q.resultYear}::smallint, x.result_income from x join h using (house_code)
      where x.household and x.result_income is not null
      on conflict (household_id, survey_year) do update set income_per_person = excluded.income_per_person
    ), a as (
      insert into household_activities (household_id, activity, method, done_on, place, agency, agency_role,
        result, created_by)
      select coalesce(h.id, e.id), x.activity, x.method, x.done_on, x.place, x.agency, x.agency_role, x.result,
        ${q.userId}::int
      from x left join h using (house_code) left join households e on e.house_code = x.house_code
      where x.activity is not null and coalesce(h.id, e.id) is not null
      on conflict (household_id, done_on, activity) do nothing
      returning 1
    )
    select (select count(*) from h where inserted)::int as created,
      (select count(*) from h where not inserted)::int as updated,
      (select count(*) from a)::int as activities`
    .execute(db)
    .then((r) => r.rows[0] ?? { created: 0, updated: 0, activities: 0 });
}

/** Plan items of the households under `path`, one page in id order (the export's sheet 2). */
export function planItemsUnder(db: Db, path: string, after: number, limit: number) {
  return db
    .selectFrom('household_plan_items as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .select(['p.id', 'h.house_code', 'p.dimension', 'p.item', 'p.agency', 'p.due_on'])
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .where('p.id', '>', after)
    .orderBy('p.id')
    .limit(limit)
    .execute();
}

/** Fresh planner statistics after a large import (PGlite has no autovacuum; PostgreSQL's may not have run yet). */
export async function analyzeHouseholds(db: Db) {
  await sql`analyze households, household_incomes`.execute(db);
}

/** The survey years (B.E.) with incomes of households at or below a unit, newest first: each is a fiscal year's result. */
/**
 * The survey years with an income recorded for a household at or below a unit, newest first. The few distinct years
 * come from a skip scan of household_incomes_year_idx (migration 2026-12-08-1300): each step seeks the next year
 * above the last one; a year is kept when one household under the unit has an income that year (the first such row
 * ends the check). Reading every income row under the unit instead took 2.3 s at the nation (1 M households).
 */
export async function surveyYearsUnder(db: Db, path: string): Promise<number[]> {
  const { rows } = await sql<{ year: number }>`
    with recursive survey_years(year) as (
      select (select min(first.survey_year) from household_incomes first)::int
      union all
      select (select min(later.survey_year) from household_incomes later where later.survey_year > s.year)::int
      from survey_years s where s.year is not null
    )
    select s.year from survey_years s
    where s.year is not null and exists (
      select 1 from household_incomes n
      join households h on h.id = n.household_id
      join units u on u.id = h.unit_id
      where n.survey_year = s.year and ${pathUnder(sql.ref('u.path'), path)})
    order by s.year desc`.execute(db);
  return rows.map((r) => r.year);
}
