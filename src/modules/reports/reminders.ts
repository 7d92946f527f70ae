import type { Db } from '../../db/database.ts';
import { addDays, monthOf } from '../../domain/calendar/date-arithmetic.ts';
import { formatThaiDate } from '../../domain/calendar/date-format.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { monthLabel } from '../../domain/calendar/labels.ts';
import { type Reminder, remindersDue } from '../../domain/report-calendar/reminder.ts';
import type { ReminderMessage } from '../notifications/outbox.ts';
import { outcomesOf, type Plan, planFor } from './expected.ts';
import { periodLabel } from './present.ts';
import { activeReportTypes } from './queries.ts';

const linkTo = (plan: Plan, unitId: string, date: IsoDate) =>
  `/reports?unit=${plan.units.get(unitId)?.code ?? ''}&month=${monthOf(date)}`;

function line(plan: Plan, r: Reminder<string>): string {
  const name = plan.types.get(r.reportTypeId)?.name_th ?? '';
  return `${name} ${periodLabel(r.periodKey)} กำหนดส่งวันที่ ${formatThaiDate(r.dueDate)}`;
}

function threeDaysBefore<C extends string>(plan: Plan, r: Reminder<C>): ReminderMessage<C> {
  const unitName = plan.units.get(r.unitId)?.name_th ?? '';
  const name = plan.types.get(r.reportTypeId)?.name_th ?? '';
  return {
    idempotencyKey: r.idempotencyKey,
    channel: r.channel,
    unitId: Number(r.unitId),
    title: `อีก 3 วันถึงกำหนดส่ง${name}`,
    body: `${unitName}: ${line(plan, r)} ยังไม่ได้ส่งในระบบติดตาม`,
    link: linkTo(plan, r.unitId, r.dueDate),
  };
}

/** The 1st-of-month reminders of one unit on one channel, as one message listing the month's reports. */
function overview<C extends string>(plan: Plan, today: IsoDate, group: Reminder<C>[]): ReminderMessage<C> {
  const [first] = group as [Reminder<C>];
  const month = monthOf(today);
  const unitName = plan.units.get(first.unitId)?.name_th ?? '';
  const lines = [...group]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((r) => `• ${line(plan, r)}`);
  return {
    idempotencyKey: `${first.unitId}:${month}:monthly-overview:${first.channel}`,
    channel: first.channel,
    unitId: Number(first.unitId),
    title: `ปฏิทินส่งรายงานประจำเดือน${monthLabel(month)}`,
    body: [`${unitName} มีรายงานที่ต้องส่งในเดือน${monthLabel(month)} ${group.length} รายการ`, ...lines].join('\n'),
    link: linkTo(plan, first.unitId, today),
  };
}

/**
 * The reminders to send today, for the reports not yet submitted. Seed 003 L991: "…แจ้งเตือนการส่งรายงาน…
 * ทุกวันที่ ๑ ของทุกเดือน และ ๓ วันล่วงหน้าในแต่ละรายงาน": on the 1st one message per unit and channel lists the
 * month's calendar; 3 days before each due date one message per report. Keys follow the domain's (`remindersDue`).
 */
export async function remindersToday<C extends string>(
  db: Db,
  today: IsoDate,
  channels: readonly C[],
): Promise<ReminderMessage<C>[]> {
  const months = [...new Set([monthOf(today), monthOf(addDays(today, 3))])];
  const plan = await planFor(db, await activeReportTypes(db), months);
  const open = (await outcomesOf(db, plan)).filter((o) => o.timeliness.status === 'not-submitted');
  const due = remindersDue(open, today, channels);
  const groups = new Map<string, Reminder<C>[]>();
  for (const r of due.filter((r) => r.kind === 'monthly-overview')) {
    const key = `${r.unitId}:${r.channel}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [
    ...[...groups.values()].map((group) => overview(plan, today, group)),
    ...due.filter((r) => r.kind === 'three-days-before').map((r) => threeDaysBefore(plan, r)),
  ];
}
