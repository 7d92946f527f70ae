import { describe, expect, it } from 'vitest';
import type { ExpectedReport } from './expected-report.ts';
import { remindersDue } from './reminder.ts';

const reports: ExpectedReport[] = [
  { unitId: 'bang-khla', reportTypeId: 'kpi-progress', periodKey: '2022-09', dueDate: '2022-09-10' },
  { unitId: 'bang-khla', reportTypeId: 'mother-fund', periodKey: '2022-08', dueDate: '2022-09-15' },
  { unitId: 'bang-khla', reportTypeId: 'early', periodKey: '2022-09', dueDate: '2022-09-02' },
  { unitId: 'bang-khla', reportTypeId: 'october', periodKey: '2022-10', dueDate: '2022-10-03' },
];

const kinds = (today: string) =>
  remindersDue(reports, today, ['line']).map((reminder) => `${reminder.reportTypeId}/${reminder.kind}`);

describe('reminders (1st of the month and 3 days before each due date)', () => {
  it('on the 1st sends the month overview of every report due that month', () => {
    expect(kinds('2022-09-01')).toEqual([
      'kpi-progress/monthly-overview',
      'mother-fund/monthly-overview',
      'early/monthly-overview',
    ]);
  });

  it('sends the 3-day reminder exactly 3 days before the due date, not 2 or 4', () => {
    expect(kinds('2022-09-07')).toEqual(['kpi-progress/three-days-before']);
    expect(kinds('2022-09-06')).toEqual([]);
    expect(kinds('2022-09-08')).toEqual([]);
    expect(kinds('2022-09-12')).toEqual(['mother-fund/three-days-before']);
  });

  it('reaches back across a month boundary, and sends both kinds when they fall on the same day', () => {
    expect(kinds('2022-08-30')).toEqual(['early/three-days-before']);
    expect(kinds('2022-09-30')).toEqual(['october/three-days-before']);
    const both = [{ unitId: 'u', reportTypeId: 'r', periodKey: '2022-09', dueDate: '2022-09-04' }];
    expect(remindersDue(both, '2022-09-01', ['line']).map((reminder) => reminder.kind)).toEqual([
      'monthly-overview',
      'three-days-before',
    ]);
  });

  it('sends nothing on an ordinary day', () => {
    expect(kinds('2022-09-02')).toEqual([]);
    expect(kinds('2022-09-20')).toEqual([]);
  });

  it('gives each reminder per channel an idempotency key', () => {
    const reminders = remindersDue(reports.slice(0, 1), '2022-09-07', ['line', 'email']);
    expect(reminders.map((reminder) => reminder.idempotencyKey)).toEqual([
      'bang-khla:kpi-progress:2022-09-10:three-days-before:line',
      'bang-khla:kpi-progress:2022-09-10:three-days-before:email',
    ]);
    expect(reminders[0]).toMatchObject({ unitId: 'bang-khla', channel: 'line', periodKey: '2022-09' });
  });
});
