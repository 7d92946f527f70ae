import { toBuddhistYear, toCommonEraYear } from './era.ts';
import {
  type IsoDate,
  type IsoMonth,
  lastDayOfMonth,
  parseIsoDate,
  parseIsoMonth,
  toIsoDate,
  toIsoMonth,
} from './iso-date.ts';

export interface DateRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** Fiscal years are named in B.E.; a number outside this window is almost surely a C.E. year passed by mistake. */
const MIN_FISCAL_YEAR = 2400;
const MAX_FISCAL_YEAR = 2800;

/** October, the first month of every fiscal year. */
const FIRST_FISCAL_MONTH = 10;

export function assertFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < MIN_FISCAL_YEAR || fiscalYear > MAX_FISCAL_YEAR) {
    throw new RangeError(`A fiscal year is a B.E. year such as 2568, got ${fiscalYear}`);
  }
}

// Fiscal year N (B.E.) runs from 1 October of N−1 to 30 September of N:
// 001 L276: "ปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘"
// 001 L320: "ปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ต.ค. ๖๗ – ๓๐ ก.ย.๖๘)"
export function fiscalYearOf(date: IsoDate): number {
  const { year, month } = parseIsoDate(date);
  return toBuddhistYear(month >= FIRST_FISCAL_MONTH ? year + 1 : year);
}

/** Position of the date's month in its fiscal year: 0 = October … 11 = September. */
export function fiscalMonthIndex(date: IsoDate): number {
  const { month } = parseIsoDate(date);
  return (month - FIRST_FISCAL_MONTH + 12) % 12;
}

/** Month number `index` (0 = October … 11 = September) of a fiscal year, as an ISO month. */
export function fiscalMonth(fiscalYear: number, index: number): IsoMonth {
  assertFiscalYear(fiscalYear);
  if (!Number.isInteger(index) || index < 0 || index > 11) {
    throw new RangeError(`A fiscal month index is 0 to 11, got ${index}`);
  }
  const monthOffset = FIRST_FISCAL_MONTH - 1 + index;
  return toIsoMonth({
    year: toCommonEraYear(fiscalYear) - 1 + Math.floor(monthOffset / 12),
    month: (monthOffset % 12) + 1,
  });
}

/** The twelve months of a fiscal year, October first: '2024-10' … '2025-09' for 2568. */
export function fiscalYearMonths(fiscalYear: number): IsoMonth[] {
  return Array.from({ length: 12 }, (_, index) => fiscalMonth(fiscalYear, index));
}

export function monthRange(month: IsoMonth): DateRange {
  const yearMonth = parseIsoMonth(month);
  return { start: toIsoDate({ ...yearMonth, day: 1 }), end: lastDayOfMonth(yearMonth) };
}

/** The date range covering fiscal months `first` … `last` (indexes 0 = October … 11 = September). */
export function fiscalMonthsRange(fiscalYear: number, first: number, last: number): DateRange {
  return {
    start: monthRange(fiscalMonth(fiscalYear, first)).start,
    end: monthRange(fiscalMonth(fiscalYear, last)).end,
  };
}

export function fiscalYearRange(fiscalYear: number): DateRange {
  return fiscalMonthsRange(fiscalYear, 0, 11);
}
