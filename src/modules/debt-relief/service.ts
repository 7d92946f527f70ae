import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import {
  countsAsDebtReduced,
  type DebtTargetHousehold,
  debtReliefPercent,
} from '../../domain/registers/debt-relief.ts';
import { conflict, notFound } from '../../errors.ts';
import { percentView } from '../../http/percent-view.ts';
import { guardedUpdate, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { readableUnit, requireUnitWrite, writableUnit } from '../org-units/unit-access.ts';
import { bindingsInArea, presentBinding, recomputeAfterWrite } from '../register-bindings/service.ts';
import {
  type DebtColumns,
  type DebtRecord,
  debtHouseholdsUnder,
  debtLabelTaken,
  findDebtHousehold,
  householdYearsUnder,
  insertDebtHousehold,
  updateDebtHousehold,
} from './queries.ts';
import type { DebtChanges, DebtQuery, NewDebtInput } from './schemas.ts';

/** A stored household as the domain counts it (countsAsDebtReduced, debtReliefPercent). */
export const domainHousehold = (
  d: Pick<DebtRecord, 'id' | 'entered_process' | 'debt_restructured' | 'occupational_promotion'>,
): DebtTargetHousehold => ({
  id: String(d.id),
  enteredProcess: d.entered_process,
  debtRestructured: d.debt_restructured,
  occupationalPromotion: d.occupational_promotion,
});

function presentDebt(d: DebtRecord) {
  return {
    id: d.id,
    unit: { code: d.unit_code, nameTh: d.unit_name_th },
    fiscalYear: d.fiscal_year,
    label: d.label,
    enteredProcess: d.entered_process,
    debtRestructured: d.debt_restructured,
    occupationalPromotion: d.occupational_promotion,
    reduced: countsAsDebtReduced(domainHousehold(d)),
    rowVersion: d.row_version,
  };
}

/** The target household as a 409 names it (audit entity 'debt_relief_household'). */
const versioned = (d: Pick<DebtRecord, 'id' | 'label'>) => ({
  entity: 'debt_relief_household',
  entityId: d.id,
  what: `ข้อมูลครัวเรือนเป้าหมาย "${d.label}" `,
});

/**
 * Target households of the community fund management centres that match the search and `reduced` (`items`, `matched`
 * of them), and the share of all the year's households that reduced or cleared debt (001 L360–361), with `total`,
 * whatever the search.
 */
export async function listDebtHouseholds(db: Db, user: AuthUser, q: DebtQuery) {
  const unit = await readableUnit(db, user, q.unit);
  const searched = q.q !== undefined || q.reduced !== undefined;
  const [rows, found, bindings] = await Promise.all([
    debtHouseholdsUnder(db, unit.path, q.fiscalYear),
    searched ? debtHouseholdsUnder(db, unit.path, q.fiscalYear, { q: q.q, reduced: q.reduced }) : null,
    bindingsInArea(db, 'debt_relief.reduced', q.fiscalYear, unit.path),
  ]);
  const all = rows.map(presentDebt);
  const relief = debtReliefPercent(rows.map(domainHousehold), rows.length);
  const items = found === null ? all : found.map(presentDebt);
  return {
    items,
    matched: items.length,
    total: all.length,
    relief: { reduced: relief.reduced, target: relief.target, ...percentView(relief.percent) },
    bindings: bindings.map(presentBinding),
  };
}

export async function createDebtHousehold(db: Db, user: AuthUser, input: NewDebtInput) {
  const unit = await writableUnit(db, user, input.unitCode);
  if (await debtLabelTaken(db, unit.id, input.fiscalYear, input.label)) {
    throw conflict('label', `${unit.name_th}มีครัวเรือน "${input.label}" ในปี ${input.fiscalYear} อยู่แล้ว`);
  }
  const id = await inTransaction(db, async (trx) => {
    const created = await insertDebtHousehold(trx, {
      unit_id: unit.id,
      fiscal_year: input.fiscalYear,
      label: input.label,
      entered_process: input.enteredProcess,
      debt_restructured: input.debtRestructured,
      occupational_promotion: input.occupationalPromotion,
    });
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: 'create',
      entity: 'debt_relief_household',
      entityId: String(created.id),
      before: null,
      after: input,
    });
    await recomputeAfterWrite(trx, 'debt_relief', unit.path);
    return created.id;
  });
  const created = await findDebtHousehold(db, id);
  if (!created) throw notFound('ครัวเรือน');
  return { household: presentDebt(created) };
}

export async function changeDebtHousehold(db: Db, user: AuthUser, id: number, input: DebtChanges) {
  const d = await findDebtHousehold(db, id);
  if (!d || !canRead(user, { path: d.unit_path })) throw notFound('ครัวเรือน');
  requireUnitWrite(user, { path: d.unit_path, name_th: d.unit_name_th });
  const columns: Partial<DebtColumns> = {
    ...(input.label !== undefined ? { label: input.label } : {}),
    ...(input.enteredProcess !== undefined ? { entered_process: input.enteredProcess } : {}),
    ...(input.debtRestructured !== undefined ? { debt_restructured: input.debtRestructured } : {}),
    ...(input.occupationalPromotion !== undefined
      ? { occupational_promotion: input.occupationalPromotion }
      : {}),
  };
  await requireRowVersion(db, versioned(d), d.row_version, input.rowVersion);
  await inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versioned(d), input.rowVersion, () =>
      updateDebtHousehold(trx, id, columns, input.rowVersion),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: d.unit_id,
      action: 'update',
      entity: 'debt_relief_household',
      entityId: String(id),
      before: presentDebt(d),
      after: input,
    });
    await recomputeAfterWrite(trx, 'debt_relief', d.unit_path);
  });
  const after = await findDebtHousehold(db, id);
  if (!after) throw notFound('ครัวเรือน');
  return { household: presentDebt(after) };
}

/** The fiscal years that have target households at or below a unit, newest first (the funds page's year picker). */
export const debtReliefYearsUnder = (db: Db, path: string) => householdYearsUnder(db, path);
