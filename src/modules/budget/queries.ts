import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import {
  atRowVersion,
  atStoredRowVersion,
  nextRowVersion,
  nextStoredRowVersion,
} from '../../db/row-version.ts';
import type { BudgetEventKind } from '../../db/tables/registers.ts';
import { yearsOf } from '../../db/years-of.ts';
import { containing, pathUnder } from '../../plugins/access.ts';

const lineColumns = [
  'l.id',
  'l.fiscal_year',
  'l.category',
  'l.name',
  'l.row_version',
  'u.id as unit_id',
  'u.code as unit_code',
  'u.name_th as unit_name_th',
  'u.path as unit_path',
] as const;

function selectLines(db: Db) {
  return db.selectFrom('budget_lines as l').innerJoin('units as u', 'u.id', 'l.unit_id').select(lineColumns);
}

export type LineRecord = NonNullable<Awaited<ReturnType<typeof findLine>>>;

export function findLine(db: Db, id: number) {
  return selectLines(db).where('l.id', '=', id).executeTakeFirst();
}

export type LineFilter = {
  /** Anywhere in the line's name or category, case-insensitive, % and _ as themselves. */
  q?: string | undefined;
  category?: string | undefined;
};

/** The unit's lines of a year under `path`, or those of them that match `f`. */
export function linesUnder(db: Db, path: string, fiscalYear: number, f: LineFilter = {}) {
  let q = selectLines(db)
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .where('l.fiscal_year', '=', fiscalYear);
  if (f.category !== undefined) q = q.where('l.category', '=', f.category);
  if (f.q !== undefined) {
    const pattern = containing(f.q);
    q = q.where((eb) => eb.or([eb('l.name', 'ilike', pattern), eb('l.category', 'ilike', pattern)]));
  }
  return q.orderBy('u.code').orderBy('l.category').orderBy('l.name').execute();
}

/** Every category of the unit's lines of a year and its number of lines: the whole register, whatever a search shows. */
export function lineCategories(db: Db, path: string, fiscalYear: number) {
  return db
    .selectFrom('budget_lines as l')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .select((eb) => ['l.category', eb.fn.countAll<number>().as('lines')])
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .where('l.fiscal_year', '=', fiscalYear)
    .groupBy('l.category')
    .orderBy('l.category')
    .execute();
}

export type EventRecord = {
  id: number;
  line_id: number;
  kind: BudgetEventKind;
  occurred_on: string;
  amount: string;
  against_purchase_order: boolean;
  note: string | null;
};

export function eventsOfLines(db: Db, lineIds: number[]): Promise<EventRecord[]> {
  if (lineIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('budget_events')
    .select(['id', 'line_id', 'kind', 'occurred_on', 'amount', 'against_purchase_order', 'note'])
    .where('line_id', 'in', lineIds)
    .orderBy('occurred_on')
    .orderBy('id')
    .execute();
}

export function findEvent(db: Db, id: number) {
  return db
    .selectFrom('budget_events')
    .select(['id', 'line_id', 'kind', 'occurred_on', 'amount', 'against_purchase_order', 'note'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertLine(
  db: Db,
  row: { fiscal_year: number; unit_id: number; category: string; name: string },
) {
  return db.insertInto('budget_lines').values(row).returning('id').executeTakeFirstOrThrow();
}

/** A rename of one line, only while it is at the row version the client loaded (if sent). */
export function updateLine(
  db: Db,
  id: number,
  row: { category: string; name: string },
  rowVersion: number | undefined,
) {
  return db
    .updateTable('budget_lines')
    .set({ ...row, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

export function lineExists(
  db: Db,
  row: { fiscal_year: number; unit_id: number; category: string; name: string },
) {
  return db
    .selectFrom('budget_lines')
    .select('id')
    .where('unit_id', '=', row.unit_id)
    .where('fiscal_year', '=', row.fiscal_year)
    .where('category', '=', row.category)
    .where('name', '=', row.name)
    .executeTakeFirst();
}

type NewEvent = {
  line_id: number;
  kind: BudgetEventKind;
  occurred_on: string;
  amount: string;
  against_purchase_order: boolean;
  note: string | null;
  created_by: number | null;
};

export function insertEvent(db: Db, row: NewEvent) {
  return db.insertInto('budget_events').values(row).returning('id').executeTakeFirstOrThrow();
}

export function deleteEvent(db: Db, id: number) {
  return db.deleteFrom('budget_events').where('id', '=', id).execute();
}

export function cutoffOf(db: Db, fiscalYear: number) {
  return db
    .selectFrom('budget_cutoffs')
    .select(['fiscal_year', 'return_cutoff', 'row_version'])
    .where('fiscal_year', '=', fiscalYear)
    .executeTakeFirst();
}

export function listCutoffs(db: Db) {
  return db
    .selectFrom('budget_cutoffs')
    .select(['fiscal_year', 'return_cutoff', 'row_version'])
    .orderBy('fiscal_year')
    .execute();
}

/** A year's cut-off, replacing the stored one only while it is at the row version the client loaded (if sent). */
export function upsertCutoff(
  db: Db,
  fiscalYear: number,
  returnCutoff: string,
  rowVersion: number | undefined,
) {
  return db
    .insertInto('budget_cutoffs')
    .values({ fiscal_year: fiscalYear, return_cutoff: returnCutoff })
    .onConflict((oc) =>
      oc
        .column('fiscal_year')
        .doUpdateSet({
          return_cutoff: returnCutoff,
          updated_at: new Date(),
          row_version: nextStoredRowVersion('budget_cutoffs'),
        })
        .where(atStoredRowVersion('budget_cutoffs', rowVersion)),
    )
    .returning('row_version')
    .executeTakeFirst();
}

/** Lines named in an imported table, found or created in one statement each way; returns every key's id. */
export async function ensureLines(
  db: Db,
  rows: { fiscal_year: number; unit_id: number; category: string; name: string }[],
) {
  if (rows.length === 0) return [];
  const values = JSON.stringify(rows);
  await sql`
    insert into budget_lines (fiscal_year, unit_id, category, name)
    select fiscal_year, unit_id, category, name
    from jsonb_to_recordset(${values}::jsonb) as x(fiscal_year smallint, unit_id integer, category text, name text)
    on conflict (unit_id, fiscal_year, category, name) do nothing`.execute(db);
  return sql<{ id: number; unit_id: number; category: string; name: string }>`
    select l.id, l.unit_id, l.category, l.name
    from budget_lines l
    join jsonb_to_recordset(${values}::jsonb) as x(fiscal_year smallint, unit_id integer, category text, name text)
      on l.unit_id = x.unit_id and l.fiscal_year = x.fiscal_year and l.category = x.category and l.name = x.name`
    .execute(db)
    .then((r) => r.rows);
}

export async function insertEvents(db: Db, rows: NewEvent[]) {
  if (rows.length === 0) return;
  await sql`
    insert into budget_events (line_id, kind, occurred_on, amount, against_purchase_order, note, created_by)
    select line_id, kind, occurred_on, amount, against_purchase_order, note, created_by
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(line_id integer, kind text, occurred_on date,
      amount numeric, against_purchase_order boolean, note text, created_by integer)`.execute(db);
}

/** Lines already stored under given keys (unit, category, name) of a fiscal year, with their events. */
export function storedEventsOfKeys(
  db: Db,
  fiscalYear: number,
  keys: { unit_id: number; category: string; name: string }[],
) {
  if (keys.length === 0) return Promise.resolve([]);
  return sql<EventRecord & { unit_id: number; category: string; name: string }>`
    select e.id, e.line_id, e.kind, e.occurred_on, e.amount, e.against_purchase_order, e.note,
      l.unit_id, l.category, l.name
    from budget_lines l
    join jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as x(unit_id integer, category text, name text)
      on l.unit_id = x.unit_id and l.category = x.category and l.name = x.name
    join budget_events e on e.line_id = l.id
    where l.fiscal_year = ${fiscalYear}`
    .execute(db)
    .then((r) => r.rows);
}

/** Every event of the fiscal year under each unit's subtree (the units a KPI is bound for), with its line. */
export function eventsForUnits(db: Db, units: { code: string; path: string }[], fiscalYear: number) {
  if (units.length === 0) return Promise.resolve([]);
  return sql<EventRecord & { code: string; category: string }>`
    select a.code, l.category, e.id, e.line_id, e.kind, e.occurred_on, e.amount, e.against_purchase_order, e.note
    from jsonb_to_recordset(${JSON.stringify(units)}::jsonb) as a(code text, path text)
    join units u on starts_with(u.path, a.path)
    join budget_lines l on l.unit_id = u.id and l.fiscal_year = ${fiscalYear}
    join budget_events e on e.line_id = l.id
    order by a.code, e.line_id, e.occurred_on, e.id`
    .execute(db)
    .then((r) => r.rows);
}

export function linesByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return selectLines(db).where('l.id', 'in', ids).execute();
}

/** The fiscal years that have budget lines at or below a unit, newest first. */
export function budgetYearsUnder(db: Db, path: string) {
  return yearsOf(
    db
      .selectFrom('budget_lines as l')
      .innerJoin('units as u', 'u.id', 'l.unit_id')
      .where((eb) => pathUnder(eb.ref('u.path'), path))
      .select('l.fiscal_year as year'),
  );
}
