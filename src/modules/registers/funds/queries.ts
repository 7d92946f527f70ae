import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { yearsOf } from '../../../db/years-of.ts';
import type { FundType } from '../../../domain/registers/community-funds.ts';
import type { PortfolioStatus } from '../../../domain/registers/womens-fund-portfolio.ts';
import { containing, pathUnder } from '../../../plugins/access.ts';

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
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .orderBy('u.code')
    .orderBy('s.as_of', 'desc')
    .execute();
}

export type SnapshotColumns = {
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

export type SnapshotKey = { unit_id: number; as_of: string };

/** The stored snapshots at given units and dates (an import's rows), to tell a replacement from a new one. */
export function snapshotsAtKeys(db: Db, keys: SnapshotKey[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return sql<SnapshotColumns & { id: number }>`
    select s.id, s.unit_id, s.as_of, s.outstanding, s.not_yet_due, s.suspended, s.litigation, s.members,
      s.women_aged_15_plus
    from womens_fund_snapshots s
    join jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as x(unit_id integer, as_of date)
      on s.unit_id = x.unit_id and s.as_of = x.as_of`
    .execute(db)
    .then((r) => r.rows);
}

/** Many snapshots in one statement; a unit and date already stored is replaced, as PUT /womens-fund does. */
export async function upsertSnapshots(db: Db, rows: SnapshotColumns[]) {
  if (rows.length === 0) return;
  await sql`
    insert into womens_fund_snapshots
      (unit_id, as_of, outstanding, not_yet_due, suspended, litigation, members, women_aged_15_plus)
    select unit_id, as_of, outstanding, not_yet_due, suspended, litigation, members, women_aged_15_plus
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(unit_id integer, as_of date, outstanding numeric,
      not_yet_due numeric, suspended numeric, litigation numeric, members integer, women_aged_15_plus integer)
    on conflict (unit_id, as_of) do update set
      outstanding = excluded.outstanding, not_yet_due = excluded.not_yet_due, suspended = excluded.suspended,
      litigation = excluded.litigation, members = excluded.members,
      women_aged_15_plus = excluded.women_aged_15_plus, updated_at = now()`.execute(db);
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

const portfolioColumns = [
  'p.id',
  'p.as_of',
  'p.approved_from',
  'p.approved_to',
  'p.approved_projects',
  'p.approved_amount',
  ...unitColumns,
] as const;

export type PortfolioRecord = Awaited<ReturnType<typeof portfoliosUnder>>[number];

export function portfoliosUnder(db: Db, path: string) {
  return db
    .selectFrom('womens_fund_portfolios as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(portfolioColumns)
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .orderBy('p.as_of', 'desc')
    .orderBy('u.code')
    .execute();
}

export function findPortfolio(db: Db, unitId: number, asOf: string) {
  return db
    .selectFrom('womens_fund_portfolios as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(portfolioColumns)
    .where('p.unit_id', '=', unitId)
    .where('p.as_of', '=', asOf)
    .executeTakeFirst();
}

export type PortfolioLineRecord = Awaited<ReturnType<typeof portfolioLinesOf>>[number];

export function portfolioLinesOf(db: Db, portfolioIds: number[]) {
  if (portfolioIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('womens_fund_portfolio_lines')
    .select(['portfolio_id', 'status', 'projects', 'amount'])
    .where('portfolio_id', 'in', portfolioIds)
    .execute();
}

export type PortfolioColumns = {
  unit_id: number;
  as_of: string;
  approved_from: number;
  approved_to: number;
  approved_projects: number;
  approved_amount: string;
};

export type PortfolioWithLines = PortfolioColumns & {
  lines: { status: PortfolioStatus; projects: number; amount: string }[];
};

/**
 * Portfolios with their eight lines in one statement; a unit and date already stored is replaced, line by line
 * (every report has all eight). Returns the ids by unit and date.
 */
export function upsertPortfolios(db: Db, rows: PortfolioWithLines[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return sql<{ id: number; unit_id: number; as_of: string }>`
    with x as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(unit_id integer, as_of date,
        approved_from smallint, approved_to smallint, approved_projects integer, approved_amount numeric, lines jsonb)
    ), p as (
      insert into womens_fund_portfolios (unit_id, as_of, approved_from, approved_to, approved_projects,
        approved_amount)
      select unit_id, as_of, approved_from, approved_to, approved_projects, approved_amount from x
      on conflict (unit_id, as_of) do update set
        approved_from = excluded.approved_from, approved_to = excluded.approved_to,
        approved_projects = excluded.approved_projects, approved_amount = excluded.approved_amount,
        updated_at = now()
      returning id, unit_id, as_of
    ), l as (
      insert into womens_fund_portfolio_lines (portfolio_id, status, projects, amount)
      select p.id, l.status, l.projects, l.amount
      from x join p on p.unit_id = x.unit_id and p.as_of = x.as_of
      cross join jsonb_to_recordset(x.lines) as l(status text, projects integer, amount numeric)
      on conflict (portfolio_id, status) do update set projects = excluded.projects, amount = excluded.amount
    )
    select id, unit_id, as_of from p`
    .execute(db)
    .then((r) => r.rows);
}

/** The stored portfolios at given units and dates (an import's rows), to tell a replacement from a new one. */
export function portfoliosAtKeys(db: Db, keys: { unit_id: number; as_of: string }[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return sql<{ id: number; unit_id: number; as_of: string }>`
    select p.id, p.unit_id, p.as_of
    from womens_fund_portfolios p
    join jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as x(unit_id integer, as_of date)
      on p.unit_id = x.unit_id and p.as_of = x.as_of`
    .execute(db)
    .then((r) => r.rows);
}

/** The fiscal years that have debt-relief households at or below a unit, newest first. */
export function debtReliefYearsUnder(db: Db, path: string) {
  return yearsOf(
    db
      .selectFrom('debt_relief_households as d')
      .innerJoin('units as u', 'u.id', 'd.unit_id')
      .where((eb) => pathUnder(eb.ref('u.path'), path))
      .select('d.fiscal_year as year'),
  );
}
