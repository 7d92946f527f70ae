import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { backfillScores, refreshScores } from './modules/agreements/rollup.ts';
import { agreementUsage } from './modules/agreements/service.ts';
import { loadDemo, loadDemoKpiSets } from './modules/demo/service.ts';
import { failInterruptedImports } from './modules/imports/service.ts';
import { onAgreementUsage } from './modules/kpis/agreement-usage.ts';
import { onScoresStale } from './modules/kpis/score-hooks.ts';
import { loadAdminUnits } from './modules/org-units/admin-data.ts';
import { hasUnits } from './modules/org-units/service.ts';
import { createRegisterWorker, STALE_IMPORT_SECONDS } from './register-worker.ts';

export type Seeded = { units: number; kpiSets: number; demoAccounts: Awaited<ReturnType<typeof loadDemo>> };

/** On an empty database: the administrative tree, then (unless TIDTAM_DEMO=0) the demo users and villages. */
export async function seedIfEmpty(
  handle: DatabaseHandle,
  demo: boolean,
  now: Date = new Date(),
): Promise<Seeded | null> {
  if (await hasUnits(handle.db)) return null;
  const units = await loadAdminUnits(handle.db);
  if (!demo) return { units, kpiSets: 0, demoAccounts: [] };
  const demoAccounts = await loadDemo(handle.db);
  const kpiSets = await loadDemoKpiSets(handle.db, now);
  await createRegisterWorker(handle.db, handle.engine).settle();
  return { units, kpiSets, demoAccounts };
}

export async function openAndPrepare(config: Config) {
  const handle = await openDatabase(config);
  await migrateToLatest(handle.db);
  const interruptedImports = await failInterruptedImports(
    handle.db,
    handle.engine === 'pglite' ? 0 : STALE_IMPORT_SECONDS,
  );
  // KPI writes (results from reports and registers included) re-score the agreements that use them.
  onScoresStale(refreshScores);
  onAgreementUsage(agreementUsage);
  const seeded = await seedIfEmpty(handle, config.demo, config.clock());
  await backfillScores(handle.db);
  return { handle, seeded, interruptedImports };
}

export function describeSeed(seeded: Seeded): string {
  const lines = [
    `โหลดผังหน่วยงาน ${seeded.units.toLocaleString('th-TH')} หน่วย (loaded ${seeded.units} org units)`,
  ];
  if (seeded.kpiSets > 0) {
    lines.push(
      `โหลดชุดตัวชี้วัดจากเอกสารต้นฉบับ ${seeded.kpiSets} ชุด พร้อมร่างคำรับรอง (loaded ${seeded.kpiSets} KPI sets from the seeds)`,
    );
  }
  if (seeded.demoAccounts.length > 0) {
    lines.push('', 'บัญชีสาธิต — แสดงครั้งเดียว ใช้เพื่อทดลองเท่านั้น (demo accounts, shown once, demo only):');
    for (const a of seeded.demoAccounts)
      lines.push(`  ${a.username.padEnd(22)} ${a.password.padEnd(14)} ${a.role} @ ${a.unitCode}`);
  }
  return lines.join('\n');
}
