import type { IsoDate, IsoMonth } from '../calendar/iso-date.ts';
import type { FiscalQuarter } from '../calendar/quarter.ts';

/** The span a report covers: a month, a fiscal quarter (Q1 = October–December), or one dated event. */
export type Period =
  | { readonly kind: 'month'; readonly month: IsoMonth }
  | { readonly kind: 'quarter'; readonly quarter: FiscalQuarter }
  | { readonly kind: 'once'; readonly date: IsoDate };

/** A period as one string, for storage and idempotency keys: '2025-03', 'FY2568-Q1', or the date '2025-08-31'. */
export type PeriodKey = string;

export function periodKey(period: Period): PeriodKey {
  switch (period.kind) {
    case 'month':
      return period.month;
    case 'quarter':
      return `FY${period.quarter.fiscalYear}-Q${period.quarter.number}`;
    case 'once':
      return period.date;
  }
}
