import { type Bound, meets } from '../scoring/bound.ts';
import { Dec } from '../scoring/decimal.ts';
import type { NextLevel } from '../scoring/next-level.ts';

export type ForecastStatus = 'on-track' | 'at-risk' | 'off-track';

export const FORECAST_STATUS_THAI: Readonly<Record<ForecastStatus, string>> = {
  'on-track': 'ตามเป้า',
  'at-risk': 'เสี่ยง',
  'off-track': 'ไม่ถึงเป้า',
};

/**
 * Two-sided 95 % Student t quantiles by degrees of freedom (months − 2). A round has at most 12 months, so at
 * most 10 degrees of freedom.
 */
const T_975: readonly string[] = [
  '12.706',
  '4.303',
  '3.182',
  '2.776',
  '2.571',
  '2.447',
  '2.365',
  '2.306',
  '2.262',
  '2.228',
];

export interface ForecastInput {
  /** The KPI's value at the end of each month of the round so far (cumulative to date), month 1 first. */
  readonly months: readonly Dec[];
  /** Months in the round: the forecast is for the end of this month. */
  readonly roundMonths: number;
  /** The KPI's target, with the comparison the agreement uses (higher or lower is better). */
  readonly target: Bound;
  /** What the next level needs, from the agreement's scoring (src/domain/scoring/next-level.ts). */
  readonly next: NextLevel | null;
}

export interface ForecastLine {
  /** Value forecast for the end of the round. */
  readonly value: Dec;
  /** Least-squares slope: the change per month. */
  readonly perMonth: Dec;
  /** 95 % prediction interval for the end-of-round value; null from two months (no degrees of freedom left). */
  readonly interval: { readonly low: Dec; readonly high: Dec; readonly standardError: Dec } | null;
}

export type Forecast =
  | { readonly kind: 'none'; readonly months: number; readonly reasonTh: string }
  | {
      readonly kind: 'linear';
      readonly months: number;
      readonly line: ForecastLine;
      readonly status: ForecastStatus;
      /** Whether the forecast reaches the next level's value; null when the next level is not a single value. */
      readonly reachesNextLevel: boolean | null;
      readonly methodTh: string;
    };

const METHOD_TH = 'เส้นตรงกำลังสองน้อยที่สุดจากค่ารายเดือนที่มี คาดการณ์ค่า ณ สิ้นรอบ พร้อมช่วงพยากรณ์ 95% (การแจกแจง t)';

function mean(values: readonly Dec[]): Dec {
  return values.reduce((sum, value) => sum.plus(value), new Dec(0)).div(values.length);
}

/**
 * Ordinary least squares of the monthly values on the month number (1, 2, …), extrapolated to the round's last
 * month. The uncertainty is the 95 % prediction interval of a new observation at that month:
 * ŷ ± t(0.975, n − 2) · s · √(1 + 1/n + (T − x̄)² / Σ(x − x̄)²), with s² = Σ residual² / (n − 2).
 * No forecast from fewer than two months (one point gives no trend); from two months the line is exact and has
 * no interval. Status against the target: on track when the whole interval meets it, off track when none of it
 * does, at risk otherwise; without an interval, the point forecast decides between on track and at risk.
 */
export function forecastRound(input: ForecastInput): Forecast {
  const n = input.months.length;
  if (n === 0) return { kind: 'none', months: 0, reasonTh: 'ยังไม่มีผลรายเดือน จึงยังคาดการณ์ไม่ได้' };
  if (n === 1) {
    return { kind: 'none', months: 1, reasonTh: 'มีผลเพียงเดือนเดียว ยังบอกแนวโน้มไม่ได้ ต้องมีอย่างน้อย 2 เดือน' };
  }
  if (n > T_975.length + 2) throw new RangeError(`forecastRound takes at most ${T_975.length + 2} months`);
  const xs = input.months.map((_, index) => new Dec(index + 1));
  const xBar = mean(xs);
  const yBar = mean(input.months);
  const sxx = xs.reduce((sum, x) => sum.plus(x.minus(xBar).pow(2)), new Dec(0));
  const sxy = xs.reduce(
    (sum, x, i) => sum.plus(x.minus(xBar).times((input.months[i] as Dec).minus(yBar))),
    new Dec(0),
  );
  const slope = sxy.div(sxx);
  const intercept = yBar.minus(slope.times(xBar));
  const at = new Dec(input.roundMonths);
  const value = intercept.plus(slope.times(at));
  let interval: ForecastLine['interval'] = null;
  if (n > 2) {
    const ssr = xs.reduce((sum, x, i) => {
      const residual = (input.months[i] as Dec).minus(intercept.plus(slope.times(x)));
      return sum.plus(residual.pow(2));
    }, new Dec(0));
    const s = ssr.div(n - 2).sqrt();
    const standardError = s.times(
      new Dec(1).plus(new Dec(1).div(n)).plus(at.minus(xBar).pow(2).div(sxx)).sqrt(),
    );
    const half = standardError.times(new Dec(T_975[n - 3] as string));
    interval = { low: value.minus(half), high: value.plus(half), standardError };
  }
  const meetsTarget = (candidate: Dec) => meets(candidate, input.target);
  let status: ForecastStatus;
  if (interval === null) status = meetsTarget(value) ? 'on-track' : 'at-risk';
  else if (meetsTarget(interval.low) && meetsTarget(interval.high)) status = 'on-track';
  else if (!meetsTarget(interval.low) && !meetsTarget(interval.high) && !meetsTarget(value))
    status = 'off-track';
  else status = 'at-risk';
  const next = input.next;
  const reachesNextLevel =
    next?.kind === 'value' ? meets(value, { value: new Dec(next.value), comparison: next.comparison }) : null;
  return {
    kind: 'linear',
    months: n,
    line: { value, perMonth: slope, interval },
    status,
    reachesNextLevel,
    methodTh: METHOD_TH,
  };
}
