import type { Db } from '../../db/database.ts';
import type { OutboxStatus } from '../../db/tables/reports.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import {
  guardedUpsert,
  requireRowVersion,
  staleWrite,
  type VersionedRecord,
} from '../../http/row-version.ts';
import { type AuthUser, requireRead, requireWrite } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { unitByCode } from '../org-units/service.ts';
import {
  deleteLineGroup,
  insertNotifications,
  lineGroupsOf,
  lineGroupsUnderPath,
  listNotifications,
  markRead,
  notificationOwner,
  notificationsInsertFor,
  officersOf,
  outboxRows,
  unreadCount,
  unreadWithCount,
  upsertLineGroup,
} from './queries.ts';

export type Message = { title: string; body: string; link: string | null };

type NotificationRecord = Awaited<ReturnType<typeof listNotifications>>[number];

const presentNotification = (n: NotificationRecord) => ({
  id: n.id,
  at: n.at.toISOString(),
  title: n.title,
  body: n.body,
  link: n.link,
  readAt: n.read_at ? n.read_at.toISOString() : null,
});

export async function listMine(db: Db, user: AuthUser, unreadOnly: boolean, limit: number) {
  const [items, unread] = await Promise.all([
    listNotifications(db, user.id, unreadOnly, limit),
    unreadCount(db, user.id),
  ]);
  return { unread, items: items.map(presentNotification) };
}

/** The newest unread notifications and the unread count, as listMine answers them unread only, in one read. */
export async function unreadOfMine(db: Db, user: AuthUser, limit: number) {
  const mine = await unreadWithCount(db, user.id, limit);
  return { unread: mine.unread, items: mine.items.map(presentNotification) };
}

/** Marking read is the reader's own business: not audited, like reading itself. */
export async function readOne(db: Db, user: AuthUser, id: number, now: Date) {
  const owner = await notificationOwner(db, id);
  if (!owner || owner.user_id !== user.id) throw notFound('การแจ้งเตือน');
  await markRead(db, user.id, now, id);
  return { unread: await unreadCount(db, user.id) };
}

export async function readAll(db: Db, user: AuthUser, now: Date) {
  return { marked: await markRead(db, user.id, now), unread: 0 };
}

/** For other modules: an in-app notification to each user, in the caller's transaction. */
export function notifyUsers(db: Db, userIds: readonly number[], message: Message, at: Date): Promise<void> {
  return insertNotifications(
    db,
    [...new Set(userIds)].map((user_id) => ({ user_id, at, ...message })),
  );
}

/**
 * For other modules: the same notification as a part of their write statement, sent once for each row of its CTE
 * `source` (the row written); none when there is nobody to tell, so the statement carries no empty insert.
 */
export function notifyAlongside(source: string, userIds: readonly number[], message: Message, at: Date) {
  return userIds.length === 0
    ? null
    : notificationsInsertFor(source, [...new Set(userIds)], { at, ...message });
}

/** For other modules: the district officers of these units, who get the unit's reminders. */
export const unitOfficers = (db: Db, unitIds: number[]) => officersOf(db, unitIds);

async function reportingUnit(db: Db, user: AuthUser, unitCode: string) {
  const unit = await unitByCode(db, unitCode);
  if (!unit) throw notFound(`หน่วยงานรหัส ${unitCode}`, 'unit');
  requireRead(user, { path: unit.path, nameTh: unit.name_th });
  return unit;
}

type LineGroupRecord = Awaited<ReturnType<typeof lineGroupsUnderPath>>[number];

/** A unit's group with the version to send back when changing it. */
const presentLineGroup = (g: LineGroupRecord) => ({
  unitCode: g.code,
  unitNameTh: g.name_th,
  groupId: g.group_id,
  rowVersion: g.row_version,
});

export async function lineGroupsUnder(db: Db, user: AuthUser, unitCode: string) {
  const unit = await reportingUnit(db, user, unitCode);
  return { items: (await lineGroupsUnderPath(db, unit.path)).map(presentLineGroup) };
}

/**
 * Removes the unit's group; refused when the one loaded (a version from 1) was changed or removed since. Answers the
 * version of what is stored now: 0, nothing.
 */
async function removeLineGroup(db: Db, record: VersionedRecord, unitId: number, sent: number | undefined) {
  const removed = await deleteLineGroup(db, unitId, sent);
  if (sent !== undefined && sent > 0 && removed.numDeletedRows === 0n)
    throw await staleWrite(db, record, sent);
  return 0;
}

/**
 * The LINE group a unit's reminders go to (LINE Notify closed in 2025: the Messaging API pushes to a group the
 * official account has joined). Set by the province or the unit's own office; null removes it. A save from an
 * older version (0 when the unit had no group) is refused 409 stale.
 */
export async function setLineGroup(
  db: Db,
  user: AuthUser,
  unitCode: string,
  { groupId, rowVersion }: { groupId: string | null; rowVersion?: number | undefined },
) {
  const unit = await reportingUnit(db, user, unitCode);
  requireWrite(user, { path: unit.path, nameTh: unit.name_th }, 'editUnits');
  if (unit.kind !== 'district' && unit.kind !== 'province') {
    throw new AppError(422, 'not_reporting_unit', 'กำหนดกลุ่มไลน์ได้เฉพาะจังหวัดและอำเภอ', 'unit');
  }
  const stored = (await lineGroupsOf(db, [unit.id]))[0];
  const before = stored?.group_id ?? null;
  const versioned = { entity: 'unit_line_group', entityId: unit.code, what: `กลุ่มไลน์ของ${unit.name_th} ` };
  await requireRowVersion(db, versioned, stored?.row_version ?? 0, rowVersion);
  const savedVersion = await inTransaction(db, async (trx) => {
    const saved =
      groupId === null
        ? await removeLineGroup(trx, versioned, unit.id, rowVersion)
        : (
            await guardedUpsert(trx, versioned, rowVersion, () =>
              upsertLineGroup(trx, unit.id, groupId, rowVersion),
            )
          ).row_version;
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: groupId === null ? 'delete' : before === null ? 'create' : 'update',
      entity: 'unit_line_group',
      entityId: unit.code,
      before: before === null ? null : { groupId: before },
      after: groupId === null ? null : { groupId },
    });
    return saved;
  });
  return { unitCode: unit.code, groupId, rowVersion: savedVersion };
}

/** Delivery state of the outbox, for the department's administrators. */
export async function outboxOf(db: Db, user: AuthUser, status: OutboxStatus | undefined, limit: number) {
  if (user.role !== 'department_admin') throw forbidden('เฉพาะผู้ดูแลระบบระดับกรมดูสถานะการส่งข้อความได้');
  const rows = await outboxRows(db, status, limit);
  return {
    items: rows.map((r) => ({
      id: r.id,
      idempotencyKey: r.idempotency_key,
      channel: r.channel,
      recipient: r.recipient,
      payload: r.payload,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at.toISOString(),
      lastError: r.last_error,
      sentAt: r.sent_at ? r.sent_at.toISOString() : null,
      createdAt: r.created_at.toISOString(),
    })),
  };
}
