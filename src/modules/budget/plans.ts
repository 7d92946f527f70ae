import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { planProblems, type QuarterPlan } from '../../domain/dashboard/budget-curve.ts';
import { Dec } from '../../domain/scoring/decimal.ts';
import { AppError, forbidden } from '../../errors.ts';
import { guardedUpsert, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canWrite } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { unitByCode } from '../org-units/service.ts';
import { readableUnit, type UnitRow, writableUnit } from '../org-units/unit-access.ts';
import { plansOf, upsertPlan } from './plan-queries.ts';
import type { PlanInput } from './plan-schemas.ts';

type PlanRow = Awaited<ReturnType<typeof plansOf>>[number];

const presentPlan = (p: PlanRow) => ({
  fiscalYear: p.fiscal_year,
  unitCode: p.unit_code,
  byDepartment: p.unit_kind === 'department',
  quarters: [p.q1, p.q2, p.q3, p.q4].map((q) => new Dec(q).toFixed(2)),
  demo: p.demo,
  updatedAt: p.updated_at,
  rowVersion: p.row_version,
});

export type PresentedPlan = ReturnType<typeof presentPlan>;

/** The department above a unit: the first segment of its path ('/CDD/95/' → CDD). */
async function departmentOf(db: Db, unit: Pick<UnitRow, 'path'>) {
  const code = unit.path.split('/').filter(Boolean)[0] ?? '';
  return unitByCode(db, code);
}

/**
 * The plans that apply to these provinces in a year: each province's own where it set one, else the department's
 * (for every province). Answers the department's plan and each province's effective plan by province id.
 */
export async function effectivePlans(db: Db, fiscalYear: number, scope: UnitRow, provinceIds: number[]) {
  const department = await departmentOf(db, scope);
  const rows = await plansOf(db, fiscalYear, [...(department ? [department.id] : []), ...provinceIds]);
  const national = rows.find((r) => r.unit_kind === 'department') ?? null;
  const byProvince = new Map(provinceIds.map((id) => [id, rows.find((r) => r.unit_id === id) ?? national]));
  return { national, byProvince };
}

export const quarterPlanOf = (p: PlanRow): QuarterPlan => [
  new Dec(p.q1),
  new Dec(p.q2),
  new Dec(p.q3),
  new Dec(p.q4),
];

export { presentPlan };

/** Who may set a unit's plan: the department admin for the department's (and any province's); a province admin its own. */
function canSetPlan(user: AuthUser, unit: UnitRow) {
  if (unit.kind === 'department') return user.role === 'department_admin';
  if (unit.kind === 'province') return user.role === 'department_admin' || user.role === 'province_admin';
  return false;
}

/** The plans a unit sees on the budget register page: the department's, its province's own, and the one in force. */
export async function budgetPlans(db: Db, user: AuthUser, q: { unit: string; fiscalYear: number }) {
  const unit = await readableUnit(db, user, q.unit);
  const department = await departmentOf(db, unit);
  const province = unit.kind === 'department' ? null : await unitByCode(db, unit.path.split('/')[2] ?? '');
  const rows = await plansOf(db, q.fiscalYear, [department?.id ?? 0, ...(province ? [province.id] : [])]);
  const national = rows.find((r) => r.unit_kind === 'department') ?? null;
  const own = province ? (rows.find((r) => r.unit_id === province.id) ?? null) : null;
  const mayEdit = (u: UnitRow | undefined | null) =>
    !!u && canWrite(user, u, 'editUnits') && canSetPlan(user, u);
  return {
    fiscalYear: q.fiscalYear,
    department: department ? { code: department.code, nameTh: department.name_th } : null,
    province: province ? { code: province.code, nameTh: province.name_th } : null,
    national: national ? presentPlan(national) : null,
    own: own ? presentPlan(own) : null,
    effective: own ? presentPlan(own) : national ? presentPlan(national) : null,
    canEditNational: mayEdit(department),
    canEditOwn: mayEdit(province),
  };
}

/**
 * Sets the department's plan (for every province) or a province's own, in one transaction with its audit line. Each
 * quarter is a cumulative % 0–100, never below the quarter before; the Thai message names the quarter at fault.
 */
export async function setPlan(db: Db, user: AuthUser, fiscalYear: number, input: PlanInput) {
  const unit = await writableUnit(db, user, input.unitCode);
  if (unit.kind !== 'department' && unit.kind !== 'province')
    throw new AppError(422, 'unit_kind', 'แผนการใช้จ่ายงบประมาณกำหนดได้เฉพาะระดับกรมหรือจังหวัด', 'unitCode');
  if (!canSetPlan(user, unit))
    throw forbidden(
      unit.kind === 'department'
        ? 'เฉพาะผู้ดูแลระบบระดับกรมกำหนดแผนการใช้จ่ายงบประมาณของกรมได้'
        : 'เฉพาะผู้ดูแลระบบระดับกรมหรือจังหวัดกำหนดแผนการใช้จ่ายงบประมาณของจังหวัดได้',
    );
  const values = [input.q1, input.q2, input.q3, input.q4];
  const [problem] = planProblems(values);
  if (problem) throw new AppError(422, 'plan', problem.message, problem.field);
  const [q1, q2, q3, q4] = values.map((v) => new Dec(v).toFixed(2)) as [string, string, string, string];
  const before = (await plansOf(db, fiscalYear, [unit.id]))[0] ?? null;
  const versioned = {
    entity: 'budget_plan',
    entityId: `${unit.code}:${fiscalYear}`,
    what: `แผนการใช้จ่ายงบประมาณปี ${fiscalYear} ของ${unit.name_th} `,
  };
  await requireRowVersion(db, versioned, before?.row_version ?? 0, input.rowVersion);
  await inTransaction(db, async (trx) => {
    await guardedUpsert(trx, versioned, input.rowVersion, () =>
      upsertPlan(
        trx,
        { fiscal_year: fiscalYear, unit_id: unit.id, q1, q2, q3, q4, updated_by: user.id },
        input.rowVersion,
      ),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: before ? 'update' : 'create',
      entity: 'budget_plan',
      entityId: `${unit.code}:${fiscalYear}`,
      before: before ? { quarters: presentPlan(before).quarters } : null,
      after: { fiscalYear, unitCode: unit.code, quarters: [q1, q2, q3, q4] },
    });
  });
  return budgetPlans(db, user, { unit: unit.code, fiscalYear });
}
