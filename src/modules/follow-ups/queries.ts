import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { FollowUpPhotosTable, FollowUpsTable } from '../../db/tables/follow-ups.ts';
import { containing, pathUnder } from '../../plugins/access.ts';

/** All SQL of the filled follow-up forms and their photos. */

const columns = [
  'f.id',
  'f.client_id',
  'f.template_id',
  'f.unit_id',
  'f.province_id',
  'f.status',
  'f.version',
  'f.amends_id',
  'f.first_id',
  'f.revision',
  'f.follow_up_date',
  'f.informant',
  'f.created_at',
  'f.updated_at',
  'f.finished_at',
  'n.code as unit_code',
  'n.name_th as unit_name_th',
  'n.kind as unit_kind',
  'n.path as unit_path',
] as const;

function selectFollowUps(db: Db) {
  return db.selectFrom('follow_ups as f').innerJoin('units as n', 'n.id', 'f.unit_id').select(columns);
}

export type FollowUpRow = NonNullable<Awaited<ReturnType<typeof findById>>>;

export function findById(db: Db, id: number) {
  return selectFollowUps(db).select('f.values').where('f.id', '=', id).executeTakeFirst();
}

export function findByClientId(db: Db, clientId: string) {
  return selectFollowUps(db).select('f.values').where('f.client_id', '=', clientId).executeTakeFirst();
}

/**
 * Inserts a new follow-up unless its client id is taken (a resend, or two sends of one offline save racing): then
 * nothing is written and null comes back, and the caller reads the stored row.
 */
export function insertFollowUp(db: Db, row: Insertable<FollowUpsTable>) {
  return db
    .insertInto('follow_ups')
    .values(row)
    .onConflict((oc) => oc.column('client_id').doNothing())
    .returning('id')
    .executeTakeFirst()
    .then((r) => r?.id ?? null);
}

/** Inserts several follow-ups at once (the demo's), skipping client ids already taken; the ids and templates made. */
export function insertFollowUps(db: Db, rows: Insertable<FollowUpsTable>[]) {
  return db
    .insertInto('follow_ups')
    .values(rows)
    .onConflict((oc) => oc.column('client_id').doNothing())
    .returning(['id', 'template_id'])
    .execute();
}

/** Saves a draft only if it is still a draft at the revision the save started from; the number of rows changed. */
export function updateDraft(
  db: Db,
  id: number,
  baseRevision: number,
  changes: { follow_up_date: string | null; values: string; informant: string | null; search_text: string },
) {
  return db
    .updateTable('follow_ups')
    .set((eb) => ({ ...changes, revision: eb('revision', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('revision', '=', baseRevision)
    .executeTakeFirst()
    .then((r) => Number(r.numUpdatedRows));
}

/** A new version's values once its photo rows are copied (photo ids renumbered); its revision stays 1. */
export function replaceValues(db: Db, id: number, values: string) {
  return db.updateTable('follow_ups').set({ values }).where('id', '=', id).execute();
}

/** Locks a draft with its final answers (the live KPI snapshot taken at finishing); 0 when it was no longer a draft. */
export function markFinished(
  db: Db,
  id: number,
  userId: number,
  changes: { values: string; informant: string | null; search_text: string },
) {
  return db
    .updateTable('follow_ups')
    .set((eb) => ({
      ...changes,
      status: 'finished' as const,
      revision: eb('revision', '+', 1),
      finished_at: new Date(),
      finished_by: userId,
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst()
    .then((r) => Number(r.numUpdatedRows));
}

export type ListFilter = {
  scopePath: string;
  q?: string | undefined;
  status?: 'draft' | 'finished' | undefined;
  templateIds?: number[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** The latest version of each follow-up under a path, newest first, filtered by words, status, template and date. */
export function listFollowUps(db: Db, f: ListFilter) {
  let q = selectFollowUps(db)
    .where((eb) => pathUnder(eb.ref('n.path'), f.scopePath))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('follow_ups as later').select('later.id').whereRef('later.amends_id', '=', 'f.id')),
      ),
    );
  if (f.q) q = q.where('f.search_text', 'ilike', containing(f.q));
  if (f.status) q = q.where('f.status', '=', f.status);
  if (f.templateIds) q = q.where('f.template_id', 'in', f.templateIds.length > 0 ? f.templateIds : [0]);
  if (f.from) q = q.where('f.follow_up_date', '>=', f.from);
  if (f.to) q = q.where('f.follow_up_date', '<=', f.to);
  return q.orderBy('f.updated_at', 'desc').orderBy('f.id', 'desc').limit(300).execute();
}

/** Every version of a chain (named by its version 1), oldest first. */
export function versionsOf(db: Db, firstId: number) {
  return db
    .selectFrom('follow_ups')
    .select(['id', 'version', 'status', 'updated_at', 'finished_at'])
    .where((eb) => eb.or([eb('id', '=', firstId), eb('first_id', '=', firstId)]))
    .orderBy('version')
    .execute();
}

export function insertPhoto(db: Db, row: Insertable<FollowUpPhotosTable>) {
  return db
    .insertInto('follow_up_photos')
    .values(row)
    .onConflict((oc) => oc.columns(['follow_up_id', 'field_key', 'sha256']).doNothing())
    .returning('id')
    .executeTakeFirst()
    .then((r) => r?.id ?? null);
}

export function findPhotoBySha(db: Db, followUpId: number, fieldKey: string, sha256: string) {
  return db
    .selectFrom('follow_up_photos')
    .select('id')
    .where('follow_up_id', '=', followUpId)
    .where('field_key', '=', fieldKey)
    .where('sha256', '=', sha256)
    .executeTakeFirst()
    .then((r) => r?.id ?? null);
}

export function findPhoto(db: Db, followUpId: number, photoId: number) {
  return db
    .selectFrom('follow_up_photos')
    .selectAll()
    .where('follow_up_id', '=', followUpId)
    .where('id', '=', photoId)
    .executeTakeFirst();
}

/** The photos of a follow-up: id and field, to check that a saved answer names only its own photos. */
export function photosOf(db: Db, followUpId: number) {
  return db
    .selectFrom('follow_up_photos')
    .select(['id', 'field_key', 'filename', 'uploaded_at'])
    .where('follow_up_id', '=', followUpId)
    .orderBy('id')
    .execute();
}

/** What a new version's photo row copies from the amended one's. */
const copiedPhotoColumns = [
  'field_key',
  'sha256',
  'mime',
  'filename',
  'size',
  'display_path',
  'uploaded_by',
  'uploaded_at',
] as const;

/** A new version takes its own copies of the amended one's photo rows (same stored files); old id → new id. */
export async function copyPhotos(db: Db, fromId: number, toId: number) {
  const copied = await db
    .insertInto('follow_up_photos')
    .columns(['follow_up_id', ...copiedPhotoColumns])
    .expression((eb) =>
      eb
        .selectFrom('follow_up_photos')
        .select((s) => [s.val(toId).as('follow_up_id'), ...copiedPhotoColumns])
        .where('follow_up_id', '=', fromId),
    )
    .returning(['id', 'field_key', 'sha256'])
    .execute();
  const old = await db
    .selectFrom('follow_up_photos')
    .select(['id', 'field_key', 'sha256'])
    .where('follow_up_id', '=', fromId)
    .execute();
  const key = (p: { field_key: string; sha256: string }) => `${p.field_key}:${p.sha256}`;
  const byKey = new Map(copied.map((p) => [key(p), p.id]));
  return new Map(old.map((p) => [p.id, byKey.get(key(p)) ?? p.id]));
}
