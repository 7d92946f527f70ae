import type { Db } from '../../db/database.ts';
import type { RegisterMeasure } from '../../db/tables/registers.ts';
import { inTransaction } from '../../db/transaction.ts';
import { formulaSchema } from '../../domain/formula/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { guardedDelete, guardedUpsert, requireRowVersion, staleWrite } from '../../http/row-version.ts';
import type { AuthUser } from '../../plugins/access.ts';
import type { KpiAgent } from '../agreements/queries.ts';
import { agentsOfAgreementKpis, kpisHeldAlong } from '../agreements/service.ts';
import { recordAudit } from '../audit/service.ts';
import { resultsForUnits, saveResultsFromSource } from '../kpis/results.ts';
import { kpiSetInScope, kpisOfKpiSet, requireSetWrite } from '../kpis/service.ts';
import { MEASURES, type MeasureComputations, type MeasureFamily, measuresOf } from './measures.ts';
import {
  type BindingRecord,
  bindingsForArea,
  bindingsOfSet,
  deleteBinding,
  failRecompute,
  findBinding,
  findRecomputeRequest,
  finishRecompute,
  insertBindings,
  insertRecomputeRequests,
  kpiSetIdOf,
  kpisOfMeasures,
  pendingRecomputes,
  type RecomputeState,
  tryRecomputeLock,
  upsertBinding,
} from './queries.ts';

/** The measures a KPI may bind to, with the formula inputs each needs. */
export const listMeasures = () =>
  (Object.keys(MEASURES) as RegisterMeasure[]).map((measure) => ({
    measure,
    labelTh: MEASURES[measure].labelTh,
    inputs: [...MEASURES[measure].inputs],
  }));

/** Waiting for the worker, or failed at the latest request (kept until the next register write asks again). */
function presentRecompute(q: Partial<RecomputeState>) {
  if (!q.recompute_requested_at) return null;
  const failed = q.recompute_failed_generation === q.recompute_generation;
  return {
    state: failed ? ('failed' as const) : ('pending' as const),
    requestedAt: q.recompute_requested_at.toISOString(),
    error: failed ? (q.recompute_error ?? null) : null,
  };
}

export function presentBinding(
  b: Pick<BindingRecord, 'kpi_id' | 'kpi_key' | 'kpi_name_th' | 'measure' | 'as_of'> &
    Partial<RecomputeState>,
) {
  return {
    kpiId: b.kpi_id,
    kpiKey: b.kpi_key,
    kpiNameTh: b.kpi_name_th,
    measure: b.measure,
    measureLabelTh: MEASURES[b.measure].labelTh,
    asOf: b.as_of,
    recompute: presentRecompute(b),
  };
}

type Recomputed = {
  unit: { code: string; nameTh: string };
  value: string | null;
  inputs: Record<string, string> | null;
  skipped: string | null;
};

/**
 * Computes a binding's measure for its units and writes the units' results through the KPI's formula in one set
 * (saveResultsFromSource keeps the inputs and audits the writes); units without a denominator are skipped with the
 * reason.
 */
async function recompute(
  db: Db,
  computations: MeasureComputations,
  actor: AuthUser | null,
  binding: Pick<BindingRecord, 'kpi_id' | 'measure' | 'as_of' | 'fiscal_year' | 'round'>,
  units: KpiAgent[],
): Promise<Recomputed[]> {
  const ctx = { fiscalYear: binding.fiscal_year, round: binding.round, asOf: binding.as_of };
  const outcomes = await computations[binding.measure](db, units, ctx);
  const outcomeOf = (unit: KpiAgent) => outcomes.get(unit.code) ?? { skipped: 'ไม่มีข้อมูล' };
  const saved = await saveResultsFromSource(
    db,
    actor,
    'register',
    units.flatMap((unit) => {
      const outcome = outcomeOf(unit);
      if ('skipped' in outcome) return [];
      return [
        {
          kpiId: binding.kpi_id,
          unit: { id: unit.unit_id, code: unit.code },
          formula: outcome.inputs,
          asOf: binding.as_of,
          note: outcome.note,
        },
      ];
    }),
  );
  return units.map((unit) => {
    const outcome = outcomeOf(unit);
    const view = { code: unit.code, nameTh: unit.name_th };
    if ('skipped' in outcome) return { unit: view, value: null, inputs: null, skipped: outcome.skipped };
    const value = saved.find((r) => r.unitCode === unit.code)?.value ?? null;
    return { unit: view, value, inputs: outcome.inputs, skipped: null };
  });
}

/** Recomputes at a user's request, answering any waiting request it read before computing. */
async function recomputeNow(
  db: Db,
  computations: MeasureComputations,
  user: AuthUser,
  binding: Pick<BindingRecord, 'kpi_id' | 'measure' | 'as_of' | 'fiscal_year' | 'round'>,
) {
  const waiting = await findRecomputeRequest(db, binding.kpi_id);
  const results = await recompute(
    db,
    computations,
    user,
    binding,
    await agentsOfAgreementKpis(db, [binding.kpi_id]),
  );
  if (waiting) await finishRecompute(db, waiting);
  return results;
}

/**
 * After a register write at `path`: the bindings of the register's measures whose units it touches are asked to be
 * recomputed, in the writer's transaction; the register worker (worker.ts) computes them after the write is answered.
 */
export async function recomputeAfterWrite(db: Db, family: MeasureFamily, path: string) {
  await requestRecompute(db, measuresOf(family), path);
}

/**
 * Asks for every binding of the measures whose units a register write at `path` may change to be recomputed:
 * agents on the path above it (their totals include it) or below it (a district takes its province's women's fund
 * snapshot). In the writer's transaction; a KPI already waiting gets a new generation.
 */
async function requestRecompute(db: Db, measures: RegisterMeasure[], path: string) {
  const bound = await kpisOfMeasures(db, measures);
  await insertRecomputeRequests(db, await kpisHeldAlong(db, bound, path));
}

/** How a failed recompute is told on the KPI card: a rule's own Thai message, anything else in general words. */
export const RECOMPUTE_FAILED = 'คำนวณผลจากทะเบียนไม่สำเร็จ ระบบจะลองใหม่เมื่อมีการแก้ไขทะเบียนครั้งต่อไป';

/**
 * Recomputes a KPI the worker was asked for, as the system, in one transaction holding the KPI's advisory lock
 * (false when another instance holds it). A failure is kept on the request with its reason (the raw error goes to
 * the log, never to the card), and the results stay as they were.
 */
export async function recomputeRequested(
  db: Db,
  computations: MeasureComputations,
  request: { kpi_id: number; generation: number },
  log: { error: (object: unknown, message: string) => void } = console,
): Promise<boolean> {
  try {
    return await inTransaction(db, async (trx) => {
      if (!(await tryRecomputeLock(trx, request.kpi_id))) return false;
      // Listed before another instance finished it, locked after: that instance's commit already holds the result.
      if ((await findRecomputeRequest(trx, request.kpi_id))?.generation !== request.generation) return true;
      const binding = await findBinding(trx, request.kpi_id);
      if (binding)
        await recompute(trx, computations, null, binding, await agentsOfAgreementKpis(trx, [request.kpi_id]));
      await finishRecompute(trx, request);
      return true;
    });
  } catch (error) {
    if (!(error instanceof AppError)) log.error(error, `คำนวณผลตัวชี้วัด ${request.kpi_id} จากทะเบียนไม่สำเร็จ`);
    await failRecompute(db, request, error instanceof AppError ? error.message : RECOMPUTE_FAILED);
    return true;
  }
}

export const recomputeRequests = (db: Db, limit: number) => pendingRecomputes(db, limit);

/** A KPI's binding as a 409 names it. */
const bindingRecord = (kpi: { id: number; key: string }) => ({
  entity: 'register_binding',
  entityId: kpi.id,
  what: `การเชื่อมตัวชี้วัด ${kpi.key} กับทะเบียน `,
});

async function findKpiInSet(db: Db, user: AuthUser, kpiId: number) {
  const [binding, kpiSetId] = await Promise.all([findBinding(db, kpiId), kpiSetIdOf(db, kpiId)]);
  if (kpiSetId === undefined) throw notFound('ตัวชี้วัด');
  const set = await kpiSetInScope(db, user, kpiSetId);
  const kpi = (await kpisOfKpiSet(db, set.id)).find((k) => k.id === kpiId);
  if (!kpi) throw notFound('ตัวชี้วัด');
  return { set, kpi, binding };
}

export async function listBindings(db: Db, user: AuthUser, kpiSetId: number) {
  await kpiSetInScope(db, user, kpiSetId);
  const bindings = await bindingsOfSet(db, kpiSetId);
  const units = await agentsOfAgreementKpis(
    db,
    bindings.map((b) => b.kpi_id),
  );
  const results = await resultsForUnits(
    db,
    bindings.map((b) => b.kpi_id),
    [...new Set(units.map((u) => u.unit_id))],
  );
  return {
    items: bindings.map((b) => ({
      ...presentBinding(b),
      rowVersion: b.row_version,
      units: units
        .filter((u) => u.kpi_id === b.kpi_id)
        .map((u) => {
          const r = results.find((x) => x.kpi_id === b.kpi_id && x.unit_id === u.unit_id);
          return {
            code: u.code,
            nameTh: u.name_th,
            result: r
              ? { value: r.value, inputs: r.inputs, source: r.source, asOf: r.as_of, note: r.note }
              : null,
          };
        }),
    })),
  };
}

/** Binds a KPI to a register measure: its computable formula must use the measure's inputs. Then computes it. */
export async function bindKpi(
  db: Db,
  computations: MeasureComputations,
  user: AuthUser,
  kpiId: number,
  input: { measure: RegisterMeasure; asOf: string; rowVersion?: number | undefined },
) {
  const { set, kpi, binding } = await findKpiInSet(db, user, kpiId);
  requireSetWrite(user, set);
  const versioned = bindingRecord(kpi);
  await requireRowVersion(db, versioned, binding?.row_version ?? 0, input.rowVersion);
  const formula = formulaSchema.nullable().safeParse(kpi.formula);
  const ids = formula.success && formula.data ? formula.data.inputs.map((i) => i.id) : [];
  const missing = MEASURES[input.measure].inputs.filter((id) => !ids.includes(id));
  if (missing.length > 0) {
    throw new AppError(
      422,
      'formula_inputs',
      `สูตรคำนวณของตัวชี้วัด ${kpi.key} ต้องมีตัวแปร ${MEASURES[input.measure].inputs.join(', ')} จึงจะรับผลจาก "${MEASURES[input.measure].labelTh}" ได้ (ขาด ${missing.join(', ')})`,
      'measure',
    );
  }
  const { results, rowVersion } = await inTransaction(db, async (trx) => {
    const saved = await guardedUpsert(trx, versioned, input.rowVersion, () =>
      upsertBinding(
        trx,
        { kpi_id: kpiId, measure: input.measure, as_of: input.asOf, updated_by: user.id },
        input.rowVersion,
      ),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: set.owner_id,
      action: binding ? 'update' : 'create',
      entity: 'register_binding',
      entityId: String(kpiId),
      before: binding ? presentBinding(binding) : null,
      after: { kpiId, measure: input.measure, asOf: input.asOf },
    });
    const bound = {
      kpi_id: kpiId,
      measure: input.measure,
      as_of: input.asOf,
      fiscal_year: set.fiscal_year,
      round: set.round,
    };
    return { results: await recomputeNow(trx, computations, user, bound), rowVersion: saved.row_version };
  });
  const view = {
    kpi_id: kpiId,
    kpi_key: kpi.key,
    kpi_name_th: kpi.name_th,
    measure: input.measure,
    as_of: input.asOf,
  };
  return { binding: presentBinding(view), results, rowVersion };
}

/**
 * Unbinds a KPI (its saved results stay). From an older version of the binding than the stored one (`?rowVersion=`)
 * it is refused 409 stale, and so is one whose binding was removed since it was loaded.
 */
export async function unbindKpi(db: Db, user: AuthUser, kpiId: number, rowVersion: number | undefined) {
  const { set, kpi, binding } = await findKpiInSet(db, user, kpiId);
  requireSetWrite(user, set);
  const versioned = bindingRecord(kpi);
  if (!binding && rowVersion !== undefined) throw await staleWrite(db, versioned, rowVersion, 0);
  if (!binding) throw notFound('การเชื่อมตัวชี้วัดกับทะเบียน');
  await requireRowVersion(db, versioned, binding.row_version, rowVersion);
  await inTransaction(db, async (trx) => {
    await guardedDelete(trx, versioned, rowVersion, () => deleteBinding(trx, kpiId, rowVersion));
    await recordAudit(trx, {
      actor: user,
      unitId: set.owner_id,
      action: 'delete',
      entity: 'register_binding',
      entityId: String(kpiId),
      before: presentBinding(binding),
      after: null,
    });
  });
}

/** The "recompute" action: the bound units' results from the registers as they are now. */
export async function recomputeKpi(db: Db, computations: MeasureComputations, user: AuthUser, kpiId: number) {
  const { set, binding } = await findKpiInSet(db, user, kpiId);
  requireSetWrite(user, set);
  if (!binding) throw new AppError(422, 'not_bound', 'ตัวชี้วัดนี้ยังไม่ได้เชื่อมกับทะเบียน', 'kpiId');
  const results = await inTransaction(db, (trx) => recomputeNow(trx, computations, user, binding));
  return { binding: presentBinding({ ...binding, recompute_requested_at: null }), results };
}

/** For the registers' own answers: the bindings of a measure in the KPI sets of a year on or under a unit's path. */
export const bindingsInArea = (db: Db, measure: RegisterMeasure, fiscalYear: number, path: string) =>
  bindingsForArea(db, measure, fiscalYear, path);

/** For the registers' own answers: the units a KPI is bound for, with their agreement item targets. */
export const boundUnitsOf = (db: Db, kpiId: number) => agentsOfAgreementKpis(db, [kpiId]);

/**
 * For the demo: bindings made in one statement as the demo's file lists them, then the results of their agents on or
 * under `path` asked to be recomputed by the worker.
 */
export async function bindDemoKpis(
  db: Db,
  rows: { kpi_id: number; measure: RegisterMeasure; as_of: string; updated_by: null }[],
  path: string,
) {
  await insertBindings(db, rows);
  await requestRecompute(db, [...new Set(rows.map((r) => r.measure))], path);
}
