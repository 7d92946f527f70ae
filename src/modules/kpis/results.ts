import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { FormulaError } from '../../domain/formula/errors.ts';
import { evaluateFormula } from '../../domain/formula/evaluate.ts';
import { parseFormula } from '../../domain/formula/parse.ts';
import { formulaSchema } from '../../domain/formula/schema.ts';
import { criteriaSchema } from '../../domain/scoring/criteria.ts';
import { checkResultShape } from '../../domain/scoring/result-shape.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { unitByCode } from '../org-units/service.ts';
import { scoreOrRefuse } from '../scoring/service.ts';
import { findKpi, resultsFor, upsertResult } from './queries.ts';
import { scoresStale } from './score-hooks.ts';
import { kpiSetInScope } from './service.ts';

export const resultsForUnits = (db: Db, kpiIds: number[], unitIds: number[]) =>
  resultsFor(db, kpiIds, unitIds);

export type ResultInput = {
  kpiId: number;
  unitCode: string;
  value?: string | null;
  verified?: string[];
  measures?: Record<string, string>;
  formula?: Record<string, string>;
  asOf: string;
  note?: string | null;
};

/**
 * Enters a unit's current result for a KPI (by hand; reports and registers feed it later). The unit's own office,
 * or the province or department above it, may enter it; viewers may not.
 */
export async function setResult(db: Db, user: AuthUser, input: ResultInput) {
  const kpi = await findKpi(db, input.kpiId);
  if (!kpi) throw new AppError(422, 'unknown_kpi', `ไม่พบตัวชี้วัดรหัส ${input.kpiId}`, 'kpiId');
  await kpiSetInScope(db, user, kpi.kpi_set_id);
  const unit = await unitByCode(db, input.unitCode);
  if (!unit) throw new AppError(422, 'unknown_unit', `ไม่พบหน่วยงานรหัส "${input.unitCode}"`, 'unitCode');
  if (!canRead(user, unit)) throw notFound(`หน่วยงานรหัส ${input.unitCode}`, 'unitCode');
  if (user.role === 'viewer') throw forbidden('ผู้ดูข้อมูลบันทึกผลการดำเนินงานไม่ได้');
  if (input.value == null && !input.verified && !input.measures && !input.formula) {
    throw new AppError(400, 'invalid', 'กรุณากรอกผลการดำเนินงาน', 'value');
  }
  const value = input.formula ? valueOfFormula(kpi.formula, input.formula) : (input.value ?? null);
  const inputs =
    input.verified || input.measures || input.formula
      ? { verified: input.verified, measures: input.measures, formula: input.formula }
      : null;
  return saveResult(db, user, kpi, unit, { ...input, value }, inputs);
}

type ResultUnit = { id: number; code: string };

async function saveResult(
  db: Db,
  actor: AuthUser | null,
  kpi: { id: number; criteria: unknown },
  unit: ResultUnit,
  input: { value: string | null; asOf: string; note?: string | null },
  inputs: { verified?: string[]; measures?: Record<string, string>; formula?: Record<string, string> } | null,
  source: 'manual' | 'report' | 'register' = 'manual',
) {
  const value = input.value;
  // A result its criteria cannot score would break every page that scores it, so it is never stored.
  const criteria = criteriaSchema.safeParse(kpi.criteria);
  if (criteria.success) scoreOrRefuse(() => checkResultShape(criteria.data, { value, ...inputs }));
  const before = (await resultsFor(db, [kpi.id], [unit.id]))[0] ?? null;
  await inTransaction(db, async (trx) => {
    await upsertResult(trx, {
      kpi_id: kpi.id,
      unit_id: unit.id,
      value,
      inputs,
      source,
      as_of: input.asOf,
      note: input.note ?? null,
      entered_by: actor?.id ?? null,
    });
    await scoresStale(trx, { kpiIds: [kpi.id], unitIds: [unit.id] });
    await recordAudit(trx, {
      actor,
      unitId: unit.id,
      action: before ? 'update' : 'create',
      entity: 'kpi_result',
      entityId: `${kpi.id}:${unit.code}`,
      before,
      after: { value, inputs, source, asOf: input.asOf, note: input.note ?? null },
    });
  });
  return { kpiId: kpi.id, unitCode: unit.code, value, inputs, asOf: input.asOf };
}

/**
 * For the modules that feed KPIs (approved monthly reports, registers): the unit's current result, computed from
 * the KPI's formula when formula inputs are given, recorded with its source and audited as the acting user's write.
 */
export async function saveResultFromSource(
  db: Db,
  actor: AuthUser | null,
  source: 'report' | 'register',
  r: {
    kpiId: number;
    unit: ResultUnit;
    value?: string;
    formula?: Record<string, string>;
    asOf: string;
    note?: string;
  },
) {
  const kpi = await findKpi(db, r.kpiId);
  if (!kpi) throw notFound('ตัวชี้วัด');
  const value = r.formula ? valueOfFormula(kpi.formula, r.formula) : (r.value ?? null);
  return saveResult(
    db,
    actor,
    kpi,
    r.unit,
    { value, asOf: r.asOf, note: r.note ?? null },
    r.formula ? { formula: r.formula } : null,
    source,
  );
}

/** The value from the KPI's computable formula: 489204.87 × 100 ÷ 33109323.18 → "1.4775…" (kept exact). */
function valueOfFormula(formula: unknown, values: Record<string, string>): string {
  const parsed = formulaSchema.nullable().safeParse(formula);
  if (!parsed.success || parsed.data === null) {
    throw new AppError(422, 'no_formula', 'ตัวชี้วัดนี้ไม่มีสูตรคำนวณ ให้กรอกผลเป็นค่าเดียว', 'formula');
  }
  try {
    return evaluateFormula(parseFormula(parsed.data.expression), values);
  } catch (error) {
    if (error instanceof FormulaError) throw new AppError(422, 'formula', error.message, 'formula');
    throw error;
  }
}
