import { describe, expect, it } from 'vitest';
import { canonical, Dec, parseDecimal, scoreString, toDecimal } from './decimal.ts';
import { ScoringInputError } from './errors.ts';

describe('decimals', () => {
  it('reads numbers, strings and Thai digits exactly', () => {
    expect(canonical(toDecimal('89.30', 'value'))).toBe('89.3');
    expect(canonical(toDecimal(89.3, 'value'))).toBe('89.3');
    expect(canonical(toDecimal('๘๙.๓๐', 'value'))).toBe('89.3');
    expect(canonical(toDecimal(' 90.00 ', 'value'))).toBe('90');
    expect(canonical(toDecimal('-0', 'value'))).toBe('0');
    expect(canonical(toDecimal('0.1', 'a').plus(toDecimal('0.2', 'b')))).toBe('0.3');
  });

  it('refuses what is not a plain finite decimal', () => {
    for (const input of [
      '',
      'abc',
      '1e5',
      '0x10',
      'Infinity',
      '1,234.5',
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]) {
      expect(parseDecimal(input)).toBeNull();
    }
    expect(() => toDecimal('abc', 'value')).toThrow(ScoringInputError);
    expect(() => toDecimal('abc', 'value')).toThrow('ผลการดำเนินงาน ต้องเป็นตัวเลข');
  });

  it('prints scores with 4 decimals, rounding half up', () => {
    expect(scoreString(new Dec(2))).toBe('2.0000');
    expect(scoreString(new Dec('1.13705'))).toBe('1.1371');
    expect(scoreString(new Dec(5).div(3))).toBe('1.6667');
  });
});
