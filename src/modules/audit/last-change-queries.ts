import type { Db } from '../../db/database.ts';

/**
 * The latest audit entry of one record or its parts: who wrote it (display name, else user name) and when. A part
 * is logged under its own entity with the record's id before a colon (a household's income: 'household_income',
 * '12:2568').
 */
export function lastChange(db: Db, entities: readonly string[], entityId: string) {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.at', 'u.display_name', 'u.username'])
    .where('a.entity', 'in', entities)
    .where((eb) =>
      eb.or([
        eb('a.entity_id', '=', entityId),
        eb('a.entity_id', 'like', `${entityId.replace(/[\\%_]/g, '\\$&')}:%`),
      ]),
    )
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
