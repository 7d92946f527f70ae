import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  isIsoDate,
  lastDayOfMonth,
  parseIsoDate,
  parseIsoMonth,
  toIsoDate,
} from './iso-date.ts';

describe('iso dates', () => {
  it('parses and prints plain calendar dates', () => {
    expect(parseIsoDate('2025-04-01')).toEqual({ year: 2025, month: 4, day: 1 });
    expect(toIsoDate({ year: 2025, month: 4, day: 1 })).toBe('2025-04-01');
    expect(parseIsoMonth('2024-10')).toEqual({ year: 2024, month: 10 });
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 9)).toBe(30);
    expect(lastDayOfMonth({ year: 2025, month: 3 })).toBe('2025-03-31');
  });

  it('rejects anything that is not a real date', () => {
    for (const text of ['2025-02-29', '2025-13-01', '2025-4-1', '2025-04-01T00:00:00Z', '0999-01-01', '']) {
      expect(isIsoDate(text)).toBe(false);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(() => parseIsoMonth('2024-00')).toThrow(RangeError);
  });
});
