// The districts dashboard alone (issue R2-6 item 3), on a smaller synthetic nation (bench/nation) so it runs in a few
// minutes: GET /api/dashboards/districts as a province admin, as the department and as a district, each --runs calls
// after one warm-up, against GET /api/health in the same process (the HTTP floor). For each view: wall p50/p95, the
// ratio of p50 to the baseline's, the process's CPU time per call (user + system: on PGlite it includes the engine,
// on PostgreSQL only Node's side) and the SQL statements per call (counted by a Kysely plugin). Then the cells' forecasts
// alone over the real inputs of the province (in-process, no HTTP): the time of the exact status the cells use and of
// the status taken from the drawn 50-digit line and interval as before, and how many statuses differ (must be 0). On a loaded machine trust
// ratios, CPU times and counts more than wall times. Prints; asserts nothing.
// Run: [TEST_DATABASE_URL=…] npx tsx bench/districts-dashboard.ts [--engine postgresql|pglite] [--households 20000]
//      [--runs 30] [--seed 1] [--province 30] [--profile /tmp/districts.cpuprofile] [--statements]
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { AliasNode, type KyselyPlugin, type RootOperationNode, sql, TableNode } from 'kysely';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { forecastOfMonths, forecastStatusOfMonths } from '../src/domain/dashboard/kpi-target.ts';
import { cellsByInterval, statusByInterval } from '../test/forecast-by-interval.ts';
import { generateNation } from './nation/generate.ts';
import { postgresServer, scratchDatabase } from './nation/scratch.ts';
import { type NationUser, nationUsers } from './nation/users.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const engine = (arg('--engine') ?? (postgresServer() ? 'postgresql' : 'pglite')) as 'postgresql' | 'pglite';
const households = Number(arg('--households')) || 20_000;
const runs = Number(arg('--runs')) || 30;
const seed = Number(arg('--seed')) || 1;
const PROVINCE = arg('--province') ?? '30';
const profile = arg('--profile');
const listStatements = process.argv.includes('--statements');

let statements = 0;
/** The statements of the last call with --statements: what each reads (its tables or its first words) and its time. */
const timed: { what: string; ms: number }[] = [];
const started = new Map<unknown, number>();
const whatOf = (node: RootOperationNode): string => {
  if (node.kind === 'RawNode')
    return node.sqlFragments.join('…').trim().split(/\s+/).slice(0, 8).join(' ').slice(0, 70);
  const froms = node.kind === 'SelectQueryNode' ? (node.from?.froms ?? []) : [];
  const names = froms
    .map((f) => (AliasNode.is(f) ? f.node : f))
    .map((f) => (TableNode.is(f) ? f.table.identifier.name : f.kind));
  return `${node.kind} ${names.join(', ')}`;
};
const counter: KyselyPlugin = {
  transformQuery: (args) => {
    statements += 1;
    started.set(args.queryId, performance.now());
    timed.push({ what: whatOf(args.node), ms: Number.NaN });
    return args.node;
  },
  transformResult: async (args) => {
    const at = started.get(args.queryId);
    started.delete(args.queryId);
    const last = timed.findLast((t) => Number.isNaN(t.ms));
    if (last && at !== undefined) last.ms = performance.now() - at;
    return args.result;
  },
};

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
const f1 = (n: number) => n.toFixed(1).padStart(7);

const handle = await scratchDatabase(engine);
try {
  console.log(
    `[${engine}] building a nation of ${households.toLocaleString('en')} households (seed ${seed})…`,
  );
  const t0 = performance.now();
  const nation = await generateNation(handle, { households, seed });
  console.log(`[${engine}] built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const users = await nationUsers(handle);
  const need = (name: string): NationUser => {
    const u = users.find((x) => x.username === name);
    if (!u) throw new Error(`no ${name}`);
    return u;
  };
  const db = handle.db.withPlugin(counter);
  const config = loadConfig({
    ...process.env,
    TIDTAM_LOG_LEVEL: 'silent',
    TIDTAM_SCHEDULER: '0',
    TIDTAM_VIEW_CACHE_SECONDS: '0',
  });
  const app = await buildApp(config, { db, engine: handle.engine });
  await app.ready();
  const district = (
    await sql<{ code: string }>`
      select code from units where kind = 'district' and code like ${`${PROVINCE}%`} order by code limit 1`.execute(
      handle.db,
    )
  ).rows[0]?.code;
  const time = async (user: NationUser, url: string) => {
    const cookies = { [user.cookieName]: user.token };
    const first = await app.inject({ url, cookies });
    if (first.statusCode !== 200) throw new Error(`${url} → ${first.statusCode} ${first.body.slice(0, 300)}`);
    const walls: number[] = [];
    const cpu = process.cpuUsage();
    const before = statements;
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      await app.inject({ url, cookies });
      walls.push(performance.now() - start);
    }
    const used = process.cpuUsage(cpu);
    walls.sort((a, b) => a - b);
    return {
      p50: quantile(walls, 0.5),
      p95: quantile(walls, 0.95),
      cpu: (used.user + used.system) / 1000 / runs,
      statements: (statements - before) / runs,
    };
  };
  const floor = await time(need('nation.cdd'), '/api/health');
  if (profile) {
    // A CPU profile of the province's view alone (open in Chrome DevTools or speedscope).
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    await time(need(`nation.p.${PROVINCE}`), `/api/dashboards/districts?unit=${PROVINCE}`);
    const { profile: taken } = await session.post('Profiler.stop');
    fs.writeFileSync(profile, JSON.stringify(taken));
    session.disconnect();
  }
  const views: [string, NationUser, string][] = [
    [
      `districts of ${PROVINCE} (province)`,
      need(`nation.p.${PROVINCE}`),
      `/api/dashboards/districts?unit=${PROVINCE}`,
    ],
    [
      `districts of ${PROVINCE} (department)`,
      need('nation.cdd'),
      `/api/dashboards/districts?unit=${PROVINCE}`,
    ],
    [`own row ${district}`, need(`nation.d.${district}`), `/api/dashboards/districts?unit=${district}`],
  ];
  console.log(
    `\n[${engine}] ${runs} calls each; baseline GET /api/health p50 ${floor.p50.toFixed(2)} ms, CPU ${floor.cpu.toFixed(2)} ms/call`,
  );
  console.log(`${'view'.padEnd(36)}  p50 ms  p95 ms  p50/base  CPU ms/call  CPU/base  statements/call`);
  for (const [view, user, url] of views) {
    const s = await time(user, url);
    console.log(
      `${view.padEnd(36)} ${f1(s.p50)} ${f1(s.p95)} ${`${(s.p50 / floor.p50).toFixed(1)}×`.padStart(9)} ${f1(s.cpu).padStart(12)} ${`${(s.cpu / floor.cpu).toFixed(1)}×`.padStart(9)} ${String(s.statements).padStart(16)}`,
    );
  }
  if (listStatements) {
    timed.length = 0;
    const user = need(`nation.p.${PROVINCE}`);
    await app.inject({
      url: `/api/dashboards/districts?unit=${PROVINCE}`,
      cookies: { [user.cookieName]: user.token },
    });
    console.log(
      `\n[${engine}] the statements of one call of districts of ${PROVINCE} (ms from sent to answered, overlapping):`,
    );
    for (const t of timed) console.log(`${f1(t.ms)}  ${t.what}`);
  }
  await app.close();

  // The cells' forecasts alone, over the province's real months and targets.
  const set = (
    await sql<{ id: number }>`
      select s.id from kpi_sets s join units u on u.id = s.owner_unit_id
      where u.code = ${PROVINCE} and s.fiscal_year = ${nation.fiscalYear}::int`.execute(handle.db)
  ).rows[0];
  if (!set) throw new Error('no KPI set');
  const path = (
    await sql<{ path: string }>`select path from units where code = ${PROVINCE}`.execute(handle.db)
  ).rows[0]?.path;
  const inputs = await cellsByInterval(handle.db, set.id, path ?? '');
  const loop = (fn: () => void) => {
    const start = performance.now();
    for (let i = 0; i < 5; i += 1) fn();
    return (performance.now() - start) / 5;
  };
  const exact = loop(() => {
    for (const x of inputs) forecastStatusOfMonths(x.texts, x.target);
  });
  const byInterval = loop(() => {
    for (const x of inputs) statusByInterval(forecastOfMonths(x.decimals, x.target, null), x.target);
  });
  const differ = inputs.filter((x) => x.status !== forecastStatusOfMonths(x.texts, x.target)).length;
  console.log(
    `\n[${engine}] the ${inputs.length} cells of ${PROVINCE}'s statuses, in process: exact (whole numbers) ` +
      `${exact.toFixed(1)} ms, from the drawn 50-digit line and interval (until Dec 2026) ${byInterval.toFixed(1)} ms ` +
      `(${(byInterval / exact).toFixed(0)}×); statuses differing: ${differ}`,
  );
} finally {
  await handle.close();
}
