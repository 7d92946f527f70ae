import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, monthOf, weekdayOf } from './date-arithmetic.ts';

describe('date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2022-09-09', 3)).toBe('2022-09-12');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('counts calendar days between two dates', () => {
    expect(daysBetween('2022-09-09', '2022-09-12')).toBe(3);
    expect(daysBetween('2022-09-12', '2022-09-09')).toBe(-3);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2025-03-10', '2025-03-10')).toBe(0);
    expect(daysBetween('2024-10-01', '2025-09-30')).toBe(364);
  });

  it('knows the weekday: 9 Sep 2022 (9 ก.ย. 2565) is a Friday, 10 Sep 2022 a Saturday', () => {
    expect(weekdayOf('2022-09-09')).toBe(5);
    expect(weekdayOf('2022-09-10')).toBe(6);
    expect(weekdayOf('2022-09-11')).toBe(0);
  });

  it('adds months across years', () => {
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-10', 12)).toBe('2025-10');
    expect(monthOf('2025-03-10')).toBe('2025-03');
  });

  it('rejects fractional steps and malformed dates', () => {
    expect(() => addDays('2025-03-10', 0.5)).toThrow(RangeError);
    expect(() => addMonths('2025-03', 1.5)).toThrow(RangeError);
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});
