// Household import at national scale (issue R2-6 item 2). Generates N households of Yala (house codes 959…, spread
// over its sub-districts; one in ten developable households with an activity) as a CSV laid out like sheet 1, then:
// - PostgreSQL (TEST_DATABASE_URL or DATABASE_URL; a scratch database created and dropped here): the baseline is
//   `psql \copy` of the same CSV into a bare table of the same columns (all text, no index), timed around the psql
//   process; then the product's import through the service (read and checked cell by cell, COPY into staging, the
//   SQL checks, one transaction of insert-selects, the sheet-3 recount), first into an empty register, then again
//   (every household an update). Prints rows/s of each, the ratio to \copy (goal ≥ 50 %) and the peak RSS of this
//   process while importing (goal ≤ 300 MB whatever the size), then each phase of the import (the JS reading and
//   checking of cells, the load of staging, the SQL checks, each save statement, the rollups, the commit) with its
//   seconds, its share of the whole and its rows/s.
// - PGlite (no URL, or --pglite): in memory, the import against the previous round's baseline, a plain
//   jsonb_to_recordset insert of the same households and incomes, 5,000 a statement, in the same process.
// --xlsx also imports the same households from an .xlsx workbook. Asserts nothing; exits by itself.
// Run: npx tsx bench/households-import.ts [--rows 1000000] [--pglite] [--xlsx]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { DatabaseHandle, Db } from '../src/db/database.ts';
import type { HouseholdStatus } from '../src/domain/registers/households.ts';
import { login, userOfSession } from '../src/modules/auth/service.ts';
import { startHouseholdImport } from '../src/modules/households/import.ts';
import { householdColumns } from '../src/modules/households/workbook-layout.ts';
import { type WorkbookHousehold, writeHouseholdWorkbook } from '../src/modules/households/workbook-writer.ts';
import { loadAdminUnits } from '../src/modules/org-units/admin-data.ts';
import { subdistrictsOf } from '../src/modules/org-units/service.ts';
import { createUserAsSystem } from '../src/modules/users/service.ts';
import { postgresServer, scratchDatabase } from './nation/scratch.ts';

const flag = (name: string) => process.argv.includes(name);
const arg = (name: string) => (flag(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const server = flag('--pglite') ? undefined : postgresServer();
/** PGlite imports about 10,000 rows/s on this machine: 200,000 keeps its run near a minute. */
const rows = Number(arg('--rows')) || (server ? 1_000_000 : 200_000);
const FISCAL_YEAR = 2568;
const BATCH = 5_000;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const perSecond = (n: number, seconds: number) => `${Math.round(n / seconds).toLocaleString('en-US')} rows/s`;

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);

/** A migrated scratch database (PostgreSQL: created on the server and dropped by close) and, on PostgreSQL, its URL. */
async function open(): Promise<DatabaseHandle & { url?: string }> {
  const handle = await scratchDatabase(server ? 'postgresql' : 'pglite');
  if (!server) return handle;
  const url = new URL(server);
  url.pathname = `/${(await sql<{ name: string }>`select current_database() as name`.execute(handle.db)).rows[0]?.name}`;
  return { ...handle, url: url.toString() };
}

const handle = await open();
const db: Db = handle.db;
await loadAdminUnits(db);
const subdistricts = await subdistrictsOf(db, ['/CDD/95/']);
await createUserAsSystem(db, {
  username: 'bench.import',
  password: 'bench-password',
  role: 'province_admin',
  unitCode: '95',
  displayName: 'bench',
});
const user = await userOfSession(db, (await login(db, 'bench.import', 'bench-password', 1)).token);
if (!user) throw new Error('no bench user');

const STATUSES: HouseholdStatus[] = [
  ...Array<HouseholdStatus>(7).fill('developable'),
  'welfare-requested',
  'self-reliant',
  'other',
];

/** Household i, the same in every file and in the baseline: mostly developable, most below the line. */
function householdAt(i: number): WorkbookHousehold {
  const status = STATUSES[i % STATUSES.length] ?? 'developable';
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

const STATUS_KEYS: Record<HouseholdStatus, string> = {
  developable: 'status_developable',
  'welfare-requested': 'status_welfare',
  'self-reliant': 'status_self_reliant',
  other: 'status_other',
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-bench-'));
const csvFile = path.join(dir, 'households.csv');
const keys = householdColumns(FISCAL_YEAR).map((c) => c.key);
let t = performance.now();
const csv = fs.createWriteStream(csvFile);
csv.write(`${keys.join(',')}\n`);
for await (const page of pages()) {
  let text = '';
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
      [STATUS_KEYS[h.status]]: 1,
      ...(a && {
        activity: a.activity,
        activity_date: a.done_on,
        activity_agency: a.agency,
        activity_agency_role: 'หลัก',
      }),
    };
    text += `${keys.map((k) => cells[k] ?? '').join(',')}\n`;
  }
  if (!csv.write(text)) await new Promise<void>((resolve) => csv.once('drain', resolve));
}
await new Promise<void>((resolve) => csv.end(resolve));
console.log(
  `engine ${handle.engine}: generated ${rows.toLocaleString('en-US')} households in ` +
    `${((performance.now() - t) / 1000).toFixed(1)} s (csv ${mb(fs.statSync(csvFile).size)})`,
);

/** Deletes the bench's households (the register is otherwise empty), so each import starts from the same state. */
async function clear() {
  await sql`delete from households`.execute(db);
  await sql`vacuum analyze households, household_incomes, household_activities`.execute(db);
}

/** The product's import of `file` through the service, timed to its job's end, with this process's peak RSS. */
async function productImport(name: string, file: string, kind: 'csv' | 'xlsx') {
  const copy = path.join(dir, `import.${kind}`);
  fs.copyFileSync(file, copy);
  const before = process.memoryUsage().rss;
  peak = before;
  t = performance.now();
  const { job, done } = await startHouseholdImport(db, user as NonNullable<typeof user>, {
    unitCode: '95',
    fiscalYear: FISCAL_YEAR,
    receive: async () => ({ file: copy, filename: `households.${kind}` }),
    // The import logs its phases at info; they are printed here from what `done` answers.
    log: { info: () => undefined, warn: console.warn, error: console.error },
  });
  const phases = await done;
  const seconds = (performance.now() - t) / 1000;
  const r = (
    await sql<{ status: string; rows_saved: number; message: string }>`
      select status, rows_saved, message from register_imports where id = ${job.id}`.execute(db)
  ).rows[0];
  if (r?.status !== 'done') console.log(`import ${name} did not finish: ${r?.message}`);
  return { seconds, rss: { before, peak }, saved: r?.rows_saved ?? 0, phases };
}

function report(
  name: string,
  r: Awaited<ReturnType<typeof productImport>>,
  baseline: { name: string; seconds: number },
) {
  console.log(
    `${name}: ${r.saved.toLocaleString('en-US')} rows in ${r.seconds.toFixed(1)} s = ${perSecond(rows, r.seconds)}; ` +
      `${baseline.name} ${perSecond(rows, baseline.seconds)}: ratio ${((100 * baseline.seconds) / r.seconds).toFixed(0)} %; ` +
      `RSS ${mb(r.rss.before)} before, peak ${mb(r.rss.peak)}`,
  );
  const whole = r.phases.find((p) => p.name === 'whole import')?.seconds ?? r.seconds;
  for (const p of r.phases) {
    if (p.name === 'whole import') continue;
    console.log(
      `  phase ${p.name.padEnd(40)} ${p.seconds.toFixed(2).padStart(7)} s ${((100 * p.seconds) / whole).toFixed(0).padStart(3)} %` +
        (p.rows > 0 && p.seconds > 0 ? `  ${perSecond(p.rows, p.seconds)}` : ''),
    );
  }
}

/** psql's \copy of the CSV into a bare table of the same columns (text, no index): the speed of COPY itself. */
async function psqlCopy(url: string) {
  await sql`create table bare_households (${sql.raw(keys.map((k) => `${k} text`).join(', '))})`.execute(db);
  t = performance.now();
  await new Promise<void>((resolve, reject) => {
    const psql = spawn(
      'psql',
      [
        url,
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `\\copy bare_households from '${csvFile}' with (format csv, header true)`,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    psql.on('error', reject);
    psql.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited with ${code}`))));
  });
  const seconds = (performance.now() - t) / 1000;
  await sql`drop table bare_households`.execute(db);
  return seconds;
}

/** The previous round's baseline: households and incomes by one jsonb_to_recordset statement per 5,000. */
async function jsonbInsert() {
  const units = new Map(subdistricts.map((s) => [s.code, s.id]));
  t = performance.now();
  await db.transaction().execute(async (trx) => {
    for await (const page of pages()) {
      const batch = JSON.stringify(page.map((h) => ({ ...h, unit_id: units.get(h.unit_code) })));
      await sql`
        with h as (
          insert into households (unit_id, house_code, address, members, status, problem_income)
          select unit_id, house_code, address, members, status, true
          from jsonb_to_recordset(${batch}::jsonb)
            as x(unit_id int, house_code text, address text, members smallint, status text)
          returning id, house_code
        )
        insert into household_incomes (household_id, survey_year, income_per_person)
        select h.id, 2567, x.baseline_income
        from h join jsonb_to_recordset(${batch}::jsonb) as x(house_code text, baseline_income numeric)
          using (house_code)`.execute(trx);
    }
  });
  const seconds = (performance.now() - t) / 1000;
  await clear();
  return seconds;
}

const baseline = handle.url
  ? { name: 'psql \\copy', seconds: await psqlCopy(handle.url) }
  : { name: 'jsonb insert', seconds: await jsonbInsert() };
console.log(
  `baseline ${baseline.name}: ${baseline.seconds.toFixed(1)} s = ${perSecond(rows, baseline.seconds)}`,
);
report('import csv (new households)', await productImport('csv', csvFile, 'csv'), baseline);
report('import csv again (all updates)', await productImport('csv again', csvFile, 'csv'), baseline);
if (flag('--xlsx')) {
  const xlsxFile = path.join(dir, 'households.xlsx');
  await writeHouseholdWorkbook(fs.createWriteStream(xlsxFile), {
    fiscalYear: FISCAL_YEAR,
    personal: true,
    households: pages(),
    plans: (async function* () {})(),
    summary: null,
  });
  await clear();
  report('import xlsx (new households)', await productImport('xlsx', xlsxFile, 'xlsx'), baseline);
}
console.log(`peak RSS of the whole run ${mb(process.resourceUsage().maxRSS * 1024)} (generation included)`);
clearInterval(sampler);
fs.rmSync(dir, { recursive: true, force: true });
await handle.close();
