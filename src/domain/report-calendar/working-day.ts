import { addDays, weekdayOf } from '../calendar/date-arithmetic.ts';
import { formatThaiDate } from '../calendar/date-format.ts';
import { type IsoDate, parseIsoDate } from '../calendar/iso-date.ts';
import type { HolidayCalendar } from './holiday-file.ts';

const WEEKEND_NAMES: Partial<Record<number, string>> = { 0: 'วันอาทิตย์', 6: 'วันเสาร์' };

function assertCovered(date: IsoDate, calendar: HolidayCalendar): void {
  parseIsoDate(date);
  if (date < calendar.from || date > calendar.to) {
    throw new RangeError(
      `ไม่มีข้อมูลวันหยุดราชการของวันที่ ${formatThaiDate(date)} ` +
        `(ข้อมูลครอบคลุม ${formatThaiDate(calendar.from)} ถึง ${formatThaiDate(calendar.to)})`,
    );
  }
}

/**
 * Why government offices are closed on `date` ("วันเสาร์", "วันอาทิตย์" or the holiday's Thai name),
 * or null on a working day. Throws outside the calendar's coverage rather than guess.
 */
export function closureName(date: IsoDate, calendar: HolidayCalendar): string | null {
  assertCovered(date, calendar);
  return WEEKEND_NAMES[weekdayOf(date)] ?? calendar.closures.get(date)?.nameTh ?? null;
}

/** Monday to Friday and not a government holiday. Lets the UI warn when a due date falls on a closed day. */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return closureName(date, calendar) === null;
}

/** Working days d with from < d ≤ to; 0 when `to` is not after `from`. */
export function workingDaysAfter(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  parseIsoDate(to);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}
