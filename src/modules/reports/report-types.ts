import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { criteriaSchema } from '../../domain/scoring/criteria.ts';
import { takesSingleValue } from '../../domain/scoring/result-shape.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import { guardedUpdate, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead, isAboveScope, requireRead, requireWrite } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { unitByCode, unitsByCodes } from '../org-units/service.ts';
import { usersByIds } from '../users/service.ts';
import { fieldsOf, presentType } from './present.ts';
import {
  deleteReportType,
  findReportType,
  findReportTypeOfSubmission,
  findReportTypeWithOverrides,
  insertReportType,
  insertVersion,
  kpisByIds,
  listReportTypes,
  type ReportTypeRecord,
  type ReportTypeRow,
  replaceTypeLinks,
  rewriteVersion,
  submissionCountOf,
  updateReportType,
  versionInUse,
} from './queries.ts';
import type { NewReportTypeInput, ReportTypeEditInput, ReportTypeInput } from './schemas.ts';

type Owner = { id: number; path: string; nameTh: string };

const unprocessable = (field: string, message: string) =>
  new AppError(422, 'invalid_report_type', message, field);

/** A district reads its province's forms; the province and the department read theirs. */
function canReadType(user: AuthUser, t: ReportTypeRecord): boolean {
  return canRead(user, { path: t.owner_path }) || isAboveScope(user, { path: t.owner_path });
}

/** The report type of a submission when the user may read it, else undefined (the caller answers not found). */
export async function reportTypeOfSubmission(db: Db, user: AuthUser, submissionId: number) {
  const t = await findReportTypeOfSubmission(db, submissionId);
  return t && canReadType(user, t) ? t : undefined;
}

function readableType<T extends ReportTypeRecord>(user: AuthUser, t: T | undefined): T {
  if (!t || !canReadType(user, t)) throw notFound('แบบรายงาน');
  return t;
}

export async function reportTypeInScope(db: Db, user: AuthUser, id: number): Promise<ReportTypeRecord> {
  return readableType(user, await findReportType(db, id));
}

/** The type as reportTypeInScope answers it, with its due-date overrides: what opening a report reads, in one read. */
export async function reportTypeToOpen(db: Db, user: AuthUser, id: number) {
  return readableType(user, await findReportTypeWithOverrides(db, id));
}

/**
 * The province owns its forms and calendar (seed 003 L987: "กลุ่มงานสารสนเทศฯ ดำเนินการปรับปฏิทินส่งรายงานประจำเดือน"):
 * its admin and staff, or the department, change them; districts only fill them in.
 */
export function requireProvinceEditor(user: AuthUser, owner: Pick<Owner, 'path' | 'nameTh'>): void {
  requireWrite(user, owner, 'editUnits');
  if (user.role === 'district_officer') throw forbidden('งานนี้เป็นของเจ้าหน้าที่จังหวัด พัฒนาการอำเภอทำไม่ได้');
}

/** One read; only an empty answer for a province asks whether the province exists (404 when it does not). */
export async function listTypes(db: Db, user: AuthUser, provinceCode?: string) {
  const types = await listReportTypes(db, user.scope.path, provinceCode);
  if (types.length === 0 && provinceCode !== undefined && !(await unitByCode(db, provinceCode))) {
    throw notFound(`จังหวัดรหัส ${provinceCode}`, 'province');
  }
  return { items: types.map(presentType) };
}

export async function getType(db: Db, user: AuthUser, id: number) {
  return { reportType: presentType(await reportTypeInScope(db, user, id)) };
}

/** Checks what a form refers to (work group, districts, officers, KPIs) and turns it into a row and its links. */
async function resolve(db: Db, owner: Owner, input: ReportTypeInput) {
  const inProvince = (path: string) => path.startsWith(owner.path) && path !== owner.path;
  let workGroupId: number | null = null;
  if (input.workGroupCode) {
    const group = await unitByCode(db, input.workGroupCode);
    if (group?.kind !== 'work_group' || !inProvince(group.path)) {
      throw unprocessable('workGroupCode', `ไม่พบกลุ่มงานรหัส ${input.workGroupCode} ใน${owner.nameTh}`);
    }
    workGroupId = group.id;
  }
  const chosen = input.unitScope === 'chosen' ? input.unitCodes : [];
  if (input.unitScope === 'chosen' && chosen.length === 0) {
    throw unprocessable('unitCodes', 'กรุณาเลือกอำเภอที่ต้องส่งรายงานอย่างน้อย 1 อำเภอ');
  }
  const units = await unitsByCodes(db, chosen);
  const unknownUnit = chosen.find((code) => {
    const unit = units.find((u) => u.code === code);
    return unit?.kind !== 'district' || !inProvince(unit.path);
  });
  if (unknownUnit) throw unprocessable('unitCodes', `ไม่พบอำเภอรหัส ${unknownUnit} ใน${owner.nameTh}`);
  const users = await usersByIds(db, input.responsibleUserIds);
  const unknownUser = input.responsibleUserIds.find((id) => {
    const user = users.find((u) => u.id === id);
    return (
      !user?.active ||
      !['province_admin', 'province_staff'].includes(user.role) ||
      !user.unit_path.startsWith(owner.path)
    );
  });
  if (unknownUser !== undefined) {
    throw unprocessable('responsibleUserIds', `ผู้ใช้รหัส ${unknownUser} ไม่ใช่เจ้าหน้าที่ของ${owner.nameTh}`);
  }
  const kpiIds = input.fields.flatMap((f) => (f.kpiId === undefined ? [] : [f.kpiId]));
  const kpis = await kpisByIds(db, kpiIds);
  const unknownKpi = kpiIds.find((id) => {
    const kpi = kpis.find((k) => k.id === id);
    return !kpi || !(owner.path.startsWith(kpi.owner_path) || kpi.owner_path.startsWith(owner.path));
  });
  if (unknownKpi !== undefined)
    throw unprocessable('fields', `ไม่พบตัวชี้วัดรหัส ${unknownKpi} ของ${owner.nameTh}`);
  refuseMultiValueKpis(input.fields, kpis);
  const { schedule } = input;
  const row: Omit<ReportTypeRow, 'owner_unit_id'> = {
    name_th: input.nameTh,
    work_group_id: workGroupId,
    frequency: schedule.frequency,
    due_day: schedule.frequency === 'once' ? null : schedule.dueDay,
    due_month: schedule.frequency === 'once' ? null : schedule.dueMonth,
    once_date: schedule.frequency === 'once' ? schedule.onceDate : null,
    unit_scope: input.unitScope,
    day_counting: input.dayCounting,
    active: input.active,
  };
  return {
    row,
    fields: JSON.stringify(input.fields),
    unitIds: units.map((u) => u.id),
    userIds: input.responsibleUserIds,
  };
}

/**
 * A form's KPI field holds one number, and approval makes it the unit's KPI result; a KPI scored from several
 * measures or from verified steps could never be scored from it, so such a binding is refused here, up front.
 */
function refuseMultiValueKpis(
  fields: ReportTypeInput['fields'],
  kpis: { id: number; key: string; name_th: string; criteria: unknown }[],
) {
  for (const [index, field] of fields.entries()) {
    const kpi = kpis.find((k) => k.id === field.kpiId);
    const criteria = criteriaSchema.safeParse(kpi?.criteria);
    if (kpi && criteria.success && !takesSingleValue(criteria.data)) {
      throw unprocessable(
        `fields.${index}.kpiId`,
        `ผูกช่อง "${field.labelTh}" กับตัวชี้วัด ${kpi.key} ${kpi.name_th} ไม่ได้: ตัวชี้วัดนี้ต้องกรอกผลแยกตามเงื่อนไขหรือขั้นตอน ไม่ใช่ค่าเดียว ให้บันทึกผลที่หน้าคำรับรองแทน`,
      );
    }
  }
}

export async function createType(db: Db, user: AuthUser, input: NewReportTypeInput) {
  const province = await unitByCode(db, input.provinceCode);
  if (province?.kind !== 'province')
    throw unprocessable('provinceCode', `ไม่พบจังหวัดรหัส ${input.provinceCode}`);
  const owner = { id: province.id, path: province.path, nameTh: province.name_th };
  requireRead(user, owner);
  requireProvinceEditor(user, owner);
  const { row, fields, unitIds, userIds } = await resolve(db, owner, input);
  const id = await inTransaction(db, async (trx) => {
    const created = await insertReportType(trx, { ...row, owner_unit_id: owner.id });
    await insertVersion(trx, { report_type_id: created.id, version: 1, fields, created_by: user.id });
    await replaceTypeLinks(trx, created.id, unitIds, userIds);
    await recordAudit(trx, {
      actor: user,
      unitId: owner.id,
      action: 'create',
      entity: 'report_type',
      entityId: String(created.id),
      before: null,
      after: input,
    });
    return created.id;
  });
  return getType(db, user, id);
}

export async function changeType(
  db: Db,
  user: AuthUser,
  id: number,
  { rowVersion, ...input }: ReportTypeEditInput,
) {
  const before = await reportTypeInScope(db, user, id);
  const owner = { id: before.owner_id, path: before.owner_path, nameTh: before.owner_name_th };
  requireProvinceEditor(user, owner);
  const versioned = { entity: 'report_type', entityId: id, what: `แบบรายงาน "${before.name_th}" ` };
  await requireRowVersion(db, versioned, before.row_version, rowVersion);
  const { row, fields, unitIds, userIds } = await resolve(db, owner, input);
  await inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versioned, rowVersion, () => updateReportType(trx, id, row, rowVersion));
    await saveFields(trx, user, before, fields);
    await replaceTypeLinks(trx, id, unitIds, userIds);
    await recordAudit(trx, {
      actor: user,
      unitId: owner.id,
      action: 'update',
      entity: 'report_type',
      entityId: String(id),
      before: presentType(before),
      after: input,
    });
  });
  return getType(db, user, id);
}

/**
 * A changed field set becomes a new version once a submission was opened with the current one, so a report
 * keeps showing and checking the fields it was filled with; an unused version is simply rewritten.
 */
async function saveFields(trx: Db, user: AuthUser, before: ReportTypeRecord, fields: string) {
  if (JSON.stringify(fieldsOf(before)) === fields) return;
  if (await versionInUse(trx, before.id, before.version)) {
    await insertVersion(trx, {
      report_type_id: before.id,
      version: before.version + 1,
      fields,
      created_by: user.id,
    });
  } else {
    await rewriteVersion(trx, before.id, before.version, fields);
  }
}

export async function removeType(db: Db, user: AuthUser, id: number) {
  const before = await reportTypeInScope(db, user, id);
  requireProvinceEditor(user, { path: before.owner_path, nameTh: before.owner_name_th });
  if ((await submissionCountOf(db, id)) > 0) {
    throw conflict('id', 'มีการส่งรายงานตามแบบนี้แล้ว ลบไม่ได้ ให้ปิดการใช้งาน (active = false) แทน');
  }
  await inTransaction(db, async (trx) => {
    await deleteReportType(trx, id);
    await recordAudit(trx, {
      actor: user,
      unitId: before.owner_id,
      action: 'delete',
      entity: 'report_type',
      entityId: String(id),
      before: presentType(before),
      after: null,
    });
  });
}
