import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import type { PovertyCountRow } from '../src/modules/households/queries.ts';

/**
 * Sheet 3's and KPI I4's counts counted live from households and their incomes, as the product did before the
 * rollup (migration 2026-12-08-1210): the tests' oracle for household_poverty_counts and the benches' baseline.
 * Never used by the product. Targets: developable households whose income of survey year FY − 1 is below the line;
 * passed: those of them whose income of survey year FY is at or above it.
 * 001 L404: "จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. ปี ๒๕๖๗ / - จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ผ่านเกณฑ์ จปฐ. ปี ๒๕๖๘" (FY2568);
 * 001 L397: "รายได้เฉลี่ยของคนในครัวเรือนต่อปี น้อยกว่า ๔๐,๐๐๐ บาท".
 */
const LINE = '40000';

/** Sheet 3's counts over households `s` with incomes `i` (base, res), as SQL aggregates. */
const countColumns = sql`count(*)::int as households,
    count(*) filter (where s.status = 'developable')::int as developable,
    count(*) filter (where s.status = 'welfare-requested')::int as welfare,
    count(*) filter (where s.status = 'self-reliant')::int as self_reliant,
    count(*) filter (where s.status = 'other')::int as other,
    count(*) filter (where s.status = 'developable' and i.base < ${LINE}::numeric)::int as targets,
    count(*) filter (where s.status = 'developable' and i.base < ${LINE}::numeric
      and i.res >= ${LINE}::numeric)::int as passed`;

/** The baseline and result incomes of the households in `scoped`, one row per household. */
const incomesOfScope = (fiscalYear: number) => sql`inc as (
    select n.household_id,
      min(n.income_per_person) filter (where n.survey_year = ${fiscalYear - 1}::smallint) as base,
      min(n.income_per_person) filter (where n.survey_year = ${fiscalYear}::smallint) as res
    from household_incomes n join scoped on scoped.id = n.household_id
    where n.survey_year in (${fiscalYear - 1}::smallint, ${fiscalYear}::smallint)
    group by n.household_id
  )`;

const sums = sql`sum(p.households)::int as households, sum(p.developable)::int as developable,
  sum(p.welfare)::int as welfare, sum(p.self_reliant)::int as self_reliant, sum(p.other)::int as other,
  sum(p.targets)::int as targets, sum(p.passed)::int as passed`;

const byCode = (rows: PovertyCountRow[]) => rows.sort((a, b) => a.code.localeCompare(b.code));

/** Sheet 3 by province (segment 3) or district (segment 4) under `path`, live. */
export function livePovertyByArea(
  db: Db,
  q: { path: string; area: 'province' | 'district'; fiscalYear: number },
) {
  const segment = q.area === 'province' ? 3 : 4;
  return sql<PovertyCountRow>`
    with scoped as (
      select h.id, h.unit_id, h.status from households h join units u on u.id = h.unit_id
      where u.path like ${`${q.path}%`}
    ), ${incomesOfScope(q.fiscalYear)}, per_unit as (
      select s.unit_id, ${countColumns}
      from scoped s left join inc i on i.household_id = s.id
      group by s.unit_id
    )
    select split_part(u.path, '/', ${segment}::int) as code, ${sums}
    from per_unit p join units u on u.id = p.unit_id
    group by 1`
    .execute(db)
    .then((r) => byCode(r.rows));
}

/** The same counts for several units at once, each over its own subtree, live. */
export function livePovertyForUnits(db: Db, units: { code: string; path: string }[], fiscalYear: number) {
  return sql<PovertyCountRow>`
    with a as (
      select * from jsonb_to_recordset(${JSON.stringify(units)}::jsonb) as a(code text, path text)
    ), homes as (
      select u.id, u.path from units u where exists (select 1 from a where starts_with(u.path, a.path))
    ), scoped as (
      select h.id, h.unit_id, h.status from households h where h.unit_id in (select id from homes)
    ), ${incomesOfScope(fiscalYear)}, per_unit as (
      select s.unit_id, ${countColumns}
      from scoped s left join inc i on i.household_id = s.id
      group by s.unit_id
    )
    select a.code, ${sums}
    from per_unit p join homes u on u.id = p.unit_id join a on starts_with(u.path, a.path)
    group by a.code`
    .execute(db)
    .then((r) => byCode(r.rows));
}

/**
 * What household_poverty_counts must hold: per unit and fiscal year (every survey year and the year after it), the
 * live targets and passed, where there are targets; as sorted 'unit|year|targets|passed' lines.
 */
export async function livePovertyPerUnit(db: Db): Promise<string[]> {
  const rows = await sql<{ r: string }>`
    with years as (
      select survey_year + 1 as fy from household_incomes union select survey_year from household_incomes
    ), per as (
      select s.unit_id, y.fy, ${countColumns}
      from households s cross join years y
      left join lateral (
        select min(n.income_per_person) filter (where n.survey_year = y.fy - 1) as base,
          min(n.income_per_person) filter (where n.survey_year = y.fy) as res
        from household_incomes n where n.household_id = s.id
      ) i on true
      group by s.unit_id, y.fy
    )
    select concat_ws('|', unit_id, fy, targets, passed) as r from per where targets > 0`.execute(db);
  return rows.rows.map((x) => x.r).sort();
}

/**
 * The district layer (migration 2026-12-08-1600) recomputed from the village rollups: per table, the rows the district
 * table must hold ('district|key…|sums' lines, sorted) and the rows it holds, for the tests to compare.
 */
export async function districtLayerAndVillageSums(db: Db) {
  const districtOf = sql`join units u on u.id = r.unit_id
    join units d on d.kind = 'district' and starts_with(u.path, d.path)`;
  const lines = async (q: ReturnType<typeof sql<{ r: string }>>) =>
    (await q.execute(db)).rows.map((x) => x.r).sort();
  return {
    status: {
      layer: await lines(sql`select concat_ws('|', unit_id, status, households, planned, active) as r
        from household_district_status`),
      villages: await lines(sql`select concat_ws('|', d.id, r.status, sum(r.households), sum(r.planned),
          sum(r.active)) as r
        from household_progress_status r ${districtOf} group by d.id, r.status`),
    },
    months: {
      layer: await lines(sql`select concat_ws('|', unit_id, month, status, planned, active) as r
        from household_district_months`),
      villages:
        await lines(sql`select concat_ws('|', d.id, r.month, r.status, sum(r.planned), sum(r.active)) as r
        from household_progress_months r ${districtOf} group by d.id, r.month, r.status`),
    },
    poverty: {
      layer: await lines(sql`select concat_ws('|', unit_id, fiscal_year, targets, passed) as r
        from household_district_poverty`),
      villages: await lines(sql`select concat_ws('|', d.id, r.fiscal_year, sum(r.targets), sum(r.passed)) as r
        from household_poverty_counts r ${districtOf} group by d.id, r.fiscal_year`),
    },
  };
}
