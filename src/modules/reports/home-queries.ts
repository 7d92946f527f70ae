import type { Db } from '../../db/database.ts';
import type { SubmissionStatus } from '../../db/tables/reports.ts';
import { pathUnder } from '../../plugins/access.ts';

/**
 * The newest submissions in one status under a unit (a district's returned reports, a province's reports waiting
 * for review), at most `limit`, with how many there are in all (a window count, taken before the limit): one indexed
 * read, one unit's subtree only.
 */
export async function submissionsInStatus(db: Db, path: string, status: SubmissionStatus, limit: number) {
  return withCount(await inStatus(db, path, status, limit).execute());
}

/**
 * A district's newest returned submissions as submissionsInStatus answers them, each with the reason of its latest
 * return ("ส่งคืนแก้ไข", for the officer who has to fix it), in the same read.
 */
export async function returnedWithReasons(db: Db, path: string, limit: number) {
  const rows = await inStatus(db, path, 'returned', limit)
    .select((eb) =>
      eb
        .selectFrom('submission_events as e')
        .select('e.reason')
        .whereRef('e.submission_id', '=', 's.id')
        .where('e.action', '=', 'return')
        .orderBy('e.at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(1)
        .as('reason'),
    )
    .execute();
  return withCount(rows);
}

const withCount = <T extends { total: string }>(rows: T[]) => ({
  items: rows.map(({ total: _total, ...item }) => item),
  count: Number(rows[0]?.total ?? 0),
});

function inStatus(db: Db, path: string, status: SubmissionStatus, limit: number) {
  return db
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
    .limit(limit);
}
