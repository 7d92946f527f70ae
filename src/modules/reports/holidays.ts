import fs from 'node:fs';
import path from 'node:path';
import type { DayCountingColumn } from '../../db/tables/reports.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { holidayCalendar, parseHolidayFile } from '../../domain/report-calendar/holiday-file.ts';
import { closureName } from '../../domain/report-calendar/working-day.ts';
import { CALENDAR_DAYS, type DayCounting } from '../../domain/timeliness/days-late.ts';

const HOLIDAY_FILE = path.resolve(import.meta.dirname, '../../../data/holidays/th-2565-2570.json');

/** Thai government holidays 2565–2570, shipped as data (data/holidays/README.md). */
export const thaiHolidays = holidayCalendar(
  parseHolidayFile(JSON.parse(fs.readFileSync(HOLIDAY_FILE, 'utf8'))),
);

export function dayCountingOf(column: DayCountingColumn): DayCounting {
  return column === 'working' ? { kind: 'working', holidays: thaiHolidays } : CALENDAR_DAYS;
}

/** Why offices are closed on a due date ("วันเสาร์", a holiday's name), so the calendar can warn; null outside the data. */
export function closedDayName(date: IsoDate): string | null {
  if (date < thaiHolidays.from || date > thaiHolidays.to) return null;
  return closureName(date, thaiHolidays);
}
