import type { Db } from '../../db/database.ts';
import { formatThaiDate, formatThaiMonth } from '../../domain/calendar/date-format.ts';
import { fiscalYearOf, fiscalYearRange } from '../../domain/calendar/fiscal-year.ts';
import {
  gapAt,
  type MonthEnd,
  type MonthTotals,
  monthEnds,
  planAt,
  type QuarterPlan,
  sumMonth,
} from '../../domain/dashboard/budget-curve.ts';
import { HOUSEHOLD_STATUS_LABELS, HOUSEHOLD_STATUSES } from '../../domain/registers/households.ts';
import type { Dec } from '../../domain/scoring/decimal.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import { AppError } from '../../errors.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { monthFiguresUnder } from '../budget/curve.ts';
import { effectivePlans, presentPlan, quarterPlanOf } from '../budget/plans.ts';
import { budgetYearsUnder } from '../budget/service.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import { householdProgressUnder } from '../households/progress.ts';
import { unitsByCodes } from '../org-units/service.ts';
import { readableUnit, type UnitRow } from '../org-units/unit-access.ts';
import { surveyYearsUnder } from './queries.ts';
import type {
  BudgetDashboardQuery,
  BudgetExportQuery,
  HouseholdsDashboardQuery,
  HouseholdsExportQuery,
} from './registers-schemas.ts';

const AREA_KINDS = new Set(['department', 'province', 'district']);

/** The unit a register dashboard shows: the one asked for, else the user's own scope (404 unknown, 403 outside). */
async function dashboardUnit(db: Db, user: AuthUser, code: string | undefined) {
  const unit = await readableUnit(db, user, code ?? user.scope.code);
  if (!AREA_KINDS.has(unit.kind))
    throw new AppError(422, 'unit_kind', 'แดชบอร์ดนี้เลือกได้เฉพาะระดับกรม จังหวัด หรืออำเภอ', 'unit');
  return unit;
}

/**
 * The newest survey year of the households register at or below a unit (null without one), for the home pages:
 * the skip scan of queries.ts, not a max over every income row under the unit (0.3 s for a province of 13,000
 * households, 2.3 s at the nation with 1 M; bench/dashboards-nation.ts).
 */
export async function latestSurveyYearOf(db: Db, path: string): Promise<number | null> {
  return (await surveyYearsUnder(db, path))[0] ?? null;
}

/** The data date of a fiscal year: today in Bangkok while the year runs, else its last day. */
function asOfFor(fiscalYear: number) {
  const today = bangkokDateOf(new Date());
  const { end } = fiscalYearRange(fiscalYear);
  return today < end ? today : end;
}

/** The year a page opens on: the one asked for, else the latest with data, else the current fiscal year. */
const pickYear = (asked: number | undefined, years: number[]) =>
  asked ?? years[0] ?? fiscalYearOf(bangkokDateOf(new Date()));

const money2 = (d: { toFixed(n: number): string }) => d.toFixed(2);
const unitOut = (u: UnitRow) => ({ code: u.code, nameTh: u.name_th, kind: u.kind });

type Point = { month: string; asOf: string; totals: MonthTotals; reason: string | null };

/** A month with the plan's step: the plan % of its quarter, and the gap where the month closes the quarter. */
function presentPoint(fiscalYear: number, plan: QuarterPlan | null, p: Point) {
  const step = plan ? planAt(fiscalYear, plan, p.month) : null;
  const percent = p.reason ? null : p.totals.percent.percent;
  const gap = gapAt(percent?.exact ?? null, step);
  const amount = (d: Dec) => (p.reason ? null : money2(d));
  return {
    month: p.month,
    monthLabelTh: formatThaiMonth(p.month),
    asOf: p.asOf,
    allocated: amount(p.totals.allocated),
    base: amount(p.totals.base),
    disbursed: amount(p.totals.disbursed),
    committed: amount(p.totals.committed),
    spent: amount(p.totals.spent),
    percent: percent?.text ?? null,
    plan: step ? step.target.toFixed(2) : null,
    quarterEnd: step?.quarterEnd ?? false,
    gap: gap ? gap.toFixed(2) : null,
    reason: p.reason ?? p.totals.percent.reason,
  };
}

type PresentedPoint = ReturnType<typeof presentPoint>;

/** The latest quarter end reached in a curve (its plan and gap), for a province's row. */
const lastQuarterEnd = (points: PresentedPoint[]) => points.filter((p) => p.quarterEnd).at(-1) ?? null;

type AreaRows = NonNullable<Awaited<ReturnType<typeof monthFiguresUnder>>>['rows'];

/** Each month up to the data date with the figures of these rows summed (a month any part refuses keeps its reason). */
function pointsOf(rows: AreaRows, months: MonthEnd[]): Point[] {
  return months.map((m) => {
    const parts = rows.filter((r) => r.month === m.month);
    return {
      ...m,
      reason: parts.find((r) => r.reason !== null)?.reason ?? null,
      totals: sumMonth(
        parts.map((r) => ({
          allocated: r.allocated,
          deductedReturns: r.deducted_returns,
          base: r.base,
          disbursed: r.disbursed,
          committed: r.committed,
          spent: r.spent,
        })),
      ),
    };
  });
}

/**
 * The budget curve (issue R2-3): spending (เบิกจ่าย + PO) as % of the allocation after returns at each month end of a
 * fiscal year, against the quarterly plan in force; for the nation, one row per province too. Reads the month figures
 * each budget write keeps per unit (the register's own formula, budgetSpending, computed on write): the nation sums
 * a few rows per province and month, nothing is recomputed per line on a read.
 */
export async function budgetDashboard(db: Db, user: AuthUser, query: BudgetDashboardQuery) {
  const unit = await dashboardUnit(db, user, query.unit);
  const years = await budgetYearsUnder(db, unit.path);
  const fiscalYear = pickYear(query.fiscalYear, years);
  const asOf = asOfFor(fiscalYear);
  const figures = await monthFiguresUnder(db, unit.path, fiscalYear, unit.kind === 'district' ? 4 : 3);
  const provinceUnits = await unitsByCodes(
    db,
    unit.kind === 'department'
      ? [...new Set(figures?.rows.map((r) => r.area) ?? [])]
      : [unit.path.split('/')[2] ?? ''],
  );
  const plans = await effectivePlans(
    db,
    fiscalYear,
    unit,
    provinceUnits.map((p) => p.id),
  );
  const ownProvince = unit.kind === 'department' ? null : (provinceUnits[0] ?? null);
  const planRow = ownProvince ? (plans.byProvince.get(ownProvince.id) ?? null) : plans.national;
  const plan = planRow ? quarterPlanOf(planRow) : null;
  const base = {
    unit: unitOut(unit),
    years,
    fiscalYear,
    asOf,
    asOfTh: formatThaiDate(asOf),
    plan: planRow ? presentPlan(planRow) : null,
  };
  if (!figures) return { ...base, returnCutoff: null, months: [], areas: [] };
  const months = monthEnds(fiscalYear, asOf);
  const curve = figures.rows.length === 0 ? [] : pointsOf(figures.rows, months);
  const areas =
    unit.kind !== 'department'
      ? []
      : provinceUnits
          .sort((a, b) => a.code.localeCompare(b.code))
          .map((p) => {
            const row = plans.byProvince.get(p.id) ?? null;
            const points = pointsOf(
              figures.rows.filter((r) => r.area === p.code),
              months,
            ).map((point) => presentPoint(fiscalYear, row ? quarterPlanOf(row) : null, point));
            const latest = points.at(-1) ?? null;
            const quarter = lastQuarterEnd(points);
            return {
              code: p.code,
              nameTh: p.name_th,
              base: latest?.base ?? null,
              spent: latest?.spent ?? null,
              percent: latest?.percent ?? null,
              reason: latest?.reason ?? null,
              quarterMonthTh: quarter?.monthLabelTh ?? null,
              plan: quarter?.plan ?? null,
              gap: quarter?.gap ?? null,
              ownPlan: row !== null && row.unit_kind === 'province',
            };
          });
  return {
    ...base,
    returnCutoff: figures.returnCutoff,
    months: curve.map((p) => presentPoint(fiscalYear, plan, p)),
    areas,
  };
}

const statusKey = (status: string) => status.replace('-', '_');

/**
 * Household progress (issue R2-3) of a district, a province or the nation: the register by status, with a development
 * plan, with an activity done, per child area; and per month of the survey (fiscal) year the households with a plan
 * and with an activity, cumulative. Sums the rollup kept current on write: a national read never scans households.
 */
export async function householdsDashboard(db: Db, user: AuthUser, query: HouseholdsDashboardQuery) {
  const unit = await dashboardUnit(db, user, query.unit);
  const years = await surveyYearsUnder(db, unit.path);
  const surveyYear = pickYear(query.surveyYear, years);
  const asOf = asOfFor(surveyYear);
  const segment = unit.path.split('/').filter(Boolean).length + 2;
  const { end } = fiscalYearRange(surveyYear);
  const until = `${end.slice(0, 8)}01`;
  const progress = await householdProgressUnder(db, unit.path, segment, nextMonth(until));
  const codes = [...new Set(progress.areas.map((a) => a.code))].filter((c) => c !== '');
  const names = new Map((await unitsByCodes(db, codes)).map((u) => [u.code, u.name_th]));
  const areaMap = new Map<
    string,
    { households: number; planned: number; active: number; byStatus: Record<string, number> }
  >();
  for (const a of progress.areas) {
    const area = areaMap.get(a.code) ?? {
      households: 0,
      planned: 0,
      active: 0,
      byStatus: Object.fromEntries(HOUSEHOLD_STATUSES.map((s) => [statusKey(s), 0])),
    };
    area.households += a.households;
    area.planned += a.planned;
    area.active += a.active;
    area.byStatus[statusKey(a.status)] = (area.byStatus[statusKey(a.status)] ?? 0) + a.households;
    areaMap.set(a.code, area);
  }
  const areas = [...areaMap.entries()]
    .map(([code, a]) => ({ code, nameTh: names.get(code) ?? code, ...a }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const total = (pick: (a: (typeof areas)[number]) => number) => areas.reduce((n, a) => n + pick(a), 0);
  const fyMonths = monthEnds(surveyYear, asOf);
  const before = progress.months.filter((m) => m.month < (fyMonths[0]?.month ?? ''));
  let planned = before.reduce((n, m) => n + m.planned, 0);
  let active = before.reduce((n, m) => n + m.active, 0);
  const months = fyMonths.map((m) => {
    const inMonth = progress.months.filter((r) => r.month === m.month);
    planned += inMonth.reduce((n, r) => n + r.planned, 0);
    active += inMonth.reduce((n, r) => n + r.active, 0);
    return { month: m.month, monthLabelTh: formatThaiMonth(m.month), planned, active };
  });
  return {
    unit: unitOut(unit),
    years,
    surveyYear,
    asOf,
    asOfTh: formatThaiDate(asOf),
    statuses: HOUSEHOLD_STATUSES.map((s) => ({ key: statusKey(s), labelTh: HOUSEHOLD_STATUS_LABELS[s] })),
    totals: {
      households: total((a) => a.households),
      planned: total((a) => a.planned),
      active: total((a) => a.active),
      byStatus: Object.fromEntries(
        HOUSEHOLD_STATUSES.map((s) => [statusKey(s), total((a) => a.byStatus[statusKey(s)] ?? 0)]),
      ),
    },
    months,
    areas,
  };
}

function nextMonth(firstOfMonth: string) {
  const [y, m] = firstOfMonth.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const areaHeader = (kind: string) =>
  kind === 'department' ? 'จังหวัด' : kind === 'province' ? 'อำเภอ' : 'ตำบล';

/** The budget page's two tables as a file: the months (เบิกจ่าย + PO against the plan) or the provinces. */
export async function exportBudgetDashboard(db: Db, user: AuthUser, query: BudgetExportQuery) {
  const data = await budgetDashboard(db, user, query);
  const base = `tidtam-budget-${data.unit.code}-${data.fiscalYear}`;
  if (query.table === 'areas') {
    const columns: TableColumn[] = [
      { key: 'code', header: 'รหัสจังหวัด', width: 10 },
      { key: 'name', header: 'จังหวัด', width: 22 },
      { key: 'base', header: 'งบที่ได้รับจัดสรรหลังหักเงินส่งคืน (บาท)', kind: 'money', width: 22 },
      { key: 'spent', header: 'เบิกจ่าย + PO (บาท)', kind: 'money', width: 18 },
      { key: 'percent', header: `ร้อยละ ณ ${data.asOfTh}`, kind: 'money', width: 14 },
      { key: 'quarter', header: 'สิ้นไตรมาสล่าสุด', width: 16 },
      { key: 'plan', header: 'แผน (ร้อยละสะสม)', kind: 'money', width: 14 },
      { key: 'gap', header: 'ต่างจากแผน (จุดร้อยละ)', kind: 'money', width: 16 },
    ];
    const rows = data.areas.map(
      (a): Record<string, Cell> => ({
        code: a.code,
        name: a.nameTh,
        base: a.base,
        spent: a.spent,
        percent: a.percent,
        quarter: a.quarterMonthTh,
        plan: a.plan,
        gap: a.gap,
      }),
    );
    return tableFile(query.format, `${base}-provinces`, 'รายจังหวัด', columns, rows);
  }
  const columns: TableColumn[] = [
    { key: 'month', header: 'เดือน', width: 16 },
    { key: 'as_of', header: 'ข้อมูล ณ วันที่', width: 18 },
    { key: 'base', header: 'งบที่ได้รับจัดสรรหลังหักเงินส่งคืน (บาท)', kind: 'money', width: 22 },
    { key: 'disbursed', header: 'เบิกจ่าย (บาท)', kind: 'money', width: 16 },
    { key: 'committed', header: 'PO คงค้าง (บาท)', kind: 'money', width: 16 },
    { key: 'spent', header: 'เบิกจ่าย + PO (บาท)', kind: 'money', width: 16 },
    { key: 'percent', header: 'ร้อยละสะสม', kind: 'money', width: 12 },
    { key: 'plan', header: 'แผน (ร้อยละสะสม)', kind: 'money', width: 14 },
    { key: 'gap', header: 'ต่างจากแผน (จุดร้อยละ)', kind: 'money', width: 16 },
  ];
  const rows = data.months.map(
    (m): Record<string, Cell> => ({
      month: m.monthLabelTh,
      as_of: formatThaiDate(m.asOf),
      base: m.base,
      disbursed: m.disbursed,
      committed: m.committed,
      spent: m.spent,
      percent: m.percent,
      plan: m.plan,
      gap: m.gap,
    }),
  );
  return tableFile(query.format, `${base}-months`, 'ผลการใช้จ่ายรายเดือน', columns, rows);
}

/** The household page's tables as a file: the months (cumulative) or the child areas by status. */
export async function exportHouseholdsDashboard(db: Db, user: AuthUser, query: HouseholdsExportQuery) {
  const data = await householdsDashboard(db, user, query);
  const base = `tidtam-households-${data.unit.code}-${data.surveyYear}`;
  if (query.table === 'areas') {
    const columns: TableColumn[] = [
      { key: 'code', header: `รหัส${areaHeader(data.unit.kind)}`, width: 10 },
      { key: 'name', header: areaHeader(data.unit.kind), width: 22 },
      { key: 'households', header: 'ครัวเรือนในทะเบียน', kind: 'number', width: 14 },
      ...data.statuses.map(
        (s): TableColumn => ({ key: s.key, header: s.labelTh, kind: 'number', width: 16 }),
      ),
      { key: 'planned', header: 'มีแผนพัฒนาครัวเรือน', kind: 'number', width: 16 },
      { key: 'active', header: 'มีกิจกรรมที่ดำเนินการแล้ว', kind: 'number', width: 18 },
    ];
    const rows = data.areas.map(
      (a): Record<string, Cell> => ({
        code: a.code,
        name: a.nameTh,
        households: a.households,
        ...a.byStatus,
        planned: a.planned,
        active: a.active,
      }),
    );
    return tableFile(query.format, `${base}-areas`, `ราย${areaHeader(data.unit.kind)}`, columns, rows);
  }
  const columns: TableColumn[] = [
    { key: 'month', header: 'เดือน', width: 16 },
    { key: 'households', header: 'ครัวเรือนในทะเบียน', kind: 'number', width: 14 },
    { key: 'planned', header: 'มีแผนพัฒนาครัวเรือน (สะสม)', kind: 'number', width: 18 },
    { key: 'active', header: 'มีกิจกรรมที่ดำเนินการแล้ว (สะสม)', kind: 'number', width: 20 },
  ];
  const rows = data.months.map(
    (m): Record<string, Cell> => ({
      month: m.monthLabelTh,
      households: data.totals.households,
      planned: m.planned,
      active: m.active,
    }),
  );
  return tableFile(query.format, `${base}-months`, 'ความก้าวหน้ารายเดือน', columns, rows);
}
