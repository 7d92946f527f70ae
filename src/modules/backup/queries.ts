import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Kysely's own bookkeeping: the migration list travels in the manifest, never as rows. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

export type TableInfo = { name: string; columns: string[]; primaryKey: string[] };

export type ForeignKey = { table: string; references: string };

export async function appliedMigrations(db: Db): Promise<string[]> {
  const exists = await tableExists(db, 'kysely_migration');
  if (!exists) return [];
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

async function tableExists(db: Db, name: string): Promise<boolean> {
  const { rows } = await sql<{
    found: boolean;
  }>`select to_regclass(${`public.${name}`}) is not null as found`.execute(db);
  return rows[0]?.found ?? false;
}

/** Every table of the public schema but Kysely's, with its columns in order and its primary key. */
export async function dataTables(db: Db): Promise<TableInfo[]> {
  const { rows } = await sql<{ name: string; columns: string[]; primary_key: string[] | null }>`
    select c.relname as name,
      (select array_agg(a.attname::text order by a.attnum) from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped) as columns,
      (select array_agg(a.attname::text order by array_position(i.indkey::int2[], a.attnum))
        from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = c.oid and i.indisprimary) as primary_key
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.relname <> all(${MIGRATION_TABLES})
    order by c.relname`.execute(db);
  return rows.map((r) => ({ name: r.name, columns: r.columns, primaryKey: r.primary_key ?? r.columns }));
}

export async function foreignKeys(db: Db): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    select c.conrelid::regclass::text as table, c.confrelid::regclass::text as references
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public'
    order by 1, 2`.execute(db);
  return rows;
}

/**
 * One page of a table's rows in key order after the key `after` (its columns as text), each as PostgreSQL's own JSON
 * text: numeric, dates and bytea stay exact, and no value passes through a JavaScript number.
 */
export async function rowsPage(
  db: Db,
  table: TableInfo,
  after: string[] | null,
  limit: number,
): Promise<{ json: string; key: string[] }[]> {
  const keyColumns = table.primaryKey.map((c) => sql.ref(`t.${c}`));
  const { rows } = await sql<{ json: string; key: string[] }>`
    select row_to_json(t)::text as json, array[${sql.join(keyColumns.map((c) => sql`${c}::text`))}] as key
    from ${sql.table(table.name)} t
    ${after === null ? sql`` : sql`where (${sql.join(keyColumns)}) > (${sql.join(after)})`}
    order by ${sql.join(keyColumns)}
    limit ${limit}`.execute(db);
  return rows;
}

export async function hasUnits(db: Db): Promise<boolean> {
  if (!(await tableExists(db, 'units'))) return false;
  const { rows } = await sql<{ found: boolean }>`select exists (select 1 from units) as found`.execute(db);
  return rows[0]?.found ?? false;
}

/** Empties the schema: every table of public, Kysely's included, so the migrations run again from nothing. */
export async function dropAllTables(db: Db): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r'`.execute(db);
  if (rows.length === 0) return;
  await sql`drop table if exists ${sql.join(rows.map((r) => sql.table(r.name)))} cascade`.execute(db);
}

/** Rows the migrations themselves insert (e.g. budget cut-offs) go: the backup holds them as they were. */
export async function truncateTables(db: Db, tables: string[]): Promise<void> {
  if (tables.length === 0) return;
  await sql`truncate ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
}

/** Rows given as a JSON array of PostgreSQL's row_to_json objects; the database converts every value itself. */
export async function insertRows(db: Db, table: string, jsonArray: string): Promise<void> {
  await sql`insert into ${sql.table(table)}
    select * from json_populate_recordset(null::${sql.table(table)}, ${jsonArray}::json)`.execute(db);
}

/** A self-reference (a unit's parent) may point at a later row: checked at the end of the load instead. */
export async function setSelfReferencesDeferrable(db: Db, deferrable: boolean): Promise<void> {
  const mode = deferrable ? 'deferrable initially deferred' : 'not deferrable';
  await sql`
    do $$
    declare k record;
    begin
      for k in select c.conrelid::regclass::text as tbl, c.conname from pg_constraint c
               join pg_namespace n on n.oid = c.connamespace
               where c.contype = 'f' and n.nspname = 'public' and c.conrelid = c.confrelid loop
        execute format('alter table %s alter constraint %I ${sql.raw(mode)}', k.tbl, k.conname);
      end loop;
    end $$`.execute(db);
}

export async function checkDeferredConstraints(db: Db): Promise<void> {
  await sql`set constraints all immediate`.execute(db);
}

/** Identity columns continue after the largest restored id. */
export async function resetIdentities(db: Db): Promise<void> {
  await sql`
    do $$
    declare c record;
    begin
      for c in select table_name, column_name from information_schema.columns
               where table_schema = 'public' and is_identity = 'YES' loop
        execute format('select setval(pg_get_serial_sequence(%L, %L), coalesce(max(%I), 0) + 1, false) from %I',
          c.table_name, c.column_name, c.column_name, c.table_name);
      end loop;
    end $$`.execute(db);
}

export async function readOnlySnapshot(db: Db): Promise<void> {
  await sql`set transaction read only`.execute(db);
}
