import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, nextRowVersion } from '../../db/row-version.ts';
import { yearsOf } from '../../db/years-of.ts';
import { containing, pathUnder } from '../../plugins/access.ts';

const unitColumns = [
  'u.id as unit_id',
  'u.code as unit_code',
  'u.name_th as unit_name_th',
  'u.path as unit_path',
] as const;

const debtColumns = [
  'd.id',
  'd.fiscal_year',
  'd.label',
  'd.entered_process',
  'd.debt_restructured',
  'd.occupational_promotion',
  'd.row_version',
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

export type DebtFilter = {
  /** Anywhere in the household's label, case-insensitive, % and _ as themselves. */
  q?: string | undefined;
  /** All three steps taken (true) or not all (false): domain countsAsDebtReduced, in SQL. */
  reduced?: boolean | undefined;
};

/** The target households of a year under `path`, or those of them that match `f`. */
export function debtHouseholdsUnder(db: Db, path: string, fiscalYear: number, f: DebtFilter = {}) {
  let q = db
    .selectFrom('debt_relief_households as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select(debtColumns)
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .where('d.fiscal_year', '=', fiscalYear);
  if (f.q !== undefined) q = q.where('d.label', 'ilike', containing(f.q));
  const reduced = f.reduced;
  if (reduced !== undefined) {
    q = q.where((eb) => {
      const allThree = eb.and([
        eb('d.entered_process', '=', true),
        eb('d.debt_restructured', '=', true),
        eb('d.occupational_promotion', '=', true),
      ]);
      return reduced ? allThree : eb.not(allThree);
    });
  }
  return q.orderBy('u.code').orderBy('d.label').execute();
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

/** An edit of one target household, only while it is at the row version the client loaded (if sent). */
export function updateDebtHousehold(
  db: Db,
  id: number,
  row: Partial<DebtColumns>,
  rowVersion: number | undefined,
) {
  return db
    .updateTable('debt_relief_households')
    .set({ ...row, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
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
    join units u on starts_with(u.path, a.path)
    join debt_relief_households d on d.unit_id = u.id and d.fiscal_year = ${fiscalYear}
    order by a.code, d.id`
    .execute(db)
    .then((r) => r.rows);
}

export type DebtKey = { unit_id: number; fiscal_year: number; label: string };

/** The stored target households with given unit, fiscal year and label (an import's rows). */
export function debtHouseholdsAtKeys(db: Db, keys: DebtKey[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return sql<DebtKey & DebtColumns & { id: number }>`
    select d.id, d.unit_id, d.fiscal_year, d.label, d.entered_process, d.debt_restructured, d.occupational_promotion
    from debt_relief_households d
    join jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as x(unit_id integer, fiscal_year smallint, label text)
      on d.unit_id = x.unit_id and d.fiscal_year = x.fiscal_year and d.label = x.label`
    .execute(db)
    .then((r) => r.rows);
}

/** Many target households in one statement: a unit, year and label already stored has its three steps updated. */
export async function upsertDebtHouseholds(db: Db, rows: (DebtColumns & DebtKey)[]) {
  if (rows.length === 0) return;
  await sql`
    insert into debt_relief_households
      (unit_id, fiscal_year, label, entered_process, debt_restructured, occupational_promotion)
    select unit_id, fiscal_year, label, entered_process, debt_restructured, occupational_promotion
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(unit_id integer, fiscal_year smallint, label text,
      entered_process boolean, debt_restructured boolean, occupational_promotion boolean)
    on conflict (unit_id, fiscal_year, label) do update set
      entered_process = excluded.entered_process, debt_restructured = excluded.debt_restructured,
      occupational_promotion = excluded.occupational_promotion, updated_at = now()`.execute(db);
}

/** The fiscal years that have debt-relief households at or below a unit, newest first. */
export function householdYearsUnder(db: Db, path: string) {
  return yearsOf(
    db
      .selectFrom('debt_relief_households as d')
      .innerJoin('units as u', 'u.id', 'd.unit_id')
      .where((eb) => pathUnder(eb.ref('u.path'), path))
      .select('d.fiscal_year as year'),
  );
}
