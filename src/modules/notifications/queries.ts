import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, atStoredRowVersion, nextStoredRowVersion } from '../../db/row-version.ts';
import type { OutboxChannel, OutboxStatus } from '../../db/tables/reports.ts';
import { pathUnder } from '../../plugins/access.ts';

// ---------------------------------------------------------------- in-app notifications

export type NotificationRow = { user_id: number; at: Date; title: string; body: string; link: string | null };

/**
 * One message to these users as a part of another module's write statement (a data-modifying CTE of it): inserted
 * once for each row of `source`, the statement's CTE holding the row it wrote, so nobody is notified of a write that
 * changed no row.
 */
export function notificationsInsertFor(
  source: string,
  userIds: number[],
  message: Omit<NotificationRow, 'user_id'>,
): RawBuilder<unknown> {
  return sql`
    insert into notifications (user_id, at, title, body, link)
    select r.user_id::integer, ${message.at}::timestamptz, ${message.title}::text, ${message.body}::text,
      ${message.link}::text
    from ${sql.table(source)} w cross join jsonb_array_elements_text(${JSON.stringify(userIds)}::jsonb) as r(user_id)`;
}

export async function insertNotifications(db: Db, rows: NotificationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('notifications').values(rows).execute();
}

export function listNotifications(db: Db, userId: number, unreadOnly: boolean, limit: number) {
  let q = db
    .selectFrom('notifications')
    .select(['id', 'at', 'title', 'body', 'link', 'read_at'])
    .where('user_id', '=', userId);
  if (unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export function unreadCount(db: Db, userId: number): Promise<number> {
  return db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow()
    .then((r) => r.n);
}

/**
 * The newest unread notifications and how many are unread, in one read: the count is a window over all the unread
 * rows, computed before the limit (no row when none is unread, so the count is then 0).
 */
export async function unreadWithCount(db: Db, userId: number, limit: number) {
  const rows = await db
    .selectFrom('notifications')
    .select(['id', 'at', 'title', 'body', 'link', 'read_at'])
    .select(sql<number>`count(*) over ()`.as('unread'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return { unread: rows[0]?.unread ?? 0, items: rows };
}

/** Marks the user's own notifications read: one, or all when id is undefined. Answers how many changed. */
export async function markRead(db: Db, userId: number, at: Date, id?: number): Promise<number> {
  let q = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (id !== undefined) q = q.where('id', '=', id);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function notificationOwner(db: Db, id: number) {
  return db.selectFrom('notifications').select(['id', 'user_id']).where('id', '=', id).executeTakeFirst();
}

// ---------------------------------------------------------------- recipients

/** The active district officers of these units: the ones a reminder is for. */
export function officersOf(db: Db, unitIds: number[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'unit_id', 'email'])
    .where('unit_id', 'in', unitIds)
    .where('role', '=', 'district_officer')
    .where('active', '=', true)
    .orderBy('id')
    .execute();
}

export function lineGroupsOf(db: Db, unitIds: number[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('unit_line_groups as g')
    .innerJoin('units as u', 'u.id', 'g.unit_id')
    .select(['g.unit_id', 'g.group_id', 'g.row_version', 'u.code', 'u.name_th'])
    .where('g.unit_id', 'in', unitIds)
    .orderBy('u.code')
    .execute();
}

export function lineGroupsUnderPath(db: Db, path: string) {
  return db
    .selectFrom('unit_line_groups as g')
    .innerJoin('units as u', 'u.id', 'g.unit_id')
    .select(['g.unit_id', 'g.group_id', 'g.row_version', 'u.code', 'u.name_th'])
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .orderBy('u.code')
    .execute();
}

/**
 * A unit's LINE group, replacing the stored one only while it is at the row version the client loaded (if sent; 0
 * when none was stored): no row back when someone saved in between.
 */
export function upsertLineGroup(db: Db, unitId: number, groupId: string, rowVersion: number | undefined) {
  return db
    .insertInto('unit_line_groups')
    .values({ unit_id: unitId, group_id: groupId })
    .onConflict((oc) =>
      oc
        .column('unit_id')
        .doUpdateSet({
          group_id: groupId,
          updated_at: new Date(),
          row_version: nextStoredRowVersion('unit_line_groups'),
        })
        .where(atStoredRowVersion('unit_line_groups', rowVersion)),
    )
    .returning('row_version')
    .executeTakeFirst();
}

/** Removes a unit's LINE group while it is at the version the client loaded (any when none was sent). */
export function deleteLineGroup(db: Db, unitId: number, rowVersion: number | undefined) {
  return db
    .deleteFrom('unit_line_groups')
    .where('unit_id', '=', unitId)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

// ---------------------------------------------------------------- outbox

export type OutboxInsert = {
  idempotency_key: string;
  channel: OutboxChannel;
  recipient: string;
  payload: unknown;
};

/** Any number of messages in one statement; a key already in the outbox is skipped, so each goes out once, ever. */
export async function enqueue(db: Db, rows: OutboxInsert[], at: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await sql<{ id: number }>`
    insert into outbox (idempotency_key, channel, recipient, payload, next_attempt_at, created_at)
    select idempotency_key, channel, recipient, payload, ${at}, ${at}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(idempotency_key text, channel text, recipient text, payload jsonb)
    on conflict (idempotency_key) do nothing
    returning id`.execute(db);
  return result.rows.length;
}

/** Only one instance sends: a transaction-scoped advisory lock, released at commit (PostgreSQL and PGlite alike). */
const OUTBOX_LOCK = 0x7469_6474; // 'tidt'

export async function tryOutboxLock(db: Db): Promise<boolean> {
  const result = await sql<{
    locked: boolean;
  }>`select pg_try_advisory_xact_lock(${OUTBOX_LOCK}) as locked`.execute(db);
  return result.rows[0]?.locked === true;
}

/**
 * Claims pending messages that are due: counts the attempt and leases the row until `leaseUntil`, so no other
 * tick picks it up while it is being delivered (and a crashed delivery is retried after the lease).
 */
export function claimDue(db: Db, now: Date, leaseUntil: Date, limit: number) {
  return sql<{
    id: number;
    idempotency_key: string;
    channel: OutboxChannel;
    recipient: string;
    payload: unknown;
    attempts: number;
  }>`
    update outbox set attempts = attempts + 1, next_attempt_at = ${leaseUntil}
    where id in (
      select id from outbox
      where status = 'pending' and next_attempt_at <= ${now}
      order by next_attempt_at, id
      limit ${limit}
      for update skip locked)
    returning id, idempotency_key, channel, recipient, payload, attempts`
    .execute(db)
    .then((r) => r.rows);
}

export function markSent(db: Db, id: number, at: Date) {
  return db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: at, last_error: null })
    .where('id', '=', id)
    .execute();
}

export function markFailedAttempt(db: Db, id: number, error: string, retryAt: Date | null) {
  return db
    .updateTable('outbox')
    .set(retryAt ? { last_error: error, next_attempt_at: retryAt } : { last_error: error, status: 'failed' })
    .where('id', '=', id)
    .execute();
}

export function outboxRows(db: Db, status: OutboxStatus | undefined, limit: number) {
  let q = db
    .selectFrom('outbox')
    .select([
      'id',
      'idempotency_key',
      'channel',
      'recipient',
      'payload',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'sent_at',
      'created_at',
    ]);
  if (status) q = q.where('status', '=', status);
  return q.orderBy('id', 'desc').limit(limit).execute();
}
