import { describe, expect, it } from 'vitest';
import { fiscalQuarter } from '../calendar/quarter.ts';
import { defaultDueDate, periodDueIn } from './due-date.ts';
import type { ReportSchedule } from './report-type.ts';

const byTenthOfMonth: ReportSchedule = { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' };
const byTenthOfNextMonth: ReportSchedule = { frequency: 'monthly', dueDay: 10, dueMonth: 'after-period' };
const monthEnd: ReportSchedule = { frequency: 'monthly', dueDay: 31, dueMonth: 'in-period' };
const quarterlyNextMonth: ReportSchedule = { frequency: 'quarterly', dueDay: 20, dueMonth: 'after-period' };
const quarterlyInQuarter: ReportSchedule = { frequency: 'quarterly', dueDay: 31, dueMonth: 'in-period' };
const once: ReportSchedule = { frequency: 'once', dueDate: '2022-08-31' };

describe('default due dates', () => {
  it('puts an in-period monthly report on its day of the same month', () => {
    expect(defaultDueDate(byTenthOfMonth, { kind: 'month', month: '2022-09' })).toBe('2022-09-10');
  });

  it('puts an after-period report in the next month, across the year end', () => {
    expect(defaultDueDate(byTenthOfNextMonth, { kind: 'month', month: '2022-09' })).toBe('2022-10-10');
    expect(defaultDueDate(byTenthOfNextMonth, { kind: 'month', month: '2024-12' })).toBe('2025-01-10');
  });

  it('clamps day 31 to the last day of a shorter month', () => {
    expect(defaultDueDate(monthEnd, { kind: 'month', month: '2025-04' })).toBe('2025-04-30');
    expect(defaultDueDate(monthEnd, { kind: 'month', month: '2025-02' })).toBe('2025-02-28');
    expect(defaultDueDate(monthEnd, { kind: 'month', month: '2024-02' })).toBe('2024-02-29');
    expect(defaultDueDate(monthEnd, { kind: 'month', month: '2025-03' })).toBe('2025-03-31');
  });

  it('dates fiscal quarters from their last month (Q1 = October–December)', () => {
    const q1 = { kind: 'quarter', quarter: fiscalQuarter(2568, 1) } as const;
    const q4 = { kind: 'quarter', quarter: fiscalQuarter(2568, 4) } as const;
    expect(defaultDueDate(quarterlyInQuarter, q1)).toBe('2024-12-31');
    expect(defaultDueDate(quarterlyNextMonth, q1)).toBe('2025-01-20');
    expect(defaultDueDate(quarterlyNextMonth, q4)).toBe('2025-10-20');
  });

  it('uses the set date of a one-off report', () => {
    expect(defaultDueDate(once, { kind: 'once', date: '2022-08-31' })).toBe('2022-08-31');
  });

  it('refuses a period of the wrong kind and an impossible due day', () => {
    expect(() =>
      defaultDueDate(byTenthOfMonth, { kind: 'quarter', quarter: fiscalQuarter(2568, 1) }),
    ).toThrow(RangeError);
    expect(() => defaultDueDate(once, { kind: 'once', date: '2022-09-01' })).toThrow(RangeError);
    const badDay = { frequency: 'monthly', dueDay: 32, dueMonth: 'in-period' } as const;
    expect(() => defaultDueDate(badDay, { kind: 'month', month: '2025-01' })).toThrow(RangeError);
    expect(() => defaultDueDate({ ...badDay, dueDay: 0 }, { kind: 'month', month: '2025-01' })).toThrow(
      RangeError,
    );
  });
});

describe('the period due in a month', () => {
  it('is the month itself, or the month before for after-period reports', () => {
    expect(periodDueIn(byTenthOfMonth, '2022-09')).toEqual({ kind: 'month', month: '2022-09' });
    expect(periodDueIn(byTenthOfNextMonth, '2025-01')).toEqual({ kind: 'month', month: '2024-12' });
  });

  it('is a quarter only in the month its due date falls in', () => {
    expect(periodDueIn(quarterlyNextMonth, '2025-01')).toEqual({
      kind: 'quarter',
      quarter: fiscalQuarter(2568, 1),
    });
    expect(periodDueIn(quarterlyNextMonth, '2024-12')).toBeNull();
    expect(periodDueIn(quarterlyNextMonth, '2025-02')).toBeNull();
    expect(periodDueIn(quarterlyInQuarter, '2025-03')).toEqual({
      kind: 'quarter',
      quarter: fiscalQuarter(2568, 2),
    });
    expect(periodDueIn(quarterlyNextMonth, '2025-10')).toEqual({
      kind: 'quarter',
      quarter: fiscalQuarter(2568, 4),
    });
  });

  it('is the one-off date only in its own month', () => {
    expect(periodDueIn(once, '2022-08')).toEqual({ kind: 'once', date: '2022-08-31' });
    expect(periodDueIn(once, '2022-09')).toBeNull();
  });
});
