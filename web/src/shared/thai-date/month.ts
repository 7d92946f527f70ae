import type { Language } from '../i18n/language';
import { todayIso } from './fiscal-year';

/** A calendar month as the API takes it: "2025-03". */
export type IsoMonth = string;

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Dates without a time are formatted on their UTC midnight, so the browser's time zone never shifts them. */
const monthFormats: Record<Language, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }),
};

const dayFormats: Record<Language, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
};

/** The official Thai abbreviations, Sunday first (ICU versions disagree: "จ." or "จันทร์"). */
const thaiWeekdays = ['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.'];
const englishWeekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short' });

const monthNameFormats: Record<Language, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH', { timeZone: 'UTC', month: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' }),
};

export function isIsoMonth(value: string | null | undefined): value is IsoMonth {
  return typeof value === 'string' && monthPattern.test(value);
}

/** This month in Bangkok. */
export function currentMonth(date: Date = new Date()): IsoMonth {
  return todayIso(date).slice(0, 7);
}

export function shiftMonth(month: IsoMonth, by: number): IsoMonth {
  const [year = 0, number = 1] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function utcDate(iso: string): Date {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "มีนาคม 2568" in Thai (B.E.), "March 2025" in English. */
export function formatMonth(month: IsoMonth, lang: Language): string {
  return monthFormats[lang].format(utcDate(`${month}-01`));
}

/** "10 มีนาคม 2568" / "10 March 2025" for a date without a time ("2025-03-10"). */
export function formatIsoDate(date: string, lang: Language): string {
  return dayFormats[lang].format(utcDate(date));
}

/** "จ." / "Mon" for a date without a time. */
export function formatWeekday(date: string, lang: Language): string {
  const day = utcDate(date);
  return lang === 'th' ? (thaiWeekdays[day.getUTCDay()] ?? '') : englishWeekday.format(day);
}

/** The twelve month names, January first: "มกราคม" … "ธันวาคม". */
export function monthNames(lang: Language): string[] {
  return Array.from({ length: 12 }, (_, index) =>
    monthNameFormats[lang].format(new Date(Date.UTC(2000, index, 1))),
  );
}

/** Every date of a month: ["2025-03-01", …, "2025-03-31"]. */
export function datesOfMonth(month: IsoMonth): string[] {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return Array.from({ length: days }, (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`);
}
