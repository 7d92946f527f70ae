import {
  type IsoDate,
  type IsoMonth,
  parseIsoDate,
  parseIsoMonth,
  toIsoDate,
  toIsoMonth,
} from './iso-date.ts';

/**
 * Day and month arithmetic on plain ISO dates, which the calendar module does not offer.
 * Every step goes through a UTC midnight, so the machine's time zone never shifts a date.
 */
const MS_PER_DAY = 86_400_000;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

function utcMidnight(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): IsoDate {
  const value = new Date(ms);
  return toIsoDate({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`A number of days is an integer, got ${days}`);
  return fromUtcMidnight(utcMidnight(date) + days * MS_PER_DAY);
}

/** Calendar days from `from` to `to`: 1 for consecutive days, negative when `to` comes first. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(date: IsoDate): Weekday {
  return new Date(utcMidnight(date)).getUTCDay() as Weekday;
}

export function addMonths(month: IsoMonth, months: number): IsoMonth {
  if (!Number.isInteger(months)) throw new RangeError(`A number of months is an integer, got ${months}`);
  const { year, month: number } = parseIsoMonth(month);
  const index = year * 12 + (number - 1) + months;
  return toIsoMonth({ year: Math.floor(index / 12), month: (index % 12) + 1 });
}

export function monthOf(date: IsoDate): IsoMonth {
  const { year, month } = parseIsoDate(date);
  return toIsoMonth({ year, month });
}
