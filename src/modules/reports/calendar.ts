import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { daysBetween } from '../../domain/calendar/date-arithmetic.ts';
import { formatThaiDate } from '../../domain/calendar/date-format.ts';
import type { IsoDate, IsoMonth } from '../../domain/calendar/iso-date.ts';
import { monthLabel } from '../../domain/calendar/labels.ts';
import { defaultDueDate, periodDueIn } from '../../domain/report-calendar/due-date.ts';
import { canOverride, checkOverride } from '../../domain/report-calendar/override.ts';
import { periodKey } from '../../domain/report-calendar/period.ts';
import { AppError, notFound } from '../../errors.ts';
import { guardedUpsert, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, requireRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { entryKey, outcomesOf, outcomeView, planFor } from './expected.ts';
import { closedDayName } from './holidays.ts';
import { periodLabel, scheduleOf } from './present.ts';
import {
  activeReportTypes,
  monthsWithSubmissions,
  moveSubmissionsDue,
  overridesOf,
  unitAndParentByCode,
  upsertOverride,
} from './queries.ts';
import { reportTypeInScope, requireProvinceEditor } from './report-types.ts';

/** The province a calendar is asked for, and the district when it is one district's calendar: one read of both. */
async function calendarUnits(db: Db, user: AuthUser, unitCode: string) {
  const rows = await unitAndParentByCode(db, unitCode);
  const unit = rows.find((r) => r.code === unitCode);
  if (!unit) throw notFound(`หน่วยงานรหัส ${unitCode}`, 'unit');
  requireRead(user, { path: unit.path, nameTh: unit.name_th });
  if (unit.kind === 'province') return { province: unit, district: null };
  if (unit.kind !== 'district' || unit.parent_id === null) {
    throw new AppError(422, 'not_reporting_unit', 'ปฏิทินส่งรายงานมีเฉพาะของจังหวัดและอำเภอ', 'unit');
  }
  const province = rows.find((r) => r.id === unit.parent_id);
  if (!province) throw notFound('จังหวัดของอำเภอนี้');
  return { province, district: unit };
}

/**
 * The month's report calendar (ปฏิทินส่งรายงานประจำเดือน, seed 003 L987) of a province, or of one district with
 * where each of its reports stands: due dates with the province's overrides, a countdown, closed-day warnings.
 */
export async function calendarOf(db: Db, user: AuthUser, unitCode: string, month: IsoMonth, today: IsoDate) {
  const { province, district } = await calendarUnits(db, user, unitCode);
  const [types, months] = await Promise.all([
    activeReportTypes(db, province.id),
    monthsWithSubmissions(db, province.id, district?.id),
  ]);
  const plan = await planFor(db, types, [month]);
  const outcomes = district
    ? await outcomesOf(
        db,
        plan,
        plan.expected.filter((e) => e.unitId === String(district.id)),
      )
    : [];
  const entries = plan.entries.flatMap((entry) => {
    const type = plan.types.get(entry.reportTypeId);
    const outcome = outcomes.find(
      (o) => o.reportTypeId === entry.reportTypeId && o.periodKey === entry.periodKey,
    );
    if (!type || (district && !outcome)) return [];
    const override = plan.overrides.get(entryKey(entry.reportTypeId, entry.periodKey));
    return [
      {
        reportType: { id: type.id, nameTh: type.name_th, workGroupCode: type.work_group_code },
        periodKey: entry.periodKey,
        periodLabelTh: periodLabel(entry.periodKey),
        defaultDueDate: entry.defaultDueDate,
        dueDate: entry.dueDate,
        dueDateLabelTh: formatThaiDate(entry.dueDate),
        overridden: entry.overridden,
        overrideReason: entry.overridden ? (override?.reason ?? null) : null,
        rowVersion: override?.row_version ?? 0,
        daysLeft: daysBetween(today, entry.dueDate),
        closedDayTh: closedDayName(entry.dueDate),
        submission: outcome ? outcomeView(outcome, today) : null,
      },
    ];
  });
  const change = canOverride(month, today);
  return {
    month,
    monthLabelTh: monthLabel(month),
    monthsWithData: months,
    today,
    unit: { code: (district ?? province).code, nameTh: (district ?? province).name_th },
    province: { code: province.code, nameTh: province.name_th },
    canChange: change.allowed ? { allowed: true, reason: null } : { allowed: false, reason: change.reason },
    entries,
  };
}

/**
 * Moves one report's due date in one month's calendar. Seed 003 L987: "…แจ้งให้กลุ่มงานสารสนเทศฯ ทราบเพื่อปรับปรุง
 * ข้อมูลในออนไลน์ ก่อนวันที่ ๑ ของทุกเดือน": refused from the 1st of that month (the domain's Thai reason), logged.
 */
export async function overrideDueDate(
  db: Db,
  user: AuthUser,
  input: {
    reportTypeId: number;
    month: IsoMonth;
    dueDate: IsoDate;
    reason: string;
    rowVersion?: number | undefined;
  },
  now: Date,
  today: IsoDate,
) {
  const type = await reportTypeInScope(db, user, input.reportTypeId);
  requireProvinceEditor(user, { path: type.owner_path, nameTh: type.owner_name_th });
  const schedule = scheduleOf(type);
  const period = periodDueIn(schedule, input.month);
  if (period === null) {
    throw new AppError(422, 'not_due', `${type.name_th} ไม่มีกำหนดส่งในเดือน${monthLabel(input.month)}`, 'month');
  }
  const key = periodKey(period);
  const defaultDate = defaultDueDate(schedule, period);
  const decision = checkOverride(defaultDate, input.dueDate, today);
  if (!decision.allowed) throw new AppError(422, 'override_refused', decision.reason, 'dueDate');
  const before = (await overridesOf(db, [type.id])).find((o) => o.period_key === key) ?? null;
  const versioned = {
    entity: 'due_date_override',
    entityId: `${type.id}:${key}`,
    what: `วันกำหนดส่ง${type.name_th} ${periodLabel(key)} `,
  };
  await requireRowVersion(db, versioned, before?.row_version ?? 0, input.rowVersion);
  const saved = await inTransaction(db, async (trx) => {
    const row = await guardedUpsert(trx, versioned, input.rowVersion, () =>
      upsertOverride(
        trx,
        {
          report_type_id: type.id,
          period_key: key,
          due_date: input.dueDate,
          reason: input.reason,
          changed_by: user.id,
          changed_at: now,
        },
        input.rowVersion,
      ),
    );
    await moveSubmissionsDue(trx, type.id, key, input.dueDate);
    await recordAudit(trx, {
      actor: user,
      unitId: type.owner_id,
      action: before ? 'update' : 'create',
      entity: 'due_date_override',
      entityId: `${type.id}:${key}`,
      before,
      after: { periodKey: key, defaultDueDate: defaultDate, dueDate: input.dueDate, reason: input.reason },
    });
    return row;
  });
  return {
    reportTypeId: type.id,
    periodKey: key,
    defaultDueDate: defaultDate,
    dueDate: input.dueDate,
    dueDateLabelTh: formatThaiDate(input.dueDate),
    reason: input.reason,
    rowVersion: saved.row_version,
  };
}
