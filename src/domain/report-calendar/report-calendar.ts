import { monthOf } from '../calendar/date-arithmetic.ts';
import { fiscalYearMonths } from '../calendar/fiscal-year.ts';
import type { IsoDate, IsoMonth } from '../calendar/iso-date.ts';
import { defaultDueDate, periodDueIn } from './due-date.ts';
import { type Period, type PeriodKey, periodKey } from './period.ts';
import type { ReportType } from './report-type.ts';

/**
 * A province's new due date for one report in one month's calendar. It stays in the same month as the
 * default due date and must be set before the 1st of that month (see override.ts).
 */
export interface DueDateOverride {
  readonly reportTypeId: string;
  readonly periodKey: PeriodKey;
  readonly dueDate: IsoDate;
}

/** One line of the report calendar: which report, for which period, due when. */
export interface DueEntry {
  readonly reportTypeId: string;
  readonly period: Period;
  readonly periodKey: PeriodKey;
  readonly defaultDueDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly overridden: boolean;
}

function overrideKey(reportTypeId: string, key: PeriodKey): string {
  return JSON.stringify([reportTypeId, key]);
}

function indexOverrides(overrides: readonly DueDateOverride[]): Map<string, DueDateOverride> {
  const index = new Map<string, DueDateOverride>();
  for (const override of overrides) {
    const key = overrideKey(override.reportTypeId, override.periodKey);
    if (index.has(key)) {
      throw new RangeError(
        `Two due-date overrides for report ${override.reportTypeId}, ${override.periodKey}`,
      );
    }
    index.set(key, override);
  }
  return index;
}

function entriesDueIn(
  reportTypes: readonly ReportType[],
  month: IsoMonth,
  overrides: Map<string, DueDateOverride>,
): DueEntry[] {
  const entries: DueEntry[] = [];
  for (const reportType of reportTypes) {
    const period = periodDueIn(reportType.schedule, month);
    if (period === null) continue;
    const key = periodKey(period);
    const defaultDate = defaultDueDate(reportType.schedule, period);
    const override = overrides.get(overrideKey(reportType.id, key));
    if (override !== undefined && monthOf(override.dueDate) !== month) {
      throw new RangeError(
        `The override of report ${reportType.id}, ${key} moves it to ${override.dueDate}, out of ${month}`,
      );
    }
    entries.push({
      reportTypeId: reportType.id,
      period,
      periodKey: key,
      defaultDueDate: defaultDate,
      dueDate: override?.dueDate ?? defaultDate,
      overridden: override !== undefined,
    });
  }
  return entries.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.reportTypeId.localeCompare(b.reportTypeId),
  );
}

/** The reports due in `month` (ปฏิทินส่งรายงานประจำเดือน), earliest first, with the province's overrides applied. */
export function reportCalendarForMonth(
  reportTypes: readonly ReportType[],
  month: IsoMonth,
  overrides: readonly DueDateOverride[] = [],
): DueEntry[] {
  return entriesDueIn(reportTypes, month, indexOverrides(overrides));
}

/**
 * The reports due from October to September of a B.E. fiscal year, month by month. A report is listed
 * in the fiscal year of its due date: September's monthly report due on 10 October belongs to the next year.
 */
export function reportCalendarForFiscalYear(
  reportTypes: readonly ReportType[],
  fiscalYear: number,
  overrides: readonly DueDateOverride[] = [],
): DueEntry[] {
  const index = indexOverrides(overrides);
  return fiscalYearMonths(fiscalYear).flatMap((month) => entriesDueIn(reportTypes, month, index));
}
