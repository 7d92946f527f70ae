import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import {
  failImportsStillSince,
  findJob,
  insertJob,
  type JobProgress,
  type JobRecord,
  touchJobs,
  updateJob,
} from './queries.ts';
import type { ImportRowError } from './schemas.ts';

/** The imports this process has started and not finished: the register worker keeps their rows moving. */
const running = new Set<number>();

export async function createJob(db: Db, row: Parameters<typeof insertJob>[1]) {
  const job = await insertJob(db, row);
  running.add(job.id);
  return job;
}

export async function reportProgress(db: Db, id: number, progress: JobProgress) {
  await updateJob(db, id, progress);
  if (progress.status === 'done' || progress.status === 'failed') running.delete(id);
}

export const keepRunningImportsAlive = (db: Db) => touchJobs(db, [...running]);

/** Where an import's raw errors go: the request's logger, or the console of a script. */
export type ImportLog = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

/**
 * What a failed import tells the officer: the Thai message of a refusal, or a general one; the raw error (a parser's
 * "invalid signature: 0x…", a database error) goes to the server log only.
 */
export function failureMessage(log: ImportLog, error: unknown): string {
  if (error instanceof AppError) {
    if (error.cause !== undefined) log.warn({ err: error.cause }, error.message);
    return error.message;
  }
  log.error({ err: error }, 'import failed');
  return 'เกิดข้อผิดพลาดภายในระบบ กรุณาลองอีกครั้ง หากยังไม่สำเร็จโปรดแจ้งผู้ดูแลระบบ';
}

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
    errors: j.errors as ImportRowError[] | null,
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

/**
 * An import runs in its server's process and saves in one transaction, so one whose server stopped saved nothing,
 * unless it stopped between the save's commit and the job's last update; its row is marked failed with a message
 * telling the officer to import the file again (or done). PGlite has one process per data directory, so at its
 * start-up every unfinished import is dead (`seconds` 0); on PostgreSQL other instances may be importing, so only
 * rows their heartbeat (the register worker's) has not moved for a while are.
 */
export async function failInterruptedImports(db: Db, seconds: number): Promise<number> {
  const failed = await failImportsStillSince(db, seconds, {
    failed: 'การนำเข้าหยุดลงเพราะระบบเริ่มทำงานใหม่ ไม่มีข้อมูลใดถูกบันทึก กรุณานำเข้าไฟล์อีกครั้ง',
    done: 'นำเข้าแล้ว ข้อมูลทั้งไฟล์ถูกบันทึกก่อนระบบเริ่มทำงานใหม่',
  });
  return failed.length;
}
