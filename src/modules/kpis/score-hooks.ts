import type { Db } from '../../db/database.ts';

/**
 * What a KPI write made stale in the agreement scores kept on write: the agreements that use some KPIs (for some
 * units only, after a result), or every agreement of some KPI sets, or some agreements.
 */
export type StaleScores =
  | { agreementIds: number[] }
  | { kpiIds: number[]; unitIds?: number[] }
  | { kpiSetIds: number[] }
  | { all: true };

type Refresher = (trx: Db, stale: StaleScores) => Promise<unknown>;

let refresher: Refresher | null = null;

/**
 * The agreements module scores agreements and already reads this module (results, sets), so this module cannot
 * import it back: the composition root (src/app.ts, src/startup.ts) registers the agreements' refreshScores here.
 */
export function onScoresStale(refresh: Refresher): void {
  refresher = refresh;
}

/** Called inside the writer's transaction, so the scores change with the write or not at all. */
export async function scoresStale(trx: Db, stale: StaleScores): Promise<void> {
  if (refresher) await refresher(trx, stale);
}
