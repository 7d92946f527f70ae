import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ImportStatus } from '../../db/tables/registers.ts';

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

/** The heartbeat of the imports this process is running: their rows move even while a long batch saves. */
export async function touchJobs(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('register_imports')
    .set({ updated_at: sql<Date>`now()` })
    .where('id', 'in', ids)
    .execute();
}

/**
 * Unfinished imports whose row has not moved for `seconds`: their server stopped. The save's transaction writes the
 * import's audit row (entity_id `import:<id>`), so with that row it committed before the server stopped and is done;
 * without it, it rolled back and saved nothing.
 */
export function failImportsStillSince(db: Db, seconds: number, messages: { failed: string; done: string }) {
  const committed = sql<boolean>`exists (select 1 from audit_log a
    where a.entity = 'household' and a.action = 'import' and a.entity_id = 'import:' || register_imports.id)`;
  return db
    .updateTable('register_imports')
    .set({
      status: sql`case when ${committed} then 'done' else 'failed' end`,
      message: sql`case when ${committed} then ${messages.done}::text else ${messages.failed}::text end`,
      finished_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
    })
    .where('status', 'in', ['validating', 'saving'])
    .where('updated_at', '<=', sql<Date>`now() - make_interval(secs => ${seconds})`)
    .returning('id')
    .execute();
}
