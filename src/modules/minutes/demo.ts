import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import { loadMinutesAsSystem } from './service.ts';

type DemoMinutes = Parameters<typeof loadMinutesAsSystem>[1] & { finished: boolean };

export const DEMO_MINUTES_FILE = path.resolve(import.meta.dirname, '../../../data/demo/minutes-2565-08.json');

/** Seed 003's August 2565 minutes of Chachoengsao (ครั้งที่ 8/2565), finished, as the demo's example. */
export async function loadDemoMinutes(db: Db): Promise<number> {
  const file = JSON.parse(fs.readFileSync(DEMO_MINUTES_FILE, 'utf8')) as DemoMinutes;
  return loadMinutesAsSystem(db, file);
}
