import { describe, expect, it } from 'vitest';
import holidayJson from '../../../data/holidays/th-2565-2570.json' with { type: 'json' };
import { holidayCalendar, parseHolidayFile } from '../report-calendar/holiday-file.ts';
import { type DayCounting, daysLate } from './days-late.ts';

const working: DayCounting = { kind: 'working', holidays: holidayCalendar(parseHolidayFile(holidayJson)) };

describe('days late', () => {
  it('is 0 on or before the due date', () => {
    expect(daysLate('2025-03-10', '2025-03-10')).toBe(0);
    expect(daysLate('2025-03-10', '2025-03-01')).toBe(0);
    expect(daysLate('2025-03-10', '2025-03-10', working)).toBe(0);
  });

  it('counts calendar days by default', () => {
    expect(daysLate('2025-03-10', '2025-03-12')).toBe(2);
    expect(daysLate('2022-09-09', '2022-09-12')).toBe(3);
  });

  it('in working days skips the weekend: due Fri 9 Sep 2022, submitted Mon 12 Sep → 1', () => {
    expect(daysLate('2022-09-09', '2022-09-12', working)).toBe(1);
    expect(daysLate('2022-09-09', '2022-09-13', working)).toBe(2);
  });

  it('in working days skips a Thai holiday inside the window', () => {
    // Makha Bucha, Wed 12 Feb 2025: due Tue 11 Feb, submitted Thu 13 Feb.
    expect(daysLate('2025-02-11', '2025-02-13')).toBe(2);
    expect(daysLate('2025-02-11', '2025-02-13', working)).toBe(1);
    // Songkran 2025: 12–13 weekend, 14–15 Songkran, 16 substitution; due Fri 11 Apr, submitted Thu 17 Apr.
    expect(daysLate('2025-04-11', '2025-04-17')).toBe(6);
    expect(daysLate('2025-04-11', '2025-04-17', working)).toBe(1);
  });

  it('treats a submission on a closed day as made on the next working day', () => {
    expect(daysLate('2022-09-09', '2022-09-10', working)).toBe(1);
    expect(daysLate('2022-09-09', '2022-09-11', working)).toBe(1);
    // Due on a Saturday (10 Sep 2022, seed 003 §4.3), kept as set: Monday is 1 working day late.
    expect(daysLate('2022-09-10', '2022-09-12', working)).toBe(1);
    expect(daysLate('2022-09-10', '2022-09-11', working)).toBe(1);
  });

  it('never counts more working days than calendar days', () => {
    for (const submitted of [
      '2025-04-12',
      '2025-04-13',
      '2025-04-14',
      '2025-04-16',
      '2025-04-17',
      '2025-04-21',
    ]) {
      expect(daysLate('2025-04-11', submitted, working)).toBeLessThanOrEqual(
        daysLate('2025-04-11', submitted),
      );
    }
  });
});
