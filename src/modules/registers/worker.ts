import type { Db, Engine } from '../../db/database.ts';
import { recomputeRequested, recomputeRequests } from './bindings/service.ts';
import { failInterruptedImports } from './imports/service.ts';

/** An unfinished import on PostgreSQL whose row has not moved for this long died with its server. */
export const STALE_IMPORT_SECONDS = 10 * 60;

const BATCH = 20;

export type RegisterWorker = {
  /** One pass: mark dead imports failed (PostgreSQL), then recompute up to a batch of requested KPIs; how many ran. */
  tick: () => Promise<number>;
  /** Passes until no request is waiting (tests, the CLI): what a user would see a moment after their write. */
  settle: () => Promise<void>;
  start: (intervalMs?: number) => void;
  stop: () => Promise<void>;
};

type Log = { error: (object: unknown, message: string) => void };

/**
 * The registers' background work: KPIs bound to a register are recomputed here after the write that changed
 * the register has been answered (bindings/service.ts recomputeAfterWrite only asks), and on PostgreSQL, where other
 * instances may import, imports whose row has stopped moving are marked failed. PGlite has one process, which marks
 * them all at start-up (startup.ts); its import saves without progress on its one connection, so a long save must
 * not be mistaken for a dead one. Safe to run in several instances: each KPI is computed under an advisory lock.
 */
export function createRegisterWorker(db: Db, engine: Engine, log: Log = console): RegisterWorker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;

  async function tick(): Promise<number> {
    if (engine === 'postgresql') await failInterruptedImports(db, STALE_IMPORT_SECONDS);
    let ran = 0;
    for (const request of await recomputeRequests(db, BATCH)) {
      if (await recomputeRequested(db, request)) ran += 1;
    }
    return ran;
  }

  return {
    tick,
    async settle() {
      await running;
      while ((await tick()) > 0);
    },
    start(intervalMs = 1000) {
      if (timer) return;
      timer = setInterval(() => {
        if (running) return;
        running = tick()
          .catch((error: unknown) => log.error(error, 'งานเบื้องหลังของทะเบียนไม่สำเร็จ'))
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
