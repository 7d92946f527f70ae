import type { Db } from '../../db/database.ts';
import { FORECAST_STATUS_THAI } from '../../domain/dashboard/forecast.ts';
import { forecastOfMonths, percentOfTarget } from '../../domain/dashboard/kpi-target.ts';
import { TRAFFIC_LIGHT_THAI } from '../../domain/dashboard/traffic-light.ts';
import { Dec } from '../../domain/scoring/decimal.ts';
import { monthlyValues, monthsOfSetRound } from '../kpis/history.ts';
import { kpisOfKpiSet } from '../kpis/service.ts';
import { targetOf } from './kpi-dashboard.ts';

export type KpiCell = {
  /** % of target to 2 decimals, or null without a single-number target or a result this round. */
  percent: string | null;
  light: 'red' | 'yellow' | 'green' | null;
  lightTh: string | null;
  forecastStatus: 'on-track' | 'at-risk' | 'off-track' | null;
  forecastStatusTh: string | null;
};

/**
 * Every district × KPI cell's traffic light and forecast status for a round, from one read of the KPIs and ONE read
 * of the months of all the districts × KPIs (none per district or KPI). The % is of the latest month's value, which
 * is the current result. The target is the KPI card's level 5; a KPI whose levels each unit sets in its agreement
 * (project-defined, target tiers) shows its light on the KPI page, which reads the agreement row.
 */
export async function kpiCellsOf(
  db: Db,
  kpiSetId: number,
  kpiIds: number[],
  unitIds: number[],
): Promise<(kpiId: number, unitId: number) => KpiCell> {
  const [kpis, months] = await Promise.all([kpisOfKpiSet(db, kpiSetId), monthsOfSetRound(db, kpiSetId)]);
  const series = await monthlyValues(db, kpiIds, unitIds, months);
  const targets = new Map(kpis.map((k) => [k.id, targetOf(k.criteria, null, null)]));
  const none: KpiCell = {
    percent: null,
    light: null,
    lightTh: null,
    forecastStatus: null,
    forecastStatusTh: null,
  };
  return (kpiId, unitId) => {
    const values = series.get(`${kpiId}:${unitId}`);
    const target = targets.get(kpiId);
    if (!values || !target) return none;
    const decimals = values.map((v) => (v === null ? null : new Dec(v)));
    const latest = [...decimals].reverse().find((v) => v !== null) ?? null;
    const percent = percentOfTarget(latest, target);
    const forecast = forecastOfMonths(decimals, target, null);
    return {
      percent: percent.kind === 'percent' ? percent.percent.toFixed(2) : null,
      light: percent.kind === 'percent' ? percent.light : null,
      lightTh: percent.kind === 'percent' ? TRAFFIC_LIGHT_THAI[percent.light] : null,
      forecastStatus: forecast.kind === 'linear' ? forecast.status : null,
      forecastStatusTh: forecast.kind === 'linear' ? FORECAST_STATUS_THAI[forecast.status] : null,
    };
  };
}
