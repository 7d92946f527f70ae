import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { inTransaction } from './db/transaction.ts';
import { bangkokDateOf } from './domain/timeliness/bangkok-date.ts';
import { enabledChannels, sendersOf } from './modules/notifications/channels.ts';
import {
  claimBatch,
  type Delivery,
  deliver,
  enqueueReminders,
  takeOutboxLock,
} from './modules/notifications/outbox.ts';
import { remindersToday } from './modules/reports/reminders.ts';

export type TickResult = { ran: boolean; enqueued: number } & Delivery;

export type Scheduler = {
  /** One pass: enqueue today's reminders once, then deliver what is due. Safe to run from several instances. */
  tick: () => Promise<TickResult>;
  start: (intervalMs?: number) => void;
  stop: () => Promise<void>;
};

type Log = { error: (object: unknown, message: string) => void };

/**
 * The reminder scheduler, composed here from the reports' reminders due today and the notifications' outbox (so
 * neither module imports the other for it). Each tick reads the injected clock, and inside one transaction takes the advisory lock
 * (an instance that cannot is not the sender this tick), enqueues today's reminders and claims due outbox rows
 * with FOR UPDATE SKIP LOCKED; delivery happens after commit. Works the same on PGlite and PostgreSQL.
 */
export function createScheduler(db: Db, config: Config, log: Log = console): Scheduler {
  const channels = enabledChannels(config);
  const senders = sendersOf(config);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  async function tick(): Promise<TickResult> {
    const now = config.clock();
    const claimed = await inTransaction(db, async (trx) => {
      if (!(await takeOutboxLock(trx))) return null;
      const messages = await remindersToday(trx, bangkokDateOf(now), channels);
      const enqueued = await enqueueReminders(trx, messages, now);
      return { enqueued, rows: await claimBatch(trx, now) };
    });
    if (!claimed) return { ran: false, enqueued: 0, sent: 0, retrying: 0, failed: 0 };
    return { ran: true, enqueued: claimed.enqueued, ...(await deliver(db, senders, claimed.rows, now)) };
  }

  return {
    tick,
    start(intervalMs = 60_000) {
      if (timer) return;
      timer = setInterval(() => {
        if (running) return;
        running = tick()
          .then(
            () => undefined,
            (error: unknown) => log.error(error, 'ส่งการแจ้งเตือนไม่สำเร็จ'),
          )
          .finally(() => {
            running = null;
          });
      }, intervalMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
