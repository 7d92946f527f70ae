import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import { SEED_000_TOPICS } from '../../domain/visits/plan.ts';
import { loadPlanAsSystem } from './service.ts';

type DemoPlan = { unitCode: string; month: string; finished: boolean; rows: object[]; letter: object };

export const DEMO_VISIT_PLAN_FILE = path.resolve(
  import.meta.dirname,
  '../../../data/demo/visit-plan-2566-07.json',
);

/** Seed 000's July 2566 visit plan of Ubon Ratchathani with its letter อบ 0019/ว 996; every visit carries the seed's topics. */
export async function loadDemoVisitPlan(db: Db): Promise<number> {
  const file = JSON.parse(fs.readFileSync(DEMO_VISIT_PLAN_FILE, 'utf8')) as DemoPlan;
  return loadPlanAsSystem(db, {
    unitCode: file.unitCode,
    month: file.month,
    finished: file.finished,
    body: { rows: file.rows.map((r) => ({ ...r, topics: SEED_000_TOPICS })), letter: file.letter },
  });
}
