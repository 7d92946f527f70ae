import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type FormDefinition, type FormField, formFields } from '../../domain/forms/definition.ts';
import { checkValues, type FormProblem, type FormValues } from '../../domain/forms/values.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import { type AuthUser, canRead, requireRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { unitByCode } from '../org-units/service.ts';
import { readableUnit } from '../org-units/unit-access.ts';
import { fillAgreementKpis, prefillValues } from './prefill.ts';
import {
  copyPhotos,
  type FollowUpRow,
  findByClientId,
  findById,
  insertFollowUp,
  listFollowUps,
  markFinished,
  photosOf,
  replaceValues,
  updateDraft,
  versionsOf,
} from './queries.ts';
import type { DraftInput, ListQuery, PrefillQuery } from './schemas.ts';
import { type TemplateForUse, templateById, templateIdsWithCode, templatesByIds } from './templates.ts';

/**
 * The filled follow-up forms (issue R2-5 item 2): drafts saved online or replayed from a phone's offline queue under
 * the browser's client id, checked against their template by the domain's checkValues, the district's live agreement
 * KPIs filled in on every save until finished, finishing that names what is missing, versions of a finished one.
 */

const WRITERS = ['department_admin', 'province_admin', 'province_staff'] as const;
const isWriter = (user: AuthUser) => (WRITERS as readonly string[]).includes(user.role);

/** A refusal carrying the form's problems (each with the field's path and a Thai message). */
export class FormProblemsError extends AppError {
  constructor(
    message: string,
    readonly problems: FormProblem[],
  ) {
    super(422, 'form_problems', message, problems[0]?.path || 'values');
  }
}

const today = () => bangkokDateOf(new Date());

type UnitLike = { id: number; code: string; kind: string; name_th: string; path: string };

function requireWriter(user: AuthUser, unit: { path: string; name_th: string }) {
  if (!isWriter(user) || !canRead(user, { path: unit.path }))
    throw forbidden(`บัญชีของคุณไม่มีสิทธิ์บันทึกแบบติดตามของ${unit.name_th}`);
}

/** A follow-up the user may read: 404 for an unknown id, 403 for one of a unit outside the scope. */
async function readable(db: Db, user: AuthUser, id: number) {
  const row = await findById(db, id);
  if (!row) throw notFound('แบบติดตาม');
  requireRead(user, { path: row.unit_path, nameTh: row.unit_name_th });
  return row;
}

async function templateOf(db: Db, id: number, field = 'templateId'): Promise<TemplateForUse> {
  const template = await templateById(db, id);
  if (!template) throw notFound(`แบบฟอร์มรหัส ${id}`, field);
  return template;
}

/** A new follow-up needs a published template of the unit's kind, department-wide or of the unit's own province. */
function requireUsable(template: TemplateForUse, unit: UnitLike, field = 'templateId') {
  if (template.status !== 'published')
    throw new AppError(
      422,
      'template_not_published',
      `แบบฟอร์ม "${template.titleTh}" ฉบับที่ ${template.version} ยังไม่เผยแพร่หรือเลิกใช้แล้ว ให้เลือกฉบับที่เผยแพร่`,
      field,
    );
  if (template.ownerPath !== null && !unit.path.startsWith(template.ownerPath))
    throw new AppError(422, 'template_elsewhere', `แบบฟอร์ม "${template.titleTh}" เป็นของจังหวัดอื่น`, field);
  const wanted = template.definition.subject;
  if (unit.kind !== wanted)
    throw new AppError(
      422,
      'wrong_unit_kind',
      `แบบฟอร์ม "${template.titleTh}" ใช้ติดตาม${wanted === 'district' ? 'อำเภอ' : 'ตำบล'} แต่${unit.name_th}ไม่ใช่${wanted === 'district' ? 'อำเภอ' : 'ตำบล'}`,
      'unit',
    );
}

/** The province above a district or sub-district: the path's second code ('/CDD/34/3415/' → 34). */
async function provinceOf(db: Db, unit: UnitLike) {
  const code = unit.path.split('/')[2] ?? '';
  const province = await unitByCode(db, code);
  if (province?.kind !== 'province')
    throw new AppError(422, 'no_province', `${unit.name_th}ไม่อยู่ในจังหวัดใด`, 'unit');
  return province;
}

/* Values. */

/** The first named signer of the form's first signature field: the informant, shown in lists. */
export function informantOf(definition: FormDefinition, values: FormValues): string | null {
  const field = formFields(definition).find((f) => f.kind === 'signature');
  const signers = field ? (values[field.key] as { name: string }[] | undefined) : undefined;
  return signers?.find((s) => s.name !== '')?.name ?? null;
}

function wordsOf(field: FormField, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  switch (field.kind) {
    case 'text':
    case 'longText':
      return [String(value)];
    case 'choice': {
      const chosen = Array.isArray(value) ? value : [value];
      return field.options.filter((o) => chosen.includes(o.value)).map((o) => o.labelTh);
    }
    case 'signature':
      return (value as { name: string; position: string }[]).flatMap((s) => [s.name, s.position]);
    case 'table':
      return (value as Record<string, unknown>[]).flatMap((row) =>
        field.columns.filter((c) => c.kind === 'text').map((c) => String(row[c.key] ?? '')),
      );
    default:
      return [];
  }
}

/** The template's title, the unit's name and every word typed in the form, for the list's text search. */
export function searchTextOf(
  template: TemplateForUse,
  unit: { name_th: string },
  values: FormValues,
): string {
  const words = [template.titleTh, unit.name_th];
  for (const field of formFields(template.definition)) words.push(...wordsOf(field, values[field.key]));
  return words.filter((w) => w.trim() !== '').join('\n');
}

/** What the user typed, without what the server fills (live KPIs): two sends of the same save compare equal. */
function typedPart(definition: FormDefinition, values: unknown): FormValues {
  const kept: FormValues = { ...((values ?? {}) as FormValues) };
  for (const field of formFields(definition)) if (field.kind === 'agreementKpis') delete kept[field.key];
  return kept;
}

/** A draft's values: type errors refused (422 with each problem), photos only this follow-up's own. */
function draftValues(
  definition: FormDefinition,
  raw: unknown,
  photos: { id: number; field_key: string }[],
): FormValues {
  const { values, problems } = checkValues(definition, raw, { finishing: false });
  for (const field of formFields(definition)) {
    if (field.kind !== 'photo') continue;
    for (const fileId of values[field.key] as number[])
      if (!photos.some((p) => p.id === fileId && p.field_key === field.key))
        problems.push({
          path: field.key,
          messageTh: `"${field.labelTh}": ไม่พบรูปถ่ายรหัส ${fileId} ของแบบติดตามนี้ กรุณาอัปโหลดรูปใหม่`,
        });
  }
  if (problems.length > 0)
    throw new FormProblemsError(
      `บันทึกแบบติดตามไม่ได้: ${problems.map((p) => p.messageTh).join(' · ')}`,
      problems,
    );
  return values;
}

/* Answers. */

function templateRef(template: TemplateForUse) {
  return { id: template.id, code: template.code, version: template.version, titleTh: template.titleTh };
}

function summary(row: Omit<FollowUpRow, 'values'>, template: TemplateForUse) {
  return {
    id: row.id,
    clientId: row.client_id,
    template: templateRef(template),
    unit: { code: row.unit_code, nameTh: row.unit_name_th, kind: row.unit_kind },
    status: row.status,
    version: row.version,
    followUpDate: row.follow_up_date,
    informant: row.informant,
    updatedAt: row.updated_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
  };
}

async function present(db: Db, user: AuthUser, row: FollowUpRow) {
  const [template, versions, photos] = await Promise.all([
    templateOf(db, row.template_id),
    versionsOf(db, row.first_id ?? row.id),
    photosOf(db, row.id),
  ]);
  const values = row.values as FormValues;
  const { problems } = checkValues(template.definition, values, { finishing: true });
  const writer = isWriter(user) && canRead(user, { path: row.unit_path });
  return {
    ...summary(row, template),
    revision: row.revision,
    template: { ...templateRef(template), definition: template.definition },
    values,
    problems,
    amendsId: row.amends_id,
    photos: photos.map((p) => ({
      id: p.id,
      fieldKey: p.field_key,
      filename: p.filename,
      url: `/api/follow-ups/${row.id}/photos/${p.id}`,
      uploadedAt: p.uploaded_at.toISOString(),
    })),
    versions: versions.map((v) => ({ id: v.id, version: v.version, status: v.status })),
    canEdit: writer && row.status === 'draft',
    canAmend: writer && row.status === 'finished' && versions.at(-1)?.id === row.id,
  };
}

export async function get(db: Db, user: AuthUser, id: number) {
  return present(db, user, await readable(db, user, id));
}

/** The latest version of each follow-up under the unit asked for (else the user's scope), newest first. */
export async function listOf(db: Db, user: AuthUser, q: ListQuery) {
  const unit = q.unit ? await readableUnit(db, user, q.unit) : null;
  const templateIds = q.template ? await templateIdsWithCode(db, q.template) : undefined;
  const rows = await listFollowUps(db, {
    scopePath: unit?.path ?? user.scope.path,
    q: q.q,
    status: q.status,
    templateIds,
    from: q.from,
    to: q.to,
  });
  const templates = new Map(
    (await templatesByIds(db, [...new Set(rows.map((r) => r.template_id))])).map((t) => [t.id, t]),
  );
  return {
    followUps: rows.flatMap((r) => {
      const template = templates.get(r.template_id);
      return template ? [summary(r, template)] : [];
    }),
    canCreate: isWriter(user),
  };
}

/** What a new follow-up of a unit starts with: register figures and the live agreement KPIs, with their sources. */
export async function prefill(db: Db, user: AuthUser, q: PrefillQuery) {
  const unit = await readableUnit(db, user, q.unit, 'unit');
  const template = await templateOf(db, q.template, 'template');
  requireUsable(template, unit, 'template');
  return prefillValues(db, user, template.definition, unit, q.date ?? today());
}

const staleMessage = (stored: number, base: number | null) =>
  `มีการแก้ไขจากเครื่องอื่น (ฉบับที่บันทึกไว้ ${stored} แต่แก้ต่อจากฉบับที่ ${base ?? 'ใหม่'}) กรุณาโหลดแบบติดตามใหม่ก่อนแก้ไขต่อ`;
const lockedMessage = 'แบบติดตามนี้จบแล้ว แก้ไขไม่ได้ ให้สร้างฉบับแก้ไขแทน';

/**
 * The offline sync target. The same client id never makes a second row: the first send inserts (a concurrent twin
 * finds the row and is answered as a replay), later ones update the revision they started from. A resend of the
 * last save (the same base revision and the same answers, its reply lost on the way) gets the stored row; a save
 * from an older revision with other answers is stale (409) and never overwrites.
 */
export async function saveDraft(db: Db, user: AuthUser, clientId: string, input: DraftInput) {
  const unit = await readableUnit(db, user, input.unit, 'unit');
  requireWriter(user, unit);
  const existing = await findByClientId(db, clientId);
  if (existing) return updateExisting(db, user, existing, unit, input);
  const template = await templateOf(db, input.templateId);
  requireUsable(template, unit);
  const province = await provinceOf(db, unit);
  const typed = draftValues(template.definition, input.values, []);
  const date = input.followUpDate ?? today();
  const id = await inTransaction(db, async (trx) => {
    const values = await fillAgreementKpis(trx, template.definition, typed, unit, date);
    const created = await insertFollowUp(trx, {
      client_id: clientId,
      template_id: template.id,
      unit_id: unit.id,
      province_id: province.id,
      follow_up_date: input.followUpDate,
      values: JSON.stringify(values),
      informant: informantOf(template.definition, values),
      search_text: searchTextOf(template, unit, values),
      created_by: user.id,
    });
    if (created === null) return null;
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: 'create',
      entity: 'follow_up',
      entityId: String(created),
      before: null,
      after: { clientId, template: template.code, version: template.version, unit: unit.code },
    });
    return created;
  });
  if (id !== null) return get(db, user, id);
  // Another send of this save inserted it first: answer as the stored row would be answered to a resend.
  const twin = await findByClientId(db, clientId);
  if (!twin) throw conflict('clientId', 'บันทึกพร้อมกันจากหลายคำขอ กรุณาส่งอีกครั้ง');
  return updateExisting(db, user, twin, unit, input);
}

function sameSave(row: FollowUpRow, definition: FormDefinition, input: DraftInput, typed: FormValues) {
  return (
    row.follow_up_date === input.followUpDate &&
    isDeepStrictEqual(typedPart(definition, row.values), typedPart(definition, typed))
  );
}

async function updateExisting(db: Db, user: AuthUser, row: FollowUpRow, unit: UnitLike, input: DraftInput) {
  if (row.unit_id !== unit.id || row.template_id !== input.templateId)
    throw conflict(
      'clientId',
      `รหัสแบบฟอร์มของเครื่องนี้ใช้กับแบบติดตามของ${row.unit_name_th}อยู่แล้ว เปลี่ยนแบบฟอร์มหรือหน่วยงานไม่ได้`,
    );
  requireWriter(user, { path: row.unit_path, name_th: row.unit_name_th });
  const template = await templateOf(db, row.template_id);
  const photos = await photosOf(db, row.id);
  const typed = draftValues(template.definition, input.values, photos);
  const replay = (base: number | null) =>
    (base === null ? row.revision === 1 : base === row.revision - 1) &&
    sameSave(row, template.definition, input, typed);
  if (row.status !== 'draft') {
    if (sameSave(row, template.definition, input, typed)) return present(db, user, row);
    throw conflict('status', lockedMessage);
  }
  if (input.baseRevision !== row.revision) {
    if (replay(input.baseRevision)) return present(db, user, row);
    throw conflict('baseRevision', staleMessage(row.revision, input.baseRevision));
  }
  const date = input.followUpDate ?? today();
  const outcome = await inTransaction(db, async (trx) => {
    const values = await fillAgreementKpis(trx, template.definition, typed, unit, date);
    const updated = await updateDraft(trx, row.id, row.revision, {
      follow_up_date: input.followUpDate,
      values: JSON.stringify(values),
      informant: informantOf(template.definition, values),
      search_text: searchTextOf(template, unit, values),
    });
    if (updated === 0) return 'raced' as const;
    await recordAudit(trx, {
      actor: user,
      unitId: row.unit_id,
      action: 'update',
      entity: 'follow_up',
      entityId: String(row.id),
      before: { revision: row.revision },
      after: { revision: row.revision + 1, followUpDate: input.followUpDate },
    });
    return 'saved' as const;
  });
  if (outcome === 'saved') return get(db, user, row.id);
  // A twin of this save won the race: if it wrote the same answers this send is its replay, else stale.
  const now = await findById(db, row.id);
  if (now && now.revision === row.revision + 1 && sameSave(now, template.definition, input, typed))
    return present(db, user, now);
  if (now?.status === 'finished') throw conflict('status', lockedMessage);
  throw conflict('baseRevision', staleMessage(now?.revision ?? row.revision, input.baseRevision));
}

/**
 * Finishing locks the follow-up: every required field filled, every signer with a position named (422 with the
 * problems otherwise). The live agreement KPIs are taken once more and kept as the finished form's snapshot.
 */
export async function finish(db: Db, user: AuthUser, id: number) {
  const row = await readable(db, user, id);
  requireWriter(user, { path: row.unit_path, name_th: row.unit_name_th });
  if (row.status !== 'draft') throw conflict('status', lockedMessage);
  const template = await templateOf(db, row.template_id);
  const unit = {
    id: row.unit_id,
    code: row.unit_code,
    kind: row.unit_kind,
    name_th: row.unit_name_th,
    path: row.unit_path,
  };
  await inTransaction(db, async (trx) => {
    const live = await fillAgreementKpis(
      trx,
      template.definition,
      row.values as FormValues,
      unit,
      row.follow_up_date ?? today(),
    );
    const { values, problems } = checkValues(template.definition, live, { finishing: true });
    if (problems.length > 0)
      throw new FormProblemsError(
        `จบแบบติดตามไม่ได้ ยังขาด: ${problems.map((p) => p.messageTh).join(' · ')}`,
        problems,
      );
    const done = await markFinished(trx, id, user.id, {
      values: JSON.stringify(values),
      informant: informantOf(template.definition, values),
      search_text: searchTextOf(template, unit, values),
    });
    if (done === 0) throw conflict('status', lockedMessage);
    await recordAudit(trx, {
      actor: user,
      unitId: row.unit_id,
      action: 'finish',
      entity: 'follow_up',
      entityId: String(id),
      before: { status: 'draft', revision: row.revision },
      after: { status: 'finished' },
    });
  });
  return get(db, user, id);
}

/** A finished follow-up is amended by a new draft version with its own client id; the finished one stays as it was. */
export async function newVersion(db: Db, user: AuthUser, id: number) {
  const row = await readable(db, user, id);
  requireWriter(user, { path: row.unit_path, name_th: row.unit_name_th });
  const versions = await versionsOf(db, row.first_id ?? row.id);
  if (row.status !== 'finished' || versions.at(-1)?.id !== row.id)
    throw conflict('status', 'สร้างฉบับแก้ไขได้เฉพาะจากฉบับล่าสุดที่จบแล้ว');
  const template = await templateOf(db, row.template_id);
  const newId = await inTransaction(db, async (trx) => {
    const created = await insertFollowUp(trx, {
      client_id: randomUUID(),
      template_id: row.template_id,
      unit_id: row.unit_id,
      province_id: row.province_id,
      version: row.version + 1,
      amends_id: row.id,
      first_id: row.first_id ?? row.id,
      follow_up_date: row.follow_up_date,
      values: JSON.stringify(row.values),
      informant: row.informant,
      search_text: searchTextOf(template, { name_th: row.unit_name_th }, row.values as FormValues),
      created_by: user.id,
    });
    if (created === null) throw conflict('clientId', 'สร้างฉบับแก้ไขไม่ได้ กรุณาลองอีกครั้ง');
    const moved = await copyPhotos(trx, row.id, created);
    if (moved.size > 0) {
      const values = { ...(row.values as FormValues) };
      for (const field of formFields(template.definition))
        if (field.kind === 'photo')
          values[field.key] = ((values[field.key] ?? []) as number[]).map((p) => moved.get(p) ?? p);
      await replaceValues(trx, created, JSON.stringify(values));
    }
    await recordAudit(trx, {
      actor: user,
      unitId: row.unit_id,
      action: 'create',
      entity: 'follow_up',
      entityId: String(created),
      before: { amends: row.id, version: row.version },
      after: { version: row.version + 1 },
    });
    return created;
  });
  return get(db, user, newId);
}

export { readable as readableFollowUp, requireWriter as requireFollowUpWriter };

/** The fill page opens a follow-up by the client id its browser made (404 until the first save reached the server). */
export async function getByClient(db: Db, user: AuthUser, clientId: string) {
  const row = await findByClientId(db, clientId);
  if (!row) throw notFound('แบบติดตามนี้บนเซิร์ฟเวอร์ (ยังไม่ได้ส่งจากเครื่อง)');
  requireRead(user, { path: row.unit_path, nameTh: row.unit_name_th });
  return present(db, user, row);
}

/** The template of a follow-up, for its photo fields. */
export const templateOfFollowUp = (db: Db, row: Pick<FollowUpRow, 'template_id'>) =>
  templateOf(db, row.template_id);
