import type { Db } from '../../db/database.ts';

export function findUserForLogin(db: Db, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash', 'active', 'unit_id', 'failed_logins', 'locked_until'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

/** Counts one more wrong password, atomically, and returns the count. */
export async function countFailedLogin(db: Db, userId: number): Promise<number> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
    .where('id', '=', userId)
    .returning('failed_logins')
    .executeTakeFirstOrThrow();
  return row.failed_logins;
}

export function lockAccount(db: Db, userId: number, until: Date) {
  return db.updateTable('users').set({ locked_until: until }).where('id', '=', userId).execute();
}

export function clearFailedLogins(db: Db, userId: number) {
  return db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

export function insertSession(db: Db, row: { id: string; user_id: number; expires_at: Date }) {
  return db.insertInto('sessions').values(row).execute();
}

/** Many sessions in one statement (fixtures and benches open them without a login each). */
export function insertSessions(db: Db, rows: { id: string; user_id: number; expires_at: Date }[]) {
  return db.insertInto('sessions').values(rows).execute();
}

export function deleteSession(db: Db, id: string) {
  return db.deleteFrom('sessions').where('id', '=', id).execute();
}

export function deleteExpiredSessions(db: Db, now: Date) {
  return db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

/** The session's user with their unit and scope unit, in one round trip. */
export function findSessionUser(db: Db, sessionId: string, now: Date) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('units as n', 'n.id', 'u.unit_id')
    .leftJoin('units as p', 'p.id', 'n.parent_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.position_title',
      'u.role',
      'n.id as unit_id',
      'n.code as unit_code',
      'n.kind as unit_kind',
      'n.name_th as unit_name_th',
      'n.name_en as unit_name_en',
      'n.parent_id as unit_parent_id',
      'n.path as unit_path',
      'p.id as parent_id',
      'p.code as parent_code',
      'p.kind as parent_kind',
      'p.name_th as parent_name_th',
      'p.name_en as parent_name_en',
      'p.parent_id as parent_parent_id',
      'p.path as parent_path',
    ])
    .where('s.id', '=', sessionId)
    .where('s.expires_at', '>', now)
    .where('u.active', '=', true)
    .executeTakeFirst();
}
