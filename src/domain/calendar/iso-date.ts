/**
 * Plain calendar dates, free of any time zone: an ISO string 'YYYY-MM-DD' (Gregorian / C.E.)
 * and an ISO month 'YYYY-MM'. Well-formed ISO dates sort and compare correctly as strings.
 */
export type IsoDate = string;
export type IsoMonth = string;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MIN_YEAR = 1000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function parseIsoMonth(text: string): YearMonth {
  const match = ISO_MONTH.exec(text);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || year < MIN_YEAR || month < 1 || month > 12) {
    throw new RangeError(`Not an ISO month 'YYYY-MM': ${JSON.stringify(text)}`);
  }
  return { year, month };
}

export function parseIsoDate(text: string): CalendarDate {
  const match = ISO_DATE.exec(text);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date 'YYYY-MM-DD': ${JSON.stringify(text)}`);
  }
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

export function toIsoMonth({ year, month }: YearMonth): IsoMonth {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function toIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${toIsoMonth({ year, month })}-${pad(day, 2)}`;
}

export function lastDayOfMonth({ year, month }: YearMonth): IsoDate {
  return toIsoDate({ year, month, day: daysInMonth(year, month) });
}
