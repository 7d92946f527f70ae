import type { DayCountingColumn, SubmissionAction, SubmissionStatus } from '../../db/tables/reports.ts';
import { daysBetween } from '../../domain/calendar/date-arithmetic.ts';
import { formatThaiDate } from '../../domain/calendar/date-format.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { monthLabel, quarterLabel } from '../../domain/calendar/labels.ts';
import { fiscalQuarter, type QuarterNumber } from '../../domain/calendar/quarter.ts';
import type { ReportSchedule, ReportType } from '../../domain/report-calendar/report-type.ts';
import { type ReportField, reportFieldsSchema } from '../../domain/report-form/field.ts';
import { attemptsOf, type ReviewEvent } from '../../domain/timeliness/attempts.ts';
import { assessTimeliness, type Timeliness } from '../../domain/timeliness/timeliness.ts';
import { dayCountingOf } from './holidays.ts';
import type { ReportTypeRecord } from './queries.ts';

export const statusLabels: Record<SubmissionStatus, string> = {
  draft: 'ร่าง',
  submitted: 'ส่งแล้ว รอตรวจ',
  returned: 'ส่งคืนให้แก้ไข',
  approved: 'อนุมัติแล้ว',
};

export const actionLabels: Record<SubmissionAction, string> = {
  submit: 'ส่งรายงาน',
  return: 'ส่งคืนให้แก้ไข',
  resubmit: 'ส่งรายงานอีกครั้ง',
  approve: 'อนุมัติ',
  reopen: 'เปิดรายงานใหม่',
};

export function scheduleOf(t: ReportTypeRecord): ReportSchedule {
  if (t.frequency === 'once') return { frequency: 'once', dueDate: t.once_date ?? '' };
  return { frequency: t.frequency, dueDay: t.due_day ?? 1, dueMonth: t.due_month ?? 'in-period' };
}

export const toDomainType = (t: ReportTypeRecord): ReportType => ({
  id: String(t.id),
  schedule: scheduleOf(t),
});

export const fieldsOf = (t: Pick<ReportTypeRecord, 'fields'>): ReportField[] =>
  reportFieldsSchema.parse(t.fields);

export function presentType(t: ReportTypeRecord) {
  const schedule = scheduleOf(t);
  return {
    id: t.id,
    nameTh: t.name_th,
    province: { id: t.owner_id, code: t.owner_code, nameTh: t.owner_name_th },
    workGroup: t.work_group_code ? { code: t.work_group_code, nameTh: t.work_group_name_th ?? '' } : null,
    responsibleUserIds: t.responsible_ids,
    /** Their names, for a province officer who may not list users. */
    responsibles: t.responsibles,
    /** Reports were opened with it: it can be closed (active = false), not deleted. */
    inUse: t.in_use,
    /** The latest version's fields: what a period nobody has opened yet will be filled with. */
    version: t.version,
    fields: fieldsOf(t),
    schedule:
      schedule.frequency === 'once'
        ? { frequency: schedule.frequency, onceDate: schedule.dueDate }
        : { frequency: schedule.frequency, dueDay: schedule.dueDay, dueMonth: schedule.dueMonth },
    unitScope: t.unit_scope,
    unitCodes: t.unit_codes,
    dayCounting: t.day_counting,
    active: t.active,
    updatedAt: t.updated_at.toISOString(),
    rowVersion: t.row_version,
  };
}

/** '2025-03' → "มีนาคม 2568"; 'FY2568-Q2' → "ไตรมาสที่ 2 (มกราคม 2568 – มีนาคม 2568)"; a date → "31 สิงหาคม 2565". */
export function periodLabel(key: string): string {
  const quarter = /^FY(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return quarterLabel(fiscalQuarter(Number(quarter[1]), Number(quarter[2]) as QuarterNumber));
  if (/^\d{4}-\d{2}$/.test(key)) return monthLabel(key);
  return formatThaiDate(key);
}

/**
 * A report's timeliness from its review log. Working days are counted with the shipped holidays; outside the
 * years they cover (2565–2570) calendar days are counted rather than refusing to score.
 */
export function timelinessOf(dueDate: IsoDate, events: readonly ReviewEvent[], counting: DayCountingColumn) {
  const attempts = attemptsOf(events);
  try {
    return assessTimeliness(dueDate, attempts, dayCountingOf(counting));
  } catch (error) {
    if (error instanceof RangeError && counting === 'working') return assessTimeliness(dueDate, attempts);
    throw error;
  }
}

/** Days before a reminder counts a report as due soon (seed 003 L991: "๓ วันล่วงหน้าในแต่ละรายงาน"). */
const DUE_SOON_DAYS = 3;

export const reportStates = [
  'approved-on-time',
  'approved-late',
  'approved-after-return',
  'submitted',
  'late',
  'returned',
  'reopened',
  'missing',
  'due-soon',
  'open',
] as const;
export type ReportState = (typeof reportStates)[number];

/** Colour hints for the board: green is 3 points, orange lost points to lateness, red 0 or nothing yet past due. */
export const stateColours: Record<ReportState, 'green' | 'blue' | 'orange' | 'red' | 'yellow' | 'gray'> = {
  'approved-on-time': 'green',
  'approved-late': 'orange',
  'approved-after-return': 'red',
  submitted: 'blue',
  late: 'orange',
  returned: 'red',
  reopened: 'yellow',
  missing: 'red',
  'due-soon': 'yellow',
  open: 'gray',
};

/**
 * Where one expected report stands today, for the board and the calendar. The score behind the colours: seed 003
 * L995 "๓ คะแนน = ส่งรายงานครบถ้วน ถูกต้อง ตรงตามกำหนดเวลา", L997 "๐ คะแนน = …ตรงตามกำหนดเวลาแต่ไม่ถูกต้อง",
 * L999 "ส่งรายงานช้ากว่าวันที่กำหนดหักลบวันละ ๑ คะแนน" (assessTimeliness).
 */
export function reportState(
  timeliness: Timeliness,
  status: SubmissionStatus | null,
  dueDate: IsoDate,
  today: IsoDate,
): ReportState {
  if (timeliness.status === 'not-submitted') {
    const daysLeft = daysBetween(today, dueDate);
    if (daysLeft < 0) return 'missing';
    return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'open';
  }
  if (status === 'returned') return 'returned';
  if (status === 'draft') return 'reopened';
  if (status === 'approved' && timeliness.status === 'scored') {
    if (timeliness.returned) return 'approved-after-return';
    return timeliness.points === 3 ? 'approved-on-time' : 'approved-late';
  }
  return timeliness.daysLate > 0 ? 'late' : 'submitted';
}

/** The parts of a timeliness the API shows: points only once final. */
export function presentTimeliness(t: Timeliness) {
  if (t.status === 'not-submitted')
    return { status: t.status, firstSubmittedOn: null, daysLate: null, points: null };
  return {
    status: t.status,
    firstSubmittedOn: t.firstSubmittedOn,
    daysLate: t.daysLate,
    points: t.status === 'scored' ? t.points : null,
  };
}
