import { describe, expect, it } from 'vitest';
import { Dec } from '../scoring/decimal.ts';
import { formatBaht, formatDecimal } from './format.ts';
import { percentage, percentOf } from './percentage.ts';

describe('formatBaht', () => {
  it('groups thousands and keeps 2 decimals', () => {
    expect(formatBaht(new Dec('1647581.13'))).toBe('1,647,581.13');
    expect(formatBaht(new Dec('542225'))).toBe('542,225.00');
    expect(formatBaht(new Dec('0'))).toBe('0.00');
    expect(formatBaht(new Dec('999'))).toBe('999.00');
    expect(formatBaht(new Dec('-1000.5'))).toBe('-1,000.50');
  });

  it('rounds half up, carrying into a new group', () => {
    expect(formatBaht(new Dec('999.995'))).toBe('1,000.00');
    expect(formatBaht(new Dec('0.005'))).toBe('0.01');
  });

  it('stays exact beyond float precision', () => {
    expect(formatBaht(new Dec('12345678901234567.89'))).toBe('12,345,678,901,234,567.89');
  });
});

describe('formatDecimal', () => {
  it('prints whole numbers without a decimal point', () => {
    expect(formatDecimal(new Dec(40_000), 0)).toBe('40,000');
  });
});

describe('percentage / percentOf', () => {
  it('keeps the exact value and prints 2 decimals', () => {
    const result = percentOf(new Dec('13746496.46'), new Dec('15394077.59'), 'ว่าง');
    expect(result.percent?.text).toBe('89.30');
    expect(result.percent?.exact.toFixed(6)).toBe('89.297305');
    expect(percentage(new Dec('1.475')).text).toBe('1.48');
  });

  it('gives the reason when the denominator is 0', () => {
    expect(percentOf(new Dec(1), new Dec(0), 'ไม่มีข้อมูล')).toEqual({ percent: null, reason: 'ไม่มีข้อมูล' });
  });
});
