import type { Db } from '../../db/database.ts';
import { atStoredRowVersion, nextStoredRowVersion } from '../../db/row-version.ts';

const planColumns = [
  'p.fiscal_year',
  'p.q1',
  'p.q2',
  'p.q3',
  'p.q4',
  'p.demo',
  'p.updated_at',
  'p.row_version',
] as const;

/** The plans of a fiscal year set by any of these units (the department and a province), with their unit. */
export function plansOf(db: Db, fiscalYear: number, unitIds: number[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('budget_plans as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select([...planColumns, 'u.id as unit_id', 'u.code as unit_code', 'u.kind as unit_kind'])
    .where('p.fiscal_year', '=', fiscalYear)
    .where('p.unit_id', 'in', unitIds)
    .execute();
}

/** A unit's plan, replacing the stored one only while it is at the row version the client loaded (if sent). */
export function upsertPlan(
  db: Db,
  row: {
    fiscal_year: number;
    unit_id: number;
    q1: string;
    q2: string;
    q3: string;
    q4: string;
    updated_by: number;
  },
  rowVersion: number | undefined,
) {
  return db
    .insertInto('budget_plans')
    .values({ ...row, demo: false })
    .onConflict((oc) =>
      oc
        .columns(['fiscal_year', 'unit_id'])
        .doUpdateSet({
          q1: row.q1,
          q2: row.q2,
          q3: row.q3,
          q4: row.q4,
          demo: false,
          updated_by: row.updated_by,
          updated_at: new Date(),
          row_version: nextStoredRowVersion('budget_plans'),
        })
        .where(atStoredRowVersion('budget_plans', rowVersion)),
    )
    .returning('row_version')
    .executeTakeFirst();
}

/** The demo province's example plan (marked demo: the seeds state no quarterly targets). */
export function insertDemoPlans(
  db: Db,
  rows: { fiscal_year: number; unit_id: number; q1: string; q2: string; q3: string; q4: string }[],
) {
  if (rows.length === 0) return Promise.resolve();
  return db
    .insertInto('budget_plans')
    .values(rows.map((r) => ({ ...r, demo: true, updated_by: null })))
    .onConflict((oc) => oc.columns(['fiscal_year', 'unit_id']).doNothing())
    .execute();
}
