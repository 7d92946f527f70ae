import { describe, expect, it } from 'vitest';
import holidayJson from '../../../data/holidays/th-2565-2570.json' with { type: 'json' };
import { holidayCalendar, parseHolidayFile } from './holiday-file.ts';
import { closureName, isWorkingDay, workingDaysAfter } from './working-day.ts';

const calendar = holidayCalendar(parseHolidayFile(holidayJson));

describe('working days', () => {
  it('are Monday to Friday outside government holidays', () => {
    expect(isWorkingDay('2022-09-09', calendar)).toBe(true);
    expect(isWorkingDay('2022-09-10', calendar)).toBe(false);
    expect(isWorkingDay('2022-09-11', calendar)).toBe(false);
    expect(isWorkingDay('2025-02-12', calendar)).toBe(false);
    expect(isWorkingDay('2025-05-01', calendar)).toBe(true);
  });

  it('name the reason an office is closed, for the UI to warn about a due date', () => {
    expect(closureName('2022-09-10', calendar)).toBe('วันเสาร์');
    expect(closureName('2022-09-25', calendar)).toBe('วันอาทิตย์');
    expect(closureName('2025-02-12', calendar)).toBe('วันมาฆบูชา');
    expect(closureName('2025-03-10', calendar)).toBeNull();
  });

  it('are counted after a date, up to and including the end date', () => {
    expect(workingDaysAfter('2022-09-09', '2022-09-12', calendar)).toBe(1);
    expect(workingDaysAfter('2025-04-11', '2025-04-17', calendar)).toBe(1);
    expect(workingDaysAfter('2022-09-12', '2022-09-09', calendar)).toBe(0);
  });

  it('are not guessed outside the data file', () => {
    expect(() => isWorkingDay('2028-01-04', calendar)).toThrow(/ไม่มีข้อมูลวันหยุดราชการ/);
    expect(() => workingDaysAfter('2027-12-30', '2028-01-04', calendar)).toThrow(RangeError);
  });
});
