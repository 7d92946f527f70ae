import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { FormulaError } from '../../domain/formula/errors.ts';
import { evaluateFormula } from '../../domain/formula/evaluate.ts';
import { parseFormula } from '../../domain/formula/parse.ts';
import { formulaSchema } from '../../domain/formula/schema.ts';
import { formulaErrorInWords, labelsOf } from '../../domain/formula/words.ts';
import { criteriaSchema } from '../../domain/scoring/criteria.ts';
import { checkResultShape } from '../../domain/scoring/result-shape.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { unitByCode } from '../org-units/service.ts';
import { scoreOrRefuse } from '../scoring/service.ts';
import {
  findKpi,
  findKpis,
  type KpiRecord,
  lockedResultVersion,
  type ResultRow,
  resultsFor,
  type StoredResultInputs,
  upsertResults,
} from './queries.ts';
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
  rowVersion?: number | undefined;
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
  const [saved] = await saveResults(
    db,
    user,
    [{ kpi, unit, value, inputs, asOf: input.asOf, note: input.note ?? null }],
    'manual',
    { kpi, unit, sent: input.rowVersion },
  );
  return saved;
}

type ResultUnit = { id: number; code: string };

/** One unit's result for one KPI, as it is stored and audited. */
type ResultWrite = {
  kpi: Pick<KpiRecord, 'id' | 'criteria'>;
  unit: ResultUnit;
  value: string | null;
  inputs: StoredResultInputs | null;
  asOf: string;
  note: string | null;
};

/** The result a form loaded (its row version, 0 when none was stored), checked before a manual save. */
type LoadedResult = {
  kpi: Pick<KpiRecord, 'id' | 'number' | 'name_th'>;
  unit: ResultUnit;
  sent: number | undefined;
};

const versionedResult = ({ kpi, unit }: LoadedResult) => ({
  entity: 'kpi_result',
  entityId: `${kpi.id}:${unit.code}`,
  what: `ผลการดำเนินงานตัวชี้วัดที่ ${kpi.number} "${kpi.name_th}" ของหน่วยงาน ${unit.code} `,
});

/**
 * A manual save only while the result is still at the version the form loaded: the row is locked for the
 * transaction, so a report or register feed (which bumps the version too) or another officer cannot slip in between.
 */
async function requireLoadedResult(trx: Db, loaded: LoadedResult | undefined) {
  if (loaded?.sent === undefined) return;
  const stored = await lockedResultVersion(trx, loaded.kpi.id, loaded.unit.id);
  await requireRowVersion(trx, versionedResult(loaded), stored, loaded.sent);
}

/**
 * Stores units' results in a few statements whatever their number: the results as they were (one read), then in one
 * transaction the results and their months (one statement), the agreement scores they make stale, and one audit row
 * per result. A result its criteria cannot score would break every page that scores it, so none is stored then.
 */
async function saveResults(
  db: Db,
  actor: AuthUser | null,
  writes: ResultWrite[],
  source: 'manual' | 'report' | 'register',
  loaded?: LoadedResult,
) {
  for (const w of writes) {
    const criteria = criteriaSchema.safeParse(w.kpi.criteria);
    if (criteria.success)
      scoreOrRefuse(() => checkResultShape(criteria.data, { value: w.value, ...w.inputs }));
  }
  const kpiIds = [...new Set(writes.map((w) => w.kpi.id))];
  const unitIds = [...new Set(writes.map((w) => w.unit.id))];
  const before = await resultsFor(db, kpiIds, unitIds);
  const rows: ResultRow[] = writes.map((w) => ({
    kpi_id: w.kpi.id,
    unit_id: w.unit.id,
    value: w.value,
    inputs: w.inputs,
    source,
    as_of: w.asOf,
    note: w.note,
    entered_by: actor?.id ?? null,
  }));
  if (rows.length > 0) {
    await inTransaction(db, async (trx) => {
      await requireLoadedResult(trx, loaded);
      await upsertResults(trx, rows);
      await scoresStale(trx, { kpiIds, unitIds });
      await recordAudit(
        trx,
        ...writes.map((w) => {
          const was = before.find((b) => b.kpi_id === w.kpi.id && b.unit_id === w.unit.id) ?? null;
          return {
            actor,
            unitId: w.unit.id,
            action: was ? ('update' as const) : ('create' as const),
            entity: 'kpi_result',
            entityId: `${w.kpi.id}:${w.unit.code}`,
            before: was,
            after: { value: w.value, inputs: w.inputs, source, asOf: w.asOf, note: w.note },
          };
        }),
      );
    });
  }
  return writes.map((w) => ({
    kpiId: w.kpi.id,
    unitCode: w.unit.code,
    value: w.value,
    inputs: w.inputs,
    asOf: w.asOf,
  }));
}

export type SourceResult = {
  kpiId: number;
  unit: ResultUnit;
  value?: string;
  formula?: Record<string, string>;
  asOf: string;
  note?: string;
};

/**
 * For the modules that feed KPIs (approved monthly reports, registers): units' current results, each computed from
 * its KPI's formula when formula inputs are given, recorded with their source and audited as the acting user's
 * writes, in a few statements for any number of units (saveResults). A KPI and unit given twice keep the last.
 */
export async function saveResultsFromSource(
  db: Db,
  actor: AuthUser | null,
  source: 'report' | 'register',
  results: SourceResult[],
) {
  const last = new Map(results.map((r) => [`${r.kpiId}:${r.unit.id}`, r]));
  const kpis = await findKpis(db, [...new Set(results.map((r) => r.kpiId))]);
  const writes = [...last.values()].map((r): ResultWrite => {
    const kpi = kpis.find((k) => k.id === r.kpiId);
    if (!kpi) throw notFound('ตัวชี้วัด');
    return {
      kpi,
      unit: r.unit,
      value: r.formula ? valueOfFormula(kpi.formula, r.formula) : (r.value ?? null),
      inputs: r.formula ? { formula: r.formula } : null,
      asOf: r.asOf,
      note: r.note ?? null,
    };
  });
  return saveResults(db, actor, writes, source);
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
    if (error instanceof FormulaError) {
      throw new AppError(422, 'formula', formulaErrorInWords(error, labelsOf(parsed.data.inputs)), 'formula');
    }
    throw error;
  }
}
