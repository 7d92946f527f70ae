import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { ImportStatus } from '../../../db/tables/registers.ts';

const jobColumns = [
  'j.id',
  'j.kind',
  'j.user_id',
  'j.fiscal_year',
  'j.filename',
  'j.status',
  'j.rows_total',
  'j.rows_read',
  'j.rows_saved',
  'j.error_count',
  'j.errors',
  'j.message',
  'j.created_at',
  'j.finished_at',
  'u.id as unit_id',
  'u.code as unit_code',
  'u.name_th as unit_name_th',
  'u.path as unit_path',
] as const;

export type JobRecord = NonNullable<Awaited<ReturnType<typeof findJob>>>;

export function findJob(db: Db, id: number) {
  return db
    .selectFrom('register_imports as j')
    .innerJoin('units as u', 'u.id', 'j.unit_id')
    .select(jobColumns)
    .where('j.id', '=', id)
    .executeTakeFirst();
}

export function insertJob(
  db: Db,
  row: { kind: 'households'; unit_id: number; user_id: number; fiscal_year: number; filename: string },
) {
  return db.insertInto('register_imports').values(row).returning('id').executeTakeFirstOrThrow();
}

export type JobProgress = {
  status?: ImportStatus;
  rows_total?: number;
  rows_read?: number;
  rows_saved?: number;
  error_count?: number;
  errors?: unknown[];
  message?: string | null;
  finished_at?: Date;
};

export function updateJob(db: Db, id: number, progress: JobProgress) {
  const { errors, ...rest } = progress;
  return db
    .updateTable('register_imports')
    .set({
      ...rest,
      ...(errors === undefined ? {} : { errors: JSON.stringify(errors) }),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** Unfinished imports whose row has not moved for `seconds`: their server stopped; their transaction rolled back. */
export function failImportsStillSince(db: Db, seconds: number, message: string) {
  return db
    .updateTable('register_imports')
    .set({ status: 'failed', message, finished_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('status', 'in', ['validating', 'saving'])
    .where('updated_at', '<=', sql<Date>`now() - make_interval(secs => ${seconds})`)
    .returning('id')
    .execute();
}
