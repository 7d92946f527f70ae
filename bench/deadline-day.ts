// Deadline-day load (issue R2-6 §4): the 928 districts submit their monthly report while 2,000 viewers read the
// dashboards and home pages, against the real server started as a child process (its RSS sampled apart from the load
// generator). On PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set (a scratch database on that server, dropped
// afterwards), else on PGlite in a temporary directory. Load with autocannon's programmatic API in this process: each
// connection is one keep-alive connection of a reverse proxy carrying `think` users in turn at one request a second,
// so every user asks for a page every `think` seconds. Baseline first, same connections and rate: GET /api/health
// (one `select 1`, no session). Prints figures beside the goals and the count check; asserts nothing.
// Run: npx tsx bench/deadline-day.ts [--seconds 30] [--viewers 2000] [--think 2] [--cpu-prof]
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Options, type Result } from 'autocannon';
import pg from 'pg';
import { type DatabaseHandle, openPglite, openPostgres, pgliteDirOf } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildDeadlineFixture, type DeadlineFixture, FORM_NAME } from './load/fixture.ts';
import {
  clientSetup,
  type DistrictState,
  districtStates,
  type Kind,
  newTally,
  type Tally,
  writeKinds,
} from './load/plan.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const seconds = arg('seconds', 30);
const viewerCount = arg('viewers', 2000);
const think = arg('think', 2);
const baselineSeconds = Math.min(10, seconds);
const cpuProf = process.argv.includes('--cpu-prof');
const viaTsx = process.argv.includes('--tsx');
const root = path.resolve(import.meta.dirname, '..');

const GOALS = { rps: 1000, p99: 200, rssMb: 300 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, child: ChildProcess) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not answer /api/health within 120 s');
}

/** Waits until the server has worked off the baseline's queue: /api/health answered within 50 ms (at most 30 s). */
async function settle(base: string) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const started = performance.now();
    await fetch(`${base}/api/health`);
    if (performance.now() - started < 50) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 1/100 s). */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds used by the server and by this process (the load generator) over a stretch of the run. */
function cpuMeter(pid: number) {
  const server = cpuSecondsOf(pid);
  const driver = process.cpuUsage();
  const started = performance.now();
  return () => {
    const used = process.cpuUsage(driver);
    return {
      wall: (performance.now() - started) / 1000,
      server: cpuSecondsOf(pid) - server,
      driver: (used.user + used.system) / 1e6,
    };
  };
}

type Cpu = ReturnType<ReturnType<typeof cpuMeter>>;

/** Transactions committed or rolled back in the bench's database so far (PostgreSQL's statistics; 0 on PGlite). */
async function transactionsOf(admin: pg.Client | null, database: string): Promise<number> {
  if (!admin) return 0;
  await admin.query('select pg_stat_clear_snapshot()');
  const { rows } = await admin.query(
    'select xact_commit + xact_rollback as n from pg_stat_database where datname = $1',
    [database],
  );
  return Number(rows[0]?.n ?? 0);
}

/** The server's resident set, from /proc every 100 ms. */
function sampleRss(pid: number) {
  let peakKb = 0;
  let lastKb = 0;
  const read = () => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      lastKb = Number(m?.[1] ?? 0);
      peakKb = Math.max(peakKb, lastKb);
    } catch {
      // exited
    }
  };
  read();
  const timer = setInterval(read, 100);
  return {
    mark: () => {
      const at = peakKb;
      peakKb = lastKb;
      return at;
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * The server as `npm start` runs it: compiled by tsc (tsconfig.server.json) into `<work>/build`, beside links to the
 * repository's data/ and node_modules/ so its paths hold; `--tsx` runs src/server.ts through tsx instead (more memory).
 */
function compileServer(work: string): string[] {
  if (viaTsx) return ['--import', 'tsx', 'src/server.ts'];
  for (const link of ['data', 'node_modules', 'package.json']) {
    fs.symlinkSync(path.join(root, link), path.join(work, link));
  }
  const out = path.join(work, 'build');
  const tsc = spawnSync(
    'npx',
    [
      'tsc',
      '-p',
      'tsconfig.server.json',
      '--outDir',
      out,
      '--tsBuildInfoFile',
      path.join(out, '.tsbuildinfo'),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (!fs.existsSync(path.join(out, 'server.js')))
    throw new Error(`tsc did not build the server (${tsc.status})`);
  return [path.join(out, 'server.js')];
}

function startServer(entry: string[], env: Record<string, string>, port: number, profDir: string) {
  const flags = cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.TEST_DATABASE_URL;
  const child = spawn(process.execPath, [...flags, ...entry], {
    cwd: root,
    env: {
      ...inherited,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TIDTAM_LOG_LEVEL: 'warn',
      TIDTAM_SCHEDULER: '0',
      TIDTAM_DEMO: '0',
      TIDTAM_WEB_DIST: path.join(root, 'web/dist'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

function latencyLine(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n: number) => `${n.toFixed(0)}`.padStart(5);
  return `p50 ${f(percentile(sorted, 0.5))}  p90 ${f(percentile(sorted, 0.9))}  p99 ${f(percentile(sorted, 0.99))}  max ${f(sorted.at(-1) ?? 0)} ms`;
}

function all(tally: Tally, kinds?: readonly Kind[]) {
  return [...tally.latencies].filter(([k]) => !kinds || kinds.includes(k)).flatMap(([, v]) => v);
}

const okOf = (tally: Tally) =>
  [...tally.statuses.values()].flatMap((m) => [...m]).reduce((n, [s, c]) => n + (s < 300 ? c : 0), 0);

/**
 * autocannon paces each connection by a one-second window that starts when the connection is made, so connections
 * made together fire together. The load is split over GROUPS instances started 1/GROUPS s apart: requests arrive
 * spread over the second, as browsers' would.
 */
const GROUPS = 20;

async function run(
  url: string,
  connections: number,
  duration: number,
  setupFor: (group: number, groups: number) => Options['setupClient'],
) {
  const runs: PromiseLike<Result>[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const n = Math.floor(connections / GROUPS) + (g < connections % GROUPS ? 1 : 0);
    if (n === 0) continue;
    runs.push(
      autocannon({
        url,
        connections: n,
        duration,
        connectionRate: 1,
        ignoreCoordinatedOmission: true,
        timeout: 20,
        setupClient: setupFor(g, GROUPS),
      }),
    );
    await new Promise((r) => setTimeout(r, 1000 / GROUPS));
  }
  const results = await Promise.all(runs);
  const sum = (f: (r: Result) => number) => results.reduce((n, r) => n + f(r), 0);
  return { non2xx: sum((r) => r.non2xx), errors: sum((r) => r.errors), timeouts: sum((r) => r.timeouts) };
}

type Totals = Awaited<ReturnType<typeof run>>;

function tallyHealth(tally: Tally, status: number, ms: number) {
  const list = tally.latencies.get('me') ?? [];
  list.push(ms);
  tally.latencies.set('me', list);
  const counts = tally.statuses.get('me') ?? new Map<number, number>();
  counts.set(status, (counts.get(status) ?? 0) + 1);
  tally.statuses.set('me', counts);
}

/** After the run, from the database: each district's report of the load's form, and how many sends it logged. */
async function countCheck(handle: DatabaseHandle, fixture: DeadlineFixture, states: DistrictState[]) {
  const rows = await handle.db
    .selectFrom('submissions as s')
    .innerJoin('report_types as t', 't.id', 's.report_type_id')
    .select((eb) => [
      's.unit_id',
      's.status',
      eb
        .selectFrom('submission_events as e')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('e.submission_id', '=', 's.id')
        .where('e.action', 'in', ['submit', 'resubmit'])
        .as('sends'),
    ])
    .where('t.name_th', '=', FORM_NAME)
    .execute();
  const byUnit = new Map(rows.map((r) => [r.unit_id, r]));
  const acked = states.filter((s) => s.acknowledged > 0);
  const present = acked.filter((s) => byUnit.get(s.client.unit.id)?.status === 'submitted');
  const ackedTwice = states.filter((s) => s.acknowledged > 1).length;
  const loggedTwice = rows.filter((r) => Number(r.sends) > 1).length;
  const submittedRows = rows.filter((r) => r.status === 'submitted').length;
  const doubles = states.filter((s) => s.doubleStatus !== null);
  const doubleRefused = doubles.filter((s) => s.doubleStatus === 409).length;
  return {
    districts: fixture.districts.length,
    acked: acked.length,
    present: present.length,
    submittedRows,
    ackedTwice,
    loggedTwice,
    doubles: doubles.length,
    doubleRefused,
    refusedRetries: states.reduce((n, s) => n + s.refusedRetries, 0),
  };
}

async function main() {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-deadline-'));
  const name = `tidtam_deadline_${randomBytes(4).toString('hex')}`;
  let admin: pg.Client | null = null;
  let env: Record<string, string>;
  let open: () => Promise<DatabaseHandle>;
  if (url) {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    env = { DATABASE_URL: target.toString() };
    open = async () => openPostgres(target.toString());
  } else {
    console.log(
      'TEST_DATABASE_URL / DATABASE_URL not set: running on PGlite (one connection, in the server process)',
    );
    env = { TIDTAM_DATA_DIR: work };
    open = () => openPglite({ dataDir: pgliteDirOf(work) });
  }
  const engine = url ? 'PostgreSQL' : 'PGlite';
  let child: ChildProcess | null = null;
  let handle: DatabaseHandle | null = null;
  try {
    handle = await open();
    await migrateToLatest(handle.db);
    const t0 = performance.now();
    const fixture = await buildDeadlineFixture(handle.db, viewerCount);
    console.log(
      `fixture: ${fixture.districts.length} district officers, ${fixture.viewers.length} viewers with sessions, ` +
        `${fixture.reportTypeIdByProvince.size} monthly forms due ${fixture.today} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    if (!url) {
      await handle.close();
      handle = null;
    }

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = startServer(compileServer(work), env, port, path.join(work, 'profiles'));
    const pid = child.pid ?? 0;
    await waitForHealth(base, child);
    const rss = sampleRss(pid);
    const startRssKb = rss.mark();

    const districtConnections = Math.ceil(fixture.districts.length / think);
    const viewerConnections = Math.ceil(fixture.viewers.length / think);
    const connections = districtConnections + viewerConnections;
    console.log(
      `load: ${connections} keep-alive connections at 1 request/s each (${districtConnections} carrying the districts, ` +
        `${viewerConnections} the viewers; each user every ${think} s), ${seconds} s, server and load generator on the ` +
        `same ${os.cpus().length}-core machine; engine ${engine}`,
    );

    const baseTally = newTally();
    const baseCpuOf = cpuMeter(pid);
    const baseline = await run(`${base}/api/health`, connections, baselineSeconds, () => (c) => {
      c.on('response', (status, _b, ms) => tallyHealth(baseTally, status, ms));
    });
    const baseCpu = baseCpuOf();
    const baselineRssKb = rss.mark();
    await settle(base);

    const tally = newTally();
    const states = districtStates(fixture, Date.now(), seconds);
    const loadCpuOf = cpuMeter(pid);
    const xactsBefore = await transactionsOf(admin, name);
    const result = await run(
      base,
      connections,
      seconds,
      clientSetup(fixture, states, districtConnections, viewerConnections, tally),
    );
    const loadCpu = loadCpuOf();
    const loadRssKb = rss.mark();
    rss.stop();

    // Stopped before counting: its database sessions end, and PostgreSQL counts their transactions.
    await stopServer(child);
    const transactions = (await transactionsOf(admin, name)) - xactsBefore;
    handle ??= await open();
    const check = await countCheck(handle, fixture, states);

    report({
      baseline,
      baseTally,
      result,
      tally,
      check,
      startRssKb,
      baselineRssKb,
      loadRssKb,
      engine,
      baseCpu,
      loadCpu,
      transactions,
    });
  } finally {
    if (child) await stopServer(child);
    await handle?.close();
    if (cpuProf) console.log(`CPU profile of the server in ${path.join(work, 'profiles')}`);
    else fs.rmSync(work, { recursive: true, force: true });
    if (admin) {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    }
  }
}

function report(r: {
  baseline: Totals;
  baseTally: Tally;
  result: Totals;
  tally: Tally;
  check: Awaited<ReturnType<typeof countCheck>>;
  startRssKb: number;
  baselineRssKb: number;
  loadRssKb: number;
  engine: string;
  baseCpu: Cpu;
  loadCpu: Cpu;
  transactions: number;
}) {
  const { baseline, result, tally, check } = r;
  const rps = okOf(tally) / seconds;
  const allLoad = all(tally);
  const sorted = [...allLoad].sort((a, b) => a - b);
  const p99 = percentile(sorted, 0.99);
  const baseRps = okOf(r.baseTally) / baselineSeconds;
  const mb = (kb: number) => kb / 1024;
  const goal = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\n== deadline day on ${r.engine} (2-core machine shared by server and load generator) ==`);
  console.log(
    `baseline GET /api/health: ${baseRps.toFixed(0)} req/s (2xx), ${latencyLine(all(r.baseTally))}, ` +
      `non-2xx ${baseline.non2xx}, errors ${baseline.errors}`,
  );
  console.log(
    `deadline load:            ${rps.toFixed(0)} req/s (2xx), ${latencyLine(allLoad)}, ` +
      `non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  const baseSorted = all(r.baseTally).sort((a, b) => a - b);
  console.log(
    `ratio to baseline: throughput ${(rps / baseRps).toFixed(2)}×, p50 ${(percentile(sorted, 0.5) / Math.max(1, percentile(baseSorted, 0.5))).toFixed(1)}×, ` +
      `p99 ${(p99 / Math.max(1, percentile(baseSorted, 0.99))).toFixed(1)}×`,
  );
  const cpuLine = (c: Cpu, answers: number) =>
    `server ${c.server.toFixed(1)} s (${((1000 * c.server) / Math.max(1, answers)).toFixed(2)} ms per answer), ` +
    `load generator ${c.driver.toFixed(1)} s, over ${c.wall.toFixed(1)} s on ${os.cpus().length} cores`;
  console.log(`CPU in the baseline: ${cpuLine(r.baseCpu, all(r.baseTally).length)}`);
  console.log(`CPU under load:      ${cpuLine(r.loadCpu, allLoad.length)}`);
  if (r.transactions > 0)
    console.log(
      `PostgreSQL transactions under load (each statement outside a transaction is one): ${r.transactions}, ` +
        `${(r.transactions / Math.max(1, allLoad.length)).toFixed(1)} per answer`,
    );
  console.log('by request:');
  for (const [kind, samples] of [...tally.latencies].sort((a, b) => b[1].length - a[1].length)) {
    const statuses = [...(tally.statuses.get(kind) ?? [])].map(([s, n]) => `${s}×${n}`).join(' ');
    console.log(
      `  ${kind.padEnd(20)} ${String(samples.length).padStart(6)}  ${latencyLine(samples)}  [${statuses}]`,
    );
  }
  console.log(`writes only: ${latencyLine(all(tally, writeKinds))}`);
  console.log(
    `server RSS: at start ${mb(r.startRssKb).toFixed(0)} MB, peak in baseline ${mb(r.baselineRssKb).toFixed(0)} MB, ` +
      `peak under load ${mb(r.loadRssKb).toFixed(0)} MB`,
  );
  console.log(
    `count check: ${check.acked} of ${check.districts} districts acknowledged (2xx) their submit; ${check.present} of ` +
      `them are submitted in the database (${check.submittedRows} rows submitted); acknowledged twice: ` +
      `${check.ackedTwice}; a send logged twice: ${check.loggedTwice}; second press refused 409: ` +
      `${check.doubleRefused} of ${check.doubles}; submits refused as already sent (lost answer retried): ${check.refusedRetries}`,
  );
  console.log('goals:');
  console.log(`  ≥ ${GOALS.rps} req/s: ${rps.toFixed(0)} ${goal(rps >= GOALS.rps)}`);
  console.log(`  p99 ≤ ${GOALS.p99} ms: ${p99.toFixed(0)} ${goal(p99 <= GOALS.p99)}`);
  console.log(
    `  server RSS ≤ ${GOALS.rssMb} MB: ${mb(r.loadRssKb).toFixed(0)} ${goal(mb(r.loadRssKb) <= GOALS.rssMb)}`,
  );
  const counted = check.present === check.acked && check.ackedTwice === 0 && check.loggedTwice === 0;
  console.log(`  every acknowledged submission counted, none twice: ${goal(counted)}`);
}

await main();
