import { describe, expect, it } from 'vitest';
import { canOverride, checkOverride } from './override.ts';

describe('changing a month’s report calendar (before the 1st of the month)', () => {
  it('is allowed up to the last day of the month before', () => {
    expect(canOverride('2022-09', '2022-08-31')).toEqual({ allowed: true });
    expect(canOverride('2022-09', '2022-07-15')).toEqual({ allowed: true });
  });

  it('is refused from the 1st, with a Thai reason', () => {
    expect(canOverride('2022-09', '2022-09-01')).toEqual({
      allowed: false,
      reason: 'ต้องแจ้งเปลี่ยนกำหนดส่งรายงานของเดือนกันยายน 2565 ก่อนวันที่ 1 กันยายน 2565 (วันนี้คือวันที่ 1 กันยายน 2565)',
    });
    expect(canOverride('2022-09', '2022-09-20').allowed).toBe(false);
  });

  it('handles the turn of the year', () => {
    expect(canOverride('2025-01', '2024-12-31').allowed).toBe(true);
    expect(canOverride('2025-01', '2025-01-01').allowed).toBe(false);
  });

  it('keeps the new date in the month of the default one', () => {
    expect(checkOverride('2022-09-10', '2022-09-12', '2022-08-31')).toEqual({ allowed: true });
    expect(checkOverride('2022-09-30', '2022-10-03', '2022-08-31')).toEqual({
      allowed: false,
      reason: 'วันกำหนดส่งใหม่ต้องอยู่ในเดือนกันยายน 2565 เช่นเดียวกับกำหนดเดิม (30 กันยายน 2565)',
    });
    expect(checkOverride('2022-09-10', '2022-09-12', '2022-09-01').allowed).toBe(false);
  });

  it('rejects malformed input', () => {
    expect(() => canOverride('2022-13', '2022-08-31')).toThrow(RangeError);
    expect(() => canOverride('2022-09', '2022-02-30')).toThrow(RangeError);
  });
});
