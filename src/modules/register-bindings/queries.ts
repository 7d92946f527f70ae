import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, atStoredRowVersion, nextStoredRowVersion } from '../../db/row-version.ts';
import type { RegisterMeasure } from '../../db/tables/registers.ts';
import { pathAbove, pathUnder } from '../../plugins/access.ts';

export type BindingRecord = {
  kpi_id: number;
  kpi_key: string;
  kpi_name_th: string;
  kpi_set_id: number;
  measure: RegisterMeasure;
  as_of: string;
  fiscal_year: number;
  round: number;
  updated_at: Date;
  row_version: number;
} & RecomputeState;

/** A binding's waiting or failed recompute request, when it has one. */
export type RecomputeState = {
  recompute_requested_at: Date | null;
  recompute_generation: number | null;
  recompute_failed_generation: number | null;
  recompute_error: string | null;
};

function selectBindings(db: Db) {
  return db
    .selectFrom('register_bindings as b')
    .innerJoin('kpis as k', 'k.id', 'b.kpi_id')
    .innerJoin('kpi_sets as s', 's.id', 'k.kpi_set_id')
    .leftJoin('register_recompute_requests as q', 'q.kpi_id', 'b.kpi_id')
    .select([
      'b.kpi_id',
      'k.key as kpi_key',
      'k.name_th as kpi_name_th',
      'k.kpi_set_id',
      'b.measure',
      'b.as_of',
      's.fiscal_year',
      's.round',
      'b.updated_at',
      'b.row_version',
      'q.requested_at as recompute_requested_at',
      'q.generation as recompute_generation',
      'q.failed_generation as recompute_failed_generation',
      'q.error as recompute_error',
    ]);
}

export function bindingsOfSet(db: Db, kpiSetId: number): Promise<BindingRecord[]> {
  return selectBindings(db).where('k.kpi_set_id', '=', kpiSetId).orderBy('k.position').execute();
}

export function kpiSetIdOf(db: Db, kpiId: number): Promise<number | undefined> {
  return db
    .selectFrom('kpis')
    .select('kpi_set_id')
    .where('id', '=', kpiId)
    .executeTakeFirst()
    .then((r) => r?.kpi_set_id);
}

export function findBinding(db: Db, kpiId: number): Promise<BindingRecord | undefined> {
  return selectBindings(db).where('b.kpi_id', '=', kpiId).executeTakeFirst();
}

/** Bindings of a measure in the KPI sets of a fiscal year owned on a unit's path (its province's, the department's). */
export function bindingsForArea(db: Db, measure: RegisterMeasure, fiscalYear: number, path: string) {
  return selectBindings(db)
    .innerJoin('units as o', 'o.id', 's.owner_unit_id')
    .select(['k.criteria', 'k.formula'])
    .where('b.measure', '=', measure)
    .where('s.fiscal_year', '=', fiscalYear)
    .where((eb) => eb.or([pathAbove(eb.ref('o.path'), path), pathUnder(eb.ref('o.path'), path)]))
    .orderBy(sql`length(o.path)`, 'desc')
    .orderBy('s.round', 'desc')
    .execute();
}

/**
 * Binds a KPI, replacing its stored binding only while it is at the row version the client loaded (if sent; 0 when
 * none was stored): no row back when someone saved in between.
 */
export function upsertBinding(
  db: Db,
  row: { kpi_id: number; measure: RegisterMeasure; as_of: string; updated_by: number },
  rowVersion: number | undefined,
) {
  return db
    .insertInto('register_bindings')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('kpi_id')
        .doUpdateSet({
          measure: row.measure,
          as_of: row.as_of,
          updated_by: row.updated_by,
          updated_at: new Date(),
          row_version: nextStoredRowVersion('register_bindings'),
        })
        .where(atStoredRowVersion('register_bindings', rowVersion)),
    )
    .returning('row_version')
    .executeTakeFirst();
}

/** New bindings in one statement (the demo's). */
export async function insertBindings(
  db: Db,
  rows: { kpi_id: number; measure: RegisterMeasure; as_of: string; updated_by: number | null }[],
) {
  if (rows.length > 0) await db.insertInto('register_bindings').values(rows).execute();
}

/** Unbinds a KPI while its binding is at the version the client loaded (any when none was sent). */
export function deleteBinding(db: Db, kpiId: number, rowVersion: number | undefined) {
  return db
    .deleteFrom('register_bindings')
    .where('kpi_id', '=', kpiId)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

/**
 * The bound KPIs of some measures (their agents' results are asked to be recomputed after a register write).
 */
export function kpisOfMeasures(db: Db, measures: RegisterMeasure[]): Promise<number[]> {
  if (measures.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('register_bindings')
    .select('kpi_id')
    .where('measure', 'in', measures)
    .execute()
    .then((rows) => rows.map((r) => r.kpi_id));
}

/** Asks for the KPIs to be recomputed in one statement; a KPI already waiting gets a new generation. */
export async function insertRecomputeRequests(db: Db, kpiIds: number[]) {
  if (kpiIds.length === 0) return;
  await db
    .insertInto('register_recompute_requests')
    .values(kpiIds.map((kpi_id) => ({ kpi_id })))
    .onConflict((oc) =>
      oc.column('kpi_id').doUpdateSet((eb) => ({
        generation: eb(eb.ref('register_recompute_requests.generation'), '+', 1),
        requested_at: sql<Date>`now()`,
      })),
    )
    .execute();
}

export type RecomputeRequest = { kpi_id: number; generation: number };

/** The oldest requests not already failed at their generation. */
export function pendingRecomputes(db: Db, limit: number): Promise<RecomputeRequest[]> {
  return db
    .selectFrom('register_recompute_requests')
    .select(['kpi_id', 'generation'])
    .where((eb) =>
      eb.or([eb('failed_generation', 'is', null), eb('failed_generation', '<>', eb.ref('generation'))]),
    )
    .orderBy('requested_at')
    .limit(limit)
    .execute();
}

export function findRecomputeRequest(db: Db, kpiId: number): Promise<RecomputeRequest | undefined> {
  return db
    .selectFrom('register_recompute_requests')
    .select(['kpi_id', 'generation'])
    .where('kpi_id', '=', kpiId)
    .executeTakeFirst();
}

/** Done: gone unless a newer request came while it was computed. */
export function finishRecompute(db: Db, r: RecomputeRequest) {
  return db
    .deleteFrom('register_recompute_requests')
    .where('kpi_id', '=', r.kpi_id)
    .where('generation', '=', r.generation)
    .execute();
}

/** Failed: kept with the reason and not retried until the next register write asks again. */
export function failRecompute(db: Db, r: RecomputeRequest, error: string) {
  return db
    .updateTable('register_recompute_requests')
    .set({ failed_generation: r.generation, error })
    .where('kpi_id', '=', r.kpi_id)
    .where('generation', '=', r.generation)
    .execute();
}

/** The advisory-lock class of recompute workers ('tidt' + 1; the outbox uses 'tidt'). */
const RECOMPUTE_LOCK = 0x7469_6475;

/** One worker per KPI at a time, across instances: a transaction-scoped advisory lock. */
export async function tryRecomputeLock(db: Db, kpiId: number): Promise<boolean> {
  const result = await sql<{
    locked: boolean;
  }>`select pg_try_advisory_xact_lock(${RECOMPUTE_LOCK}, ${kpiId}) as locked`.execute(db);
  return result.rows[0]?.locked === true;
}
