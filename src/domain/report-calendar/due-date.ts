import { addMonths, monthOf } from '../calendar/date-arithmetic.ts';
import { daysInMonth, type IsoDate, type IsoMonth, parseIsoMonth, toIsoDate } from '../calendar/iso-date.ts';
import { quarterOf } from '../calendar/quarter.ts';
import type { Period } from './period.ts';
import type { ReportSchedule } from './report-type.ts';

function assertDueDay(dueDay: number): void {
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 31) {
    throw new RangeError(`A due day of the month is 1 to 31, got ${dueDay}`);
  }
}

/** Day `dueDay` of the month, or the month's last day when it is shorter: 31 → 30 Apr, 31 → 28 or 29 Feb. */
function clampedDay(month: IsoMonth, dueDay: number): IsoDate {
  assertDueDay(dueDay);
  const { year, month: number } = parseIsoMonth(month);
  return toIsoDate({ year, month: number, day: Math.min(dueDay, daysInMonth(year, number)) });
}

function lastMonthOf(period: Period): IsoMonth {
  switch (period.kind) {
    case 'month':
      return period.month;
    case 'quarter':
      return period.quarter.end.slice(0, 7);
    case 'once':
      return monthOf(period.date);
  }
}

const PERIOD_KIND = { monthly: 'month', quarterly: 'quarter', once: 'once' } as const;

/**
 * The due date the schedule gives a period, before any province override. A date that falls on a weekend or
 * holiday is kept as set (seed-003-minutes.md §4.2 weekend note: 10 Sep 2565 is a Saturday): the province moves
 * it with an override if it wants, and `isWorkingDay` lets the UI warn.
 */
export function defaultDueDate(schedule: ReportSchedule, period: Period): IsoDate {
  if (period.kind !== PERIOD_KIND[schedule.frequency]) {
    throw new RangeError(`A ${schedule.frequency} report has no ${period.kind} period`);
  }
  if (schedule.frequency === 'once') {
    if (period.kind !== 'once' || period.date !== schedule.dueDate) {
      throw new RangeError(`A one-off report due ${schedule.dueDate} has only that date as its period`);
    }
    return schedule.dueDate;
  }
  const lastMonth = lastMonthOf(period);
  const dueMonth = schedule.dueMonth === 'in-period' ? lastMonth : addMonths(lastMonth, 1);
  return clampedDay(dueMonth, schedule.dueDay);
}

/** The period whose default due date falls in `month`, or null when the report is not due that month. */
export function periodDueIn(schedule: ReportSchedule, month: IsoMonth): Period | null {
  parseIsoMonth(month);
  if (schedule.frequency === 'once') {
    return monthOf(schedule.dueDate) === month ? { kind: 'once', date: schedule.dueDate } : null;
  }
  const periodMonth = schedule.dueMonth === 'in-period' ? month : addMonths(month, -1);
  if (schedule.frequency === 'monthly') return { kind: 'month', month: periodMonth };
  const quarter = quarterOf(`${periodMonth}-01`);
  return lastMonthOf({ kind: 'quarter', quarter }) === periodMonth ? { kind: 'quarter', quarter } : null;
}
