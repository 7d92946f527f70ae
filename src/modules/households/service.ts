import type { Db } from '../../db/database.ts';
import { problemDimensions } from '../../db/tables/registers.ts';
import { inTransaction } from '../../db/transaction.ts';
import { houseCodeFitsUnit, houseCodeProvinceMessage } from '../../domain/registers/house-code.ts';
import {
  activityLogGuard,
  HOUSEHOLD_STATUS_LABELS,
  type HouseholdStatus,
} from '../../domain/registers/households.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { guardedUpdate, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { readableUnit, requireUnitWrite, writableUnit } from '../org-units/unit-access.ts';
import { recomputeAfterWrite } from '../register-bindings/service.ts';
import { seesPersonalData } from './personal-data.ts';
import { recountUnits } from './progress-queries.ts';
import {
  activitiesOf,
  countHouseholds,
  findHousehold,
  type HouseholdColumns,
  type HouseholdRecord,
  houseCodeTaken,
  incomesOf,
  insertActivity,
  insertHousehold,
  insertPlanItem,
  listHouseholds,
  planItemsOf,
  setHouseholdStatus,
  touchHousehold,
  updateHousehold,
  upsertIncomes,
} from './queries.ts';
import type {
  ActivityInput,
  HouseholdChanges,
  HouseholdListQuery,
  NewHouseholdInput,
  PlanItemInput,
} from './schemas.ts';

/** Households live in a village or, where villages are not yet entered, a sub-district. */
const homeKinds = new Set(['village', 'subdistrict']);

async function homeUnit(db: Db, user: AuthUser, code: string) {
  const unit = await writableUnit(db, user, code);
  if (!homeKinds.has(unit.kind)) {
    throw new AppError(
      422,
      'not_home_unit',
      `ครัวเรือนต้องอยู่ในหมู่บ้านหรือตำบล (รหัส ${code} ไม่ใช่หมู่บ้านหรือตำบล)`,
      'unitCode',
    );
  }
  return unit;
}

/** Refuses a house code of another province before asking whether it is taken (domain/registers/house-code.ts). */
function requireHouseCodeOfProvince(houseCode: string, unitCode: string) {
  if (!houseCodeFitsUnit(houseCode, unitCode)) {
    throw new AppError(
      422,
      'house_code_province',
      houseCodeProvinceMessage(houseCode, unitCode),
      'houseCode',
    );
  }
}

function problemsOf(h: Pick<HouseholdRecord, `problem_${(typeof problemDimensions)[number]}`>) {
  return {
    health: h.problem_health,
    living: h.problem_living,
    education: h.problem_education,
    income: h.problem_income,
    access: h.problem_access,
  };
}

function presentHousehold(h: HouseholdRecord, personal: boolean) {
  return {
    id: h.id,
    houseCode: h.house_code,
    unit: { code: h.unit_code, nameTh: h.unit_name_th },
    address: h.address,
    members: h.members,
    status: h.status,
    statusLabelTh: HOUSEHOLD_STATUS_LABELS[h.status],
    statusSetAt: h.status_set_at.toISOString(),
    problems: problemsOf(h),
    personal: personal ? { headName: h.head_name, headCitizenId: h.head_citizen_id } : null,
    rowVersion: h.row_version,
  };
}

/** The household as a 409 names it (audit entities 'household' and its incomes'). */
const versioned = (h: Pick<HouseholdRecord, 'id' | 'house_code'>) => ({
  entity: ['household', 'household_income'],
  entityId: h.id,
  what: `ข้อมูลครัวเรือนรหัสบ้าน ${h.house_code} `,
});

/** For the year pickers: the survey years the register holds at or below a unit. */
export { latestSurveyYearUnder } from './home-queries.ts';
export { recountUnder } from './progress-queries.ts';
export { type HouseholdBatchRow, saveHouseholdBatch, surveyYearsUnder } from './queries.ts';

/** What the audit log keeps of a household: never the head's name or ID number (admins above the owners read it). */
function audited(h: Partial<HouseholdColumns> & { status?: HouseholdStatus }) {
  const { head_name, head_citizen_id, ...rest } = h;
  const personalChanged = head_name !== undefined || head_citizen_id !== undefined;
  return personalChanged ? { ...rest, personalData: 'แก้ไขข้อมูลส่วนบุคคล' } : rest;
}

async function householdInScope(db: Db, user: AuthUser, id: number): Promise<HouseholdRecord> {
  const h = await findHousehold(db, id);
  if (!h || !canRead(user, { path: h.unit_path })) throw notFound('ครัวเรือน');
  return h;
}

async function householdForWrite(db: Db, user: AuthUser, id: number) {
  const h = await householdInScope(db, user, id);
  requireUnitWrite(user, { path: h.unit_path, name_th: h.unit_name_th });
  return h;
}

export async function listOfUnit(db: Db, user: AuthUser, q: HouseholdListQuery) {
  const unit = await readableUnit(db, user, q.unit);
  const personal = seesPersonalData(user);
  const filter = {
    path: unit.path,
    ...(q.status ? { status: q.status } : {}),
    ...(q.problem ? { problem: q.problem } : {}),
    ...(q.q ? { q: q.q } : {}),
    searchPersonal: personal,
  };
  const [rows, total] = await Promise.all([
    listHouseholds(db, filter, q.after, q.limit),
    countHouseholds(db, filter),
  ]);
  const last = rows.at(-1);
  return {
    items: rows.map((h) => presentHousehold(h, personal)),
    total,
    nextAfter: rows.length === q.limit && last ? last.id : null,
    personalData: personal,
  };
}

export async function getHousehold(db: Db, user: AuthUser, id: number) {
  const h = await householdInScope(db, user, id);
  const [incomes, plan, activities] = await Promise.all([
    incomesOf(db, [id]),
    planItemsOf(db, [id]),
    activitiesOf(db, [id]),
  ]);
  return {
    household: presentHousehold(h, seesPersonalData(user)),
    incomes: incomes.map((i) => ({ surveyYear: i.survey_year, incomePerPerson: i.income_per_person })),
    planItems: plan.map((p) => ({
      id: p.id,
      dimension: p.dimension,
      item: p.item,
      agency: p.agency,
      dueOn: p.due_on,
    })),
    activities: activities.map((a) => ({
      id: a.id,
      activity: a.activity,
      method: a.method,
      doneOn: a.done_on,
      place: a.place,
      agency: a.agency,
      agencyRole: a.agency_role,
      result: a.result,
    })),
    activityLog: activityLogGuard(h.status),
  };
}

function columnsOf(input: Omit<HouseholdChanges, 'unitCode'>): Partial<HouseholdColumns> {
  const problems = input.problems ?? {};
  return {
    ...(input.address !== undefined ? { address: input.address } : {}),
    ...(input.members !== undefined ? { members: input.members } : {}),
    ...Object.fromEntries(
      problemDimensions.filter((d) => problems[d] !== undefined).map((d) => [`problem_${d}`, problems[d]]),
    ),
    ...(input.headName !== undefined ? { head_name: input.headName } : {}),
    ...(input.headCitizenId !== undefined ? { head_citizen_id: input.headCitizenId } : {}),
  };
}

export async function createHousehold(db: Db, user: AuthUser, input: NewHouseholdInput) {
  const unit = await homeUnit(db, user, input.unitCode);
  requireHouseCodeOfProvince(input.houseCode, unit.code);
  if (await houseCodeTaken(db, input.houseCode)) {
    throw conflict('houseCode', `รหัสบ้าน ${input.houseCode} มีอยู่ในทะเบียนแล้ว`);
  }
  const problems = input.problems ?? {};
  const row: HouseholdColumns = {
    unit_id: unit.id,
    house_code: input.houseCode,
    address: input.address ?? null,
    members: input.members,
    problem_health: problems.health ?? false,
    problem_living: problems.living ?? false,
    problem_education: problems.education ?? false,
    problem_income: problems.income ?? false,
    problem_access: problems.access ?? false,
    head_name: input.headName ?? null,
    head_citizen_id: input.headCitizenId ?? null,
  };
  const id = await inTransaction(db, async (trx) => {
    const created = await insertHousehold(trx, { ...row, status: input.status, status_set_by: user.id });
    await upsertIncomes(
      trx,
      (input.incomes ?? []).map((i) => ({
        household_id: created.id,
        survey_year: i.surveyYear,
        income_per_person: i.incomePerPerson,
      })),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: 'create',
      entity: 'household',
      entityId: String(created.id),
      before: null,
      after: { ...audited({ ...row, status: input.status }), incomes: input.incomes ?? [] },
    });
    await recountUnits(trx, [unit.id]);
    await recomputeAfterWrite(trx, 'households', unit.path);
    return created.id;
  });
  return getHousehold(db, user, id);
}

export async function changeHousehold(db: Db, user: AuthUser, id: number, input: HouseholdChanges) {
  const h = await householdForWrite(db, user, id);
  const moveTo = input.unitCode === undefined ? undefined : await homeUnit(db, user, input.unitCode);
  if (moveTo) requireHouseCodeOfProvince(h.house_code, moveTo.code);
  await requireRowVersion(db, versioned(h), h.row_version, input.rowVersion);
  const columns = { ...columnsOf(input), ...(moveTo ? { unit_id: moveTo.id } : {}) };
  await inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versioned(h), input.rowVersion, () =>
      updateHousehold(trx, id, columns, input.rowVersion),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: moveTo?.id ?? h.unit_id,
      action: 'update',
      entity: 'household',
      entityId: String(id),
      before: audited({
        unit_id: h.unit_id,
        address: h.address,
        members: h.members,
        ...Object.fromEntries(Object.entries(problemsOf(h)).map(([d, v]) => [`problem_${d}`, v])),
      }),
      after: audited(columns),
    });
    await recountUnits(trx, moveTo ? [h.unit_id, moveTo.id] : [h.unit_id]);
    await recomputeAfterWrite(trx, 'households', h.unit_path);
    if (moveTo) await recomputeAfterWrite(trx, 'households', moveTo.path);
  });
  return getHousehold(db, user, id);
}

/** Exactly one status, set by the district (002 L133: "การจำแนกสถานะครัวเรือน (ใส่เลข 1 ในช่องที่เลือก)"). */
export async function changeStatus(
  db: Db,
  user: AuthUser,
  id: number,
  status: HouseholdStatus,
  rowVersion?: number,
) {
  const h = await householdForWrite(db, user, id);
  await requireRowVersion(db, versioned(h), h.row_version, rowVersion);
  await inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versioned(h), rowVersion, () =>
      setHouseholdStatus(trx, id, status, user.id, rowVersion),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: h.unit_id,
      action: 'update',
      entity: 'household',
      entityId: String(id),
      before: { status: h.status },
      after: { status },
    });
    await recountUnits(trx, [h.unit_id]);
    await recomputeAfterWrite(trx, 'households', h.unit_path);
  });
  return getHousehold(db, user, id);
}

export async function setIncome(
  db: Db,
  user: AuthUser,
  id: number,
  surveyYear: number,
  income: string,
  rowVersion?: number,
) {
  const h = await householdForWrite(db, user, id);
  await requireRowVersion(db, versioned(h), h.row_version, rowVersion);
  const before = (await incomesOf(db, [id])).find((i) => i.survey_year === surveyYear) ?? null;
  await inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versioned(h), rowVersion, () => touchHousehold(trx, id, rowVersion));
    await upsertIncomes(trx, [{ household_id: id, survey_year: surveyYear, income_per_person: income }]);
    await recordAudit(trx, {
      actor: user,
      unitId: h.unit_id,
      action: before ? 'update' : 'create',
      entity: 'household_income',
      entityId: `${id}:${surveyYear}`,
      before,
      after: { surveyYear, incomePerPerson: income },
    });
    await recountUnits(trx, [h.unit_id]);
    await recomputeAfterWrite(trx, 'households', h.unit_path);
  });
  return getHousehold(db, user, id);
}

/** Sheet 2, the development plan (002 L46: "sheet ที่ ๒ แผนการพัฒนาครัวเรือนยากจนเป้าหมายฯ"). */
export async function addPlanItem(db: Db, user: AuthUser, id: number, input: PlanItemInput) {
  const h = await householdForWrite(db, user, id);
  if ((await planItemsOf(db, [id])).some((p) => p.item === input.item)) {
    throw conflict('item', `ครัวเรือนนี้มีแผน "${input.item}" อยู่แล้ว`);
  }
  await inTransaction(db, async (trx) => {
    const created = await insertPlanItem(trx, {
      household_id: id,
      dimension: input.dimension ?? null,
      item: input.item,
      agency: input.agency ?? null,
      due_on: input.dueOn ?? null,
      created_by: user.id,
    });
    await recordAudit(trx, {
      actor: user,
      unitId: h.unit_id,
      action: 'create',
      entity: 'household_plan_item',
      entityId: String(created.id),
      before: null,
      after: { householdId: id, ...input },
    });
    await recountUnits(trx, [h.unit_id]);
  });
  return getHousehold(db, user, id);
}

/** The activity log, only for developable households (002 L153–154: "บันทึกกิจกรรมเฉพาะ ครัวเรือนประเภท “พัฒนาได้” เท่านั้น"). */
export async function addActivity(db: Db, user: AuthUser, id: number, input: ActivityInput) {
  const h = await householdForWrite(db, user, id);
  const guard = activityLogGuard(h.status);
  if (!guard.allowed) throw new AppError(422, 'not_developable', guard.message, 'status');
  if (
    (await activitiesOf(db, [id])).some((a) => a.activity === input.activity && a.done_on === input.doneOn)
  ) {
    throw conflict('activity', `ครัวเรือนนี้มีกิจกรรม "${input.activity}" วันที่ ${input.doneOn} อยู่แล้ว`);
  }
  await inTransaction(db, async (trx) => {
    const created = await insertActivity(trx, {
      household_id: id,
      activity: input.activity,
      method: input.method ?? null,
      done_on: input.doneOn,
      place: input.place ?? null,
      agency: input.agency ?? null,
      agency_role: input.agencyRole ?? null,
      result: input.result ?? null,
      created_by: user.id,
    });
    await recordAudit(trx, {
      actor: user,
      unitId: h.unit_id,
      action: 'create',
      entity: 'household_activity',
      entityId: String(created.id),
      before: null,
      after: { householdId: id, ...input },
    });
    await recountUnits(trx, [h.unit_id]);
  });
  return getHousehold(db, user, id);
}
