import type { Db } from '../../db/database.ts';
import type { SubmissionStatus } from '../../db/tables/reports.ts';
import { pathUnder } from '../../plugins/access.ts';

/**
 * The newest submissions in one status under a unit (a district's returned reports, a province's reports waiting
 * for review), at most `limit`, with how many there are in all (a window count, taken before the limit): one indexed
 * read, one unit's subtree only.
 */
export async function submissionsInStatus(db: Db, path: string, status: SubmissionStatus, limit: number) {
  const rows = await db
    .selectFrom('submissions as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .innerJoin('report_types as t', 't.id', 's.report_type_id')
    .select((eb) => [
      's.id',
      's.period_key',
      's.due_date',
      's.submitted_at',
      's.updated_at',
      'u.code as unit_code',
      'u.name_th as unit_name_th',
      't.name_th as report_name_th',
      eb.fn.countAll<string>().over().as('total'),
    ])
    .where('s.status', '=', status)
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .orderBy('s.updated_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
  return { items: rows.map(({ total: _total, ...item }) => item), count: Number(rows[0]?.total ?? 0) };
}

/** The reason of each submission's latest return ("ส่งคืนแก้ไข"), for the officer who has to fix it. */
export async function lastReturnReasons(db: Db, submissionIds: number[]) {
  if (submissionIds.length === 0) return new Map<number, string | null>();
  const rows = await db
    .selectFrom('submission_events')
    .select(['submission_id', 'reason', 'at', 'id'])
    .where('submission_id', 'in', submissionIds)
    .where('action', '=', 'return')
    .orderBy('at')
    .orderBy('id')
    .execute();
  return new Map(rows.map((r) => [r.submission_id, r.reason]));
}
