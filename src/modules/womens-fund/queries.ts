import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atStoredRowVersion, nextStoredRowVersion } from '../../db/row-version.ts';
import type { PortfolioStatus } from '../../domain/registers/womens-fund-portfolio.ts';
import { pathUnder } from '../../plugins/access.ts';

const unitColumns = [
  'u.id as unit_id',
  'u.code as unit_code',
  'u.name_th as unit_name_th',
  'u.path as unit_path',
] as const;

const snapshotColumns = [
  's.id',
  's.as_of',
  's.outstanding',
  's.not_yet_due',
  's.suspended',
  's.litigation',
  's.members',
  's.women_aged_15_plus',
  's.row_version',
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
/** A unit's snapshot at a date, replacing the stored one only while it is at the row version the client loaded. */
export function upsertSnapshot(db: Db, row: SnapshotColumns, rowVersion: number | undefined) {
  const { unit_id: _u, as_of: _a, ...changes } = row;
  return db
    .insertInto('womens_fund_snapshots')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['unit_id', 'as_of'])
        .doUpdateSet({
          ...changes,
          updated_at: new Date(),
          row_version: nextStoredRowVersion('womens_fund_snapshots'),
        })
        .where(atStoredRowVersion('womens_fund_snapshots', rowVersion)),
    )
    .returning('id')
    .executeTakeFirst();
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
    join units u on starts_with(a.path, u.path)
    join womens_fund_snapshots s on s.unit_id = u.id and s.as_of <= ${asOf}::date
    order by a.code, length(u.path) desc, s.as_of desc`
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
      women_aged_15_plus = excluded.women_aged_15_plus, updated_at = now(),
      row_version = womens_fund_snapshots.row_version + 1`.execute(db);
}

const portfolioColumns = [
  'p.id',
  'p.as_of',
  'p.approved_from',
  'p.approved_to',
  'p.approved_projects',
  'p.approved_amount',
  'p.row_version',
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

/** A province's stored report at a date, locked until the transaction ends: the version a save checks (none: 0). */
export function lockedPortfolioVersion(db: Db, unitId: number, asOf: string) {
  return db
    .selectFrom('womens_fund_portfolios')
    .select('row_version')
    .where('unit_id', '=', unitId)
    .where('as_of', '=', asOf)
    .forUpdate()
    .executeTakeFirst()
    .then((r) => r?.row_version ?? 0);
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
        updated_at = now(), row_version = womens_fund_portfolios.row_version + 1
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
