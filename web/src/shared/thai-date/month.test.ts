import { describe, expect, it } from 'vitest';
import {
  currentMonth,
  datesOfMonth,
  formatIsoDate,
  formatMonth,
  formatWeekday,
  isIsoMonth,
  monthNames,
  shiftMonth,
} from './month';

describe('months', () => {
  it('accepts only a calendar month as the API takes it', () => {
    expect(isIsoMonth('2025-03')).toBe(true);
    expect(isIsoMonth('2025-13')).toBe(false);
    expect(isIsoMonth('2025-3')).toBe(false);
    expect(isIsoMonth(null)).toBe(false);
  });

  it('steps across the turn of the year both ways', () => {
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2025-03', -15)).toBe('2023-12');
  });

  it("takes this month from Bangkok's date", () => {
    expect(currentMonth(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12');
  });

  it('lists every date of a month, 29 February in a leap year', () => {
    expect(datesOfMonth('2024-02')).toHaveLength(29);
    expect(datesOfMonth('2025-02').at(-1)).toBe('2025-02-28');
    expect(datesOfMonth('2025-03')[0]).toBe('2025-03-01');
  });
});

describe('Thai month and date names', () => {
  it('writes the Buddhist Era year in Thai and the Christian year in English', () => {
    expect(formatMonth('2025-03', 'th')).toBe('มีนาคม 2568');
    expect(formatMonth('2025-03', 'en')).toBe('March 2025');
    expect(formatIsoDate('2025-03-10', 'th')).toBe('10 มีนาคม 2568');
    expect(formatIsoDate('2025-03-10', 'en')).toBe('10 March 2025');
  });

  it('abbreviates weekdays the official Thai way', () => {
    expect(formatWeekday('2025-03-10', 'th')).toBe('จ.');
    expect(formatWeekday('2025-03-13', 'th')).toBe('พฤ.');
    expect(formatWeekday('2025-03-10', 'en')).toBe('Mon');
  });

  it('names the twelve months, January first', () => {
    const names = monthNames('th');
    expect(names).toHaveLength(12);
    expect(names[0]).toBe('มกราคม');
    expect(names[11]).toBe('ธันวาคม');
  });
});
