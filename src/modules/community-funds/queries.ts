import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, nextRowVersion } from '../../db/row-version.ts';
import type { FundType } from '../../domain/registers/community-funds.ts';
import { containing, pathUnder } from '../../plugins/access.ts';

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
  'f.row_version',
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

export type FundFilter = {
  /** Anywhere in the fund's name, case-insensitive, % and _ as themselves. */
  q?: string | undefined;
  type?: FundType | undefined;
  juristicPerson?: boolean | undefined;
};

/** The funds under `path`, or those of them that match `f`. */
export function fundsUnder(db: Db, path: string, f: FundFilter = {}) {
  let q = db
    .selectFrom('community_funds as f')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .select(fundColumns)
    .where((eb) => pathUnder(eb.ref('u.path'), path));
  if (f.q !== undefined) q = q.where('f.name', 'ilike', containing(f.q));
  if (f.type !== undefined) q = q.where('f.type', '=', f.type);
  if (f.juristicPerson !== undefined) q = q.where('f.juristic_person', '=', f.juristicPerson);
  return q.orderBy('u.code').orderBy('f.name').execute();
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

/** Many funds in one statement (an import's rows, already checked against the stored names). */
export async function insertFunds(db: Db, rows: (FundColumns & { unit_id: number })[]) {
  if (rows.length === 0) return;
  await sql`
    insert into community_funds (unit_id, name, type, juristic_person, capital, savings)
    select unit_id, name, type, juristic_person, capital, savings
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(unit_id integer, name text, type text,
      juristic_person boolean, capital jsonb, savings numeric)`.execute(db);
}

/** Which of the given unit and name pairs already name a stored fund. */
export function fundNamesTaken(db: Db, keys: { unit_id: number; name: string }[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return sql<{ unit_id: number; name: string }>`
    select f.unit_id, f.name
    from community_funds f
    join jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as x(unit_id integer, name text)
      on f.unit_id = x.unit_id and f.name = x.name`
    .execute(db)
    .then((r) => r.rows);
}

/** An edit of one fund, only while it is at the row version the client loaded (if sent). */
export function updateFund(db: Db, id: number, row: Partial<FundColumns>, rowVersion: number | undefined) {
  return db
    .updateTable('community_funds')
    .set({ ...withJson(row), updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
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
