import { describe, expect, it } from 'vitest';
import { resultValueText } from './number';

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
