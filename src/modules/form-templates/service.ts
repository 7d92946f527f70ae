import type { Db } from '../../db/database.ts';
import { changedAny } from '../../db/row-version.ts';
import type { FormTemplateStatus } from '../../db/tables/forms.ts';
import { inTransaction } from '../../db/transaction.ts';
import {
  checkDefinition,
  type FormDefinition,
  formDefinitionSchema,
  problemPlaceTh,
} from '../../domain/forms/definition.ts';
import { checkValues } from '../../domain/forms/values.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import { guardedUpdate, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead, isAboveScope, requireRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { readableUnit } from '../org-units/unit-access.ts';
import {
  findTemplate,
  findTemplates,
  idsWithCode,
  insertTemplate,
  listTemplates,
  publishDraft,
  type TemplateRow,
  type TemplateSummaryRow,
  updateDraft,
  versionsOf,
} from './queries.ts';
import type { CreateInput, ListQuery } from './schemas.ts';

/**
 * Follow-up form templates (issue R2-5 item 2). The department writes department-wide templates (and any
 * province's); a province admin writes its own province's. Everyone signed in reads the published ones that apply
 * to them: department-wide, their province's, and (department, province) those of provinces under them.
 */

type Owner = { id: number; code: string; name_th: string; path: string } | null;

/** Whether the user may write templates of this owner (null = department-wide). */
function canWriteOwner(user: AuthUser, owner: { path: string } | null): boolean {
  if (user.role === 'department_admin') return true;
  return user.role === 'province_admin' && owner !== null && canRead(user, owner);
}

function ownerOf(row: Pick<TemplateRow, 'unit_id' | 'unit_code' | 'unit_name_th' | 'unit_path'>): Owner {
  if (row.unit_id === null || row.unit_path === null) return null;
  return { id: row.unit_id, code: row.unit_code ?? '', name_th: row.unit_name_th ?? '', path: row.unit_path };
}

function ownerTh(owner: Owner): string {
  return owner === null ? 'ระดับกรม' : owner.name_th;
}

function requireWriter(user: AuthUser, owner: Owner): void {
  if (!canWriteOwner(user, owner)) {
    throw forbidden(`บัญชีของคุณไม่มีสิทธิ์แก้ไขแบบฟอร์มของ${ownerTh(owner)}`);
  }
}

/** A template the user may read: 404 unknown; 403 another province's, or a draft the user may not write. */
async function readable(db: Db, user: AuthUser, id: number): Promise<TemplateRow> {
  const row = await findTemplate(db, id);
  if (!row) throw notFound('แบบฟอร์ม');
  const owner = ownerOf(row);
  if (owner !== null && !isAboveScope(user, owner))
    requireRead(user, { path: owner.path, nameTh: owner.name_th });
  if (row.status === 'draft' && !canWriteOwner(user, owner)) {
    throw forbidden('แบบฟอร์มนี้ยังเป็นฉบับร่าง ผู้ดูแลแบบฟอร์มยังไม่ได้เผยแพร่');
  }
  return row;
}

/** A stored definition, read back through the schema that wrote it. */
function definitionOf(row: { definition: unknown }): FormDefinition {
  return formDefinitionSchema.parse(row.definition);
}

/** A definition from a request, or 422 listing every problem with its path. */
function validDefinition(input: unknown): FormDefinition {
  const checked = checkDefinition(input);
  if (checked.definition !== null) return checked.definition;
  const problems = checked.problems;
  throw new AppError(
    422,
    'invalid_definition',
    `แบบฟอร์มไม่ถูกต้อง: ${problems.map((p) => `${problemPlaceTh(input, p.path)}: ${p.messageTh}`).join(' · ')}`,
    problems[0]?.path ? `definition.${problems[0].path}` : 'definition',
    problems.map((p, index) => ({ row: index + 1, field: p.path, message: p.messageTh })),
  );
}

/** Every Thai title and label of a definition, for the list's text search. */
function searchTextOf(definition: FormDefinition): string {
  const words: string[] = [definition.titleTh, definition.subtitleTh ?? ''];
  for (const section of definition.sections) {
    words.push(section.titleTh);
    for (const field of section.fields) {
      words.push(field.labelTh);
      if (field.kind === 'choice') words.push(...field.options.map((option) => option.labelTh));
      if (field.kind === 'table') words.push(...field.columns.map((column) => column.labelTh));
    }
  }
  return words.filter((word) => word !== '').join('\n');
}

/** What every answer about a template says of it. */
const named = (row: TemplateSummaryRow) => ({
  id: row.id,
  code: row.code,
  version: row.version,
  status: row.status,
  titleTh: row.title_th,
});

function summary(row: TemplateSummaryRow) {
  const owner = ownerOf(row);
  return {
    ...named(row),
    unit: owner === null ? null : { code: owner.code, nameTh: owner.name_th },
    updatedAt: row.updated_at.toISOString(),
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
  };
}

async function present(db: Db, user: AuthUser, row: TemplateRow) {
  const owner = ownerOf(row);
  const versions = await versionsOf(db, row.unit_id, row.code);
  const writer = canWriteOwner(user, owner);
  return {
    ...summary(row),
    definition: definitionOf(row),
    versions,
    rowVersion: row.row_version,
    canEdit: writer && row.status === 'draft',
    canVersion: writer && !versions.some((version) => version.status === 'draft'),
  };
}

export async function get(db: Db, user: AuthUser, id: number) {
  return present(db, user, await readable(db, user, id));
}

/** A template as a follow-up uses it: its checked definition and the path of the province that owns it. */
function forUse(row: TemplateRow) {
  return {
    ...named(row),
    ownerPath: ownerOf(row)?.path ?? null,
    definition: definitionOf(row),
  };
}

/**
 * A template for a follow-up, without a scope check: the follow-ups service checks its own unit's scope and that
 * the template is department-wide or of that unit's province.
 */
export async function templateForUse(db: Db, id: number) {
  const row = await findTemplate(db, id);
  return row ? forUse(row) : undefined;
}

/** The templates a list of follow-ups was filled from. */
export async function templatesForUse(db: Db, ids: readonly number[]) {
  return (await findTemplates(db, ids)).map(forUse);
}

/** Every template id (all owners and versions) with a code: the follow-up list's template filter. */
export const templateIdsByCode = (db: Db, code: string) => idsWithCode(db, code);

export async function listOf(db: Db, user: AuthUser, query: ListQuery) {
  const creator = user.role === 'department_admin' || user.role === 'province_admin';
  const statuses: FormTemplateStatus[] = query.status
    ? [query.status]
    : creator
      ? ['draft', 'published', 'retired']
      : ['published'];
  const rows = await listTemplates(db, {
    scopePath: user.scope.path,
    statuses,
    writable:
      user.role === 'department_admin'
        ? { departmentWide: true, path: user.scope.path }
        : user.role === 'province_admin'
          ? { departmentWide: false, path: user.scope.path }
          : null,
    q: query.q,
  });
  return { templates: rows.map(summary), canCreate: creator };
}

/** The owner of a new template: the named province, else department-wide (department) or the user's own province. */
async function newOwner(db: Db, user: AuthUser, unitCode: string | undefined): Promise<Owner> {
  if (unitCode === undefined) {
    if (user.role === 'department_admin') return null;
    if (user.scope.kind !== 'province') throw forbidden('บัญชีของคุณไม่มีสิทธิ์สร้างแบบฟอร์ม');
    const own = await readableUnit(db, user, user.scope.code);
    requireWriter(user, own);
    return own;
  }
  const unit = await readableUnit(db, user, unitCode);
  if (unit.kind !== 'province') {
    throw new AppError(422, 'not_province', `แบบฟอร์มเป็นของกรมหรือของจังหวัด ไม่ใช่${unit.name_th}`, 'unit');
  }
  requireWriter(user, unit);
  return unit;
}

/** Writes a new draft version of an owner's code, audited, in one transaction; its id. */
function insertVersion(
  db: Db,
  user: AuthUser,
  v: {
    unitId: number | null;
    code: string;
    version: number;
    definition: FormDefinition;
    before: object | null;
  },
) {
  return inTransaction(db, async (trx) => {
    const { id } = await insertTemplate(trx, {
      unit_id: v.unitId,
      code: v.code,
      version: v.version,
      title_th: v.definition.titleTh,
      definition: JSON.stringify(v.definition),
      search_text: searchTextOf(v.definition),
      created_by: user.id,
    });
    await recordAudit(trx, {
      actor: user,
      unitId: v.unitId,
      action: 'create',
      entity: 'form_template',
      entityId: String(id),
      before: v.before,
      after: { code: v.code, version: v.version, titleTh: v.definition.titleTh },
    });
    return id;
  });
}

export async function create(db: Db, user: AuthUser, input: CreateInput) {
  if (user.role !== 'department_admin' && user.role !== 'province_admin') {
    throw forbidden('บัญชีของคุณไม่มีสิทธิ์สร้างแบบฟอร์ม');
  }
  const owner = await newOwner(db, user, input.unit);
  const definition = validDefinition(input.definition);
  const existing = await versionsOf(db, owner?.id ?? null, input.code);
  if (existing.length > 0) {
    throw conflict(
      'code',
      `รหัสแบบฟอร์ม ${input.code} ของ${ownerTh(owner)}มีอยู่แล้ว ให้สร้างฉบับใหม่จากแบบฟอร์มเดิมแทน`,
    );
  }
  const id = await insertVersion(db, user, {
    unitId: owner?.id ?? null,
    code: input.code,
    version: 1,
    definition,
    before: null,
  });
  return get(db, user, id);
}

const published = () => conflict('status', 'แบบฟอร์มที่เผยแพร่แล้วแก้ไขไม่ได้ ให้สร้างฉบับใหม่');

const versioned = (row: TemplateRow) => ({
  entity: 'form_template',
  entityId: row.id,
  what: `แบบฟอร์ม "${row.title_th}" `,
});

export async function update(db: Db, user: AuthUser, id: number, input: unknown, rowVersion?: number) {
  const row = await readable(db, user, id);
  requireWriter(user, ownerOf(row));
  if (row.status !== 'draft') throw published();
  await requireRowVersion(db, versioned(row), row.row_version, rowVersion);
  const definition = validDefinition(input);
  await inTransaction(db, async (trx) => {
    const changes = {
      title_th: definition.titleTh,
      definition: JSON.stringify(definition),
      search_text: searchTextOf(definition),
    };
    const result = await guardedUpdate(trx, versioned(row), rowVersion, () =>
      updateDraft(trx, id, changes, rowVersion),
    );
    if (!changedAny(result)) throw published();
    await recordAudit(trx, {
      actor: user,
      unitId: row.unit_id,
      action: 'update',
      entity: 'form_template',
      entityId: String(id),
      before: { titleTh: row.title_th, definition: row.definition },
      after: { titleTh: definition.titleTh, definition },
    });
  });
  return get(db, user, id);
}

/** Publishing locks the draft and retires the owner's previously published version of the code, in one transaction. */
export async function publish(db: Db, user: AuthUser, id: number) {
  const row = await readable(db, user, id);
  requireWriter(user, ownerOf(row));
  if (row.status !== 'draft') throw conflict('status', 'แบบฟอร์มนี้เผยแพร่แล้ว');
  await inTransaction(db, async (trx) => {
    const { published: count, retired } = await publishDraft(trx, id, row.unit_id, row.code, user.id);
    if (count === 0) throw conflict('status', 'แบบฟอร์มนี้เผยแพร่แล้ว');
    await recordAudit(
      trx,
      {
        actor: user,
        unitId: row.unit_id,
        action: 'publish',
        entity: 'form_template',
        entityId: String(id),
        before: { status: 'draft' },
        after: { status: 'published', code: row.code, version: row.version },
      },
      ...retired.map((old) => ({
        actor: user,
        unitId: row.unit_id,
        action: 'retire',
        entity: 'form_template',
        entityId: String(old.id),
        before: { status: 'published', version: old.version },
        after: { status: 'retired', replacedBy: row.version },
      })),
    );
  });
  return get(db, user, id);
}

/** A new draft version copied from any version of the code; one draft per code at a time. */
export async function newVersion(db: Db, user: AuthUser, id: number) {
  const row = await readable(db, user, id);
  requireWriter(user, ownerOf(row));
  const versions = await versionsOf(db, row.unit_id, row.code);
  const draft = versions.find((version) => version.status === 'draft');
  if (draft) throw conflict('status', `แบบฟอร์มนี้มีฉบับร่าง (ฉบับที่ ${draft.version}) อยู่แล้ว ให้แก้ไขฉบับร่างนั้น`);
  const version = Math.max(...versions.map((v) => v.version)) + 1;
  const newId = await insertVersion(db, user, {
    unitId: row.unit_id,
    code: row.code,
    version,
    definition: definitionOf(row),
    before: { copiedFrom: row.id, version: row.version },
  });
  return get(db, user, newId);
}

/** The designer's live preview: the definition checked, then the values as finishing would check them. */
export function preview(definitionInput: unknown, values: unknown) {
  return checkValues(validDefinition(definitionInput), values, { finishing: true });
}
