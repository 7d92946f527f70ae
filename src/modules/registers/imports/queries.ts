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
    .set({ ...rest, ...(errors === undefined ? {} : { errors: JSON.stringify(errors) }) })
    .where('id', '=', id)
    .execute();
}
