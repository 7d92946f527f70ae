import { describe, expect, it } from 'vitest';
import { Dec } from '../scoring/decimal.ts';
import { percentExact, percentRounded, percentText } from './percent.ts';

describe('percent of a whole', () => {
  it('prints the seeds’ figures to 2 places, half up', () => {
    // 001 L235: overdue 489,204.87 of outstanding 33,109,323.18 baht → ร้อยละ ๑.๔๘
    expect(percentText('489204.87', '33109323.18')).toBe('1.48');
    // 003 L276: 13,746,496.46 spent of 15,394,077.59 → ๘๙.๓๐
    expect(percentText(new Dec('13746496.46'), new Dec('15394077.59'))).toBe('89.30');
    // 004 L25: 518 of 510 sub-districts → 101.57; 264 of 256 → 103.13 (103.125, half up)
    expect(percentText(518, 510)).toBe('101.57');
    expect(percentText(264, 256)).toBe('103.13');
  });

  it('keeps the exact quotient and pads to the places asked', () => {
    expect(percentExact(2, 3)?.toFixed(6)).toBe('66.666667');
    expect(percentText(5, 5)).toBe('100.00');
    expect(percentText(1, 3, 4)).toBe('33.3333');
    expect(percentRounded(264, 256)?.toString()).toBe('103.13');
  });

  it('is null when the whole is 0', () => {
    expect(percentExact(1, 0)).toBeNull();
    expect(percentText(0, '0.00')).toBeNull();
    expect(percentRounded(3, 0)).toBeNull();
  });
});
