// Measures the household register at province scale: generates N households (default 100,000; --rows 1000000 for
// the national-style run) as a CSV and an xlsx laid out like the seed's workbook, imports each through the service
// (streamed, validated, then saved in one transaction), and prints rows/s, peak RSS and the live summary's query
// time, against a baseline: a plain jsonb_to_recordset insert of the same rows in the same process; then a single
// household edit with a KPI bound to the register, against the old synchronous recompute.
// PGlite in memory, or DATABASE_URL (bench rows use Yala house codes 959…, deleted before and after). Asserts nothing.
// Run: npx tsx bench/households-import.ts [--rows 1000000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { type Db, openDatabase, openPglite } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { HouseholdStatus } from '../src/domain/registers/households.ts';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../src/modules/agreements/kpi-set-files.ts';
import { login, userOfSession } from '../src/modules/auth/service.ts';
import { startHouseholdImport } from '../src/modules/households/import.ts';
import { setIncome } from '../src/modules/households/service.ts';
import { householdSummary } from '../src/modules/households/summary.ts';
import { householdColumns } from '../src/modules/households/workbook-layout.ts';
import { type WorkbookHousehold, writeHouseholdWorkbook } from '../src/modules/households/workbook-writer.ts';
import { kpisOfKpiSet } from '../src/modules/kpis/service.ts';
import { loadAdminUnits } from '../src/modules/org-units/admin-data.ts';
import { hasUnits, subdistrictsOf } from '../src/modules/org-units/service.ts';
import { bindKpi } from '../src/modules/register-bindings/service.ts';
import { createUserAsSystem } from '../src/modules/users/service.ts';
import { measureComputations } from '../src/register-measures.ts';
import { createRegisterWorker } from '../src/register-worker.ts';

const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const rows = Number(arg('--rows')) || 100_000;
const BATCH = 5_000;
const FISCAL_YEAR = 2568;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);

const config = loadConfig({ ...process.env, TIDTAM_LOG_LEVEL: 'silent' });
const handle = config.databaseUrl ? await openDatabase(config) : await openPglite({});
const db: Db = handle.db;
await migrateToLatest(db);
if (!(await hasUnits(db))) await loadAdminUnits(db);
const subdistricts = await subdistrictsOf(db, ['/CDD/95/']);
/** Deletes the bench's households, then vacuums (PGlite has no autovacuum: dead rows would slow the next run). */
async function clear() {
  await sql`delete from households where house_code like '959%'`.execute(db);
  await sql`vacuum analyze households, household_incomes, household_activities`.execute(db);
}
await clear();

const username = `bench.registers.${Date.now()}`;
await createUserAsSystem(db, {
  username,
  password: 'bench-password',
  role: 'province_admin',
  unitCode: '95',
  displayName: 'bench',
});
const user = await userOfSession(db, (await login(db, username, 'bench-password', 1)).token);
if (!user) throw new Error('no bench user');

/** Household i, the same in every file and in the baseline: mostly developable, most below the line. */
function householdAt(i: number): WorkbookHousehold {
  const statuses: HouseholdStatus[] = [
    'developable',
    'developable',
    'developable',
    'developable',
    'developable',
    'developable',
    'developable',
    'welfare-requested',
    'self-reliant',
    'other',
  ];
  const status = statuses[i % statuses.length] ?? 'developable';
  return {
    house_code: `959${String(i).padStart(8, '0')}`,
    unit_code: subdistricts[i % subdistricts.length]?.code ?? '950101',
    address: `${(i % 300) + 1} หมู่ ${(i % 12) + 1}`,
    head_name: null,
    head_citizen_id: null,
    members: (i % 6) + 1,
    status,
    problems: { health: i % 5 === 0, living: false, education: i % 7 === 0, income: true, access: false },
    baseline_income: String(20_000 + ((i * 37) % 30_000)),
    result_income: i % 3 === 0 ? null : String(25_000 + ((i * 53) % 30_000)),
    activities:
      status === 'developable' && i % 10 === 0
        ? [
            {
              activity: 'ส่งเสริมอาชีพ',
              method: null,
              done_on: '2025-02-01',
              place: null,
              agency: 'พช.อ.',
              agency_role: 'lead',
              result: null,
            },
          ]
        : [],
  };
}

async function* pages() {
  for (let start = 0; start < rows; start += BATCH) {
    yield Array.from({ length: Math.min(BATCH, rows - start) }, (_, k) => householdAt(start + k));
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-bench-'));
const csvFile = path.join(dir, 'households.csv');
const xlsxFile = path.join(dir, 'households.xlsx');
let t = performance.now();
const keys = householdColumns(FISCAL_YEAR).map((c) => c.key);
const csv = fs.createWriteStream(csvFile);
csv.write(`${keys.join(',')}\n`);
for await (const page of pages()) {
  for (const h of page) {
    const a = h.activities[0];
    const cells: Record<string, string | number | null> = {
      house_code: h.house_code,
      unit_code: h.unit_code,
      address: h.address,
      members: h.members,
      baseline_income: h.baseline_income,
      result_income: h.result_income,
      problem_health: h.problems.health ? 1 : null,
      problem_education: h.problems.education ? 1 : null,
      problem_income: 1,
      [`status_${{ developable: 'developable', 'welfare-requested': 'welfare', 'self-reliant': 'self_reliant', other: 'other' }[h.status]}`]: 1,
      ...(a
        ? {
            activity: a.activity,
            activity_date: a.done_on,
            activity_agency: a.agency,
            activity_agency_role: 'หลัก',
          }
        : {}),
    };
    csv.write(`${keys.map((k) => cells[k] ?? '').join(',')}\n`);
  }
}
await new Promise<void>((resolve) => csv.end(resolve));
await writeHouseholdWorkbook(fs.createWriteStream(xlsxFile), {
  fiscalYear: FISCAL_YEAR,
  personal: true,
  households: pages(),
  plans: (async function* () {})(),
  summary: null,
});
console.log(
  `engine ${handle.engine}: generated ${rows.toLocaleString('en-US')} households in ${((performance.now() - t) / 1000).toFixed(1)} s ` +
    `(csv ${mb(fs.statSync(csvFile).size)}, xlsx ${mb(fs.statSync(xlsxFile).size)})`,
);

// Baseline: the same households and incomes, straight into the tables by one jsonb_to_recordset statement per batch.
const units = new Map(subdistricts.map((s) => [s.code, s.id]));
t = performance.now();
await db.transaction().execute(async (trx) => {
  for await (const page of pages()) {
    const batch = page.map((h) => ({ ...h, unit_id: units.get(h.unit_code) }));
    await sql`
      with h as (
        insert into households (unit_id, house_code, address, members, status, problem_income)
        select unit_id, house_code, address, members, status, true
        from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
          as x(unit_id int, house_code text, address text, members smallint, status text)
        returning id, house_code
      )
      insert into household_incomes (household_id, survey_year, income_per_person)
      select h.id, 2567, x.baseline_income
      from h join jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(house_code text, baseline_income numeric)
        using (house_code)`.execute(trx);
  }
});
const baseline = (performance.now() - t) / 1000;
console.log(`baseline plain insert: ${baseline.toFixed(1)} s, ${(rows / baseline).toFixed(0)} rows/s`);
await clear();

for (const [name, file] of [
  ['csv', csvFile],
  ['xlsx', xlsxFile],
] as const) {
  const copy = path.join(dir, `import-${name}.${name}`);
  fs.copyFileSync(file, copy);
  const before = process.memoryUsage().rss;
  peak = before;
  t = performance.now();
  const { job, done } = await startHouseholdImport(db, user, {
    unitCode: '95',
    fiscalYear: FISCAL_YEAR,
    receive: async () => ({ file: copy, filename: `households.${name}` }),
    log: console,
  });
  await done;
  const seconds = (performance.now() - t) / 1000;
  const finished = await sql<{ status: string; rows_saved: number; message: string }>`
    select status, rows_saved, message from register_imports where id = ${job.id}`.execute(db);
  const r = finished.rows[0];
  if (r?.status !== 'done') console.log(`import ${name} did not finish: ${r?.message}`);
  console.log(
    `import ${name}: ${r?.status} ${r?.rows_saved.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s = ` +
      `${(rows / seconds).toFixed(0)} rows/s (${(seconds / baseline).toFixed(1)}× the baseline), RSS ${mb(before)} before, peak ${mb(peak)}`,
  );
  if (name === 'xlsx') break;
  await clear();
}

for (const unit of ['95', '9501']) {
  const samples: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    t = performance.now();
    await householdSummary(db, user, { unit, fiscalYear: FISCAL_YEAR });
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  console.log(`summary (sheet 3) for ${unit}: median ${samples[2]?.toFixed(0)} ms of 5`);
}
// A single household edit in a province of `rows` households with KPI I4 bound to the register: the write is answered
// after queueing the recompute (one insert), and the worker then recomputes the measure over the whole province.
// Before the worker, the write also carried that recompute: edit + recompute is that old baseline. Rolled back after.
class RollBack extends Error {}
await db
  .transaction()
  .execute(async (trx) => {
    const { kpiSetId } = await loadKpiSetFile(
      trx,
      readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')),
    );
    const i4 = (await kpisOfKpiSet(trx, kpiSetId)).find((k) => k.key === 'I4');
    if (!i4) throw new Error('no I4 in the Yala set');
    await bindKpi(trx, measureComputations, user, i4.id, {
      measure: 'households.remaining_below_line',
      asOf: '2025-09-30',
    });
    const worker = createRegisterWorker(trx, handle.engine);
    const targets = await sql<{ id: number }>`
      select id from households where house_code like '99%' and status = 'developable' order by id limit 5`.execute(
      trx,
    );
    const edits: number[] = [];
    const recomputes: number[] = [];
    for (const [k, h] of targets.rows.entries()) {
      t = performance.now();
      await setIncome(trx, user, h.id, FISCAL_YEAR, String(41_000 + k));
      edits.push(performance.now() - t);
      t = performance.now();
      await worker.tick();
      recomputes.push(performance.now() - t);
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const [edit, recompute] = [median(edits), median(recomputes)];
    console.log(
      `household edit with I4 bound: answered in ${edit.toFixed(0)} ms (median of ${edits.length}); the worker's ` +
        `recompute ${recompute.toFixed(0)} ms; the old synchronous write (edit + recompute) ${(edit + recompute).toFixed(0)} ms ` +
        `= ${((edit + recompute) / edit).toFixed(1)}× the queued one`,
    );
    throw new RollBack();
  })
  .catch((error: unknown) => {
    if (!(error instanceof RollBack)) throw error;
  });
console.log(`peak RSS overall ${mb(Math.max(peak, process.resourceUsage().maxRSS * 1024))}`);
clearInterval(sampler);
await clear();
fs.rmSync(dir, { recursive: true, force: true });
await handle.close();
