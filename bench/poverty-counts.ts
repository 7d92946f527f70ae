// Sheet 3 (002 L48) and KPI I4 (001 L404–407) at national scale, before and after the per-village poverty counts
// kept on write (migration 2026-12-08-1210). In a scratch database (PostgreSQL on TEST_DATABASE_URL or DATABASE_URL,
// dropped afterwards; or --engine pglite in memory): the real administrative tree, --villages synthetic villages
// (default 75,000, spread over the 7,436 sub-districts) and --households poor households (default 1,000,000) made
// set-based with generate_series, each with a baseline (2567) and a result (2568) income; then the rollups are
// counted once. Prints, each with its baseline measured here and the ratio:
// - the sheet-3 counts at department / province / district scope: the live count over households (the product's
//   query before the rollup, kept in test/poverty-live-count.ts) against the rollup read, and the whole summary;
// - KPI I4's recompute for a province's districts and for every province and district at once;
// - what the rollup adds to one household edit (a status change) and to an import of 100,000 rows (simulated: one
//   insert-select of households and incomes into one province, then the import's one recountUnder).
// Asserts nothing. Run: TEST_DATABASE_URL=postgres://… npx tsx bench/poverty-counts.ts [--households 1000000]
//   [--villages 75000] [--runs 15] [--live-runs 1] [--engine postgresql|pglite] [--keep: leave the PostgreSQL database for EXPLAIN]
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { type DatabaseHandle, type Db, openPglite, openPostgres } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { inTransaction } from '../src/db/transaction.ts';
import { login, userOfSession } from '../src/modules/auth/service.ts';
import { remainingBelowLine } from '../src/modules/households/measure.ts';
import { recountPoverty, recountUnder, recountUnits } from '../src/modules/households/progress-queries.ts';
import { povertyCountsByArea } from '../src/modules/households/queries.ts';
import { changeStatus } from '../src/modules/households/service.ts';
import { householdSummary } from '../src/modules/households/summary.ts';
import { loadAdminUnits } from '../src/modules/org-units/admin-data.ts';
import { createUserAsSystem } from '../src/modules/users/service.ts';
import { livePovertyByArea, livePovertyForUnits } from '../test/poverty-live-count.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const engine = arg('--engine') === 'pglite' ? 'pglite' : 'postgresql';
const households = Number(arg('--households')) || (engine === 'pglite' ? 200_000 : 1_000_000);
const villages = Number(arg('--villages')) || 75_000;
const runs = Number(arg('--runs')) || 15;
const IMPORT_ROWS = 100_000;
const FISCAL_YEAR = 2568;

loadConfig({ ...process.env, TIDTAM_LOG_LEVEL: 'silent' });

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function scratch(): Promise<DatabaseHandle> {
  if (engine === 'pglite') return openPglite({});
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url)
    throw new Error('PostgreSQL needs TEST_DATABASE_URL or DATABASE_URL (or run with --engine pglite)');
  const name = `tidtam_poverty_${randomBytes(4).toString('hex')}`;
  await admin(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString());
  return {
    ...handle,
    close: async () => {
      await handle.close();
      if (process.argv.includes('--keep')) console.log(`kept database ${name}`);
      else await admin(url, `drop database if exists ${name}`);
    },
  };
}

const handle = await scratch();
const db = handle.db;
await migrateToLatest(db);
await loadAdminUnits(db);

const seconds = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

/**
 * Villages numbered 1..n over the sub-districts in code order (about ten each), and households spread over them:
 * 70 % developable, the rest in the three other statuses; baseline income 15,000–64,999 (about half below the
 * 40,000 line), result income the baseline plus 0–19,999 (some cross the line), all from the row number.
 */
async function makeHouseholds(d: Db, q: { from: number; count: number; villages: string }) {
  await sql`
    insert into households (unit_id, house_code, members, status)
    select v.id, left(v.code, 2) || lpad(i::text, 9, '0'), 1 + i % 6,
      (array['developable', 'developable', 'developable', 'developable', 'developable', 'developable',
        'developable', 'welfare-requested', 'self-reliant', 'other'])[1 + (i * 7) % 10]
    from generate_series(${q.from}::int, ${q.from + q.count - 1}::int) i
    join (select id, code, row_number() over (order by code) - 1 as k
      from units where kind = 'village' and ${sql.raw(q.villages)}) v
      on v.k = i % (select count(*) from units where kind = 'village' and ${sql.raw(q.villages)})`.execute(d);
  await sql`
    insert into household_incomes (household_id, survey_year, income_per_person)
    select h.id, y.year, 15000 + (h.id * 7919) % 50000 + case when y.year = 2568 then (h.id * 104729) % 20000 else 0 end
    from households h cross join (values (2567::smallint), (2568::smallint)) y(year)
    where h.id > (select coalesce(max(household_id), 0) from household_incomes)`.execute(d);
}

let t0 = performance.now();
await sql`
  insert into units (kind, code, name_th, parent_id, path)
  select 'village', s.code || lpad(n::text, 2, '0'), 'หมู่บ้านทดสอบ ' || n, s.id, s.path || s.code || lpad(n::text, 2, '0') || '/'
  from (select id, code, path, row_number() over (order by code) - 1 as k from units where kind = 'subdistrict') s
  cross join generate_series(1, 99) n
  where s.k + (n - 1) * 7436 < ${villages}::int`.execute(db);
await makeHouseholds(db, { from: 1, count: households, villages: 'true' });
console.log(
  `${engine}: ${households.toLocaleString()} households in ${villages.toLocaleString()} villages made in ${seconds(t0)}`,
);
t0 = performance.now();
await sql`analyze`.execute(db);
await recountUnder(db, '/CDD/');
await sql`analyze`.execute(db);
console.log(
  `rollups counted once for the nation (progress + poverty, with analyze before and after): ${seconds(t0)}`,
);

async function timed(work: () => Promise<unknown>, n: number, warm = true) {
  if (warm) await work();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

const ms = (x: number) => `${x.toFixed(1).padStart(8)} ms`;
/** The live baseline runs --live-runs times (default 1, not warmed: it takes seconds to minutes at scale). */
const liveRuns = Number(arg('--live-runs')) || 1;
async function compare(label: string, before: () => Promise<unknown>, after: () => Promise<unknown>) {
  const b = await timed(before, liveRuns, false);
  const a = await timed(after, runs);
  console.log(
    `${label.padEnd(46)} live p50 ${ms(b.p50)}  rollup p50 ${ms(a.p50)} p95 ${ms(a.p95)}  ${(b.p50 / a.p50).toFixed(0).padStart(5)}× faster`,
  );
}

await createUserAsSystem(db, {
  username: 'bench.cdd',
  password: 'bench-password',
  role: 'department_admin',
  unitCode: 'CDD',
  displayName: 'bench',
});
const user = await userOfSession(db, (await login(db, 'bench.cdd', 'bench-password', 1)).token);
if (!user) throw new Error('no bench user');

console.log(
  `\nsheet 3 counts, FY${FISCAL_YEAR} (the query that changed; the summary around it is the same code):`,
);
for (const [label, path, area] of [
  ['department (77 provinces)', '/CDD/', 'province'],
  ['province 30 (its districts)', '/CDD/30/', 'district'],
  ['district 3001', '/CDD/30/3001/', 'district'],
] as const) {
  const q = { path, area, fiscalYear: FISCAL_YEAR };
  await compare(
    label,
    () => livePovertyByArea(db, q),
    () => povertyCountsByArea(db, q),
  );
}
for (const unit of ['CDD', '30', '3001']) {
  const s = await timed(() => householdSummary(db, user, { unit, fiscalYear: FISCAL_YEAR }), runs);
  console.log(
    `whole sheet-3 summary of ${unit.padEnd(4)} from the rollup          p50 ${ms(s.p50)} p95 ${ms(s.p95)}`,
  );
}

const agentsOf = async (where: string) =>
  (
    await sql<{ code: string; path: string }>`select code, path from units where ${sql.raw(where)}`.execute(
      db,
    )
  ).rows;
const ctx = { fiscalYear: FISCAL_YEAR, round: 1, asOf: '2025-09-30' };
console.log('\nKPI I4 recompute (counts and figures per agent):');
for (const [label, where] of [
  ["province 30's districts", "kind = 'district' and path like '/CDD/30/%'"],
  ['every province and district', "kind in ('province', 'district')"],
] as const) {
  const agents = await agentsOf(where);
  await compare(
    `${label} (${agents.length} agents)`,
    () => livePovertyForUnits(db, agents, FISCAL_YEAR),
    () => remainingBelowLine(db, agents, ctx),
  );
}

console.log('\nwhat the rollup adds to writes:');
const village = (
  await sql<{ id: number; unit_id: number }>`
    select h.id, h.unit_id from households h join units u on u.id = h.unit_id
    where u.path like '/CDD/30/3001/%' and h.status = 'developable' order by h.id limit 1`.execute(db)
).rows[0];
if (!village) throw new Error('no household');
let flip = false;
const edit = await timed(async () => {
  flip = !flip;
  await changeStatus(db, user, village.id, flip ? 'self-reliant' : 'developable');
}, runs);
const editRecount = await timed(() => inTransaction(db, (trx) => recountUnits(trx, [village.unit_id])), runs);
const editPoverty = await timed(
  () => inTransaction(db, (trx) => recountPoverty(trx, sql`${village.unit_id}::int`)),
  runs,
);
console.log(
  `one status change (request's service call)       p50 ${ms(edit.p50)}; its village's recount ${ms(editRecount.p50)}, of which poverty counts ${ms(editPoverty.p50)} (${((100 * editPoverty.p50) / edit.p50).toFixed(1)} % of the edit)`,
);

const province = '/CDD/30/';
t0 = performance.now();
const importTimes = await inTransaction(db, async (trx) => {
  const start = performance.now();
  await makeHouseholds(trx, {
    from: households + 1,
    count: IMPORT_ROWS,
    villages: `path like '${province}%'`,
  });
  const inserted = performance.now() - start;
  const recountStart = performance.now();
  await recountUnder(trx, province);
  const recount = performance.now() - recountStart;
  const povertyStart = performance.now();
  await recountPoverty(trx, sql`select id from units where path like ${`${province}%`}`);
  return { inserted, recount, poverty: performance.now() - povertyStart };
});
const inProvince = (
  await sql<{ n: number }>`
    select count(*)::int as n from households h join units u on u.id = h.unit_id where u.path like ${`${province}%`}`.execute(
    db,
  )
).rows[0]?.n;
console.log(
  `import of ${IMPORT_ROWS.toLocaleString()} rows into province 30 (now ${inProvince?.toLocaleString()} households): insert-select ${ms(importTimes.inserted)}, recountUnder ${ms(importTimes.recount)}, of which poverty counts ${ms(importTimes.poverty)} (${((100 * importTimes.poverty) / (importTimes.inserted + importTimes.recount)).toFixed(1)} % of insert + recount)`,
);
await handle.close();
