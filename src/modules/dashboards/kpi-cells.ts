import type { Db } from '../../db/database.ts';
import type { IsoMonth } from '../../domain/calendar/iso-date.ts';
import { FORECAST_STATUS_THAI } from '../../domain/dashboard/forecast.ts';
import {
  forecastStatusOfMonths,
  type KpiTarget,
  percentOfTarget,
} from '../../domain/dashboard/kpi-target.ts';
import { Dec } from '../../domain/scoring/decimal.ts';
import { monthlyValues } from '../kpis/history.ts';
import { presentPercent, targetOf } from './kpi-dashboard.ts';

export type KpiCell = {
  /** % of target to 2 decimals, or null without a single-number target or a result this round. */
  percent: string | null;
  light: 'red' | 'yellow' | 'green' | null;
  lightTh: string | null;
  forecastStatus: 'on-track' | 'at-risk' | 'off-track' | null;
  forecastStatusTh: string | null;
};

/** One agreement row of a district: its KPI, the district, and what the row is scored against. */
export type CellRow = {
  kpiId: number;
  unitId: number;
  criteria: { kpi: unknown; unit: unknown; targets: unknown };
};

/**
 * Every district × KPI cell's traffic light and forecast status for a round (its `months`: kpis/history.ts
 * monthsOfSetRound), from ONE read of the months of all the
 * districts × KPIs (none per district or KPI). The status is decided exactly without drawing the line
 * (forecastStatusOfMonths: the KPI page's status, no square roots). The % is of the latest month's value, which is the current result.
 * The target is the agreement row's level 5: the KPI card's, or the unit's own criteria and tier targets where the
 * agreement sets them, exactly as the KPI page reads it.
 */
export async function kpiCellsOf(
  db: Db,
  months: IsoMonth[],
  rows: CellRow[],
): Promise<(kpiId: number, unitId: number) => KpiCell> {
  const series = await monthlyValues(
    db,
    [...new Set(rows.map((r) => r.kpiId))],
    [...new Set(rows.map((r) => r.unitId))],
    months,
  );
  // The KPI card's criteria are the same for every district: each distinct target is read once, not per cell.
  const distinct = new Map<string, KpiTarget>();
  const targetOfRow = ({ kpiId, criteria }: CellRow) => {
    const key = `${kpiId}|${JSON.stringify(criteria.unit ?? null)}|${JSON.stringify(criteria.targets ?? null)}`;
    const known = distinct.get(key);
    if (known) return known;
    const target = targetOf(criteria.kpi, criteria.unit, criteria.targets);
    distinct.set(key, target);
    return target;
  };
  const targets = new Map(rows.map((r) => [`${r.kpiId}:${r.unitId}`, targetOfRow(r)]));
  const none: KpiCell = {
    percent: null,
    light: null,
    lightTh: null,
    forecastStatus: null,
    forecastStatusTh: null,
  };
  return (kpiId, unitId) => {
    const values = series.get(`${kpiId}:${unitId}`);
    const target = targets.get(`${kpiId}:${unitId}`);
    if (!values || !target) return none;
    const latest = values.findLast((v) => v !== null) ?? null;
    const shown = presentPercent(percentOfTarget(latest === null ? null : new Dec(latest), target));
    const lit = shown.kind === 'percent' ? shown : null;
    const status = forecastStatusOfMonths(values, target);
    return {
      percent: lit?.percent ?? null,
      light: lit?.light ?? null,
      lightTh: lit?.lightTh ?? null,
      forecastStatus: status,
      forecastStatusTh: status === null ? null : FORECAST_STATUS_THAI[status],
    };
  };
}
