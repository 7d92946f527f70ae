import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import {
  atRowVersion,
  atStoredRowVersion,
  nextRowVersion,
  nextStoredRowVersion,
} from '../../db/row-version.ts';
import type { KpiKind } from '../../db/schema.ts';
import { pathAbove, pathUnder } from '../../plugins/access.ts';

export function roundsOf(db: Db, fiscalYear: number) {
  return db.selectFrom('evaluation_rounds').selectAll().where('fiscal_year', '=', fiscalYear).execute();
}

/** A round's dates, replacing stored ones only while they are at the row version the client loaded (if sent). */
export function upsertRound(
  db: Db,
  row: { fiscal_year: number; number: number; start_date: string; end_date: string },
  rowVersion: number | undefined,
) {
  return db
    .insertInto('evaluation_rounds')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['fiscal_year', 'number'])
        .doUpdateSet({
          start_date: row.start_date,
          end_date: row.end_date,
          updated_at: new Date(),
          row_version: nextStoredRowVersion('evaluation_rounds'),
        })
        .where(atStoredRowVersion('evaluation_rounds', rowVersion)),
    )
    .returning('row_version')
    .executeTakeFirst();
}

const setColumns = [
  's.id',
  's.fiscal_year',
  's.round',
  's.name_th',
  's.source',
  's.copied_from_id',
  's.updated_at',
  'u.id as owner_id',
  'u.code as owner_code',
  'u.name_th as owner_name_th',
  'u.path as owner_path',
] as const;

function selectSets(db: Db) {
  return db.selectFrom('kpi_sets as s').innerJoin('units as u', 'u.id', 's.owner_unit_id').select(setColumns);
}

export type KpiSetRecord = NonNullable<Awaited<ReturnType<typeof findKpiSet>>>;

export function findKpiSet(db: Db, id: number) {
  return selectSets(db).where('s.id', '=', id).executeTakeFirst();
}

/** Sets owned by a unit on the scope's path (its province, the department) or inside the scope. */
export function listKpiSets(db: Db, scopePath: string, fiscalYear?: number) {
  let q = selectSets(db).where((eb) =>
    eb.or([pathUnder(eb.ref('u.path'), scopePath), pathAbove(eb.ref('u.path'), scopePath)]),
  );
  if (fiscalYear !== undefined) q = q.where('s.fiscal_year', '=', fiscalYear);
  return q.orderBy('s.fiscal_year', 'desc').orderBy('s.round', 'desc').orderBy('u.code').execute();
}

/** The fiscal years and rounds that have a set readable in the scope (the same reach as listKpiSets), newest first. */
export function kpiSetRounds(db: Db, scopePath: string) {
  return db
    .selectFrom('kpi_sets as s')
    .innerJoin('units as u', 'u.id', 's.owner_unit_id')
    .where((eb) => eb.or([pathUnder(eb.ref('u.path'), scopePath), pathAbove(eb.ref('u.path'), scopePath)]))
    .select(['s.fiscal_year', 's.round'])
    .distinct()
    .orderBy('s.fiscal_year', 'desc')
    .orderBy('s.round', 'desc')
    .execute();
}

export function insertKpiSet(
  db: Db,
  row: {
    owner_unit_id: number;
    fiscal_year: number;
    round: number;
    name_th: string;
    source: string | null;
    copied_from_id: number | null;
  },
) {
  return db.insertInto('kpi_sets').values(row).returning('id').executeTakeFirstOrThrow();
}

export function kpiSetExists(db: Db, ownerId: number, fiscalYear: number, round: number) {
  return db
    .selectFrom('kpi_sets')
    .select('id')
    .where('owner_unit_id', '=', ownerId)
    .where('fiscal_year', '=', fiscalYear)
    .where('round', '=', round)
    .executeTakeFirst();
}

export type KpiRow = {
  key: string;
  number: string;
  kind: KpiKind;
  name_th: string;
  name_en: string | null;
  unit_of_measure: string | null;
  weight: string | null;
  definition: string | null;
  formula_text: string | null;
  formula: unknown;
  rationale: string | null;
  data_source: string | null;
  level_texts: unknown;
  criteria: unknown;
  evidence: unknown;
  contacts: unknown;
  work_group: string | null;
  measurement_day: number | null;
  notes: string | null;
  position: number;
};

export type KpiRecord = KpiRow & { id: number; kpi_set_id: number; row_version: number };

const json = (value: unknown) => JSON.stringify(value ?? null);

function toColumns(row: KpiRow) {
  return {
    ...row,
    formula: row.formula === null || row.formula === undefined ? null : json(row.formula),
    level_texts: json(row.level_texts),
    criteria: json(row.criteria),
    evidence: json(row.evidence ?? []),
    contacts: json(row.contacts ?? []),
  };
}

const kpiColumns = [
  'id',
  'kpi_set_id',
  'key',
  'number',
  'kind',
  'name_th',
  'name_en',
  'unit_of_measure',
  'weight',
  'definition',
  'formula_text',
  'formula',
  'rationale',
  'data_source',
  'level_texts',
  'criteria',
  'evidence',
  'contacts',
  'work_group',
  'measurement_day',
  'notes',
  'position',
  'row_version',
] as const;

export function kpisOfSet(db: Db, kpiSetId: number): Promise<KpiRecord[]> {
  return db
    .selectFrom('kpis')
    .select(kpiColumns)
    .where('kpi_set_id', '=', kpiSetId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function findKpi(db: Db, id: number): Promise<KpiRecord | undefined> {
  return db.selectFrom('kpis').select(kpiColumns).where('id', '=', id).executeTakeFirst();
}

export function findKpis(db: Db, ids: number[]): Promise<KpiRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('kpis').select(kpiColumns).where('id', 'in', ids).execute();
}

export function insertKpis(db: Db, kpiSetId: number, rows: KpiRow[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insertInto('kpis')
    .values(rows.map((r) => ({ ...toColumns(r), kpi_set_id: kpiSetId })))
    .returning(['id', 'key'])
    .execute();
}

/** An edit of one card, only while it is at the row version the client loaded (if sent). */
export function updateKpi(db: Db, id: number, row: KpiRow, rowVersion: number | undefined) {
  return db
    .updateTable('kpis')
    .set({ ...toColumns(row), updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

/** Removes a KPI card while it is at the version the client loaded (any when none was sent). */
export function deleteKpi(db: Db, id: number, rowVersion: number | undefined) {
  return db.deleteFrom('kpis').where('id', '=', id).where(atRowVersion(rowVersion)).executeTakeFirst();
}

export function keyTaken(db: Db, kpiSetId: number, key: string, exceptId?: number) {
  let q = db.selectFrom('kpis').select('id').where('kpi_set_id', '=', kpiSetId).where('key', '=', key);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst().then((r) => r !== undefined);
}

/** A result's inputs as they are stored: the formula's, or the verified items and measures entered by hand. */
export type StoredResultInputs = {
  verified?: string[];
  measures?: Record<string, string>;
  formula?: Record<string, string>;
};

export type ResultRecord = {
  kpi_id: number;
  unit_id: number;
  value: string | null;
  inputs: StoredResultInputs | null;
  source: 'manual' | 'report' | 'register';
  as_of: string;
  note: string | null;
  updated_at: Date;
  row_version: number;
};

export function resultsFor(db: Db, kpiIds: number[], unitIds: number[]): Promise<ResultRecord[]> {
  if (kpiIds.length === 0 || unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('kpi_results')
    .select(['kpi_id', 'unit_id', 'value', 'inputs', 'source', 'as_of', 'note', 'updated_at', 'row_version'])
    .where('kpi_id', 'in', kpiIds)
    .where('unit_id', 'in', unitIds)
    .$narrowType<{ inputs: StoredResultInputs | null }>()
    .execute();
}

/** The first day of a date's month: "2025-06-17" → "2025-06-01". */
export const monthOfDate = (isoDate: string) => `${isoDate.slice(0, 7)}-01`;

export type ResultRow = {
  kpi_id: number;
  unit_id: number;
  value: string | null;
  inputs: unknown;
  source: 'manual' | 'report' | 'register';
  as_of: string;
  note: string | null;
  entered_by: number | null;
};

/** A unit's stored result for a KPI, locked until the transaction ends: the row version a save checks (none: 0). */
export function lockedResultVersion(db: Db, kpiId: number, unitId: number) {
  return db
    .selectFrom('kpi_results')
    .select('row_version')
    .where('kpi_id', '=', kpiId)
    .where('unit_id', '=', unitId)
    .forUpdate()
    .executeTakeFirst()
    .then((r) => r?.row_version ?? 0);
}

/**
 * Units' current results and their months in the history, in one statement for any number of them (one row per KPI
 * and unit). A result dated before the current one updates its own month only; a later one (or one of the same
 * date) replaces the current result and its month's value, so the current result always equals the value of the
 * latest month.
 */
export async function upsertResults(db: Db, rows: ResultRow[]): Promise<void> {
  if (rows.length === 0) return;
  const now = new Date();
  await db
    .with('current_result', (qb) =>
      qb
        .insertInto('kpi_results')
        .values(rows.map((r) => ({ ...r, inputs: r.inputs === null ? null : json(r.inputs) })))
        .onConflict((oc) =>
          oc
            .columns(['kpi_id', 'unit_id'])
            .doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              inputs: eb.ref('excluded.inputs'),
              source: eb.ref('excluded.source'),
              as_of: eb.ref('excluded.as_of'),
              note: eb.ref('excluded.note'),
              entered_by: eb.ref('excluded.entered_by'),
              updated_at: now,
              row_version: nextStoredRowVersion('kpi_results'),
            }))
            .where('kpi_results.as_of', '<=', sql<string>`excluded.as_of`),
        ),
    )
    .insertInto('kpi_result_months')
    .values(
      rows.map((r) => ({
        kpi_id: r.kpi_id,
        unit_id: r.unit_id,
        month: monthOfDate(r.as_of),
        value: r.value,
        as_of: r.as_of,
        source: r.source,
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['kpi_id', 'unit_id', 'month'])
        .doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          as_of: eb.ref('excluded.as_of'),
          source: eb.ref('excluded.source'),
          updated_at: now,
        }))
        .where('kpi_result_months.as_of', '<=', sql<string>`excluded.as_of`),
    )
    .execute();
}

export type MonthRecord = { kpi_id: number; unit_id: number; month: string; value: string | null };

/** The months of some KPIs for some units between two months (inclusive): one read, none per unit or KPI. */
export function monthsFor(
  db: Db,
  kpiIds: number[],
  unitIds: number[],
  fromMonth: string,
  toMonth: string,
): Promise<MonthRecord[]> {
  if (kpiIds.length === 0 || unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('kpi_result_months')
    .select(['kpi_id', 'unit_id', sql<string>`to_char(month, 'YYYY-MM-DD')`.as('month'), 'value'])
    .where('kpi_id', 'in', kpiIds)
    .where('unit_id', 'in', unitIds)
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .orderBy('kpi_id')
    .orderBy('unit_id')
    .orderBy('month')
    .execute();
}

/**
 * Current results and their monthly history written by the system (the demo's first start): two inserts for all
 * rows. The months' source says they are demo values.
 */
export async function insertResultHistory(
  db: Db,
  results: {
    kpi_id: number;
    unit_id: number;
    value: string;
    as_of: string;
    note: string;
  }[],
  months: { kpi_id: number; unit_id: number; month: string; value: string; as_of: string }[],
) {
  if (results.length > 0)
    await db
      .insertInto('kpi_results')
      .values(results.map((r) => ({ ...r, inputs: null, source: 'manual' as const, entered_by: null })))
      .execute();
  if (months.length > 0)
    await db
      .insertInto('kpi_result_months')
      .values(months.map((m) => ({ ...m, source: 'demo' as const })))
      .execute();
}

/** Many cards in one statement: the rows travel as a single jsonb parameter. */
export async function updateKpis(db: Db, rows: (KpiRow & { id: number })[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    update kpis set
      key = x.key, number = x.number, kind = x.kind, name_th = x.name_th, name_en = x.name_en,
      unit_of_measure = x.unit_of_measure, weight = x.weight, definition = x.definition,
      formula_text = x.formula_text, formula = x.formula, rationale = x.rationale, data_source = x.data_source,
      level_texts = x.level_texts, criteria = x.criteria, evidence = x.evidence, contacts = x.contacts,
      work_group = x.work_group, measurement_day = x.measurement_day, notes = x.notes, position = x.position,
      updated_at = now(), row_version = kpis.row_version + 1
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
      id integer, key text, number text, kind text, name_th text, name_en text, unit_of_measure text,
      weight numeric, definition text, formula_text text, formula jsonb, rationale text, data_source text,
      level_texts jsonb, criteria jsonb, evidence jsonb, contacts jsonb, work_group text,
      measurement_day smallint, notes text, position integer)
    where kpis.id = x.id`.execute(db);
}
