import { describe, expect, it } from 'vitest';
import type { Bound } from '../scoring/bound.ts';
import { Dec } from '../scoring/decimal.ts';
import { nextValue } from '../scoring/next-level.ts';
import { forecastRound } from './forecast.ts';

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
