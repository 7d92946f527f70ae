import { daysBetween } from '../calendar/date-arithmetic.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import type { HolidayCalendar } from '../report-calendar/holiday-file.ts';
import { isWorkingDay, workingDaysAfter } from '../report-calendar/working-day.ts';

/** Calendar days by default; a province may count working days (no Saturdays, Sundays or government holidays). */
export type DayCounting =
  | { readonly kind: 'calendar' }
  | { readonly kind: 'working'; readonly holidays: HolidayCalendar };

export const CALENDAR_DAYS: DayCounting = { kind: 'calendar' };

// Seed 003 L999: "ส่งรายงานช้ากว่าวันที่กำหนดหักลบวันละ ๑ คะแนน" — the days counted here.
/**
 * How late a report submitted on `submittedOn` (a Bangkok calendar date) is. Any time on the due date is on
 * time (0). In working days, a report submitted on a closed day counts as submitted on the next working day:
 * due Friday 9 Sep 2022, submitted Saturday, Sunday or Monday 12 Sep → 1 working day late (calendar: 1, 2, 3).
 * Working days are never more than calendar days.
 */
export function daysLate(
  dueDate: IsoDate,
  submittedOn: IsoDate,
  counting: DayCounting = CALENDAR_DAYS,
): number {
  const calendarDays = daysBetween(dueDate, submittedOn);
  if (calendarDays <= 0) return 0;
  if (counting.kind === 'calendar') return calendarDays;
  const workingDays = workingDaysAfter(dueDate, submittedOn, counting.holidays);
  return isWorkingDay(submittedOn, counting.holidays) ? workingDays : workingDays + 1;
}
