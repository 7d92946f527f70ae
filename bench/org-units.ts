// Measures the administrative tree on PGlite (or DATABASE_URL): first-start load, and the org browser's two
// hot reads, each against GET /api/health in the same process as the baseline. Prints figures; asserts nothing.
// Run: npx tsx bench/org-units.ts [--requests 300]
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, openPglite } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadAdminUnits } from '../src/modules/org-units/admin-data.ts';
import { createUserAsSystem } from '../src/modules/users/service.ts';

const requests = Number(process.argv[process.argv.indexOf('--requests') + 1]) || 300;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const config = loadConfig({ ...process.env, TIDTAM_LOG_LEVEL: 'silent', TIDTAM_LOGIN_LIMIT: '100000' });
const handle = config.databaseUrl ? await openDatabase(config) : await openPglite({});
const t0 = performance.now();
await migrateToLatest(handle.db);
const migrated = performance.now();
const units = await loadAdminUnits(handle.db);
const loaded = performance.now();
console.log(
  `engine ${handle.engine}: migrate ${(migrated - t0).toFixed(0)} ms, load ${units} units ${(loaded - migrated).toFixed(0)} ms, RSS ${mb(process.memoryUsage().rss)}`,
);

await createUserAsSystem(handle.db, {
  username: 'bench.admin',
  password: 'bench-password',
  role: 'department_admin',
  unitCode: 'CDD',
  displayName: 'bench',
});
const app = await buildApp(config, handle);
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username: 'bench.admin', password: 'bench-password' },
});
const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));

async function timed(url: string) {
  const samples: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const start = performance.now();
    const res = await app.inject({ url, cookies });
    samples.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}`);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: samples[Math.floor(samples.length / 2)] ?? 0,
    p95: samples[Math.floor(samples.length * 0.95)] ?? 0,
  };
}

const baseline = await timed('/api/health');
console.log(
  `baseline GET /api/health: p50 ${baseline.p50.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms (${requests} requests)`,
);
for (const url of [
  '/api/units/CDD',
  '/api/units/95',
  `/api/units?q=${encodeURIComponent('เมือง')}&limit=20`,
]) {
  const r = await timed(url);
  console.log(
    `GET ${url}: p50 ${r.p50.toFixed(2)} ms (${(r.p50 / baseline.p50).toFixed(1)}× baseline), p95 ${r.p95.toFixed(2)} ms`,
  );
}
console.log(`RSS after requests ${mb(process.memoryUsage().rss)}`);
await app.close();
await handle.close();
