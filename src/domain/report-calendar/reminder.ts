import { addDays, monthOf } from '../calendar/date-arithmetic.ts';
import { type IsoDate, parseIsoDate } from '../calendar/iso-date.ts';
import type { ExpectedReport } from './expected-report.ts';

// Seed 003 L991: "…แจ้งเตือนการส่งรายงานผ่านระบบ LINE NOTIFY ทุกวันที่ ๑ ของทุกเดือน และ ๓ วันล่วงหน้าในแต่ละรายงาน"
/** 'monthly-overview' goes out on the 1st for every report due that month; 'three-days-before' 3 days before each due date. */
export type ReminderKind = 'monthly-overview' | 'three-days-before';

const DAYS_BEFORE_DUE = 3;

export interface Reminder<Channel extends string> extends ExpectedReport {
  readonly kind: ReminderKind;
  readonly channel: Channel;
  /** `${unitId}:${reportTypeId}:${dueDate}:${kind}:${channel}`: insert once; a moved due date gets a new key. */
  readonly idempotencyKey: string;
}

function reminder<Channel extends string>(
  report: ExpectedReport,
  kind: ReminderKind,
  channel: Channel,
): Reminder<Channel> {
  return {
    ...report,
    kind,
    channel,
    idempotencyKey: `${report.unitId}:${report.reportTypeId}:${report.dueDate}:${kind}:${channel}`,
  };
}

/**
 * The reminders to send `today` for these expected reports, one per channel. The caller leaves out reports
 * already submitted and groups the monthly overview into one message per unit.
 */
export function remindersDue<Channel extends string>(
  reports: readonly ExpectedReport[],
  today: IsoDate,
  channels: readonly Channel[],
): Reminder<Channel>[] {
  const { day } = parseIsoDate(today);
  const month = monthOf(today);
  const remindFor = addDays(today, DAYS_BEFORE_DUE);
  const reminders: Reminder<Channel>[] = [];
  for (const report of reports) {
    const kinds: ReminderKind[] = [];
    if (day === 1 && monthOf(report.dueDate) === month) kinds.push('monthly-overview');
    if (report.dueDate === remindFor) kinds.push('three-days-before');
    for (const kind of kinds) {
      for (const channel of channels) reminders.push(reminder(report, kind, channel));
    }
  }
  return reminders;
}
