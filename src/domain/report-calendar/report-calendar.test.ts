import { describe, expect, it } from 'vitest';
import { expectedReports } from './expected-report.ts';
import { reportCalendarForFiscalYear, reportCalendarForMonth } from './report-calendar.ts';
import type { ReportType } from './report-type.ts';

const reportTypes: ReportType[] = [
  { id: 'kpi-progress', schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' } },
  { id: 'mother-fund', schedule: { frequency: 'monthly', dueDay: 15, dueMonth: 'after-period' } },
  { id: 'village-funds', schedule: { frequency: 'quarterly', dueDay: 20, dueMonth: 'after-period' } },
  { id: 'budget-return', schedule: { frequency: 'once', dueDate: '2022-08-31' } },
  { id: 'month-end', schedule: { frequency: 'monthly', dueDay: 31, dueMonth: 'in-period' } },
];

describe('report calendar of a month', () => {
  it('lists the reports due that month, earliest first', () => {
    const calendar = reportCalendarForMonth(reportTypes, '2022-10');
    expect(calendar.map((entry) => [entry.reportTypeId, entry.periodKey, entry.dueDate])).toEqual([
      ['kpi-progress', '2022-10', '2022-10-10'],
      ['mother-fund', '2022-09', '2022-10-15'],
      ['village-funds', 'FY2565-Q4', '2022-10-20'],
      ['month-end', '2022-10', '2022-10-31'],
    ]);
  });

  it('includes a one-off report only in its month, and clamps day 31 in February', () => {
    expect(reportCalendarForMonth(reportTypes, '2022-08').map((entry) => entry.reportTypeId)).toContain(
      'budget-return',
    );
    const february = reportCalendarForMonth(reportTypes, '2024-02');
    expect(february.find((entry) => entry.reportTypeId === 'month-end')?.dueDate).toBe('2024-02-29');
    expect(february.map((entry) => entry.reportTypeId)).not.toContain('village-funds');
  });

  it("applies the province's override and keeps the default date alongside", () => {
    const [kpi] = reportCalendarForMonth(reportTypes, '2022-09', [
      { reportTypeId: 'kpi-progress', periodKey: '2022-09', dueDate: '2022-09-12' },
    ]);
    expect(kpi).toMatchObject({
      reportTypeId: 'kpi-progress',
      defaultDueDate: '2022-09-10',
      dueDate: '2022-09-12',
      overridden: true,
    });
  });

  it('refuses an override that leaves the month, or two overrides of one report', () => {
    expect(() =>
      reportCalendarForMonth(reportTypes, '2022-09', [
        { reportTypeId: 'kpi-progress', periodKey: '2022-09', dueDate: '2022-10-03' },
      ]),
    ).toThrow(RangeError);
    const twice = { reportTypeId: 'kpi-progress', periodKey: '2022-09', dueDate: '2022-09-12' };
    expect(() => reportCalendarForMonth(reportTypes, '2022-09', [twice, twice])).toThrow(RangeError);
  });
});

describe('report calendar of a fiscal year', () => {
  it('covers October to September: 12 of each monthly report, 4 quarterly ones', () => {
    const calendar = reportCalendarForFiscalYear(reportTypes, 2568);
    const count = (id: string) => calendar.filter((entry) => entry.reportTypeId === id).length;
    expect(count('kpi-progress')).toBe(12);
    expect(count('mother-fund')).toBe(12);
    expect(count('village-funds')).toBe(4);
    expect(count('budget-return')).toBe(0);
    expect(calendar[0]?.dueDate).toBe('2024-10-10');
    expect(calendar.at(-1)?.dueDate).toBe('2025-09-30');
    const motherFund = calendar.filter((entry) => entry.reportTypeId === 'mother-fund');
    expect(motherFund[0]).toMatchObject({ periodKey: '2024-09', dueDate: '2024-10-15' });
    expect(motherFund.at(-1)).toMatchObject({ periodKey: '2025-08', dueDate: '2025-09-15' });
  });

  it('applies overrides in the month they belong to', () => {
    const calendar = reportCalendarForFiscalYear(reportTypes, 2568, [
      { reportTypeId: 'village-funds', periodKey: 'FY2568-Q1', dueDate: '2025-01-17' },
    ]);
    expect(calendar.find((entry) => entry.periodKey === 'FY2568-Q1')?.dueDate).toBe('2025-01-17');
  });
});

describe('expected reports', () => {
  it('are units × report types due', () => {
    const calendar = reportCalendarForMonth(reportTypes, '2022-10');
    const expected = expectedReports(['bang-khla', 'bang-nam-priao'], calendar);
    expect(expected).toHaveLength(8);
    expect(expected[0]).toEqual({
      unitId: 'bang-khla',
      reportTypeId: 'kpi-progress',
      periodKey: '2022-10',
      dueDate: '2022-10-10',
    });
    expect(expectedReports([], calendar)).toEqual([]);
  });
});
