import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { FundType } from '../../../domain/registers/community-funds.ts';
import { under } from '../scope.ts';

const unitColumns = [
  'u.id as unit_id',
  'u.code as unit_code',
  'u.name_th as unit_name_th',
  'u.path as unit_path',
] as const;

const fundColumns = [
  'f.id',
  'f.name',
  'f.type',
  'f.juristic_person',
  'f.capital',
  'f.savings',
  ...unitColumns,
] as const;

export type FundRecord = NonNullable<Awaited<ReturnType<typeof findFund>>>;

export function findFund(db: Db, id: number) {
  return db
    .selectFrom('community_funds as f')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .select(fundColumns)
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export function fundsUnder(db: Db, path: string) {
  return db
    .selectFrom('community_funds as f')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .select(fundColumns)
    .where('u.path', 'like', under(path))
    .orderBy('u.code')
    .orderBy('f.name')
    .execute();
}

export type FundColumns = {
  name: string;
  type: FundType;
  juristic_person: boolean;
  capital: unknown;
  savings: string | null;
};

const withJson = (row: Partial<FundColumns>) =>
  row.capital === undefined
    ? { ...row, capital: undefined }
    : { ...row, capital: JSON.stringify(row.capital) };

export function insertFund(db: Db, row: FundColumns & { unit_id: number }) {
  return db
    .insertInto('community_funds')
    .values({ ...row, capital: JSON.stringify(row.capital) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateFund(db: Db, id: number, row: Partial<FundColumns>) {
  return db
    .updateTable('community_funds')
    .set({ ...withJson(row), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function fundNameTaken(db: Db, unitId: number, name: string, exceptId?: number) {
  let q = db
    .selectFrom('community_funds')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('name', '=', name);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst().then((r) => r !== undefined);
}

const snapshotColumns = [
  's.id',
  's.as_of',
  's.outstanding',
  's.not_yet_due',
  's.suspended',
  's.litigation',
  's.members',
  's.women_aged_15_plus',
  ...unitColumns,
] as const;

export type SnapshotRecord = Awaited<ReturnType<typeof snapshotsUnder>>[number];

export function snapshotsUnder(db: Db, path: string) {
  return db
    .selectFrom('womens_fund_snapshots as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .select(snapshotColumns)
    .where('u.path', 'like', under(path))
    .orderBy('u.code')
    .orderBy('s.as_of', 'desc')
    .execute();
}

type SnapshotColumns = {
  unit_id: number;
  as_of: string;
  outstanding: string;
  not_yet_due: string;
  suspended: string;
  litigation: string;
  members: number | null;
  women_aged_15_plus: number | null;
};

/** One snapshot per unit and date: entering the same date again replaces it. */
export function upsertSnapshot(db: Db, row: SnapshotColumns) {
  const { unit_id: _u, as_of: _a, ...changes } = row;
  return db
    .insertInto('womens_fund_snapshots')
    .values(row)
    .onConflict((oc) => oc.columns(['unit_id', 'as_of']).doUpdateSet({ ...changes, updated_at: new Date() }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function findSnapshot(db: Db, unitId: number, asOf: string) {
  return db
    .selectFrom('womens_fund_snapshots as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .select(snapshotColumns)
    .where('s.unit_id', '=', unitId)
    .where('s.as_of', '=', asOf)
    .executeTakeFirst();
}

/**
 * For each unit, the latest snapshot on or before `asOf` of the nearest unit on its path: its own, else its
 * province's (the fund reports by province; a district's team KPI takes the province figure).
 */
export function nearestSnapshots(db: Db, units: { code: string; path: string }[], asOf: string) {
  if (units.length === 0) return Promise.resolve([]);
  return sql<Omit<SnapshotRecord, 'unit_id' | 'unit_path'> & { code: string }>`
    select distinct on (a.code) a.code, s.id, s.as_of, s.outstanding, s.not_yet_due, s.suspended, s.litigation,
      s.members, s.women_aged_15_plus, u.code as unit_code, u.name_th as unit_name_th
    from jsonb_to_recordset(${JSON.stringify(units)}::jsonb) as a(code text, path text)
    join units u on a.path like u.path || '%'
    join womens_fund_snapshots s on s.unit_id = u.id and s.as_of <= ${asOf}::date
    order by a.code, length(u.path) desc, s.as_of desc`
    .execute(db)
    .then((r) => r.rows);
}

const debtColumns = [
  'd.id',
  'd.fiscal_year',
  'd.label',
  'd.entered_process',
  'd.debt_restructured',
  'd.occupational_promotion',
  ...unitColumns,
] as const;

export type DebtRecord = NonNullable<Awaited<ReturnType<typeof findDebtHousehold>>>;

export function findDebtHousehold(db: Db, id: number) {
  return db
    .selectFrom('debt_relief_households as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select(debtColumns)
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export function debtHouseholdsUnder(db: Db, path: string, fiscalYear: number) {
  return db
    .selectFrom('debt_relief_households as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select(debtColumns)
    .where('u.path', 'like', under(path))
    .where('d.fiscal_year', '=', fiscalYear)
    .orderBy('u.code')
    .orderBy('d.label')
    .execute();
}

export type DebtColumns = {
  label: string;
  entered_process: boolean;
  debt_restructured: boolean;
  occupational_promotion: boolean;
};

export function insertDebtHousehold(db: Db, row: DebtColumns & { unit_id: number; fiscal_year: number }) {
  return db.insertInto('debt_relief_households').values(row).returning('id').executeTakeFirstOrThrow();
}

export function updateDebtHousehold(db: Db, id: number, row: Partial<DebtColumns>) {
  return db
    .updateTable('debt_relief_households')
    .set({ ...row, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function debtLabelTaken(db: Db, unitId: number, fiscalYear: number, label: string) {
  return db
    .selectFrom('debt_relief_households')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('fiscal_year', '=', fiscalYear)
    .where('label', '=', label)
    .executeTakeFirst()
    .then((r) => r !== undefined);
}

export function debtHouseholdsForUnits(db: Db, units: { code: string; path: string }[], fiscalYear: number) {
  if (units.length === 0) return Promise.resolve([]);
  return sql<DebtColumns & { code: string; id: number }>`
    select a.code, d.id, d.label, d.entered_process, d.debt_restructured, d.occupational_promotion
    from jsonb_to_recordset(${JSON.stringify(units)}::jsonb) as a(code text, path text)
    join units u on u.path like a.path || '%'
    join debt_relief_households d on d.unit_id = u.id and d.fiscal_year = ${fiscalYear}
    order by a.code, d.id`
    .execute(db)
    .then((r) => r.rows);
}
