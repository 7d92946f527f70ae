import type { IsoDate } from '../calendar/iso-date.ts';
import type { PeriodKey } from './period.ts';
import type { DueEntry } from './report-calendar.ts';

/** One report one unit owes: the DHIS2 "expected report" (anchors.md §1.1, reporting rate). */
export interface ExpectedReport {
  readonly unitId: string;
  readonly reportTypeId: string;
  readonly periodKey: PeriodKey;
  readonly dueDate: IsoDate;
}

/** Every unit owes every entry of its province's calendar: units × report types due. */
export function expectedReports(unitIds: readonly string[], entries: readonly DueEntry[]): ExpectedReport[] {
  return unitIds.flatMap((unitId) =>
    entries.map((entry) => ({
      unitId,
      reportTypeId: entry.reportTypeId,
      periodKey: entry.periodKey,
      dueDate: entry.dueDate,
    })),
  );
}
