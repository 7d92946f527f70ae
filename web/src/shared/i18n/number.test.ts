import { describe, expect, it } from 'vitest';
import { resultValueText, sumDecimals, trimDecimal } from './number';

describe('resultValueText', () => {
  it("shows a register's long quotient to 4 decimals, rounded half up, and a value typed with fewer as typed", () => {
    // 001 L235: 489,204.87 × 100 ÷ 33,109,323.18
    expect(resultValueText('1.4775441567936031726517461236729515048939155028659')).toBe('1.4775');
    expect(resultValueText('12.14953271028037383177570093457943925233644859813')).toBe('12.1495');
    expect(resultValueText('0.00005')).toBe('0.0001');
    expect(resultValueText('89.30')).toBe('89.30');
    expect(resultValueText('90')).toBe('90');
  });
});

describe('sumDecimals', () => {
  it('adds weights exactly, where binary floats print 101.30000000000001', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals(['50', '40', '11.3'])).toBe('101.3');
    expect(sumDecimals(['100.0000', '1.3000'])).toBe('101.3');
    expect(sumDecimals(['33.3', '33.3', '33.4'])).toBe('100');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals([])).toBe('0');
    expect(trimDecimal(sumDecimals(['12.5000', '87.5000']))).toBe('100');
  });
});
