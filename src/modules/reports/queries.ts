import { type Expression, type QueryCreator, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import {
  atRowVersion,
  atStoredRowVersion,
  nextRowVersion,
  nextStoredRowVersion,
} from '../../db/row-version.ts';
import type { Database } from '../../db/schema.ts';
import type {
  DayCountingColumn,
  DueMonthColumn,
  ReportFrequency,
  SubmissionAction,
  SubmissionStatus,
  SubmissionsTable,
  UnitScope,
} from '../../db/tables/reports.ts';
import { pathAbove, pathUnder } from '../../plugins/access.ts';

// ---------------------------------------------------------------- report types

const typeColumns = [
  't.id',
  't.name_th',
  'v.fields',
  'v.version',
  't.frequency',
  't.due_day',
  't.due_month',
  't.once_date',
  't.unit_scope',
  't.day_counting',
  't.active',
  't.updated_at',
  't.row_version',
  'o.id as owner_id',
  'o.code as owner_code',
  'o.name_th as owner_name_th',
  'o.path as owner_path',
  'g.code as work_group_code',
  'g.name_th as work_group_name_th',
] as const;

function selectTypes(db: Db) {
  return db
    .selectFrom('report_types as t')
    .innerJoin('report_type_versions as v', (join) =>
      join
        .onRef('v.report_type_id', '=', 't.id')
        .on(
          'v.version',
          '=',
          sql<number>`(select max(l.version) from report_type_versions l where l.report_type_id = t.id)`,
        ),
    )
    .innerJoin('units as o', 'o.id', 't.owner_unit_id')
    .leftJoin('units as g', 'g.id', 't.work_group_id')
    .select(typeColumns)
    .select([
      sql<number[]>`coalesce((select jsonb_agg(r.user_id order by r.user_id) from report_type_responsibles r
        where r.report_type_id = t.id), '[]')`.as('responsible_ids'),
      sql<string[]>`coalesce((select jsonb_agg(u.code order by u.code) from report_type_units c
        join units u on u.id = c.unit_id where c.report_type_id = t.id), '[]')`.as('unit_codes'),
      sql<{ id: number; displayName: string }[]>`coalesce((select jsonb_agg(jsonb_build_object('id', p.id,
        'displayName', p.display_name) order by p.id) from report_type_responsibles r
        join users p on p.id = r.user_id where r.report_type_id = t.id), '[]')`.as('responsibles'),
      sql<boolean>`exists (select 1 from submissions s where s.report_type_id = t.id)`.as('in_use'),
    ]);
}

export type ReportTypeRecord = NonNullable<Awaited<ReturnType<typeof findReportType>>>;

export function findReportType(db: Db, id: number) {
  return selectTypes(db).where('t.id', '=', id).executeTakeFirst();
}

/** A report type as findReportType reads it, with its due-date overrides (what opening a report needs), in one read. */
export function findReportTypeWithOverrides(db: Db, id: number) {
  return selectTypes(db)
    .select(
      sql<{ report_type_id: number; period_key: string; due_date: string }[]>`coalesce((select jsonb_agg(
        jsonb_build_object('report_type_id', d.report_type_id, 'period_key', d.period_key, 'due_date', d.due_date))
        from due_date_overrides d where d.report_type_id = t.id), '[]')`.as('overrides'),
    )
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** The report type of a submission, found by the submission's id: read beside the submission, not after it. */
export function findReportTypeOfSubmission(db: Db, submissionId: number) {
  return selectTypes(db)
    .where('t.id', '=', (eb) =>
      eb.selectFrom('submissions as s').select('s.report_type_id').where('s.id', '=', submissionId),
    )
    .executeTakeFirst();
}

/** Types owned by a unit inside the scope, or by the province above it (a district reads its province's forms). */
export function listReportTypes(db: Db, scopePath: string, ownerCode?: string) {
  let q = selectTypes(db).where((eb) =>
    eb.or([pathUnder(eb.ref('o.path'), scopePath), pathAbove(eb.ref('o.path'), scopePath)]),
  );
  if (ownerCode !== undefined) q = q.where('o.code', '=', ownerCode);
  return q.orderBy('o.code').orderBy('t.name_th').orderBy('t.id').execute();
}

/** Every active type, for the reminder scheduler; or those of one province. */
export function activeReportTypes(db: Db, ownerId?: number) {
  let q = selectTypes(db).where('t.active', '=', true);
  if (ownerId !== undefined) q = q.where('o.id', '=', ownerId);
  return q.orderBy('t.id').execute();
}

export type ReportTypeRow = {
  owner_unit_id: number;
  name_th: string;
  work_group_id: number | null;
  frequency: ReportFrequency;
  due_day: number | null;
  due_month: DueMonthColumn | null;
  once_date: string | null;
  unit_scope: UnitScope;
  day_counting: DayCountingColumn;
  active: boolean;
};

export function insertReportType(db: Db, row: ReportTypeRow) {
  return db.insertInto('report_types').values(row).returning('id').executeTakeFirstOrThrow();
}

/** An edit of a report type, only while it is at the row version the client loaded (if sent). */
export function updateReportType(
  db: Db,
  id: number,
  row: Omit<ReportTypeRow, 'owner_unit_id'>,
  rowVersion: number | undefined,
) {
  return db
    .updateTable('report_types')
    .set({ ...row, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

/** A form's field set from this version on; the first is version 1. */
export function insertVersion(
  db: Db,
  row: { report_type_id: number; version: number; fields: string; created_by: number },
) {
  return db.insertInto('report_type_versions').values(row).execute();
}

/** Rewrites a version's fields: only for a version no submission was opened with yet. */
export function rewriteVersion(db: Db, reportTypeId: number, version: number, fields: string) {
  return db
    .updateTable('report_type_versions')
    .set({ fields })
    .where('report_type_id', '=', reportTypeId)
    .where('version', '=', version)
    .execute();
}

export async function versionInUse(db: Db, reportTypeId: number, version: number): Promise<boolean> {
  const used = await db
    .selectFrom('submissions')
    .select('id')
    .where('report_type_id', '=', reportTypeId)
    .where('report_type_version', '=', version)
    .limit(1)
    .executeTakeFirst();
  return used !== undefined;
}

export function deleteReportType(db: Db, id: number) {
  return db.deleteFrom('report_types').where('id', '=', id).execute();
}

/** Replaces the chosen units and the responsible officers of a type: two deletes, at most two inserts. */
export async function replaceTypeLinks(db: Db, id: number, unitIds: number[], userIds: number[]) {
  await db.deleteFrom('report_type_units').where('report_type_id', '=', id).execute();
  await db.deleteFrom('report_type_responsibles').where('report_type_id', '=', id).execute();
  if (unitIds.length > 0) {
    await db
      .insertInto('report_type_units')
      .values(unitIds.map((unit_id) => ({ report_type_id: id, unit_id })))
      .execute();
  }
  if (userIds.length > 0) {
    await db
      .insertInto('report_type_responsibles')
      .values(userIds.map((user_id) => ({ report_type_id: id, user_id })))
      .execute();
  }
}

export function submissionCountOf(db: Db, reportTypeId: number): Promise<number> {
  return db
    .selectFrom('submissions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('report_type_id', '=', reportTypeId)
    .executeTakeFirstOrThrow()
    .then((r) => r.n);
}

// ---------------------------------------------------------------- units, users and KPIs the forms refer to

const unitColumns = ['id', 'code', 'kind', 'name_th', 'name_en', 'parent_id', 'path'] as const;

export function unitsByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('units').select(unitColumns).where('id', 'in', ids).execute();
}

/** A unit by its code and its parent (a district's province), in one read: one or two rows. */
export function unitAndParentByCode(db: Db, code: string) {
  return db
    .selectFrom('units')
    .select(unitColumns)
    .where((eb) =>
      eb.or([
        eb('code', '=', code),
        eb('id', '=', eb.selectFrom('units as c').select('c.parent_id').where('c.code', '=', code)),
      ]),
    )
    .execute();
}

/** The districts under any of these provinces' paths. */
export function districtsUnder(db: Db, paths: string[]) {
  if (paths.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('units')
    .select(unitColumns)
    .where('kind', '=', 'district')
    .where((eb) => eb.or(paths.map((p) => pathUnder(eb.ref('path'), p))))
    .orderBy('code')
    .execute();
}

/** The chosen units of these types. */
export function chosenUnitsOf(db: Db, typeIds: number[]) {
  if (typeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('report_type_units as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .select(['c.report_type_id', ...unitColumns.map((c) => `u.${c}` as const)])
    .where('c.report_type_id', 'in', typeIds)
    .execute();
}

export function kpisByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('kpis as k')
    .innerJoin('kpi_sets as s', 's.id', 'k.kpi_set_id')
    .innerJoin('units as o', 'o.id', 's.owner_unit_id')
    .select(['k.id', 'k.key', 'k.name_th', 'k.criteria', 'o.path as owner_path'])
    .where('k.id', 'in', ids)
    .execute();
}

// ---------------------------------------------------------------- due-date overrides

export function overridesOf(db: Db, typeIds: number[]) {
  if (typeIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('due_date_overrides').selectAll().where('report_type_id', 'in', typeIds).execute();
}

/**
 * A period's override, replacing the stored one only while it is at the row version the client loaded (if sent; 0
 * when none was stored): no row back when someone saved in between.
 */
export function upsertOverride(
  db: Db,
  row: {
    report_type_id: number;
    period_key: string;
    due_date: string;
    reason: string;
    changed_by: number;
    changed_at: Date;
  },
  rowVersion: number | undefined,
) {
  const { report_type_id: _t, period_key: _p, ...changes } = row;
  return db
    .insertInto('due_date_overrides')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['report_type_id', 'period_key'])
        .doUpdateSet({ ...changes, row_version: nextStoredRowVersion('due_date_overrides') })
        .where(atStoredRowVersion('due_date_overrides', rowVersion)),
    )
    .returning('row_version')
    .executeTakeFirst();
}

/** Moves the due date of the period's submissions with the override. */
export function moveSubmissionsDue(db: Db, reportTypeId: number, periodKey: string, dueDate: string) {
  return db
    .updateTable('submissions')
    .set({ due_date: dueDate })
    .where('report_type_id', '=', reportTypeId)
    .where('period_key', '=', periodKey)
    .execute();
}

// ---------------------------------------------------------------- submissions

const submissionColumns = [
  's.id',
  's.report_type_id',
  's.report_type_version',
  'v.fields',
  's.period_key',
  's.due_date',
  's.status',
  's.values',
  's.narrative',
  's.first_submitted_at',
  's.submitted_at',
  's.approved_at',
  's.approved_by',
  's.changed_since_approval',
  's.updated_at',
  's.row_version',
  'u.id as unit_id',
  'u.code as unit_code',
  'u.kind as unit_kind',
  'u.name_th as unit_name_th',
  'u.name_en as unit_name_en',
  'u.parent_id as unit_parent_id',
  'u.path as unit_path',
] as const;

export type SubmissionRecord = NonNullable<Awaited<ReturnType<typeof findSubmission>>>;

/** A submission with its unit and the fields of its form's version. */
export function findSubmission(db: Db, id: number) {
  return submissionOf(
    answering(db.with('answer', (q) => q.selectFrom('submissions').selectAll().where('id', '=', id))),
  ).executeTakeFirst();
}

/** Submissions of these types, periods and units (a superset: callers match the triples they expect). */
export function submissionsFor(db: Db, typeIds: number[], periodKeys: string[], unitIds: number[]) {
  if (typeIds.length === 0 || periodKeys.length === 0 || unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('submissions')
    .select(['id', 'report_type_id', 'unit_id', 'period_key', 'status', 'first_submitted_at'])
    .where('report_type_id', 'in', typeIds)
    .where('period_key', 'in', periodKeys)
    .where('unit_id', 'in', unitIds)
    .execute();
}

const editable: SubmissionStatus[] = ['draft', 'returned'];

type Content = { values?: string; narrative?: string | null };

/**
 * A draft's content, only while it is a draft or returned (checked in the same statement, so a review in between
 * cannot be overwritten) and at the row version the client loaded (if sent). Every change after a first approval
 * is counted. A file added to the draft (no content) counts as a change since approval but keeps the version: the
 * open form's values are not what changed, so its next autosave still goes through.
 */
function contentUpdate(db: Db, id: number, content: Content, rowVersion: number | undefined) {
  const touchOnly = content.values === undefined && content.narrative === undefined;
  return db
    .updateTable('submissions')
    .set({
      ...content,
      changed_since_approval: sql<number>`changed_since_approval + (case when approved_at is null then 0 else 1 end)`,
      updated_at: new Date(),
      row_version: touchOnly ? sql<number>`row_version` : nextRowVersion(),
    })
    .where('id', '=', id)
    .where('status', 'in', editable)
    .where(atRowVersion(rowVersion));
}

/** The content update alone (a file added or removed); answers the row version, or undefined when refused. */
export function saveContent(db: Db, id: number, content: Content, rowVersion: number | undefined) {
  return contentUpdate(db, id, content, rowVersion).returning('row_version').executeTakeFirst();
}

type Move = { id: number; from: SubmissionStatus[]; to: SubmissionStatus; at: Date; userId: number };

/** Moves a submission from one of `from` to `to`; it changes no row when its status was not one of them. */
function transitionUpdate(db: Db, { id, from, to, at, userId }: Move) {
  return db
    .updateTable('submissions')
    .set({
      status: to,
      updated_at: new Date(),
      row_version: nextRowVersion(),
      ...(to === 'submitted'
        ? { submitted_at: at, first_submitted_at: sql<Date>`coalesce(first_submitted_at, ${at})` }
        : {}),
      ...(to === 'approved' ? { approved_at: at, approved_by: userId } : {}),
    })
    .where('id', '=', id)
    .where('status', 'in', from);
}

export function eventsOf(db: Db, submissionIds: number[]) {
  if (submissionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('submission_events as e')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.id', 'e.submission_id', 'e.at', 'e.action', 'e.reason', 'e.user_id', 'u.display_name'])
    .where('e.submission_id', 'in', submissionIds)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

// ---------------------------------------------------------------- a write and its answer in one statement

/**
 * The name of the CTE holding the row a write statement wrote (none when the write was refused): the rows other
 * modules insert beside it (audit, notifications) are inserted once for each of its rows.
 */
export const WRITTEN = 'written';

/** Rows of other modules' tables written in the same statement as the submission (null: nothing to write). */
export type Alongside = (Expression<unknown> | null)[];

type SubmissionRow = Selectable<SubmissionsTable>;
type Answering = Database & { written: SubmissionRow; answer: SubmissionRow };

export type FileRecord = Awaited<ReturnType<typeof filesOf>>[number];
export type EventRecord = Awaited<ReturnType<typeof eventsOf>>[number];
type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

/**
 * A statement's query creator seen with the CTEs every answering statement names: `answer` (the submission to
 * answer) and, in a write, `written`. Kysely types each `with` as a new database type; they all read the same here.
 */
const answering = <DB>(qc: QueryCreator<DB>) => qc as unknown as QueryCreator<Answering>;

/**
 * Each of `alongside` as a data-modifying CTE of the statement (in parentheses: Kysely writes a raw CTE as it is),
 * which PostgreSQL runs whether the statement reads it or not.
 */
function withAlongside<DB>(qc: QueryCreator<DB>, alongside: Alongside): QueryCreator<Answering> {
  return alongside.reduce(
    (q, side, i) =>
      side === null ? q : answering(q.with(`alongside_${i}`, () => sql<Record<string, unknown>>`(${side})`)),
    answering(qc),
  );
}

/** The submission of the CTE `answer` with its unit and the fields of its form's version. */
function submissionOf(qc: QueryCreator<Answering>) {
  return qc
    .selectFrom('answer as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .innerJoin('report_type_versions as v', (join) =>
      join
        .onRef('v.report_type_id', '=', 's.report_type_id')
        .onRef('v.version', '=', 's.report_type_version'),
    )
    .select(submissionColumns);
}

/**
 * The submission of the CTE `answer` as findSubmission reads it, with its files and its review log as filesOf and
 * eventsOf read them (jsonb, in their order); `logged`: with the event the statement itself wrote (a CTE `logged`:
 * the statement's own inserts are not in the snapshot its reads see).
 */
function answerOf(qc: QueryCreator<Answering>, logged: boolean) {
  const events = logged
    ? sql`select * from submission_events where submission_id = s.id union all select * from logged`
    : sql`select * from submission_events where submission_id = s.id`;
  return submissionOf(qc).select([
    sql<Json<FileRecord>[]>`coalesce((select jsonb_agg(to_jsonb(f) order by f.id) from submission_files f
        where f.submission_id = s.id), '[]')`.as('files'),
    sql<Json<EventRecord>[]>`coalesce((select jsonb_agg(to_jsonb(e) || jsonb_build_object('display_name',
        u.display_name) order by e.at, e.id) from (${events}) e left join users u on u.id = e.user_id), '[]')`.as(
      'events',
    ),
  ]);
}

export type SubmissionWithLog = SubmissionRecord & { files: FileRecord[]; events: EventRecord[] };

function parsed<R extends { files: Json<FileRecord>[]; events: Json<EventRecord>[] }>(row: R | undefined) {
  if (!row) return undefined;
  return {
    ...row,
    files: row.files.map((f) => ({ ...f, created_at: new Date(f.created_at) })),
    events: row.events.map((e) => ({ ...e, at: new Date(e.at) })),
  };
}

/** A submission with its files and review log, in one read. */
export async function submissionWithLog(db: Db, id: number): Promise<SubmissionWithLog | undefined> {
  const qc = db.with('answer', (q) => q.selectFrom('submissions').selectAll().where('id', '=', id));
  return parsed(await answerOf(answering(qc), false).executeTakeFirst());
}

/** A draft's content saved (see contentUpdate) with `alongside`, answered as submissionWithLog reads it; undefined when refused. */
export async function saveDraftContent(
  db: Db,
  id: number,
  content: Content,
  rowVersion: number | undefined,
  alongside: Alongside,
): Promise<SubmissionWithLog | undefined> {
  const qc = withAlongside(
    db.with(WRITTEN, (q) => contentUpdate(q as Db, id, content, rowVersion).returningAll()),
    alongside,
  ).with('answer', (q) => q.selectFrom('written').selectAll());
  return parsed(await answerOf(qc, false).executeTakeFirst());
}

/**
 * A step of the review workflow (see transitionUpdate) with its review-log event and `alongside`, answered as
 * submissionWithLog reads it, the new event included; undefined when the status was not one of `from`.
 */
export async function moveSubmission(
  db: Db,
  move: Move,
  event: { action: SubmissionAction; reason: string | null },
  alongside: Alongside,
): Promise<SubmissionWithLog | undefined> {
  const qc = withAlongside(
    db
      .with(WRITTEN, (q) => transitionUpdate(q as Db, move).returningAll())
      .with('logged', (q) =>
        q
          .insertInto('submission_events')
          .columns(['submission_id', 'at', 'user_id', 'action', 'reason'])
          .expression((eb) =>
            eb
              .selectFrom('written')
              .select([
                'written.id',
                sql<Date>`${move.at}::timestamptz`.as('at'),
                sql<number>`${move.userId}::integer`.as('user_id'),
                sql<SubmissionAction>`${event.action}::text`.as('action'),
                sql<string | null>`${event.reason}::text`.as('reason'),
              ]),
          )
          .returningAll(),
      ),
    alongside,
  ).with('answer', (q) => q.selectFrom('written').selectAll());
  return parsed(await answerOf(qc, true).executeTakeFirst());
}

type Opening = { report_type_id: number; unit_id: number; period_key: string; due_date: string };

/** The unit's submission for the period, found by its key, as submissionWithLog reads it. */
export async function submissionOfPeriod(db: Db, key: Opening): Promise<SubmissionWithLog | undefined> {
  const qc = db.with('answer', (q) =>
    q
      .selectFrom('submissions')
      .selectAll()
      .where('report_type_id', '=', key.report_type_id)
      .where('unit_id', '=', key.unit_id)
      .where('period_key', '=', key.period_key),
  );
  return parsed(await answerOf(answering(qc), false).executeTakeFirst());
}

/**
 * Creates the unit's submission for the period unless it exists, with `alongside` when it creates it, and answers
 * it either way as submissionWithLog reads it with `created`. A period keeps one version of the form for every unit:
 * the one its first submission was opened with, or, for a period nobody has opened yet, the latest. So a provincial
 * officer's edit applies from the next period no district has started, and the province's board compares like with
 * like within a month. Undefined when another request created it after this statement began (its snapshot does
 * not hold that row): the caller reads it again.
 */
export async function openSubmission(db: Db, row: Opening, alongside: Alongside) {
  const qc = withAlongside(
    db.with(WRITTEN, (q) =>
      q
        .insertInto('submissions')
        .values({
          ...row,
          report_type_version: sql<number>`coalesce(
            (select min(p.report_type_version) from submissions p
              where p.report_type_id = ${row.report_type_id} and p.period_key = ${row.period_key}),
            (select max(l.version) from report_type_versions l where l.report_type_id = ${row.report_type_id}))`,
        })
        .onConflict((oc) => oc.columns(['report_type_id', 'unit_id', 'period_key']).doNothing())
        .returningAll(),
    ),
    alongside,
  ).with('answer', (q) =>
    q
      .selectFrom('written')
      .selectAll()
      .unionAll(
        q
          .selectFrom('submissions')
          .selectAll()
          .where('report_type_id', '=', row.report_type_id)
          .where('unit_id', '=', row.unit_id)
          .where('period_key', '=', row.period_key)
          .where((eb) => eb.not(eb.exists(eb.selectFrom('written').select('written.id')))),
      ),
  );
  return parsed(
    await answerOf(qc, false)
      .select(sql<boolean>`exists (select 1 from written)`.as('created'))
      .executeTakeFirst(),
  );
}

// ---------------------------------------------------------------- files

const fileColumns = [
  'f.id',
  'f.submission_id',
  'f.field_id',
  'f.original_name',
  'f.sha256',
  'f.mime',
  'f.bytes',
  'f.stored_path',
  'f.display_path',
  'f.created_at',
] as const;

export function filesOf(db: Db, submissionId: number) {
  return db
    .selectFrom('submission_files as f')
    .select(fileColumns)
    .where('f.submission_id', '=', submissionId)
    .orderBy('f.id')
    .execute();
}

export function findFile(db: Db, id: number) {
  return db
    .selectFrom('submission_files as f')
    .innerJoin('submissions as s', 's.id', 'f.submission_id')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .select(fileColumns)
    .select(['u.path as unit_path', 'u.name_th as unit_name_th'])
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export function insertFile(
  db: Db,
  row: {
    submission_id: number;
    field_id: string;
    original_name: string;
    sha256: string;
    mime: string;
    bytes: number;
    stored_path: string;
    display_path: string | null;
    created_by: number;
    created_at: Date;
  },
) {
  return db.insertInto('submission_files').values(row).returning('id').executeTakeFirstOrThrow();
}

export function deleteFile(db: Db, id: number) {
  return db.deleteFrom('submission_files').where('id', '=', id).execute();
}

// ---------------------------------------------------------------- bulk loads (the demo's forms and history)

export function reportTypesByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return selectTypes(db).where('t.id', 'in', ids).orderBy('t.id').execute();
}

/** Forms with their first version and responsible officers: three inserts whatever the number of forms. */
export async function insertReportTypes(
  db: Db,
  forms: { row: ReportTypeRow; fields: string; responsibleIds: number[] }[],
): Promise<number[]> {
  if (forms.length === 0) return [];
  const created = await db
    .insertInto('report_types')
    .values(forms.map((f) => f.row))
    .returning(['id', 'owner_unit_id', 'name_th'])
    .execute();
  const idOf = new Map(created.map((c) => [`${c.owner_unit_id}|${c.name_th}`, c.id]));
  const ids = forms.map((f) => idOf.get(`${f.row.owner_unit_id}|${f.row.name_th}`) ?? 0);
  await db
    .insertInto('report_type_versions')
    .values(
      forms.map((f, i) => ({ report_type_id: ids[i] ?? 0, version: 1, fields: f.fields, created_by: null })),
    )
    .execute();
  const responsibles = forms.flatMap((f, i) =>
    f.responsibleIds.map((user_id) => ({ report_type_id: ids[i] ?? 0, user_id })),
  );
  if (responsibles.length > 0) await db.insertInto('report_type_responsibles').values(responsibles).execute();
  return ids;
}

export type HistorySubmission = {
  report_type_id: number;
  unit_id: number;
  period_key: string;
  due_date: string;
  status: SubmissionStatus;
  values: string;
  narrative: string | null;
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  approved_at: Date | null;
  approved_by: number | null;
  created_at: Date;
  events: { at: Date; user_id: number | null; action: SubmissionAction; reason: string | null }[];
};

/** Submissions already sent and reviewed, with their review logs: two inserts whatever the number of rows. */
export async function insertHistory(db: Db, rows: HistorySubmission[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('submissions')
    .values(
      rows.map(({ events, ...row }) => ({
        ...row,
        report_type_version: 1,
        updated_at: events.at(-1)?.at ?? row.created_at,
      })),
    )
    .returning(['id', 'report_type_id', 'unit_id', 'period_key'])
    .execute();
  const key = (r: { report_type_id: number; unit_id: number; period_key: string }) =>
    `${r.report_type_id}|${r.unit_id}|${r.period_key}`;
  const idOf = new Map(inserted.map((r) => [key(r), r.id]));
  const events = rows.flatMap((row) =>
    row.events.map((event) => ({ ...event, submission_id: idOf.get(key(row)) ?? 0 })),
  );
  if (events.length > 0) await db.insertInto('submission_events').values(events).execute();
  return inserted.length;
}

/**
 * The months (of the due date, newest first, at most two years) in which the province's districts, or one unit,
 * sent reports: what the month pickers offer besides the current month.
 */
export async function monthsWithSubmissions(db: Db, ownerId: number, unitId?: number): Promise<string[]> {
  let q = db
    .selectFrom('submissions as s')
    .innerJoin('report_types as t', 't.id', 's.report_type_id')
    .select(sql<string>`to_char(s.due_date, 'YYYY-MM')`.as('month'))
    .distinct()
    .where('t.owner_unit_id', '=', ownerId)
    .where('s.first_submitted_at', 'is not', null);
  if (unitId !== undefined) q = q.where('s.unit_id', '=', unitId);
  const rows = await q.orderBy('month', 'desc').limit(24).execute();
  return rows.map((r) => r.month);
}
