import type { Db } from '../../db/database.ts';
import { atRowVersion, nextRowVersion } from '../../db/row-version.ts';
import type { NewUser, Role, UserUpdate } from '../../db/schema.ts';
import { containing, pathUnder } from '../../plugins/access.ts';

const userColumns = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.position_title',
  'u.email',
  'u.role',
  'u.active',
  'u.created_at',
  'u.row_version',
  'n.id as unit_id',
  'n.code as unit_code',
  'n.kind as unit_kind',
  'n.name_th as unit_name_th',
  'n.name_en as unit_name_en',
  'n.parent_id as unit_parent_id',
  'n.path as unit_path',
] as const;

function selectUsers(db: Db) {
  return db.selectFrom('users as u').innerJoin('units as n', 'n.id', 'u.unit_id').select(userColumns);
}

export type UserRecord = Awaited<ReturnType<typeof findUserById>> & {};

export function findUserById(db: Db, id: number) {
  return selectUsers(db).where('u.id', '=', id).executeTakeFirst();
}

export type UserFilter = { scopePath: string; q?: string; role?: Role; unitPath?: string };

export function listUsers(db: Db, f: UserFilter) {
  let q = selectUsers(db).where((eb) => pathUnder(eb.ref('n.path'), f.scopePath));
  const unitPath = f.unitPath;
  if (unitPath) q = q.where((eb) => pathUnder(eb.ref('n.path'), unitPath));
  if (f.role) q = q.where('u.role', '=', f.role);
  if (f.q) {
    const pattern = containing(f.q);
    q = q.where((eb) =>
      eb.or([
        eb('u.username', 'ilike', pattern),
        eb('u.display_name', 'ilike', pattern),
        eb('n.name_th', 'ilike', pattern),
      ]),
    );
  }
  return q.orderBy('n.path').orderBy('u.username').limit(500).execute();
}

export function usernameTaken(db: Db, username: string, exceptId?: number): Promise<boolean> {
  let q = db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()));
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst().then((r) => r !== undefined);
}

export function insertUser(db: Db, row: NewUser) {
  return db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
}

/** An edit of one account, only while it is at the row version the admin loaded (if sent). */
export function updateUser(db: Db, id: number, changes: UserUpdate, rowVersion: number | undefined) {
  return db
    .updateTable('users')
    .set({ ...changes, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

export function deleteSessionsOf(db: Db, userId: number) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export function insertUsers(db: Db, rows: NewUser[]) {
  return db.insertInto('users').values(rows).execute();
}

/** Users by id with their unit's path (who may be made responsible for a report form). */
export function usersWithUnitPath(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users as u')
    .innerJoin('units as n', 'n.id', 'u.unit_id')
    .select(['u.id', 'u.role', 'u.active', 'n.path as unit_path'])
    .where('u.id', 'in', ids)
    .execute();
}

export function usersByUsernames(db: Db, usernames: string[]) {
  if (usernames.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'username']).where('username', 'in', usernames).execute();
}
