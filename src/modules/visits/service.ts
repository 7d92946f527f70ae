import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { dateEntryProblem } from '../../domain/calendar/date-entry.ts';
import { formatThaiMonth } from '../../domain/calendar/date-format.ts';
import { fiscalYearOf } from '../../domain/calendar/fiscal-year.ts';
import type { IsoMonth } from '../../domain/calendar/iso-date.ts';
import { editionHistory, isEditionWriter } from '../../domain/editions/lifecycle.ts';
import {
  defaultLetter,
  finishProblems,
  minutesOfTime,
  SEED_000_TOPICS,
  type Topic,
} from '../../domain/visits/plan.ts';
import { AppError, conflict, notFound, type RowError } from '../../errors.ts';
import { guardedUpsert, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead, requireRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import {
  amendFinished,
  type EditionKind,
  finishDraft,
  provinceOffice,
  requireDraft,
  requireEditionWriter,
  saveDraft,
} from '../editions/service.ts';
import { unitByCode } from '../org-units/service.ts';
import {
  deleteTopic,
  findPlan,
  findTopic,
  insertPlan,
  insertTopics,
  latestOfMonth,
  listPlans,
  markFinished,
  type PlanRecord,
  provinceChildren,
  topicsOf,
  updatePlan,
  updateTopic,
  versionsOf,
} from './queries.ts';
import {
  bodySchema,
  type CreateInput,
  type ListQuery,
  type PlanBody,
  type PlanRow,
  type TopicEditInput,
  type TopicInput,
} from './schemas.ts';

/** A province's monthly plan of follow-up visits: drafted, finished, amended (audit entity 'visit_plan'). */
const PLAN: EditionKind = { nounTh: 'แผนการติดตามงาน', entity: 'visit_plan' };

const isWriterRole = (user: AuthUser) => isEditionWriter(user.role);
const provinceOf = (db: Db, user: AuthUser, code: string | undefined) => provinceOffice(db, user, PLAN, code);
const requireWriter = (user: AuthUser, province: { path: string; name_th: string }) =>
  requireEditionWriter(user, PLAN, province);

/** A district officer's district, when the user reads plans by the districts they visit. */
const ownDistrict = (user: AuthUser) => (user.scope.kind === 'district' ? user.scope.id : null);

/**
 * A plan the user may read: the province's people, the department, viewers in scope; a district officer only a plan
 * that visits their district. 404 unknown, 403 otherwise.
 */
async function readable(db: Db, user: AuthUser, id: number): Promise<PlanRecord> {
  const row = await findPlan(db, id);
  if (!row) throw notFound('แผนการติดตามงาน');
  const district = ownDistrict(user);
  if (district !== null && row.district_ids.includes(district)) return row;
  requireRead(user, { path: row.unit_path, nameTh: row.unit_name_th });
  return row;
}

const bodyOf = (row: { body: unknown }): PlanBody => bodySchema.parse(row.body);

function searchTextOf(body: PlanBody, districtNames: string[]): string {
  const l = body.letter;
  const words = [
    l.number,
    l.subjectTh,
    l.toTh,
    ...l.paragraphs,
    ...l.attachments.map((a) => a.titleTh),
    l.signerName,
    ...districtNames,
  ];
  for (const r of body.rows) {
    words.push(r.activityTh, r.workGroupTh, r.placeTh, r.remarksTh);
    for (const t of r.topics) words.push(t.titleTh, t.detailTh, ...t.lines.map((x) => x.text));
  }
  return words.filter((w) => w !== '').join('\n');
}

function summary(row: PlanRecord) {
  const body = bodyOf(row);
  return {
    id: row.id,
    unit: { code: row.unit_code, nameTh: row.unit_name_th },
    month: row.plan_month,
    fiscalYear: row.fiscal_year,
    version: row.version,
    status: row.status,
    rowCount: body.rows.length,
    letterNumber: body.letter.number,
    updatedAt: row.updated_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
    rowVersion: row.row_version,
  };
}

/** The plan as a 409 names it (audit entity 'visit_plan'). */
const versioned = (row: Pick<PlanRecord, 'id' | 'plan_month'>) => ({
  entity: PLAN.entity,
  entityId: row.id,
  what: `แผนการติดตามงานเดือน${formatThaiMonth(row.plan_month as IsoMonth)}`,
});

async function present(db: Db, user: AuthUser, row: PlanRecord) {
  const [versions, children] = await Promise.all([
    versionsOf(db, row.unit_id, row.plan_month),
    provinceChildren(db, row.unit_id),
  ]);
  const writer = isWriterRole(user) && canRead(user, { path: row.unit_path });
  const pick = (kind: string) =>
    children.filter((c) => c.kind === kind).map((c) => ({ code: c.code, nameTh: c.name_th }));
  return {
    ...summary(row),
    amendsId: row.amends_id,
    body: bodyOf(row),
    choices: { districts: pick('district'), workGroups: pick('work_group') },
    ...editionHistory(row, versions, writer),
  };
}

export async function listOf(db: Db, user: AuthUser, q: ListQuery) {
  const province = q.unit ? await provinceOf(db, user, q.unit) : null;
  const district = province ? null : ownDistrict(user);
  const rows = await listPlans(db, {
    scopePath: province?.path ?? user.scope.path,
    districtId: district,
    fiscalYear: q.fiscalYear,
    month: q.month,
    q: q.q,
  });
  return { items: rows.map(summary), canCreate: isWriterRole(user) && user.scope.kind === 'province' };
}

export async function get(db: Db, user: AuthUser, id: number) {
  return present(db, user, await readable(db, user, id));
}

/** Seed 000's issue list as the province's topics, when it has none yet (in the caller's transaction). */
async function ensureTopics(trx: Db, user: AuthUser | null, province: { id: number }) {
  if ((await topicsOf(trx, province.id)).length > 0) return;
  const ids = await insertTopics(
    trx,
    SEED_000_TOPICS.map((t, i) => ({
      unit_id: province.id,
      position: i + 1,
      title_th: t.titleTh,
      detail_th: t.detailTh,
      lines: JSON.stringify(t.lines),
    })),
  );
  await recordAudit(trx, {
    actor: user,
    unitId: province.id,
    action: 'create',
    entity: 'visit_topic',
    entityId: ids.map((r) => r.id).join(','),
    before: null,
    after: { source: 'seed 000', count: ids.length },
  });
}

/** A new draft plan for a month: the letter's defaults from the month, no rows. 409 when the month has a plan. */
export async function create(db: Db, user: AuthUser, input: CreateInput) {
  const province = await provinceOf(db, user, input.unitCode);
  requireWriter(user, province);
  const id = await inTransaction(db, async (trx) => {
    const existing = await latestOfMonth(trx, province.id, input.month);
    if (existing)
      throw conflict(
        'month',
        `${province.name_th}มีแผนการติดตามงานเดือน${formatThaiMonth(input.month)}แล้ว (รายการที่ ${existing.id})`,
      );
    await ensureTopics(trx, user, province);
    const body: PlanBody = {
      rows: [],
      letter: defaultLetter(province.name_th, formatThaiMonth(input.month)),
    };
    const { id } = await insertPlan(trx, {
      unit_id: province.id,
      plan_month: input.month,
      fiscal_year: fiscalYearOf(`${input.month}-01`),
      amends_id: null,
      body: JSON.stringify(body),
      search_text: searchTextOf(body, []),
      created_by: user.id,
    });
    await recordAudit(trx, {
      actor: user,
      unitId: province.id,
      action: 'create',
      entity: PLAN.entity,
      entityId: String(id),
      before: null,
      after: { month: input.month },
    });
    return id;
  });
  return get(db, user, id);
}

const TIME = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;
const normaliseTime = (v: string) => v.replace(':', '.').padStart(5, '0');

type Children = Awaited<ReturnType<typeof provinceChildren>>;

/**
 * The rules of the rows that need the plan: a date inside the plan's month, times as ชั่วโมง.นาที with the end after
 * the start, the district and the work group of this province. Returns the rows completed (work group and place
 * named from the units when left blank) with the districts visited, or every problem with its row number.
 */
export function checkRows(
  rows: readonly PlanRow[],
  month: string,
  province: { name_th: string },
  children: Children,
): { rows: PlanRow[]; districtIds: number[]; districtNames: string[]; problems: RowError[] } {
  const problems: RowError[] = [];
  const monthTh = formatThaiMonth(month);
  const byCode = new Map(children.map((c) => [c.code, c]));
  const districtIds = new Set<number>();
  const districtNames = new Set<string>();
  const out = rows.map((row, i) => {
    const n = i + 1;
    const fail = (field: string, message: string) =>
      problems.push({ row: n, field, message: `แถวที่ ${n}: ${message}` });
    const r = { ...row };
    if (r.activityTh === '') fail('activityTh', 'กรุณากรอกกิจกรรม');
    if (dateEntryProblem(r.date)) fail('date', `วันที่ต้องเป็นวันในเดือน${monthTh} (ได้รับ "${r.date}")`);
    else if (!r.date.startsWith(`${month}-`)) fail('date', `วันที่ต้องอยู่ในเดือน${monthTh}`);
    if (!TIME.test(r.timeFrom))
      fail('timeFrom', `เวลาเริ่มต้องเป็นเวลา ชั่วโมง.นาที เช่น 09.00 (ได้รับ "${r.timeFrom}")`);
    else r.timeFrom = normaliseTime(r.timeFrom);
    if (r.timeTo === '') r.timeTo = null;
    if (r.timeTo !== null) {
      if (!TIME.test(r.timeTo)) fail('timeTo', `เวลาสิ้นสุดต้องเป็นเวลา ชั่วโมง.นาที เช่น 12.00 (ได้รับ "${r.timeTo}")`);
      else {
        r.timeTo = normaliseTime(r.timeTo);
        if (TIME.test(row.timeFrom) && minutesOfTime(r.timeTo) <= minutesOfTime(r.timeFrom))
          fail('timeTo', `เวลาสิ้นสุด (${r.timeTo}) ต้องหลังเวลาเริ่ม (${r.timeFrom})`);
      }
    }
    if (r.districtCode) {
      const d = byCode.get(r.districtCode);
      if (d?.kind !== 'district')
        fail('districtCode', `อำเภอรหัส ${r.districtCode} ไม่อยู่ใน${province.name_th}`);
      else {
        districtIds.add(d.id);
        districtNames.add(d.name_th);
        if (r.placeTh === '') r.placeTh = `พื้นที่${d.name_th.startsWith('อำเภอ') ? '' : 'อำเภอ'}${d.name_th}`;
      }
    }
    if (r.workGroupCode) {
      const g = byCode.get(r.workGroupCode);
      if (g?.kind !== 'work_group')
        fail('workGroupCode', `กลุ่มงานรหัส ${r.workGroupCode} ไม่ใช่กลุ่มงานของ${province.name_th}`);
      else if (r.workGroupTh === '') r.workGroupTh = g.name_th;
    }
    if (r.placeTh === '' && !r.districtCode) fail('placeTh', 'กรุณากรอกสถานที่ดำเนินการ หรือเลือกอำเภอ');
    return r;
  });
  return { rows: out, districtIds: [...districtIds], districtNames: [...districtNames], problems };
}

export async function save(db: Db, user: AuthUser, id: number, input: PlanBody, rowVersion?: number) {
  const row = await readable(db, user, id);
  requireDraft(user, PLAN, row);
  await requireRowVersion(db, versioned(row), row.row_version, rowVersion);
  const checked = checkRows(
    input.rows,
    row.plan_month,
    { name_th: row.unit_name_th },
    await provinceChildren(db, row.unit_id),
  );
  const first = checked.problems[0];
  if (first)
    throw new AppError(
      422,
      'invalid_rows',
      first.message,
      `rows.${first.row - 1}.${first.field}`,
      checked.problems,
    );
  const body: PlanBody = { rows: checked.rows, letter: input.letter };
  const before = bodyOf(row);
  await saveDraft(db, user, PLAN, row, {
    versioned: versioned(row),
    rowVersion,
    update: (trx) =>
      updatePlan(
        trx,
        id,
        {
          body: JSON.stringify(body),
          search_text: searchTextOf(body, checked.districtNames),
          district_ids: checked.districtIds,
        },
        rowVersion,
      ),
    before: { rows: before.rows.length, letterNumber: before.letter.number },
    after: { rows: body.rows.length, letterNumber: body.letter.number },
  });
  return get(db, user, id);
}

/** Finishing locks the plan; it needs rows, the letter's number and date and its signer. */
export async function finish(db: Db, user: AuthUser, id: number) {
  const row = await readable(db, user, id);
  requireDraft(user, PLAN, row);
  const problems = finishProblems(bodyOf(row));
  if (problems.length > 0) throw new AppError(422, 'incomplete', problems.join(' · '), 'letter');
  await finishDraft(db, user, PLAN, row, {
    markFinished: (trx) => markFinished(trx, id, user.id),
    after: { month: row.plan_month, version: row.version },
  });
  return get(db, user, id);
}

/** A finished plan is amended by a new draft version of the same month; the finished one stays as it was. */
export async function amend(db: Db, user: AuthUser, id: number, reason: string) {
  const row = await readable(db, user, id);
  requireWriter(user, { path: row.unit_path, name_th: row.unit_name_th });
  const newId = await amendFinished(db, user, PLAN, row, {
    versions: await versionsOf(db, row.unit_id, row.plan_month),
    reason,
    insertCopy: (trx, copy) =>
      insertPlan(trx, {
        unit_id: row.unit_id,
        plan_month: row.plan_month,
        fiscal_year: row.fiscal_year,
        ...copy,
        body: JSON.stringify(row.body),
        district_ids: row.district_ids,
        search_text: row.search_text,
        created_by: user.id,
      }),
  });
  return get(db, user, newId);
}

/* Topic templates. */

function presentTopic(t: Awaited<ReturnType<typeof topicsOf>>[number]) {
  return {
    id: t.id,
    position: t.position,
    titleTh: t.title_th,
    detailTh: t.detail_th,
    lines: (t.lines ?? []) as Topic['lines'],
    rowVersion: t.row_version,
  };
}

export async function listTopics(db: Db, user: AuthUser, unitCode: string | undefined) {
  const province = await provinceOf(db, user, unitCode);
  const rows = await topicsOf(db, province.id);
  return {
    unit: { code: province.code, nameTh: province.name_th },
    items: rows.map(presentTopic),
    canEdit: isWriterRole(user) && canRead(user, { path: province.path }),
  };
}

export async function createTopic(db: Db, user: AuthUser, input: TopicInput) {
  const province = await provinceOf(db, user, input.unitCode);
  requireWriter(user, province);
  return inTransaction(db, async (trx) => {
    const existing = await topicsOf(trx, province.id);
    const position = input.position ?? (existing.at(-1)?.position ?? 0) + 1;
    const [created] = await insertTopics(trx, [
      {
        unit_id: province.id,
        position,
        title_th: input.titleTh,
        detail_th: input.detailTh,
        lines: JSON.stringify(input.lines),
      },
    ]);
    const newId = created?.id ?? 0;
    await recordAudit(trx, {
      actor: user,
      unitId: province.id,
      action: 'create',
      entity: 'visit_topic',
      entityId: String(newId),
      before: null,
      after: { titleTh: input.titleTh },
    });
    return {
      id: newId,
      position,
      titleTh: input.titleTh,
      detailTh: input.detailTh,
      lines: input.lines,
      rowVersion: 1,
    };
  });
}

async function writableTopic(db: Db, user: AuthUser, id: number) {
  const topic = await findTopic(db, id);
  if (!topic) throw notFound('ประเด็นการตรวจติดตาม');
  requireRead(user, { path: topic.path, nameTh: topic.name_th });
  requireWriter(user, { path: topic.path, name_th: topic.name_th });
  return topic;
}

export async function editTopic(db: Db, user: AuthUser, id: number, input: TopicEditInput) {
  const topic = await writableTopic(db, user, id);
  const position = input.position ?? topic.position;
  const versioned = { entity: 'visit_topic', entityId: id, what: `ประเด็นการตรวจติดตาม "${topic.title_th}" ` };
  await requireRowVersion(db, versioned, topic.row_version, input.rowVersion);
  const saved = await inTransaction(db, async (trx) => {
    const row = await guardedUpsert(trx, versioned, input.rowVersion, () =>
      updateTopic(
        trx,
        id,
        { position, title_th: input.titleTh, detail_th: input.detailTh, lines: JSON.stringify(input.lines) },
        input.rowVersion,
      ),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: topic.unit_id,
      action: 'update',
      entity: 'visit_topic',
      entityId: String(id),
      before: { titleTh: topic.title_th },
      after: { titleTh: input.titleTh },
    });
    return row;
  });
  const { titleTh, detailTh, lines } = input;
  return { id, position, titleTh, detailTh, lines, rowVersion: saved.row_version };
}

export async function removeTopic(db: Db, user: AuthUser, id: number) {
  const topic = await writableTopic(db, user, id);
  await inTransaction(db, async (trx) => {
    await deleteTopic(trx, id);
    await recordAudit(trx, {
      actor: user,
      unitId: topic.unit_id,
      action: 'delete',
      entity: 'visit_topic',
      entityId: String(id),
      before: { titleTh: topic.title_th },
      after: null,
    });
  });
  return { deleted: true as const };
}

/** The demo's plan (seed 000, July 2566 of Ubon Ratchathani), checked by the same rules as a save. */
export async function loadPlanAsSystem(
  db: Db,
  input: { unitCode: string; month: string; finished: boolean; body: unknown },
): Promise<number> {
  const province = await unitByCode(db, input.unitCode);
  if (!province) throw notFound(`หน่วยงานรหัส ${input.unitCode}`);
  const parsed = bodySchema.parse(input.body);
  const checked = checkRows(parsed.rows, input.month, province, await provinceChildren(db, province.id));
  if (checked.problems.length > 0) throw new Error(checked.problems.map((p) => p.message).join('; '));
  await ensureTopics(db, null, province);
  const body: PlanBody = { rows: checked.rows, letter: parsed.letter };
  const { id } = await insertPlan(db, {
    unit_id: province.id,
    plan_month: input.month,
    fiscal_year: fiscalYearOf(`${input.month}-01`),
    amends_id: null,
    body: JSON.stringify(body),
    district_ids: checked.districtIds,
    search_text: searchTextOf(body, checked.districtNames),
    created_by: null,
    ...(input.finished ? { status: 'finished' as const, finished_at: new Date() } : {}),
  });
  await recordAudit(db, {
    actor: null,
    unitId: province.id,
    action: 'import',
    entity: PLAN.entity,
    entityId: String(id),
    before: null,
    after: { month: input.month, letterNumber: body.letter.number },
  });
  return id;
}
