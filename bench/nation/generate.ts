// A synthetic nation (issue R2-6 §1) in a migrated database, PGlite or PostgreSQL: the real administrative tree
// (77 provinces, 928 districts, 7,436 sub-districts), 75,000 synthetic villages under the sub-districts, N poor
// households (default 1,000,000) with two survey years of incomes, plan items and activities, one full round of
// agreements (DG ↔ province, province ↔ district, 20 KPIs each, every result entered with its months), 12 months of
// district reports (on time, late, returned, not sent) and a fiscal year of budget lines and events. Deterministic:
// structure from mulberry32(seed), row values from an integer mix of the row's ordinal and the seed computed in SQL,
// so the same seed gives the same content on both engines. Set-based: generate_series and chunked multi-row inserts.
// The rollups kept on write (agreement scores, household progress, budget month figures, and the poverty counts
// once they exist) are refreshed once at the end with the product's own functions.
import { sql } from 'kysely';
import type { DatabaseHandle, Db } from '../../src/db/database.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { fiscalYearMonths } from '../../src/domain/calendar/fiscal-year.ts';
import type { ReportField } from '../../src/domain/report-form/field.ts';
import { insertAgreements, insertItems } from '../../src/modules/agreements/queries.ts';
import { refreshScores } from '../../src/modules/agreements/rollup.ts';
import { refreshYearFigures } from '../../src/modules/budget/curve.ts';
import { recountUnder } from '../../src/modules/households/service.ts';
import { insertKpiSet, insertKpis, type KpiRow } from '../../src/modules/kpis/queries.ts';
import { loadAdminUnits } from '../../src/modules/org-units/admin-data.ts';
import { hasUnits } from '../../src/modules/org-units/service.ts';
import { type HistorySubmission, loadForms, loadHistory } from '../../src/modules/reports/bulk-load.ts';
import { planFor } from '../../src/modules/reports/expected.ts';
import { mulberry32, spread } from './prng.ts';

export type NationOptions = {
  households?: number;
  seed?: number;
  /** Villages in all (75,000: the nation's, anchors.md §2). Tests use fewer. */
  villages?: number;
  /** The fiscal year (B.E.) of the agreements, reports and budget; its survey year is the households' result year. */
  fiscalYear?: number;
  budgetLinesPerProvince?: number;
  /** Agreements, reports and budget for these provinces only (tests); default every province. */
  provinceCodes?: string[];
  log?: (line: string) => void;
};

export type NationSummary = {
  fiscalYear: number;
  provinces: number;
  districts: number;
  subdistricts: number;
  villages: number;
  households: number;
  agreements: number;
  kpiResults: number;
  submissions: number;
  budgetLines: number;
  budgetEvents: number;
  seconds: Record<string, number>;
};

export const KPIS_PER_AGREEMENT = 20;
const CHUNK = 2_000;

/** KPI card i of a synthetic set: thresholds 80–100, higher is better; half team, half individual. */
export const nationKpi = (i: number): KpiRow => ({
  key: `${i < KPIS_PER_AGREEMENT / 2 ? 'T' : 'I'}${i + 1}`,
  number: String(i + 1),
  kind: i < KPIS_PER_AGREEMENT / 2 ? 'team' : 'individual',
  name_th: `ตัวชี้วัดทดสอบระดับประเทศที่ ${i + 1}`,
  name_en: null,
  unit_of_measure: 'ร้อยละ',
  weight: null,
  definition: null,
  formula_text: null,
  formula: null,
  rationale: null,
  data_source: null,
  level_texts: ['ระดับ 1', 'ระดับ 2', 'ระดับ 3', 'ระดับ 4', 'ระดับ 5'],
  criteria: {
    type: 'threshold',
    direction: 'higher',
    inclusive: true,
    thresholds: ['80', '85', '90', '95', '100'],
  },
  evidence: [],
  contacts: [],
  work_group: null,
  measurement_day: null,
  notes: null,
  position: i,
});

/** A deterministic integer in [0, modulo) from an ordinal, the seed and a salt: the same mix as `mixSql`. */
export const mix = (ordinal: number, seed: number, salt: number, modulo: number) =>
  Number(
    ((BigInt(ordinal) * 2654435761n + BigInt(seed) * 97n + BigInt(salt) * 40503n) % 1000003n) %
      BigInt(modulo),
  );
/** The same mix in SQL over a bigint expression. */
const mixSql = (ordinal: ReturnType<typeof sql>, seed: number, salt: number, modulo: number) =>
  sql`(((${ordinal})::bigint * 2654435761 + ${seed * 97}::bigint + ${salt * 40503}::bigint) % 1000003 % ${modulo})::int`;

async function chunked<T>(rows: T[], write: (part: T[]) => Promise<unknown>, size = CHUNK) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

type UnitRow = { id: number; code: string; kind: string; path: string; parent_id: number | null };

async function timed<T>(
  seconds: Record<string, number>,
  label: string,
  log: (l: string) => void,
  work: () => Promise<T>,
) {
  const start = performance.now();
  const out = await work();
  seconds[label] = (performance.now() - start) / 1000;
  log(`  ${label}: ${seconds[label]?.toFixed(1)} s`);
  return out;
}

/** Villages: `total` spread over the sub-districts in code order (3–18 each before scaling), one insert. */
async function makeVillages(db: Db, subdistricts: UnitRow[], total: number, seed: number) {
  const counts = spread(total, subdistricts.length, mulberry32(seed));
  const plan = subdistricts.map((s, i) => ({ code: s.code, n: counts[i] ?? 0 }));
  await chunked(
    plan,
    (part) =>
      sql`
        insert into units (kind, code, name_th, name_en, parent_id, path)
        select 'village', s.code || lpad(v.no::text, 2, '0'), 'หมู่บ้านจำลอง ' || v.no, 'Synthetic village ' || v.no,
          s.id, s.path || s.code || lpad(v.no::text, 2, '0') || '/'
        from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as p(code text, n int)
        join units s on s.code = p.code and s.kind = 'subdistrict'
        cross join lateral generate_series(1, p.n) as v(no)
        order by s.code, v.no`.execute(db),
    2_500,
  );
}

/**
 * Households 1..N over the villages in code order (village k holds ordinals ((k-1)·N/V, k·N/V]), house codes
 * province + 9-digit ordinal (valid for their unit: house-code.ts), statuses 70 % developable; incomes of the
 * baseline and result survey years; a plan item for 30 %, an activity for 20 %. Chunks of ordinals.
 */
async function makeHouseholds(
  db: Db,
  n: number,
  fiscalYear: number,
  seed: number,
  chunk: number,
  log: (l: string) => void,
  pg: boolean,
) {
  let t = performance.now();
  const lap = (what: string) => {
    log(`    ${what}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
  };
  const ordinal = sql`g.i`;
  const start = `${fiscalYear - 544}-10-01`;
  // The villages numbered 1..V in code order, once (a temporary table with its index, on both engines).
  await sql`drop table if exists nation_villages`.execute(db);
  await sql`
    create temporary table nation_villages as
    select id, code, (row_number() over (order by code))::bigint as k from units where kind = 'village'`.execute(
    db,
  );
  await sql`create index on nation_villages (k)`.execute(db);
  await sql`analyze nation_villages`.execute(db);
  const villages =
    (await sql<{ n: number }>`select count(*)::int as n from nation_villages`.execute(db)).rows[0]?.n ?? 1;
  for (let from = 1; from <= n; from += chunk) {
    const to = Math.min(n, from + chunk - 1);
    await inTransaction(db, async (trx) => {
      if (pg) {
        // Bulk session settings: sorts in memory, no JIT compile of each statement (PostgreSQL only).
        await sql`set local work_mem = '256MB'`.execute(trx);
        await sql`set local jit = off`.execute(trx);
      }
      const before = (
        await sql<{ id: number }>`select coalesce(max(id), 0)::bigint as id from households`.execute(trx)
      ).rows[0]?.id;
      await sql`
        insert into households (unit_id, house_code, address, members, status, problem_health, problem_living,
          problem_education, problem_income, problem_access)
        select v.id, left(v.code, 2) || lpad(g.i::text, 9, '0'), 'บ้านเลขที่ ' || (1 + ${mixSql(ordinal, seed, 1, 300)}),
          1 + ${mixSql(ordinal, seed, 2, 7)},
          (array['developable','developable','developable','developable','developable','developable','developable',
            'welfare-requested','self-reliant','other'])[1 + ${mixSql(ordinal, seed, 3, 10)}],
          ${mixSql(ordinal, seed, 4, 5)} = 0, ${mixSql(ordinal, seed, 5, 4)} = 0, ${mixSql(ordinal, seed, 6, 6)} = 0,
          ${mixSql(ordinal, seed, 7, 10)} < 7, ${mixSql(ordinal, seed, 8, 8)} = 0
        from generate_series(${from}::bigint, ${to}::bigint) as g(i)
        join nation_villages v on v.k = (g.i - 1) * ${villages}::bigint / ${n}::bigint + 1
        order by g.i`.execute(trx);
      if (from === 1 || to === n) await sql`analyze households`.execute(trx);
      lap(`households ${from}–${to}`);
      const h = sql`right(h.house_code, 9)::bigint`;
      const range = sql`h.id > ${before ?? 0}::bigint`;
      await sql`
        insert into household_incomes (household_id, survey_year, income_per_person)
        select h.id, y.year, (18000 + ${mixSql(h, seed, 10, 40000)} + y.year % 2 * ${mixSql(h, seed, 11, 9000)})::numeric
          + ${mixSql(h, seed, 12, 100)}::numeric / 100
        from households h cross join (values (${fiscalYear - 1}::int), (${fiscalYear}::int)) as y(year)
        where ${range}`.execute(trx);
      lap('incomes');
      await sql`
        insert into household_plan_items (household_id, dimension, item, agency, due_on, created_by, created_at)
        select h.id, 'income', 'ส่งเสริมอาชีพ (ข้อมูลทดสอบ)', 'สำนักงานพัฒนาชุมชนอำเภอ',
          ${start}::date + 180 + ${mixSql(h, seed, 13, 150)}, null,
          (${start}::date + ${mixSql(h, seed, 14, 330)})::timestamp at time zone 'Asia/Bangkok'
        from households h where ${range} and ${mixSql(h, seed, 15, 10)} < 3`.execute(trx);
      lap('plan items');
      await sql`
        insert into household_activities (household_id, activity, method, done_on, place, agency, agency_role,
          result, created_by)
        select h.id, 'อบรมอาชีพ (ข้อมูลทดสอบ)', null, ${start}::date + 30 + ${mixSql(h, seed, 16, 300)}, null,
          'สำนักงานพัฒนาชุมชนอำเภอ', 'lead', null, null
        from households h where ${range} and ${mixSql(h, seed, 15, 10)} < 2`.execute(trx);
      lap('activities');
    });
  }
}

/** One round of agreements with 20 KPIs each, every result entered, months Oct–Mar; then their stored scores. */
async function makeAgreements(db: Db, units: UnitRow[], fiscalYear: number, seed: number) {
  const cdd = units.find((u) => u.code === 'CDD');
  if (!cdd) throw new Error('no CDD unit');
  const provinces = units.filter((u) => u.kind === 'province');
  const districts = units.filter((u) => u.kind === 'district');
  const sets: { owner: UnitRow; id: number; kpiIds: number[] }[] = [];
  const cards = Array.from({ length: KPIS_PER_AGREEMENT }, (_, i) => nationKpi(i));
  for (const owner of [cdd, ...provinces]) {
    const set = await insertKpiSet(db, {
      owner_unit_id: owner.id,
      fiscal_year: fiscalYear,
      round: 1,
      name_th: `ตัวชี้วัดทดสอบระดับประเทศ ${owner.code}`,
      source: 'bench/nation (ข้อมูลทดสอบ)',
      copied_from_id: null,
    });
    const kpis = await insertKpis(db, set.id, cards);
    sets.push({ owner, id: set.id, kpiIds: kpis.map((k) => k.id) });
  }
  const [dg, ...provinceSets] = sets;
  if (!dg) throw new Error('no DG set');
  const plans = [
    ...provinces.map((p) => ({ set: dg, principal: cdd.id, agent: p.id, pair: 'dg_province' as const })),
    ...provinceSets.flatMap((s) =>
      districts
        .filter((d) => d.parent_id === s.owner.id)
        .map((d) => ({ set: s, principal: s.owner.id, agent: d.id, pair: 'province_district' as const })),
    ),
  ];
  const created: { id: number; agent_unit_id: number; pair: string }[] = [];
  await chunked(plans, async (part) =>
    created.push(
      ...(await insertAgreements(
        db,
        part.map((p) => ({
          kpi_set_id: p.set.id,
          pair: p.pair,
          principal_unit_id: p.principal,
          agent_unit_id: p.agent,
          version: 1,
          optional_required: 0,
          amendment_reason: null,
        })),
      )),
    ),
  );
  const idOf = new Map(created.map((c) => [`${c.pair}:${c.agent_unit_id}`, c.id]));
  const items = plans.flatMap((p) =>
    p.set.kpiIds.map((kpiId, position) => ({
      agreement_id: idOf.get(`${p.pair}:${p.agent}`) ?? 0,
      kpi_id: kpiId,
      section: cards[position]?.kind ?? 'team',
      weight: String(3 + mix(position, seed, 20, 8)),
      targets: null,
      unit_criteria: null,
      selected: true,
      position,
    })),
  );
  await chunked(items, (part) => insertItems(db, part));
  // Results: a final value in 70.00–100.00 per unit and KPI, reached by six monthly values (Oct–Mar).
  const months = fiscalYearMonths(fiscalYear).slice(0, 6);
  const results = plans.flatMap((p) =>
    p.set.kpiIds.map((kpiId, k) => ({
      kpiId,
      unitId: p.agent,
      final: 7000 + mix(p.agent * 31 + k, seed, 21, 3001),
    })),
  );
  const asOf = (month: string) => `${month}-${month.endsWith('-02') ? '28' : '30'}`;
  const lastMonth = months.at(-1) ?? '';
  await chunked(results, (part) =>
    db
      .insertInto('kpi_results')
      .values(
        part.map((r) => ({
          kpi_id: r.kpiId,
          unit_id: r.unitId,
          value: (r.final / 100).toFixed(2),
          inputs: null,
          as_of: asOf(lastMonth),
          note: 'ข้อมูลทดสอบระดับประเทศ',
          entered_by: null,
        })),
      )
      .execute(),
  );
  await chunked(
    results.flatMap((r) =>
      months.map((m, i) => ({
        kpi_id: r.kpiId,
        unit_id: r.unitId,
        month: `${m}-01`,
        value: ((r.final * (i + 5)) / 10 / 100).toFixed(2),
        as_of: asOf(m),
        source: 'manual' as const,
      })),
    ),
    (part) => db.insertInto('kpi_result_months').values(part).execute(),
  );
  await inTransaction(db, (trx) => refreshScores(trx, { all: true }));
  return { agreements: plans.length, results: results.length };
}

/** A monthly report per province due the 10th of the next month; 12 months of every district's submissions. */
async function makeReports(db: Db, units: UnitRow[], fiscalYear: number, seed: number) {
  const provinces = units.filter((u) => u.kind === 'province');
  const fields: ReportField[] = [
    { id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือนที่ติดตาม', unit: 'ครัวเรือน', required: true },
    { id: 'progress', kind: 'text', labelTh: 'ผลการดำเนินงาน', required: false },
  ];
  return inTransaction(db, async (trx) => {
    const types = await loadForms(
      trx,
      provinces.map((p) => ({
        row: {
          owner_unit_id: p.id,
          name_th: 'รายงานผลการดำเนินงานประจำเดือน (ข้อมูลทดสอบระดับประเทศ)',
          work_group_id: null,
          frequency: 'monthly',
          due_day: 10,
          due_month: 'after-period',
          once_date: null,
          unit_scope: 'all-districts',
          day_counting: 'calendar',
          active: true,
        },
        fields,
        responsibleIds: [],
      })),
    );
    const plan = await planFor(trx, types, fiscalYearMonths(fiscalYear));
    const random = mulberry32(seed * 7 + 1);
    const day = 86_400_000;
    const at = (date: string, offsetDays: number) =>
      new Date(Date.parse(`${date}T09:00:00+07:00`) + offsetDays * day);
    const rows: HistorySubmission[] = plan.expected.flatMap((e): HistorySubmission[] => {
      const draw = random();
      const lateDays = 1 + Math.floor(random() * 6);
      const early = Math.floor(random() * 8);
      if (draw >= 0.95) return []; // not sent (5 %)
      const submitAt = at(e.dueDate, draw < 0.72 ? -early : lateDays);
      const base = {
        report_type_id: Number(e.reportTypeId),
        unit_id: Number(e.unitId),
        period_key: e.periodKey,
        due_date: e.dueDate,
        values: JSON.stringify({ households: 20 + Math.floor(random() * 200), progress: 'ข้อมูลทดสอบ' }),
        narrative: 'ข้อมูลทดสอบระดับประเทศ',
        first_submitted_at: submitAt,
        created_at: new Date(submitAt.getTime() - day),
      };
      if (draw >= 0.9)
        // submitted, waiting for review (5 %)
        return [
          {
            ...base,
            status: 'submitted' as const,
            submitted_at: submitAt,
            approved_at: null,
            approved_by: null,
            events: [{ at: submitAt, user_id: null, action: 'submit' as const, reason: null }],
          },
        ];
      if (draw >= 0.85) {
        // returned once, resubmitted and approved (5 %)
        const back = new Date(submitAt.getTime() + day);
        const again = new Date(submitAt.getTime() + 3 * day);
        const approved = new Date(submitAt.getTime() + 4 * day);
        return [
          {
            ...base,
            status: 'approved' as const,
            submitted_at: again,
            approved_at: approved,
            approved_by: null,
            events: [
              { at: submitAt, user_id: null, action: 'submit' as const, reason: null },
              { at: back, user_id: null, action: 'return' as const, reason: 'ข้อมูลทดสอบ: กรุณาตรวจสอบตัวเลข' },
              { at: again, user_id: null, action: 'resubmit' as const, reason: null },
              { at: approved, user_id: null, action: 'approve' as const, reason: null },
            ],
          },
        ];
      }
      const approved = new Date(submitAt.getTime() + 2 * day);
      return [
        {
          ...base,
          status: 'approved' as const,
          submitted_at: submitAt,
          approved_at: approved,
          approved_by: null,
          events: [
            { at: submitAt, user_id: null, action: 'submit' as const, reason: null },
            { at: approved, user_id: null, action: 'approve' as const, reason: null },
          ],
        },
      ];
    });
    let count = 0;
    await chunked(
      rows,
      async (part) => {
        count += await loadHistory(trx, part, 'bench/nation: ประวัติการส่งรายงาน (ข้อมูลทดสอบ)');
      },
      1_500,
    );
    return count;
  });
}

/** Budget lines per province (office and districts in turn) with a year of events, then the month figures. */
async function makeBudget(
  db: Db,
  fiscalYear: number,
  linesPerProvince: number,
  seed: number,
  provinceCodes: string[] | null,
) {
  const y = fiscalYear - 544; // the fiscal year starts on 1 October of this common-era year
  await inTransaction(db, async (trx) => {
    await sql`
      insert into budget_lines (fiscal_year, unit_id, category, name)
      select ${fiscalYear}::int, coalesce(d.id, p.id), 'งบดำเนินงาน', 'โครงการทดสอบ ' || p.code || '-' || n
      from units p
      cross join generate_series(1, ${linesPerProvince}::int) as n
      left join lateral (
        select id from units d where d.kind = 'district' and d.parent_id = p.id
        order by d.code offset (n % 8) limit 1
      ) d on n % 3 <> 0
      where p.kind = 'province' and (${provinceCodes === null}::boolean or p.code in (${sql.join(provinceCodes ?? [''])}))
      order by p.code, n`.execute(trx);
    const line = sql`l.id`;
    await sql`
      insert into budget_events (line_id, kind, occurred_on, amount, against_purchase_order)
      select l.id, 'allocation', ${`${y}-10-01`}::date, 500000 + ${mixSql(line, seed, 30, 20)} * 50000, false
      from budget_lines l where l.fiscal_year = ${fiscalYear}::int
      union all
      select l.id, 'disbursement', ${`${y}-10-01`}::date + (m || ' months')::interval + (x.d || ' days')::interval,
        5000 + ${mixSql(line, seed, 31, 30)} * 200 + m * 100, false
      from budget_lines l cross join generate_series(0, 11) m cross join (values (4), (18)) as x(d)
      where l.fiscal_year = ${fiscalYear}::int
      union all
      select l.id, 'purchase-order', ${`${y + 1}-02-10`}::date, 50000, false
      from budget_lines l where l.fiscal_year = ${fiscalYear}::int
      union all
      select l.id, 'disbursement', ${`${y + 1}-03-15`}::date, 50000, true
      from budget_lines l where l.fiscal_year = ${fiscalYear}::int
      union all
      select l.id, 'return', ${`${y + 1}-07-20`}::date, 20000, false
      from budget_lines l where l.fiscal_year = ${fiscalYear}::int and ${mixSql(line, seed, 32, 3)} = 0`.execute(
      trx,
    );
    // A return cut-off for the year (29 August), without which no spending is computed.
    await sql`
      insert into budget_cutoffs (fiscal_year, return_cutoff) values (${fiscalYear}::int, ${`${y + 1}-08-29`}::date)
      on conflict do nothing`.execute(trx);
    await sql`
      insert into budget_plans (fiscal_year, unit_id, q1, q2, q3, q4)
      select ${fiscalYear}::int, id, 25, 50, 75, 100 from units where code = 'CDD'`.execute(trx);
    await refreshYearFigures(trx, fiscalYear);
  });
}

/** Builds the nation into a migrated database (the administrative tree is loaded when missing). */
export async function generateNation(
  handle: DatabaseHandle,
  options: NationOptions = {},
): Promise<NationSummary> {
  const households = options.households ?? 1_000_000;
  const seed = options.seed ?? 1;
  const villages = options.villages ?? 75_000;
  const fiscalYear = options.fiscalYear ?? 2569;
  const log = options.log ?? (() => {});
  const { db } = handle;
  const seconds: Record<string, number> = {};
  if (!(await hasUnits(db))) await timed(seconds, 'administrative tree', log, () => loadAdminUnits(db));
  const tree = await db
    .selectFrom('units')
    .select(['id', 'code', 'kind', 'path', 'parent_id'])
    .orderBy('code')
    .execute();
  const subdistricts = tree.filter((u) => u.kind === 'subdistrict');
  const chosen = options.provinceCodes ? new Set(options.provinceCodes) : null;
  const scoped = chosen
    ? tree.filter((u) => u.kind === 'department' || chosen.has(u.path.split('/')[2] ?? ''))
    : tree;
  await timed(seconds, `villages (${villages})`, log, () =>
    inTransaction(db, (trx) => makeVillages(trx, subdistricts, villages, seed)),
  );
  const chunk = handle.engine === 'pglite' ? 100_000 : 250_000;
  await timed(seconds, `households (${households})`, log, () =>
    makeHouseholds(db, households, fiscalYear, seed, chunk, log, handle.engine === 'postgresql'),
  );
  const built = await timed(seconds, 'agreements and results', log, () =>
    makeAgreements(db, scoped, fiscalYear, seed),
  );
  const submissions = await timed(seconds, 'report submissions', log, () =>
    makeReports(db, scoped, fiscalYear, seed),
  );
  await timed(seconds, 'budget', log, () =>
    makeBudget(db, fiscalYear, options.budgetLinesPerProvince ?? 12, seed, options.provinceCodes ?? null),
  );
  await timed(seconds, 'household rollups', log, async () => {
    await inTransaction(db, async (trx) => {
      await recountUnder(trx, '/CDD/'); // progress and poverty counts (migrations 2026-12-07-0500, 2026-12-08-1210)
    });
    await sql`analyze`.execute(db);
  });
  const counts = (
    await sql<{ villages: number; households: number; lines: number; events: number }>`
      select (select count(*) from units where kind = 'village')::int as villages,
        (select count(*) from households)::int as households,
        (select count(*) from budget_lines where fiscal_year = ${fiscalYear}::int)::int as lines,
        (select count(*) from budget_events e join budget_lines l on l.id = e.line_id
          where l.fiscal_year = ${fiscalYear}::int)::int as events`.execute(db)
  ).rows[0];
  return {
    fiscalYear,
    provinces: tree.filter((u) => u.kind === 'province').length,
    districts: tree.filter((u) => u.kind === 'district').length,
    subdistricts: subdistricts.length,
    villages: counts?.villages ?? 0,
    households: counts?.households ?? 0,
    agreements: built.agreements,
    kpiResults: built.results,
    submissions,
    budgetLines: counts?.lines ?? 0,
    budgetEvents: counts?.events ?? 0,
    seconds,
  };
}
