import { describe, expect, it } from 'vitest';
import { fromThaiDigits, toThaiDigits } from './thai-digits.ts';

describe('Thai digits', () => {
  it('converts both ways and leaves other characters alone', () => {
    expect(toThaiDigits('123')).toBe('๑๒๓');
    expect(toThaiDigits(2568)).toBe('๒๕๖๘');
    expect(fromThaiDigits('๑๒๓')).toBe('123');
    expect(fromThaiDigits('๔๘๙,๒๐๔.๘๗ บาท')).toBe('489,204.87 บาท');
    expect(toThaiDigits('ร้อยละ 0-9')).toBe('ร้อยละ ๐-๙');
    expect(fromThaiDigits(toThaiDigits('0123456789'))).toBe('0123456789');
  });
});
