import type { Db } from '../../db/database.ts';
import type { OutboxChannel } from '../../db/tables/reports.ts';
import { inTransaction } from '../../db/transaction.ts';
import { retryDelayAfter } from '../../domain/report-calendar/retry-backoff.ts';
import type { Payload, Senders } from './channels.ts';
import {
  claimDue,
  enqueue,
  lineGroupsOf,
  markFailedAttempt,
  markSent,
  type OutboxInsert,
  officersOf,
  tryOutboxLock,
} from './queries.ts';
import { notifyUsers } from './service.ts';

/** One reminder message for one unit on one channel, keyed so it is sent once, ever. */
export type ReminderMessage<Channel extends string> = {
  idempotencyKey: string;
  channel: Channel;
  unitId: number;
  title: string;
  body: string;
  link: string;
};

/** The outbox's one sender this tick, across instances (a transaction-scoped advisory lock). */
export const takeOutboxLock = (trx: Db) => tryOutboxLock(trx);

/**
 * Puts reminders in the outbox, addressed: in-app to the unit's district officers, e-mail to those of them with
 * an address, LINE to the unit's group. A channel with nobody to reach is left out; a key already there is skipped.
 */
export async function enqueueReminders(
  db: Db,
  messages: ReminderMessage<OutboxChannel>[],
  at: Date,
): Promise<number> {
  const unitIds = [...new Set(messages.map((m) => m.unitId))];
  const [officers, groups] = await Promise.all([officersOf(db, unitIds), lineGroupsOf(db, unitIds)]);
  const recipientOf = (m: ReminderMessage<OutboxChannel>): string => {
    const mine = officers.filter((o) => o.unit_id === m.unitId);
    if (m.channel === 'inapp') return mine.map((o) => o.id).join(',');
    if (m.channel === 'email') return mine.flatMap((o) => (o.email ? [o.email] : [])).join(', ');
    return groups.find((g) => g.unit_id === m.unitId)?.group_id ?? '';
  };
  const rows: OutboxInsert[] = messages.flatMap((m) => {
    const recipient = recipientOf(m);
    const payload: Payload = { title: m.title, body: m.body, link: m.link };
    return recipient === ''
      ? []
      : [{ idempotency_key: m.idempotencyKey, channel: m.channel, recipient, payload }];
  });
  return enqueue(db, rows, at);
}

/** How long a claimed message is someone's to deliver before another tick may try it again. */
const LEASE_MS = 10 * 60_000;
const BATCH = 100;

export type Claimed = Awaited<ReturnType<typeof claimDue>>;

export const claimBatch = (trx: Db, now: Date) =>
  claimDue(trx, now, new Date(now.getTime() + LEASE_MS), BATCH);

export type Delivery = { sent: number; retrying: number; failed: number };

async function deliverOne(db: Db, senders: Senders, row: Claimed[number], now: Date): Promise<void> {
  const payload = row.payload as Payload;
  if (row.channel === 'inapp') {
    await inTransaction(db, async (trx) => {
      await notifyUsers(trx, row.recipient.split(',').map(Number), payload, now);
      await markSent(trx, row.id, now);
    });
    return;
  }
  const send = senders[row.channel];
  if (!send) throw new Error(`ช่องทาง ${row.channel} ไม่ได้ตั้งค่า`);
  await send(row.recipient, payload, row.idempotency_key);
  await markSent(db, row.id, now);
}

/**
 * Delivers claimed messages one by one. A failure waits as the domain's backoff says (1 min, 5 min, 30 min, 2 h,
 * 12 h) and is given up, 'failed', after the last attempt.
 */
export async function deliver(db: Db, senders: Senders, rows: Claimed, now: Date): Promise<Delivery> {
  const result: Delivery = { sent: 0, retrying: 0, failed: 0 };
  for (const row of rows) {
    try {
      await deliverOne(db, senders, row, now);
      result.sent += 1;
    } catch (error) {
      const delay = retryDelayAfter(row.attempts);
      const message = error instanceof Error ? error.message : String(error);
      await markFailedAttempt(
        db,
        row.id,
        message.slice(0, 1000),
        delay === null ? null : new Date(now.getTime() + delay),
      );
      if (delay === null) result.failed += 1;
      else result.retrying += 1;
    }
  }
  return result;
}
