import type { Db } from '../../db/database.ts';
import type { AgreementPair, UnitKind } from '../../db/schema.ts';
import { FORECAST_STATUS_THAI, type Forecast } from '../../domain/dashboard/forecast.ts';
import {
  forecastOfMonths,
  type KpiTarget,
  kpiTarget,
  type PercentOfTarget,
  percentOfTarget,
  resolveCriteria,
} from '../../domain/dashboard/kpi-target.ts';
import { TRAFFIC_LIGHT_LEGEND, TRAFFIC_LIGHT_THAI } from '../../domain/dashboard/traffic-light.ts';
import {
  type ConcreteCriteria,
  concreteCriteriaSchema,
  criteriaSchema,
} from '../../domain/scoring/criteria.ts';
import { canonical, Dec } from '../../domain/scoring/decimal.ts';
import type { NextLevel } from '../../domain/scoring/next-level.ts';
import { AppError, notFound } from '../../errors.ts';
import { type AuthUser, requireRead } from '../../plugins/access.ts';
import { storedScoresUnder } from '../agreements/rollup.ts';
import { getAgreement } from '../agreements/service.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import { kpiWithRound, monthLabelTh, monthlyValues } from '../kpis/history.ts';
import { resultsForUnits } from '../kpis/results.ts';
import { unitByCodeFor } from '../org-units/service.ts';
import type { KpiDashboardQuery, KpiExportQuery } from './kpi-schemas.ts';

/** The lower side of the pair whose agreements carry a unit's KPIs (seed 001 §2.2). */
const pairOfKind: Partial<Record<UnitKind, AgreementPair>> = {
  province: 'dg_province',
  district: 'province_district',
  work_group: 'province_work_group',
};

/** Decimals as the page prints them: % and forecasts to 2 places. */
const two = (value: Dec) => value.toFixed(2);

export function presentPercent(p: PercentOfTarget) {
  return p.kind === 'percent'
    ? {
        kind: 'percent' as const,
        percent: two(p.percent),
        light: p.light,
        lightTh: TRAFFIC_LIGHT_THAI[p.light],
      }
    : p;
}

export function presentForecast(f: Forecast) {
  if (f.kind === 'none') return f;
  return {
    kind: 'linear' as const,
    months: f.months,
    value: two(f.line.value),
    perMonth: two(f.line.perMonth),
    low: f.line.interval ? two(f.line.interval.low) : null,
    high: f.line.interval ? two(f.line.interval.high) : null,
    standardError: f.line.interval ? two(f.line.interval.standardError) : null,
    status: f.status,
    statusTh: FORECAST_STATUS_THAI[f.status],
    reachesNextLevel: f.reachesNextLevel,
    methodTh: f.methodTh,
  };
}

function presentTarget(t: KpiTarget) {
  return t.kind === 'value'
    ? {
        kind: 'value' as const,
        value: canonical(t.bound.value),
        comparison: t.bound.comparison,
        textTh: t.textTh,
      }
    : t;
}

/** The unit's KPI criteria and tier amounts: its agreement row's own where the KPI leaves them to the unit. */
export function targetOf(kpiCriteria: unknown, unitCriteria: unknown, targets: unknown): KpiTarget {
  const kpi = criteriaSchema.safeParse(kpiCriteria);
  if (!kpi.success) return { kind: 'none', reasonTh: 'เกณฑ์ของตัวชี้วัดนี้ไม่ครบ จึงยังไม่มีค่าเป้าหมาย' };
  const own = concreteCriteriaSchema
    .nullable()
    .catch(null)
    .parse(unitCriteria ?? null) as ConcreteCriteria | null;
  const tiers = (targets as { tiers?: Record<string, string> } | null)?.tiers ?? {};
  return kpiTarget(resolveCriteria(kpi.data, own), tiers);
}

async function kpiUnit(db: Db, user: AuthUser, code: string) {
  const unit = await unitByCodeFor(db, user, code);
  if (!unit) throw notFound(`หน่วยงานรหัส ${code}`, 'unit');
  requireRead(user, { path: unit.path, nameTh: unit.name_th });
  const pair = pairOfKind[unit.kind];
  if (!pair)
    throw new AppError(422, 'unit_kind', 'หน้าตัวชี้วัดเลือกได้เฉพาะจังหวัด อำเภอ หรือกลุ่มงานที่มีคำรับรอง', 'unit');
  return { unit, pair };
}

/**
 * One KPI of one unit in its round: the agreement row it comes from (scored by the agreement page's own code, so
 * level, score and next level are the page's), the months of the round, % of target with its traffic light and the
 * end-of-round forecast. Reads: the unit, the KPI and its round, which agreement is in force (from the scores kept on
 * write, agreement_scores), that agreement, one read of the months.
 */
export async function kpiDashboard(db: Db, user: AuthUser, query: KpiDashboardQuery) {
  const { unit, pair } = await kpiUnit(db, user, query.unit);
  const frame = await kpiWithRound(db, user, query.kpi);
  // A set's KPIs apply to the units under its owner: another province's KPI is not this unit's.
  if (!unit.path.startsWith(frame.set.ownerPath))
    throw notFound(`ตัวชี้วัดรหัส ${query.kpi} ของ${unit.name_th}`, 'kpi');
  const inForce = (await storedScoresUnder(db, frame.set.id, pair, unit.path)).find(
    (a) => a.agent.code === unit.code,
  );
  const view = inForce ? await getAgreement(db, user, inForce.id) : null;
  const item = view?.items.find((i) => i.kpiId === frame.kpi.id) ?? null;
  const result = item
    ? item.result
    : ((await resultsForUnits(db, [frame.kpi.id], [unit.id])).map((r) => ({
        value: r.value,
        asOf: r.as_of,
        source: r.source,
      }))[0] ?? null);
  const series =
    (await monthlyValues(db, [frame.kpi.id], [unit.id], frame.months)).get(`${frame.kpi.id}:${unit.id}`) ??
    frame.months.map(() => null);
  const target = targetOf(frame.kpi.criteria, item?.unitCriteria ?? null, item?.targets ?? null);
  const next: NextLevel | null = item?.evaluation?.next ?? null;
  const current = result?.value == null ? null : new Dec(result.value);
  const forecast = forecastOfMonths(
    series.map((v) => (v === null ? null : new Dec(v))),
    target,
    next,
  );
  return {
    unit: { code: unit.code, nameTh: unit.name_th, kind: unit.kind },
    round: {
      kpiSetId: frame.set.id,
      fiscalYear: frame.set.fiscalYear,
      round: frame.set.round,
      ...frame.round,
    },
    kpi: {
      id: frame.kpi.id,
      key: frame.kpi.key,
      number: frame.kpi.number,
      nameTh: frame.kpi.nameTh,
      unitOfMeasure: frame.kpi.unitOfMeasure,
      definition: frame.kpi.definition,
      formulaWords: frame.kpi.formulaWords,
      levelTexts: frame.kpi.levelTexts,
    },
    agreement:
      view && item
        ? {
            id: view.agreement.id,
            version: view.agreement.version,
            status: view.agreement.status,
            pairLabel: view.agreement.pairLabel,
            itemId: item.id,
            weight: item.weight,
            selected: item.selected,
          }
        : null,
    months: frame.months.map((month, i) => ({
      month,
      labelTh: monthLabelTh(month),
      value: series[i] ?? null,
    })),
    current: result
      ? {
          value: result.value,
          asOf: result.asOf,
          source: result.source,
          level: item?.evaluation?.level ?? null,
          score: item?.evaluation?.score ?? null,
          label: item?.evaluation?.label ?? null,
        }
      : null,
    next: next
      ? { level: next.level, textTh: next.text, value: next.kind === 'value' ? next.value : null }
      : null,
    neededTh: item?.needed?.text ?? null,
    target: presentTarget(target),
    percent: presentPercent(percentOfTarget(current, target)),
    legend: TRAFFIC_LIGHT_LEGEND,
    forecast: presentForecast(forecast),
  };
}

/** The KPI page's month table as a file: the month and its value ("" for a month without one). */
export async function exportKpiDashboard(db: Db, user: AuthUser, query: KpiExportQuery) {
  const page = await kpiDashboard(db, user, query);
  const columns: TableColumn[] = [
    { key: 'month', header: 'เดือน', width: 18 },
    {
      key: 'value',
      header: `ผลการดำเนินงาน${page.kpi.unitOfMeasure ? ` (${page.kpi.unitOfMeasure})` : ''}`,
      width: 18,
    },
  ];
  const rows = page.months.map((m): Record<string, Cell> => ({ month: m.labelTh, value: m.value }));
  return tableFile(
    query.format,
    `tidtam-kpi-${page.unit.code}-${page.round.fiscalYear}-${page.round.round}-${page.kpi.key}`,
    'ผลรายเดือน',
    columns,
    rows,
  );
}
