import { describe, expect, it } from 'vitest';
import { comparePercent, percentOf } from './percent.ts';

describe('percentages', () => {
  it('are exact decimals with 2 places, rounded half up', () => {
    expect(percentOf(2, 3)).toBe('66.67');
    expect(percentOf(1, 3)).toBe('33.33');
    expect(percentOf(1, 8)).toBe('12.50');
    expect(percentOf(5, 5)).toBe('100.00');
    expect(percentOf(0, 5)).toBe('0.00');
    expect(percentOf(1, 20000)).toBe('0.01');
  });

  it('are null when nothing is expected', () => {
    expect(percentOf(0, 0)).toBeNull();
  });

  it('reject counts that are not whole numbers ≥ 0', () => {
    expect(() => percentOf(-1, 3)).toThrow(RangeError);
    expect(() => percentOf(1.5, 3)).toThrow(RangeError);
  });

  it('compare numerically, not as text', () => {
    expect(comparePercent('9.00', '10.00')).toBeLessThan(0);
    expect(comparePercent('100.00', '66.67')).toBeGreaterThan(0);
    expect(comparePercent('50.00', '50.00')).toBe(0);
  });
});
