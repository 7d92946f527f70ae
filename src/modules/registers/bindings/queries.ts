import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { RegisterMeasure } from '../../../db/tables/registers.ts';

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
};

function selectBindings(db: Db) {
  return db
    .selectFrom('register_bindings as b')
    .innerJoin('kpis as k', 'k.id', 'b.kpi_id')
    .innerJoin('kpi_sets as s', 's.id', 'k.kpi_set_id')
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
    .where((eb) =>
      eb.or([eb(sql.val(path), 'like', sql<string>`o.path || '%'`), eb('o.path', 'like', `${path}%`)]),
    )
    .orderBy(sql`length(o.path)`, 'desc')
    .orderBy('s.round', 'desc')
    .execute();
}

export function upsertBinding(
  db: Db,
  row: { kpi_id: number; measure: RegisterMeasure; as_of: string; updated_by: number },
) {
  return db
    .insertInto('register_bindings')
    .values(row)
    .onConflict((oc) =>
      oc.column('kpi_id').doUpdateSet({
        measure: row.measure,
        as_of: row.as_of,
        updated_by: row.updated_by,
        updated_at: new Date(),
      }),
    )
    .execute();
}

export function deleteBinding(db: Db, kpiId: number) {
  return db.deleteFrom('register_bindings').where('kpi_id', '=', kpiId).execute();
}

export type BoundUnit = {
  kpi_id: number;
  unit_id: number;
  code: string;
  name_th: string;
  path: string;
  targets: unknown;
};

/** One row per KPI and agent: the latest version of its agreement gives the item's targets. */
const boundUnitColumns = sql`distinct on (i.kpi_id, g.id) i.kpi_id, g.id as unit_id, g.code, g.name_th, g.path, i.targets`;
const byAgent = sql`order by i.kpi_id, g.id, a.version desc`;

/** The agents of the agreements in force or in draft (not superseded) that list the KPIs, with their item targets. */
export function unitsBoundTo(db: Db, kpiIds: number[]): Promise<BoundUnit[]> {
  if (kpiIds.length === 0) return Promise.resolve([]);
  return sql<BoundUnit>`
    select ${boundUnitColumns}
    from agreement_items i
    join agreements a on a.id = i.agreement_id and a.status <> 'superseded'
    join units g on g.id = a.agent_unit_id
    where i.kpi_id in (select jsonb_array_elements_text(${JSON.stringify(kpiIds)}::jsonb)::int)
    ${byAgent}`
    .execute(db)
    .then((r) => r.rows);
}

/**
 * The bound units a register write at `path` may change, for the given measures: agents on the path above it
 * (their totals include it) or below it (a district takes its province's women's fund snapshot).
 */
export function bindingsTouching(db: Db, measures: RegisterMeasure[], path: string) {
  return sql<BoundUnit & { measure: RegisterMeasure; as_of: string; fiscal_year: number; round: number }>`
    select ${boundUnitColumns}, b.measure, b.as_of, s.fiscal_year, s.round
    from register_bindings b
    join kpis k on k.id = b.kpi_id
    join kpi_sets s on s.id = k.kpi_set_id
    join agreement_items i on i.kpi_id = b.kpi_id
    join agreements a on a.id = i.agreement_id and a.status <> 'superseded'
    join units g on g.id = a.agent_unit_id
    where b.measure in (select jsonb_array_elements_text(${JSON.stringify(measures)}::jsonb))
      and (${path} like g.path || '%' or g.path like ${path} || '%')
    ${byAgent}`
    .execute(db)
    .then((r) => r.rows);
}
