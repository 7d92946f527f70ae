import type { IsoDate } from '../calendar/iso-date.ts';

/**
 * Which month the due day falls in:
 * - 'in-period': the period's own (last) month. Seed 002 L11: "รายงานความก้าวหน้าทุกวันที่ ๑๐ ของเดือน"
 *   (the 10th of the month being reported); for a quarter, its third month.
 * - 'after-period': the month after the period ends, DHIS2 style "by the 10th of next month"
 *   (anchors.md §1.2).
 */
export type DueMonth = 'in-period' | 'after-period';

/** When a report type is due. The due day is 1–31 and is clamped to the month's last day (31 → 30 April). */
export type ReportSchedule =
  | { readonly frequency: 'monthly'; readonly dueDay: number; readonly dueMonth: DueMonth }
  | { readonly frequency: 'quarterly'; readonly dueDay: number; readonly dueMonth: DueMonth }
  | { readonly frequency: 'once'; readonly dueDate: IsoDate };

/** A report in the monthly report calendar (ปฏิทินส่งรายงานประจำเดือน, seed 003 L987). */
export interface ReportType {
  readonly id: string;
  readonly schedule: ReportSchedule;
}
