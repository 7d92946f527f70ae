import { describe, expect, it } from 'vitest';
import { fromThaiDigits, toThaiDigits } from './thai-digits';

describe('Thai digits', () => {
  it('writes every digit of a printout in Thai and keeps the rest', () => {
    expect(toThaiDigits(2568)).toBe('๒๕๖๘');
    expect(toThaiDigits('รอบที่ 1/2569')).toBe('รอบที่ ๑/๒๕๖๙');
  });

  it('reads numbers typed in Thai digits back to Arabic ones for the API', () => {
    expect(fromThaiDigits('๕๐.๒๕')).toBe('50.25');
    expect(fromThaiDigits(toThaiDigits('1234567890'))).toBe('1234567890');
  });
});
