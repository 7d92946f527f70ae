import type { Db, Engine } from './db/database.ts';
import { failInterruptedImports, keepRunningImportsAlive } from './modules/imports/service.ts';
import { recomputeRequested, recomputeRequests } from './modules/register-bindings/service.ts';
import { measureComputations } from './register-measures.ts';

/** An unfinished import on PostgreSQL whose row has not moved for this long died with its server. */
export const STALE_IMPORT_SECONDS = 30;

/** How often a server moves the rows of the imports it is running, apart from the tick a long recompute may hold. */
const HEARTBEAT_MS = 5000;

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
 * The registers' background work, composed here from the register bindings' recomputes and the shared import
 * machinery (neither module imports the other for it): KPIs bound to a register are recomputed here after the write that changed
 * the register has been answered (bindings/service.ts recomputeAfterWrite only asks), and on PostgreSQL, where other
 * instances may import, the rows of this server's running imports are kept moving (a heartbeat) and imports whose
 * row has stopped moving are marked failed: a server killed mid-import has its job shown failed half a minute after
 * any instance runs again, and the file can be imported again at once. PGlite has one process, which marks
 * them all at start-up (startup.ts); its import saves without progress on its one connection, so a long save must
 * not be mistaken for a dead one. Safe to run in several instances: each KPI is computed under an advisory lock.
 */
export function createRegisterWorker(db: Db, engine: Engine, log: Log = console): RegisterWorker {
  let timer: NodeJS.Timeout | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;

  async function tick(): Promise<number> {
    if (engine === 'postgresql') await failInterruptedImports(db, STALE_IMPORT_SECONDS);
    let ran = 0;
    for (const request of await recomputeRequests(db, BATCH)) {
      if (await recomputeRequested(db, measureComputations, request, log)) ran += 1;
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
      if (engine === 'postgresql') {
        heartbeat = setInterval(() => {
          keepRunningImportsAlive(db).catch((error: unknown) => log.error(error, 'บันทึกสถานะการนำเข้าไม่สำเร็จ'));
        }, HEARTBEAT_MS);
      }
    },
    async stop() {
      if (timer) clearInterval(timer);
      if (heartbeat) clearInterval(heartbeat);
      timer = null;
      heartbeat = null;
      await running;
    },
  };
}
