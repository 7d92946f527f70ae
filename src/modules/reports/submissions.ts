import type { Db } from '../../db/database.ts';
import type { SubmissionAction, SubmissionStatus } from '../../db/tables/reports.ts';
import { inTransaction } from '../../db/transaction.ts';
import { formatThaiDate } from '../../domain/calendar/date-format.ts';
import type { IsoDate, IsoMonth } from '../../domain/calendar/iso-date.ts';
import { monthLabel } from '../../domain/calendar/labels.ts';
import { isAttachment } from '../../domain/report-form/field.ts';
import {
  cleanValues,
  type FieldProblem,
  type FormValues,
  submissionProblems,
} from '../../domain/report-form/values.ts';
import { AppError, notFound } from '../../errors.ts';
import { requireRowVersion, staleWrite } from '../../http/row-version.ts';
import { type AuthUser, canRead, requireWrite } from '../../plugins/access.ts';
import { auditAlongside } from '../audit/service.ts';
import { saveResultsFromSource } from '../kpis/results.ts';
import { type Message, notifyAlongside, unitOfficers } from '../notifications/service.ts';
import { unitByCodeFor } from '../org-units/service.ts';
import { expectedOfUnit } from './expected.ts';
import {
  actionLabels,
  fieldsOf,
  periodLabel,
  presentTimeliness,
  reportState,
  stateColours,
  statusLabels,
  timelinessOf,
} from './present.ts';
import {
  type EventRecord,
  eventsOf,
  type FileRecord,
  filesOf,
  findSubmission,
  moveSubmission,
  openSubmission,
  type ReportTypeRecord,
  type SubmissionRecord,
  type SubmissionWithLog,
  saveContent,
  saveDraftContent,
  submissionOfPeriod,
  submissionWithLog,
  WRITTEN,
} from './queries.ts';
import { reportTypeOfSubmission, reportTypeToOpen, requireProvinceEditor } from './report-types.ts';

/** For the home page: submissions in a status, the returned ones with the last reason they were returned. */
export { returnedWithReasons, submissionsInStatus } from './home-queries.ts';

const lockedMessages: Record<SubmissionStatus, string> = {
  draft: '',
  returned: '',
  submitted: 'ส่งรายงานแล้ว อยู่ระหว่างการตรวจของจังหวัด แก้ไขได้เมื่อจังหวัดส่งคืนให้แก้ไข',
  approved: 'รายงานนี้อนุมัติแล้วและถูกล็อก แก้ไขไม่ได้ หากต้องแก้ไข ให้เจ้าหน้าที่จังหวัดเปิดรายงานใหม่พร้อมระบุเหตุผล',
};

const locked = (status: SubmissionStatus) => new AppError(409, 'locked', lockedMessages[status], 'status');

const wrongStatus = (what: string, status: SubmissionStatus) =>
  new AppError(409, 'wrong_status', `${what} (สถานะปัจจุบัน: ${statusLabels[status]})`, 'status');

function problemsError(problems: FieldProblem[], lead: string) {
  const [first] = problems;
  return new AppError(
    422,
    'invalid_submission',
    `${lead}: ${problems.map((p) => p.message).join('; ')}`,
    first ? `values.${first.fieldId}` : 'values',
    problems.map((p, index) => ({ row: index + 1, field: p.fieldId, message: p.message })),
  );
}

type Loaded<S extends SubmissionRecord = SubmissionRecord> = { s: S; type: ReportTypeRecord };

/**
 * The submission (as `read` reads it: alone, or with its files and review log) and its report type, read side by
 * side (one round trip deep), checked readable.
 */
async function submissionInScope<S extends SubmissionRecord>(
  db: Db,
  user: AuthUser,
  id: number,
  read: (db: Db, id: number) => Promise<S | undefined>,
): Promise<Loaded<S>> {
  const [s, type] = await Promise.all([read(db, id), reportTypeOfSubmission(db, user, id)]);
  if (!s || !type || !canRead(user, { path: s.unit_path })) throw notFound('รายงาน');
  return { s, type };
}

/**
 * The view after a write, from the row its statement wrote and answered with the files and the review log (the
 * report type is unchanged by the write).
 */
const viewAfterWrite = (user: AuthUser, type: ReportTypeRecord, s: SubmissionWithLog, today: IsoDate) =>
  present(user, { s, type }, s.files, s.events, today);

const unitOf = (s: SubmissionRecord) => ({ path: s.unit_path, nameTh: s.unit_name_th });

/** The district fills its own reports; the province and the department may fill them for it. Viewers may not. */
function requireFill(user: AuthUser, s: SubmissionRecord) {
  requireWrite(user, unitOf(s), 'editUnits');
}

const ownerOf = (type: ReportTypeRecord) => ({ path: type.owner_path, nameTh: type.owner_name_th });

function allowed(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

const linkOf = (id: number) => `/reports/submissions/${id}`;

const selfReview = 'ไม่สามารถอนุมัติหรือส่งคืนรายงานที่คุณส่งเองได้ ต้องให้ผู้อื่นตรวจ';

/**
 * Separation of duties: whoever sent the report, first time or after a return at any point in its history,
 * is not the one who approves or returns it.
 */
const sentBy = (events: readonly { action: SubmissionAction; user_id: number | null }[], user: AuthUser) =>
  events.some((e) => e.user_id === user.id && (e.action === 'submit' || e.action === 'resubmit'));

async function requireOtherReviewer(db: Db, user: AuthUser, s: SubmissionRecord): Promise<void> {
  if (sentBy(await eventsOf(db, [s.id]), user)) throw new AppError(409, 'self_review', selfReview, 'status');
}

async function view(db: Db, user: AuthUser, loaded: Loaded, today: IsoDate) {
  const [files, events] = await Promise.all([filesOf(db, loaded.s.id), eventsOf(db, [loaded.s.id])]);
  return present(user, loaded, files, events, today);
}

function present(
  user: AuthUser,
  { s, type }: Loaded,
  files: FileRecord[],
  events: EventRecord[],
  today: IsoDate,
) {
  const timeliness = timelinessOf(s.due_date, events, type.day_counting);
  const state = reportState(timeliness, s.status, s.due_date, today);
  const canFill = allowed(() => requireFill(user, s)) && (s.status === 'draft' || s.status === 'returned');
  const canReview = allowed(() => requireProvinceEditor(user, ownerOf(type)));
  const ownReport = sentBy(events, user);
  return {
    submission: {
      id: s.id,
      reportType: {
        id: type.id,
        nameTh: type.name_th,
        version: s.report_type_version,
        fields: fieldsOf(s),
        dayCounting: type.day_counting,
      },
      unit: { code: s.unit_code, nameTh: s.unit_name_th },
      periodKey: s.period_key,
      periodLabelTh: periodLabel(s.period_key),
      dueDate: s.due_date,
      dueDateLabelTh: formatThaiDate(s.due_date),
      status: s.status,
      statusLabelTh: statusLabels[s.status],
      values: s.values as FormValues,
      narrative: s.narrative,
      firstSubmittedAt: s.first_submitted_at?.toISOString() ?? null,
      submittedAt: s.submitted_at?.toISOString() ?? null,
      approvedAt: s.approved_at?.toISOString() ?? null,
      changedSinceApproval: s.changed_since_approval,
      rowVersion: s.row_version,
      state,
      colour: stateColours[state],
      timeliness: presentTimeliness(timeliness),
      files: files.map((f) => ({
        id: f.id,
        fieldId: f.field_id,
        originalName: f.original_name,
        mime: f.mime,
        bytes: f.bytes,
        sha256: f.sha256,
        url: `/api/reports/files/${f.id}`,
        displayUrl: f.display_path ? `/api/reports/files/${f.id}?variant=display` : null,
      })),
      events: events.map((e) => ({
        at: e.at.toISOString(),
        action: e.action,
        actionLabelTh: actionLabels[e.action],
        reason: e.reason,
        user: e.user_id === null ? null : { id: e.user_id, displayName: e.display_name ?? '' },
      })),
      can: {
        edit: canFill,
        submit: canFill,
        review: canReview && s.status === 'submitted' && !ownReport,
        reopen: canReview && s.status === 'approved',
      },
      /** Why a reviewer may not approve or return it: they sent it themselves. */
      reviewRefusal: canReview && s.status === 'submitted' && ownReport ? selfReview : null,
    },
  };
}

export async function getSubmission(db: Db, user: AuthUser, id: number, today: IsoDate) {
  return view(db, user, await submissionInScope(db, user, id, findSubmission), today);
}

/** The unit's report for the period due in `month`, created as an empty draft the first time it is opened. */
export async function openForUnit(
  db: Db,
  user: AuthUser,
  input: { reportTypeId: number; unitCode: string; month: IsoMonth },
  today: IsoDate,
) {
  const type = await reportTypeToOpen(db, user, input.reportTypeId);
  // The officer's own district is the unit the session holds; another unit (a province filling in) is read.
  const unit = await unitByCodeFor(db, user, input.unitCode);
  if (!unit || !canRead(user, unit)) throw notFound(`หน่วยงานรหัส ${input.unitCode}`, 'unitCode');
  requireWrite(user, { path: unit.path, nameTh: unit.name_th }, 'editUnits');
  if (!type.active) throw new AppError(422, 'inactive', `${type.name_th} ปิดการใช้งานแล้ว`, 'reportTypeId');
  const expected = expectedOfUnit(type, input.month, unit);
  if (!expected) {
    throw new AppError(
      422,
      'not_expected',
      `${unit.name_th}ไม่มีกำหนดส่ง${type.name_th} ในเดือน${monthLabel(input.month)}`,
      'month',
    );
  }
  const row = {
    report_type_id: type.id,
    unit_id: unit.id,
    period_key: expected.periodKey,
    due_date: expected.dueDate,
  };
  const created = auditAlongside(WRITTEN, {
    actor: user,
    unitId: unit.id,
    action: 'create',
    entity: 'submission',
    entityId: null,
    before: null,
    after: row,
  });
  const opened = (await openSubmission(db, row, [created])) ?? {
    ...(await openedMeanwhile(db, row)),
    created: false,
  };
  return { created: opened.created, ...viewAfterWrite(user, type, opened, today) };
}

/** The submission another request created between this one's read and its insert. */
async function openedMeanwhile(db: Db, key: Parameters<typeof submissionOfPeriod>[1]) {
  const s = await submissionOfPeriod(db, key);
  if (!s) throw notFound('รายงาน');
  return s;
}

/** Autosave: the whole form as typed. Bad values are refused with the field named, and nothing is saved. */
export async function saveDraft(
  db: Db,
  user: AuthUser,
  id: number,
  input: { values: Record<string, unknown>; narrative?: string | null; rowVersion?: number | undefined },
  today: IsoDate,
) {
  const { s, type } = await submissionInScope(db, user, id, findSubmission);
  requireFill(user, s);
  if (s.status !== 'draft' && s.status !== 'returned') throw locked(s.status);
  const versioned = {
    entity: 'submission',
    entityId: id,
    what: `ร่าง${type.name_th} ${s.period_key} ของ${s.unit_name_th} `,
  };
  await requireRowVersion(db, versioned, s.row_version, input.rowVersion);
  const { values, problems } = cleanValues(fieldsOf(s), input.values);
  if (problems.length > 0) throw problemsError(problems, 'บันทึกร่างไม่ได้');
  const content = {
    values: JSON.stringify(values),
    ...(input.narrative === undefined ? {} : { narrative: input.narrative }),
  };
  const audit = auditAlongside(WRITTEN, {
    actor: user,
    unitId: s.unit_id,
    action: 'update',
    entity: 'submission',
    entityId: String(id),
    before: { values: s.values, narrative: s.narrative },
    after: { values, narrative: input.narrative === undefined ? s.narrative : input.narrative },
  });
  // One statement: the content and its audit row, or neither.
  const saved = await saveDraftContent(db, id, content, input.rowVersion, [audit]);
  if (!saved) {
    const now = await findSubmission(db, id);
    if (now && input.rowVersion !== undefined && now.row_version !== input.rowVersion)
      throw await staleWrite(db, versioned, input.rowVersion, now.row_version);
    throw locked(now?.status ?? 'approved');
  }
  return viewAfterWrite(user, type, saved, today);
}

type Step = {
  from: SubmissionStatus[];
  to: SubmissionStatus;
  refused: (status: SubmissionStatus) => AppError;
};

const steps: Record<'submit' | 'return' | 'approve' | 'reopen', Step> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', refused: locked },
  return: {
    from: ['submitted'],
    to: 'returned',
    refused: (status) => wrongStatus('ส่งคืนได้เฉพาะรายงานที่ส่งแล้วและรอตรวจ', status),
  },
  approve: {
    from: ['submitted'],
    to: 'approved',
    refused: (status) => wrongStatus('อนุมัติได้เฉพาะรายงานที่ส่งแล้วและรอตรวจ', status),
  },
  reopen: {
    from: ['approved'],
    to: 'draft',
    refused: (status) => wrongStatus('เปิดใหม่ได้เฉพาะรายงานที่อนุมัติแล้ว', status),
  },
};

type Notice = { userIds: readonly number[]; message: Message };

/**
 * One step of the review workflow in one statement: status (checked in the update), review log, the notice and
 * the audit row, none of them when the status moved on; with `effects` (an approval's KPI results), in one
 * transaction with them. Answers the report as it now stands, its files and review log.
 */
async function move(
  db: Db,
  user: AuthUser,
  { s, type }: Loaded,
  step: keyof typeof steps,
  reason: string | null,
  now: Date,
  notice: Notice,
  effects?: (trx: Db) => Promise<unknown>,
): Promise<SubmissionWithLog> {
  const { from, to, refused } = steps[step];
  if (!from.includes(s.status)) throw refused(s.status);
  const action: SubmissionAction = step === 'submit' && s.first_submitted_at !== null ? 'resubmit' : step;
  const alongside = [
    notifyAlongside(WRITTEN, notice.userIds, notice.message, now),
    auditAlongside(WRITTEN, {
      actor: user,
      unitId: s.unit_id,
      action,
      entity: 'submission',
      entityId: String(s.id),
      before: { status: s.status },
      after: { status: to, reason, reportTypeId: type.id, periodKey: s.period_key },
    }),
  ];
  const write = (trx: Db) =>
    moveSubmission(trx, { id: s.id, from, to, at: now, userId: user.id }, { action, reason }, alongside);
  const moved = effects
    ? await inTransaction(db, async (trx) => {
        const written = await write(trx);
        if (written) await effects(trx);
        return written;
      })
    : await write(db);
  if (!moved) throw refused((await findSubmission(db, s.id))?.status ?? s.status);
  return moved;
}

function message(loaded: Loaded, title: string, detail: string | null): Message {
  const { s, type } = loaded;
  const about = `${type.name_th} ${periodLabel(s.period_key)} ของ${s.unit_name_th}`;
  return { title, body: detail ? `${about}\nเหตุผล: ${detail}` : about, link: linkOf(s.id) };
}

/**
 * Sends the report for review. Seed 003 L995 "ส่งรายงานครบถ้วน ถูกต้อง": only a complete report can be sent
 * (required values, photo and file counts); otherwise every problem is named and nothing changes.
 */
export async function submit(db: Db, user: AuthUser, id: number, now: Date, today: IsoDate) {
  const loaded = await submissionInScope(db, user, id, submissionWithLog);
  const { s, type } = loaded;
  requireFill(user, s);
  if (s.status !== 'draft' && s.status !== 'returned') throw locked(s.status);
  const fields = fieldsOf(s);
  const counts = Object.fromEntries(
    fields.filter(isAttachment).map((f) => [f.id, s.files.filter((file) => file.field_id === f.id).length]),
  );
  const problems = submissionProblems(fields, s.values as FormValues, counts);
  if (problems.length > 0) throw problemsError(problems, 'ส่งรายงานไม่ได้ ข้อมูลยังไม่ครบถ้วน');
  const moved = await move(db, user, loaded, 'submit', null, now, {
    userIds: type.responsible_ids,
    message: message(loaded, `${s.unit_name_th}ส่ง${type.name_th} แล้ว รอตรวจ`, null),
  });
  return viewAfterWrite(user, type, moved, today);
}

/** The responsible provincial officer sends it back (seed 003 L997: "ตรงตามกำหนดเวลาแต่ไม่ถูกต้อง" scores 0). */
export async function returnSubmission(
  db: Db,
  user: AuthUser,
  id: number,
  reason: string,
  now: Date,
  today: IsoDate,
) {
  const loaded = await submissionInScope(db, user, id, findSubmission);
  requireProvinceEditor(user, ownerOf(loaded.type));
  await requireOtherReviewer(db, user, loaded.s);
  const officers = await unitOfficers(db, [loaded.s.unit_id]);
  const moved = await move(db, user, loaded, 'return', reason, now, {
    userIds: officers.map((o) => o.id),
    message: message(loaded, `${loaded.type.name_th} ถูกส่งคืนให้แก้ไข`, reason),
  });
  return viewAfterWrite(user, loaded.type, moved, today);
}

/**
 * Approves and locks the report. Its KPI fields become the unit's current KPI results (source 'report'), so
 * levels and agreement scores move with it, in the same transaction.
 */
export async function approve(db: Db, user: AuthUser, id: number, now: Date, today: IsoDate) {
  const loaded = await submissionInScope(db, user, id, findSubmission);
  const { s, type } = loaded;
  requireProvinceEditor(user, ownerOf(type));
  await requireOtherReviewer(db, user, s);
  const values = s.values as FormValues;
  const kpiValues = fieldsOf(s).flatMap((f) =>
    f.kind === 'kpi' && f.kpiId !== undefined && values[f.id] !== undefined
      ? [{ kpiId: f.kpiId, value: values[f.id] as string }]
      : [],
  );
  const officers = await unitOfficers(db, [s.unit_id]);
  const notice = {
    userIds: officers.map((o) => o.id),
    message: message(loaded, `${type.name_th} ได้รับอนุมัติแล้ว`, null),
  };
  const moved = await move(db, user, loaded, 'approve', null, now, notice, (trx) =>
    saveResultsFromSource(
      trx,
      user,
      'report',
      kpiValues.map(({ kpiId, value }) => ({
        kpiId,
        unit: { id: s.unit_id, code: s.unit_code },
        value,
        asOf: today,
        note: `${type.name_th} ${periodLabel(s.period_key)}`,
      })),
    ),
  );
  return viewAfterWrite(user, type, moved, today);
}

/** Reopens an approved report for correction; the reason is logged and later changes are counted. */
export async function reopen(db: Db, user: AuthUser, id: number, reason: string, now: Date, today: IsoDate) {
  const loaded = await submissionInScope(db, user, id, findSubmission);
  requireProvinceEditor(user, ownerOf(loaded.type));
  const officers = await unitOfficers(db, [loaded.s.unit_id]);
  const moved = await move(db, user, loaded, 'reopen', reason, now, {
    userIds: officers.map((o) => o.id),
    message: message(loaded, `${loaded.type.name_th} ถูกเปิดใหม่ให้แก้ไข`, reason),
  });
  return viewAfterWrite(user, loaded.type, moved, today);
}

/** For the file service: the submission, checked readable, fillable and still editable. */
export async function editableSubmission(db: Db, user: AuthUser, id: number) {
  const loaded = await submissionInScope(db, user, id, findSubmission);
  requireFill(user, loaded.s);
  if (loaded.s.status !== 'draft' && loaded.s.status !== 'returned') throw locked(loaded.s.status);
  return loaded;
}

/** For the file service: counts a change to the draft, or refuses when a review got in first. */
export async function touchDraft(trx: Db, id: number): Promise<void> {
  if (await saveContent(trx, id, {}, undefined)) return;
  throw locked((await findSubmission(trx, id))?.status ?? 'approved');
}
