import {
  type DateRange,
  fiscalMonth,
  fiscalMonthIndex,
  fiscalMonthsRange,
  fiscalYearOf,
} from './fiscal-year.ts';
import type { IsoDate, IsoMonth } from './iso-date.ts';

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface FiscalQuarter extends DateRange {
  readonly fiscalYear: number;
  readonly number: QuarterNumber;
  readonly months: readonly IsoMonth[];
}

const QUARTER_NUMBERS: readonly QuarterNumber[] = [1, 2, 3, 4];

// Quarters of three months from October; 001 L138: "ไตรมาสที่ ๓ - ๔ (เดือนเมษายน ๒๕๖๘ - กันยายน ๒๕๖๘)"
export function fiscalQuarter(fiscalYear: number, number: QuarterNumber): FiscalQuarter {
  const first = (number - 1) * 3;
  return {
    fiscalYear,
    number,
    months: [first, first + 1, first + 2].map((index) => fiscalMonth(fiscalYear, index)),
    ...fiscalMonthsRange(fiscalYear, first, first + 2),
  };
}

export function fiscalQuarters(fiscalYear: number): FiscalQuarter[] {
  return QUARTER_NUMBERS.map((number) => fiscalQuarter(fiscalYear, number));
}

export function quarterOf(date: IsoDate): FiscalQuarter {
  // fiscalMonthIndex is 0 … 11, so this is 1 … 4.
  const number = (Math.floor(fiscalMonthIndex(date) / 3) + 1) as QuarterNumber;
  return fiscalQuarter(fiscalYearOf(date), number);
}
