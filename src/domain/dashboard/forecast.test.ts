import { describe, expect, it } from 'vitest';
import { statusByInterval } from '../../../test/forecast-by-interval.ts';
import type { Bound } from '../scoring/bound.ts';
import { Dec } from '../scoring/decimal.ts';
import { nextValue } from '../scoring/next-level.ts';
import { type ForecastStatus, forecastRound, forecastStatus } from './forecast.ts';
import { forecastStatusOfMonths, type KpiTarget } from './kpi-target.ts';

const decs = (values: readonly (number | string)[]) => values.map((value) => new Dec(value));
const atLeast = (value: number): Bound => ({ value: new Dec(value), comparison: 'gte' });

describe('end-of-round forecast', () => {
  it('gives no forecast from no month or from one month, and says why', () => {
    expect(forecastRound({ months: [], roundMonths: 12, target: atLeast(1), next: null })).toEqual({
      kind: 'none',
      months: 0,
      reasonTh: 'ยังไม่มีผลรายเดือน จึงยังคาดการณ์ไม่ได้',
    });
    const one = forecastRound({ months: decs([5]), roundMonths: 12, target: atLeast(1), next: null });
    expect(one.kind).toBe('none');
  });

  it('from two months: the exact line, no interval', () => {
    const forecast = forecastRound({
      months: decs([10, 20]),
      roundMonths: 12,
      target: atLeast(100),
      next: null,
    });
    if (forecast.kind !== 'linear') throw new Error('expected a forecast');
    expect(forecast.line.value.toFixed()).toBe('120');
    expect(forecast.line.perMonth.toFixed()).toBe('10');
    expect(forecast.line.interval).toBeNull();
    expect(forecast.status).toBe('on-track');
  });

  it('7.1 knowledge sets by quarter-end (004 L193–198: 35, 134, 265 cumulative) against 500: at risk', () => {
    // Quarters as three points of a four-point round: 35, 35 + 99, 134 + 131.
    const forecast = forecastRound({
      months: decs([35, 134, 265]),
      roundMonths: 4,
      target: atLeast(500),
      next: null,
    });
    if (forecast.kind !== 'linear') throw new Error('expected a forecast');
    // slope (265 − 35) / 2 = 115; intercept 144.667 − 230 = −85.333; at 4: 374.667
    expect(forecast.line.value.toDecimalPlaces(3).toFixed()).toBe('374.667');
    expect(forecast.line.perMonth.toFixed()).toBe('115');
    // fitted 29.667, 144.667, 259.667; residuals 16/3, −32/3, 16/3; Σr² = 1,536/9 = 170.667 on 1 degree of freedom
    // se at month 4 = √170.667 · √(1 + 1/3 + (4 − 2)²/2) = 13.0639 · 1.8257 = 23.8514; t(0.975, 1) = 12.706
    const interval = forecast.line.interval;
    expect(interval?.standardError.toDecimalPlaces(4).toFixed()).toBe('23.8514');
    expect(interval?.low.toDecimalPlaces(2).toFixed()).toBe('71.61');
    expect(interval?.high.toDecimalPlaces(2).toFixed()).toBe('677.72');
    expect(forecast.status).toBe('at-risk');
  });

  it('a steady series far below the target is off track, far above is on track', () => {
    const slow = forecastRound({
      months: decs([1, 2, 3, 4.1, 5]),
      roundMonths: 12,
      target: atLeast(100),
      next: null,
    });
    expect(slow.kind === 'linear' && slow.status).toBe('off-track');
    const fast = forecastRound({
      months: decs([10, 20, 30, 40.2, 50]),
      roundMonths: 12,
      target: atLeast(100),
      next: null,
    });
    expect(fast.kind === 'linear' && fast.status).toBe('on-track');
  });

  it('a lower-is-better KPI compares the other way', () => {
    const falling = forecastRound({
      months: decs([20, 18, 16.1, 14]),
      roundMonths: 12,
      target: { value: new Dec(5), comparison: 'lte' },
      next: null,
    });
    expect(falling.kind === 'linear' && falling.status).toBe('on-track');
  });

  it("tells whether the forecast reaches the next level's value (reusing the scoring's next level)", () => {
    const next = nextValue(4, atLeast(110));
    const forecast = forecastRound({
      months: decs([10, 20, 30]),
      roundMonths: 12,
      target: atLeast(100),
      next,
    });
    expect(forecast.kind === 'linear' && forecast.reachesNextLevel).toBe(true);
    const short = forecastRound({ months: decs([10, 20, 30]), roundMonths: 10, target: atLeast(100), next });
    expect(short.kind === 'linear' && short.reachesNextLevel).toBe(false);
  });
});

describe('the exact forecast status (no square roots)', () => {
  const target = (value: string, comparison: Bound['comparison']): KpiTarget => ({
    kind: 'value',
    bound: { value: new Dec(value), comparison },
    textTh: '',
  });
  /** The status the drawn 50-digit line and interval give (the computation until December 2026). */
  const byInterval = (months: readonly string[], roundMonths: number, t: KpiTarget) =>
    statusByInterval(
      forecastRound({
        months: months.map((m) => new Dec(m)),
        roundMonths,
        target: t.kind === 'value' ? t.bound : atLeast(0),
        next: null,
      }),
      t,
    );
  const statusOf = (months: readonly string[], roundMonths: number, t: KpiTarget) =>
    t.kind === 'value' ? forecastStatus(months, roundMonths, t.bound) : null;

  // Four months 58, 68, 79, 89 to month 5: ŷ = 99.5; s²·(1 + 1/n + (T − x̄)²/Sxx) = 1/4, so the half-width is exactly
  // t(0.975, 2) · 1/2 = 4.303 / 2 = 2.1515: the interval is [97.3485, 101.6515].
  const four = ['58', '68', '79', '89'];
  // Twelve months 10·x plus residuals orthogonal to the line: ŷ = 120 at month 12, s²·(…) = 1.01², half-width
  // t(0.975, 10) · 1.01 = 2.228 · 1.01 = 2.25028: the interval is [117.74972, 122.25028].
  const twelve = [
    '10.03',
    '19.93',
    '30.10',
    '39.91',
    '50.05',
    '59.97',
    '69.93',
    '80.12',
    '90.03',
    '98.77',
    '112.26',
    '118.90',
  ];
  const touching: [string, readonly string[], number, string, Bound['comparison'], ForecastStatus][] = [
    // The low end exactly on the target: it meets "at least", not "more than".
    ['4 months, low end = target, ≥', four, 5, '97.3485', 'gte', 'on-track'],
    ['4 months, low end = target, >', four, 5, '97.3485', 'gt', 'at-risk'],
    // The high end exactly on the target: "at least" still reachable, "more than" out of the interval.
    ['4 months, high end = target, ≥', four, 5, '101.6515', 'gte', 'at-risk'],
    ['4 months, high end = target, >', four, 5, '101.6515', 'gt', 'off-track'],
    // Lower is better: the high end on the target meets "at most", not "less than".
    ['4 months, high end = target, ≤', four, 5, '101.6515', 'lte', 'on-track'],
    ['4 months, high end = target, <', four, 5, '101.6515', 'lt', 'at-risk'],
    ['4 months, low end = target, ≤', four, 5, '97.3485', 'lte', 'at-risk'],
    ['4 months, low end = target, <', four, 5, '97.3485', 'lt', 'off-track'],
    ['12 months, low end = target, ≥', twelve, 12, '117.74972', 'gte', 'on-track'],
    ['12 months, low end = target, >', twelve, 12, '117.74972', 'gt', 'at-risk'],
    ['12 months, high end = target, ≥', twelve, 12, '122.25028', 'gte', 'at-risk'],
    ['12 months, high end = target, >', twelve, 12, '122.25028', 'gt', 'off-track'],
    ['12 months, high end = target, ≤', twelve, 12, '122.25028', 'lte', 'on-track'],
    ['12 months, high end = target, <', twelve, 12, '122.25028', 'lt', 'at-risk'],
    ['12 months, one step inside the low end, ≥', twelve, 12, '117.74971', 'gte', 'on-track'],
    ['12 months, one step outside the low end, ≥', twelve, 12, '117.74973', 'gte', 'at-risk'],
  ];
  it.each(touching)('%s', (_, months, roundMonths, value, comparison, expected) => {
    const t = target(value, comparison);
    expect(statusOf(months, roundMonths, t)).toBe(expected);
    expect(byInterval(months, roundMonths, t)).toBe(expected);
  });

  it('from two months the point alone decides, exactly at the target', () => {
    // 10, 20 → 120 at month 12.
    expect(forecastStatus(['10', '20'], 12, { value: new Dec(120), comparison: 'gte' })).toBe('on-track');
    expect(forecastStatus(['10', '20'], 12, { value: new Dec(120), comparison: 'gt' })).toBe('at-risk');
    expect(forecastStatus(['20', '10'], 12, { value: new Dec(-90), comparison: 'lte' })).toBe('on-track');
    expect(forecastStatus(['20', '10'], 12, { value: new Dec(-90), comparison: 'lt' })).toBe('at-risk');
  });

  it('a perfect line ending on the target has no width: on track for ≥ and ≤, off track for > and <', () => {
    const months = ['10', '20', '30', '40', '50', '60'];
    expect(forecastStatus(months, 12, { value: new Dec(120), comparison: 'gte' })).toBe('on-track');
    expect(forecastStatus(months, 12, { value: new Dec(120), comparison: 'gt' })).toBe('off-track');
    expect(forecastStatus(months, 12, { value: new Dec(120), comparison: 'lte' })).toBe('on-track');
    expect(forecastStatus(months, 12, { value: new Dec(120), comparison: 'lt' })).toBe('off-track');
  });

  it('answers as the drawn line and interval on 300 seeded series of 2 to 12 months', () => {
    let state = 20261209;
    const next = () => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state / 2 ** 32;
    };
    const comparisons = ['gte', 'gt', 'lte', 'lt'] as const;
    const seen = new Set<string>();
    for (let k = 0; k < 300; k += 1) {
      const n = 2 + Math.floor(next() * 11);
      const roundMonths = n + Math.floor(next() * (13 - n));
      const slope = (next() - 0.3) * 20;
      const months = Array.from({ length: n }, (_, i) =>
        (10 + slope * (i + 1) + (next() - 0.5) * 8).toFixed(2),
      );
      const forecast = forecastRound({
        months: months.map((m) => new Dec(m)),
        roundMonths,
        target: atLeast(0),
        next: null,
      });
      if (forecast.kind !== 'linear') throw new Error('expected a forecast');
      const spread = forecast.line.interval?.standardError.times(3) ?? new Dec(5);
      const value = forecast.line.value
        .plus(spread.times(next() * 2 - 1))
        .toDecimalPlaces(3)
        .toFixed();
      const t = target(value, comparisons[k % 4] as Bound['comparison']);
      // The round's months: those with a value, then the months still to come.
      const round = [...months, ...Array.from({ length: roundMonths - n }, () => null)];
      const status = forecastStatusOfMonths(round, t);
      expect(
        status,
        `${months.join(' ')} → month ${roundMonths} ${t.kind === 'value' && t.bound.comparison} ${value}`,
      ).toBe(byInterval(months, roundMonths, t));
      seen.add(status ?? 'none');
    }
    expect([...seen].sort()).toEqual(['at-risk', 'off-track', 'on-track']);
  });

  it('refuses text that is not a plain decimal', () => {
    expect(() => forecastStatus(['1e3', '2'], 12, atLeast(1))).toThrow(RangeError);
  });
});
