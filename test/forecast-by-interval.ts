import type { Db } from '../src/db/database.ts';
import type { Forecast, ForecastStatus } from '../src/domain/dashboard/forecast.ts';
import { forecastOfMonths, type KpiTarget } from '../src/domain/dashboard/kpi-target.ts';
import { meets } from '../src/domain/scoring/bound.ts';
import { Dec } from '../src/domain/scoring/decimal.ts';
import { storedLevelsUnder, storedScoresUnder } from '../src/modules/agreements/rollup.ts';
import { targetOf } from '../src/modules/dashboards/kpi-dashboard.ts';
import { monthlyValues, monthsOfSetRound } from '../src/modules/kpis/history.ts';

/**
 * The forecast status as forecastRound decided it until December 2026: from the line and 95 % interval it draws in
 * 50-digit decimals (two square roots), on track when both ends meet the target, off track when neither end nor the
 * point does, at risk otherwise; from two months the point alone. Kept for the tests and the bench to show that the
 * exact status (forecastStatus, no square roots) answers the same on real inputs.
 */
export function statusByInterval(forecast: Forecast, target: KpiTarget): ForecastStatus | null {
  if (forecast.kind === 'none' || target.kind === 'none') return null;
  const ok = (value: Dec) => meets(value, target.bound);
  const { value, interval } = forecast.line;
  if (interval === null) return ok(value) ? 'on-track' : 'at-risk';
  if (ok(interval.low) && ok(interval.high)) return 'on-track';
  if (!ok(interval.low) && !ok(interval.high) && !ok(value)) return 'off-track';
  return 'at-risk';
}

/**
 * Every district × KPI cell of a province's round with the inputs the districts dashboard reads (the agreement row's
 * target, the months as the database gives them) and the status the old computation gives them: the drawn
 * 50-digit line and interval of each cell (what the cells cost until December 2026).
 */
export async function cellsByInterval(db: Db, kpiSetId: number, path: string) {
  const [agreements, levelsOf] = await Promise.all([
    storedScoresUnder(db, kpiSetId, 'province_district', path),
    storedLevelsUnder(db, kpiSetId, 'province_district', path),
  ]);
  const rows = agreements.flatMap((a) =>
    (levelsOf.get(a.id) ?? []).map((i) => ({ kpiId: i.kpiId, unit: a.agent, criteria: i.criteria })),
  );
  const months = await monthsOfSetRound(db, kpiSetId);
  const series = await monthlyValues(
    db,
    [...new Set(rows.map((r) => r.kpiId))],
    [...new Set(rows.map((r) => r.unit.id))],
    months,
  );
  return rows.map((r) => {
    const texts = series.get(`${r.kpiId}:${r.unit.id}`) ?? months.map(() => null);
    const target = targetOf(r.criteria.kpi, r.criteria.unit, r.criteria.targets);
    const decimals = texts.map((v) => (v === null ? null : new Dec(v)));
    return {
      kpiId: r.kpiId,
      unitCode: r.unit.code,
      texts,
      target,
      decimals,
      status: statusByInterval(forecastOfMonths(decimals, target, null), target),
    };
  });
}
