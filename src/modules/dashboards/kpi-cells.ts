import type { Db } from '../../db/database.ts';
import { FORECAST_STATUS_THAI } from '../../domain/dashboard/forecast.ts';
import { forecastOfMonths, percentOfTarget } from '../../domain/dashboard/kpi-target.ts';
import { Dec } from '../../domain/scoring/decimal.ts';
import { monthlyValues, monthsOfSetRound } from '../kpis/history.ts';
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
 * Every district × KPI cell's traffic light and forecast status for a round, from ONE read of the months of all the
 * districts × KPIs (none per district or KPI). The % is of the latest month's value, which is the current result.
 * The target is the agreement row's level 5: the KPI card's, or the unit's own criteria and tier targets where the
 * agreement sets them, exactly as the KPI page reads it.
 */
export async function kpiCellsOf(
  db: Db,
  kpiSetId: number,
  rows: CellRow[],
): Promise<(kpiId: number, unitId: number) => KpiCell> {
  const months = await monthsOfSetRound(db, kpiSetId);
  const series = await monthlyValues(
    db,
    [...new Set(rows.map((r) => r.kpiId))],
    [...new Set(rows.map((r) => r.unitId))],
    months,
  );
  const targets = new Map(
    rows.map((r) => [
      `${r.kpiId}:${r.unitId}`,
      targetOf(r.criteria.kpi, r.criteria.unit, r.criteria.targets),
    ]),
  );
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
    const decimals = values.map((v) => (v === null ? null : new Dec(v)));
    const latest = [...decimals].reverse().find((v) => v !== null) ?? null;
    const shown = presentPercent(percentOfTarget(latest, target));
    const lit = shown.kind === 'percent' ? shown : null;
    const forecast = forecastOfMonths(decimals, target, null);
    return {
      percent: lit?.percent ?? null,
      light: lit?.light ?? null,
      lightTh: lit?.lightTh ?? null,
      forecastStatus: forecast.kind === 'linear' ? forecast.status : null,
      forecastStatusTh: forecast.kind === 'linear' ? FORECAST_STATUS_THAI[forecast.status] : null,
    };
  };
}
