import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, nextRowVersion } from '../../db/row-version.ts';
import type { MeetingMinutesTable } from '../../db/tables/minutes.ts';
import { containing, pathUnder } from '../../plugins/access.ts';

/** All SQL of the meeting minutes: the per-office number counter and the minutes themselves. */

const columns = [
  'm.id',
  'm.unit_id',
  'm.number_no',
  'm.number_year',
  'm.version',
  'm.amends_id',
  'm.status',
  'm.title_th',
  'm.meeting_date',
  'm.time_from',
  'm.time_to',
  'm.venue_th',
  'm.created_at',
  'm.updated_at',
  'm.finished_at',
  'm.row_version',
  'n.code as unit_code',
  'n.name_th as unit_name_th',
  'n.path as unit_path',
] as const;

function selectMinutes(db: Db) {
  return db.selectFrom('meeting_minutes as m').innerJoin('units as n', 'n.id', 'm.unit_id').select(columns);
}

export type MinutesRow = Awaited<ReturnType<typeof findMinutes>> & {};

export function findMinutes(db: Db, id: number) {
  return selectMinutes(db).select('m.body').where('m.id', '=', id).executeTakeFirst();
}

/**
 * Takes the office's next number for a B.E. year in one statement: the counter row is created at 1 or bumped, and
 * the row lock it takes makes a concurrent create wait and get the number after.
 */
export async function takeNumber(db: Db, unitId: number, year: number, atLeast = 1): Promise<number> {
  const row = await db
    .insertInto('meeting_minute_counters')
    .values({ unit_id: unitId, number_year: year, last_no: atLeast })
    .onConflict((oc) =>
      oc.columns(['unit_id', 'number_year']).doUpdateSet({
        last_no: sql<number>`greatest(meeting_minute_counters.last_no + 1, ${atLeast})`,
      }),
    )
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return row.last_no;
}

export function lastNumberGiven(db: Db, unitId: number, year: number) {
  return db
    .selectFrom('meeting_minute_counters')
    .select('last_no')
    .where('unit_id', '=', unitId)
    .where('number_year', '=', year)
    .executeTakeFirst()
    .then((r) => r?.last_no ?? null);
}

export function insertMinutes(db: Db, row: Insertable<MeetingMinutesTable>) {
  return db.insertInto('meeting_minutes').values(row).returning('id').executeTakeFirstOrThrow();
}

export function updateMinutes(
  db: Db,
  id: number,
  changes: {
    title_th: string;
    meeting_date: string;
    time_from: string;
    time_to: string | null;
    venue_th: string;
    body: string;
    search_text: string;
  },
  rowVersion: number | undefined,
) {
  return db
    .updateTable('meeting_minutes')
    .set({ ...changes, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where(atRowVersion(rowVersion))
    .executeTakeFirst()
    .then((r) => Number(r.numUpdatedRows));
}

export function markFinished(db: Db, id: number, userId: number) {
  return db
    .updateTable('meeting_minutes')
    .set({
      status: 'finished',
      finished_at: new Date(),
      finished_by: userId,
      updated_at: new Date(),
      row_version: nextRowVersion(),
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst()
    .then((r) => Number(r.numUpdatedRows));
}

export type ListFilter = {
  scopePath: string;
  q?: string | null;
  number?: { no: number; year: number } | null;
  from?: string;
  to?: string;
};

/** The latest version of each number under a scope, newest meeting first, filtered by text, number and dates. */
export function listMinutes(db: Db, f: ListFilter) {
  let q = selectMinutes(db)
    .where((eb) => pathUnder(eb.ref('n.path'), f.scopePath))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('meeting_minutes as later')
            .select('later.id')
            .whereRef('later.unit_id', '=', 'm.unit_id')
            .whereRef('later.number_year', '=', 'm.number_year')
            .whereRef('later.number_no', '=', 'm.number_no')
            .whereRef('later.version', '>', 'm.version'),
        ),
      ),
    );
  if (f.q) {
    const pattern = containing(f.q);
    q = q.where((eb) =>
      eb.or([
        eb('m.title_th', 'ilike', pattern),
        eb('m.venue_th', 'ilike', pattern),
        eb('m.search_text', 'ilike', pattern),
      ]),
    );
  }
  if (f.number) q = q.where('m.number_no', '=', f.number.no).where('m.number_year', '=', f.number.year);
  if (f.from) q = q.where('m.meeting_date', '>=', f.from);
  if (f.to) q = q.where('m.meeting_date', '<=', f.to);
  return q.orderBy('m.meeting_date', 'desc').orderBy('m.id', 'desc').limit(200).execute();
}

/** Every version of one number of an office, oldest first. */
export function versionsOf(db: Db, unitId: number, year: number, no: number) {
  return db
    .selectFrom('meeting_minutes')
    .select(['id', 'version', 'status', 'updated_at', 'finished_at'])
    .where('unit_id', '=', unitId)
    .where('number_year', '=', year)
    .where('number_no', '=', no)
    .orderBy('version')
    .execute();
}

/** The office's last minutes before a date (for agenda 2 and the attendees offered on a new one). */
export function lastBefore(db: Db, unitId: number, date: string) {
  return selectMinutes(db)
    .select('m.body')
    .where('m.unit_id', '=', unitId)
    .where('m.meeting_date', '<', date)
    .orderBy('m.meeting_date', 'desc')
    .orderBy('m.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The number of the office's minutes held on a date, if there is one (the next meeting's, once it is written). */
export function numberOnDate(db: Db, unitId: number, date: string) {
  return db
    .selectFrom('meeting_minutes')
    .select(['number_no', 'number_year'])
    .where('unit_id', '=', unitId)
    .where('meeting_date', '=', date)
    .orderBy('number_no', 'desc')
    .limit(1)
    .executeTakeFirst();
}
