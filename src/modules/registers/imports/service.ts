import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../errors.ts';
import { type AuthUser, canRead } from '../../../plugins/access.ts';
import { findJob, insertJob, type JobProgress, type JobRecord, updateJob } from './queries.ts';

export const createJob = (db: Db, row: Parameters<typeof insertJob>[1]) => insertJob(db, row);

export const reportProgress = (db: Db, id: number, progress: JobProgress) => updateJob(db, id, progress);

export const jobById = (db: Db, id: number) => findJob(db, id);

export function presentJob(j: JobRecord) {
  return {
    id: j.id,
    kind: j.kind,
    unit: { code: j.unit_code, nameTh: j.unit_name_th },
    fiscalYear: j.fiscal_year,
    filename: j.filename,
    status: j.status,
    rowsTotal: j.rows_total,
    rowsRead: j.rows_read,
    rowsSaved: j.rows_saved,
    errorCount: j.error_count,
    errors: j.errors,
    message: j.message,
    createdAt: j.created_at.toISOString(),
    finishedAt: j.finished_at?.toISOString() ?? null,
  };
}

/** An import's progress for the client that polls it: its own author, or anyone who may read the unit. */
export async function getJob(db: Db, user: AuthUser, id: number) {
  const job = await findJob(db, id);
  if (!job || (job.user_id !== user.id && !canRead(user, { path: job.unit_path })))
    throw notFound('งานนำเข้า');
  return { job: presentJob(job) };
}
