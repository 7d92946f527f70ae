import { dateEntryProblem } from './date-entry.ts';
import { toBuddhistYear, toCommonEraYear } from './era.ts';
import { daysInMonth, type IsoDate, toIsoDate } from './iso-date.ts';
import { fromThaiDigits } from './thai-digits.ts';

const ISO_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const STORED_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A four-digit year above this is B.E.: C.E. 2400 is centuries away, B.E. 2400 was C.E. 1857. */
const LAST_COMMON_ERA_GUESS = 2400;

/**
 * A date as an officer types it in a form or an import cell — "30/9/2568" (day/month/B.E. year, as Thai documents
 * and Excel write it; 001 L11 "๓๐ กันยายน ๒๕๖๘"), "30.9.2568", "30/9/2025", Thai digits, or "2025-09-30" (also with
 * a B.E. year) — to "2025-09-30"; null when it is unreadable or not on the calendar. Used by the web's date field and
 * the server's import cells alike.
 */
export function parseDateText(text: string): IsoDate | null {
  const clean = fromThaiDigits(text.trim());
  const iso = ISO_TEXT.exec(clean);
  const dmy = DAY_MONTH_YEAR.exec(clean);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return null;
  const [typedYear, month, day] = parts.map(Number) as [number, number, number];
  const year = typedYear > LAST_COMMON_ERA_GUESS ? toCommonEraYear(typedYear) : typedYear;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return toIsoDate({ year, month, day });
}

/**
 * An import cell's date: as {@link parseDateText}, and inside C.E. 1957–2057 like a date typed in a form
 * (date-entry.ts); null otherwise, for the row check to report.
 */
export function cellDate(cell: string): IsoDate | null {
  const date = parseDateText(cell);
  return date !== null && dateEntryProblem(date) === null ? date : null;
}

/** "2025-09-30" as the officer would type it: "30/9/2568" in Thai (B.E.), "30/9/2025" in English. */
export function dateText(iso: IsoDate, buddhistEra: boolean): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day}/${month}/${buddhistEra ? toBuddhistYear(year) : year}`;
}

/** A stored date as the workbooks write it, day/month/B.E. year ("15/12/2568"), which {@link cellDate} reads back. */
export function buddhistDateCell(iso: IsoDate | null): string | null {
  return iso !== null && STORED_DATE.test(iso) ? dateText(iso, true) : null;
}
