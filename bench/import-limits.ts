/**
 * Imports a normal budget table and an xlsx bomb through the API in one process and prints, for each, the answer,
 * the time and the peak resident memory (a figure and a ratio; no asserts).
 * Usage: npx tsx bench/import-limits.ts [--rows 5000] [--bomb-mb 1400]
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, openPglite } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadAdminUnits } from '../src/modules/org-units/admin-data.ts';
import { hasUnits } from '../src/modules/org-units/service.ts';
import { createUserAsSystem } from '../src/modules/users/service.ts';
import { sheetBomb } from '../test/xlsx-bombs.ts';

const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const rows = Number(arg('--rows')) || 5_000;
const bombMegabytes = Number(arg('--bomb-mb')) || 1_400;
const HEADER = ['unit_code', 'category', 'name', 'kind', 'date', 'amount', 'against_po', 'note'];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10);

const config = loadConfig({ ...process.env, TIDTAM_LOG_LEVEL: 'silent' });
const handle = config.databaseUrl ? await openDatabase(config) : await openPglite({});
await migrateToLatest(handle.db);
if (!(await hasUnits(handle.db))) await loadAdminUnits(handle.db);
const app = await buildApp(config, handle);
await app.ready();
const username = `bench.imports.${Date.now()}`;
await createUserAsSystem(handle.db, {
  username,
  password: 'bench-password-2025',
  role: 'district_officer',
  unitCode: '9501',
  displayName: 'bench',
});
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { username, password: 'bench-password-2025' },
});
const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
const csrf = (login.json() as { csrfToken: string }).csrfToken;

async function normalTable() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('งบประมาณ');
  sheet.addRow(HEADER);
  for (let i = 0; i < rows; i += 1) {
    sheet.addRow(['9501', 'งบดำเนินงาน', `กิจกรรม ${i}`, 'ได้รับจัดสรร', '2025-01-10', '1000', '', '']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function importOnce(label: string, file: Buffer) {
  const boundary = `----bench${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${label}.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const start = process.memoryUsage().rss;
  peak = start;
  const t = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/registers/budget/import?unit=9501&fiscalYear=2568',
    cookies,
    headers: { 'x-csrf-token': csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  const seconds = (performance.now() - t) / 1000;
  console.log(
    `${label.padEnd(7)} ${mb(file.length).padStart(6)} file → ${res.statusCode} in ${seconds.toFixed(2)} s, peak RSS ${mb(peak)} (+${mb(peak - start)}): ${(res.json() as { error?: { message: string } }).error?.message ?? res.body}`,
  );
  return { seconds, peak };
}

const normal = await importOnce('normal', await normalTable());
const bomb = await importOnce('bomb', await sheetBomb(HEADER, bombMegabytes, true));
console.log(
  `bomb of ${bombMegabytes} MB of sheet XML vs ${rows} rows: time ×${(bomb.seconds / normal.seconds).toFixed(2)}, peak RSS ×${(bomb.peak / normal.peak).toFixed(2)}`,
);
clearInterval(sampler);
await app.close();
await handle.close();
