import { type Bound, meets } from '../scoring/bound.ts';
import { canonical, Dec, type DecimalString } from '../scoring/decimal.ts';
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

const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n);

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A plain decimal text ("89.30", "-4": canonical, or numeric as PostgreSQL prints it) as its digits and places. */
function digitsOf(text: DecimalString): { digits: bigint; places: number } {
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) throw new RangeError(`forecastStatus takes plain decimals, not ${JSON.stringify(text)}`);
  const fraction = match[3] ?? '';
  return { digits: BigInt(`${match[1]}${match[2]}${fraction}`), places: fraction.length };
}

/** The decimal as a whole number of 10^−scale (scale ≥ its places: exact, nothing rounded). */
const atScale = (value: { digits: bigint; places: number }, scale: number) =>
  value.digits * 10n ** BigInt(scale - value.places);

/**
 * The status of forecastRound's line against the target, decided exactly: the same least squares and prediction
 * interval, in whole numbers (the months and target scaled to integers, every quotient cross-multiplied), comparing
 * the squared distance from the forecast to the target with the squared half-width of the interval instead of
 * taking square roots. An interval whose end exactly touches the target meets it (or not, for a strict bound) as
 * the rule says, with no rounding in between. Takes the months as decimal text, as the database gives them: a few
 * µs a cell instead of two 50-digit square roots.
 * With u = 2x − (n + 1) (so Σu = 0), U2 = Σu², UY = Σu·y, W = 2T − (n + 1) and d = n·U2:
 * ŷ·d = Σy·U2 + n·UY·W; residual·d = y·d − Σy·U2 − n·UY·u; half² = t²·SSR/(n − 2)·(n·U2 + U2 + n·W²)/(n·U2).
 */
export function forecastStatus(
  months: readonly DecimalString[],
  roundMonths: number,
  target: Bound,
): ForecastStatus {
  const n = months.length;
  if (n < 2 || n > T_975.length + 2)
    throw new RangeError(`forecastStatus takes 2 to ${T_975.length + 2} months`);
  const values = months.map(digitsOf);
  const bound = digitsOf(canonical(target.value));
  const scale = values.reduce((most, v) => Math.max(most, v.places), bound.places);
  const ys = values.map((v) => atScale(v, scale));
  const us = months.map((_, i) => BigInt(2 * i + 1 - n));
  const count = BigInt(n);
  const u2 = sum(us.map((u) => u * u));
  const sy = sum(ys);
  const uy = sum(us.map((u, i) => u * (ys[i] as bigint)));
  const w = BigInt(2 * roundMonths - n - 1);
  const d = count * u2;
  const above = sy * u2 + count * uy * w - atScale(bound, scale) * d;
  // The forecast's margin over the target (times d), positive on the good side whichever way the KPI goes.
  const higher = target.comparison === 'gte' || target.comparison === 'gt';
  const margin = higher ? above : -above;
  const strict = target.comparison === 'gt' || target.comparison === 'lt';
  const pointMeets = strict ? margin > 0n : margin >= 0n;
  if (n === 2) return pointMeets ? 'on-track' : 'at-risk';
  const ssr = sum(ys.map((y, i) => (y * d - sy * u2 - count * uy * (us[i] as bigint)) ** 2n));
  const t = BigInt((T_975[n - 3] as string).replace('.', ''));
  // margin² / d² against half²: both sides times d²·10⁶·(n − 2)·n·U2 (t is in thousandths).
  const marginSquared = margin * margin * 1_000_000n * (count - 2n) * count * u2;
  const halfSquared = t * t * ssr * (count * u2 + u2 + count * w * w);
  const worstMeets = strict
    ? margin > 0n && marginSquared > halfSquared
    : margin >= 0n && marginSquared >= halfSquared;
  const bestMeets = strict
    ? margin > 0n || halfSquared > marginSquared
    : margin >= 0n || halfSquared >= marginSquared;
  if (worstMeets) return 'on-track';
  return bestMeets ? 'at-risk' : 'off-track';
}

/**
 * Ordinary least squares of the monthly values on the month number (1, 2, …), extrapolated to the round's last
 * month. The uncertainty is the 95 % prediction interval of a new observation at that month:
 * ŷ ± t(0.975, n − 2) · s · √(1 + 1/n + (T − x̄)² / Σ(x − x̄)²), with s² = Σ residual² / (n − 2).
 * No forecast from fewer than two months (one point gives no trend); from two months the line is exact and has
 * no interval. Status against the target: on track when the whole interval meets it, off track when none of it
 * does, at risk otherwise; without an interval, the point forecast decides between on track and at risk
 * (decided exactly by forecastStatus; the line and interval are 50-digit decimals for display).
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
  const status = forecastStatus(input.months.map(canonical), input.roundMonths, input.target);
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
