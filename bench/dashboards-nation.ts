// Every dashboard and home view at national scale (issue R2-6 §3). Builds the synthetic nation (bench/nation:
// 77 provinces, 928 districts, 7,436 sub-districts, 75,000 villages, N households, a round of agreements with 20
// KPIs each, 12 months of reports, a year of budget) once per engine in a scratch database, then times through the
// real HTTP app (buildApp + inject, sessions of bench/nation/users.ts) each dashboard route and the home view for
// each role that sees it (department at the nation, a province admin at its province, a district officer at its
// district): --runs calls each (default 30) after one warm-up, p50/p95/max against the goal (≤ 100 ms PostgreSQL,
// ≤ 400 ms PGlite) and against GET /api/health in the same process (the HTTP floor) as the baseline. PostgreSQL when
// TEST_DATABASE_URL (or DATABASE_URL) is set; PGlite unless --engines says otherwise. Then a scratch experiment:
// does partitioning households by province pay for a province's live household read? Prints; asserts nothing.
// Run: npx tsx bench/dashboards-nation.ts [--households 1000000] [--pglite-households N] [--runs 30]
//      [--engines postgresql,pglite] [--seed 1]
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { DatabaseHandle } from '../src/db/database.ts';
import { generateNation } from './nation/generate.ts';
import { postgresServer, scratchDatabase } from './nation/scratch.ts';
import { type NationUser, nationUsers } from './nation/users.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const households = Number(arg('--households')) || 1_000_000;
const pgliteHouseholds = Number(arg('--pglite-households')) || households;
const runs = Number(arg('--runs')) || 30;
const seed = Number(arg('--seed')) || 1;
const engines = (arg('--engines') ?? (postgresServer() ? 'postgresql,pglite' : 'pglite')).split(',') as (
  | 'postgresql'
  | 'pglite'
)[];
const PROVINCE = '30'; // Nakhon Ratchasima: 32 districts, the largest province outside Bangkok
const DISTRICT = '3001';
const REGION = 'CODI-NE';

type Stats = { p50: number; p95: number; max: number };
const statsOf = (samples: number[]): Stats => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
};
const ms = (n: number) => n.toFixed(1).padStart(7);

export type ViewFigure = {
  engine: string;
  view: string;
  p50: number;
  p95: number;
  max: number;
  goal: number;
};

async function benchEngine(engine: 'postgresql' | 'pglite') {
  const handle: DatabaseHandle = await scratchDatabase(engine);
  const figures: ViewFigure[] = [];
  try {
    const n = engine === 'pglite' ? pgliteHouseholds : households;
    console.log(
      `\n[${engine}] building the nation with ${n.toLocaleString('en')} households (seed ${seed})…`,
    );
    const t0 = performance.now();
    const nation = await generateNation(handle, { households: n, seed, log: console.log });
    console.log(
      `[${engine}] nation built in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${nation.provinces} provinces, ` +
        `${nation.districts} districts, ${nation.subdistricts} sub-districts, ${nation.villages} villages, ` +
        `${nation.households} households, ${nation.agreements} agreements, ${nation.kpiResults} KPI results, ` +
        `${nation.submissions} submissions, ${nation.budgetLines} budget lines, ${nation.budgetEvents} events`,
    );
    const users = await nationUsers(handle);
    const byName = new Map(users.map((u) => [u.username, u]));
    const need = (name: string): NationUser => {
      const u = byName.get(name);
      if (!u) throw new Error(`no ${name}`);
      return u;
    };
    // Every call renders its view: the view cache (src/http/view-cache.ts) would answer 29 of the 30 calls from memory.
    const config = loadConfig({
      ...process.env,
      TIDTAM_LOG_LEVEL: 'silent',
      TIDTAM_SCHEDULER: '0',
      TIDTAM_VIEW_CACHE_SECONDS: '0',
    });
    const app = await buildApp(config, handle);
    await app.ready();
    const kpiOf = async (ownerCode: string) =>
      (
        await sql<{ id: number }>`
          select k.id from kpis k join kpi_sets s on s.id = k.kpi_set_id join units u on u.id = s.owner_unit_id
          where u.code = ${ownerCode} and s.fiscal_year = ${nation.fiscalYear}::int order by k.position limit 1`.execute(
          handle.db,
        )
      ).rows[0]?.id;
    const [dgKpi, provinceKpi] = [await kpiOf('CDD'), await kpiOf(PROVINCE)];
    const fy = nation.fiscalYear;
    const views: [string, NationUser, string][] = [
      ['department home', need('nation.cdd'), '/api/home'],
      ['nation (CODI regions)', need('nation.cdd'), '/api/dashboards/nation?grouping=codi'],
      ['nation (geographic regions)', need('nation.cdd'), '/api/dashboards/nation?grouping=geo'],
      [`region ${REGION}`, need('nation.cdd'), `/api/dashboards/region?code=${REGION}`],
      [
        `districts of ${PROVINCE} (department)`,
        need('nation.cdd'),
        `/api/dashboards/districts?unit=${PROVINCE}`,
      ],
      ['budget curve, nation', need('nation.cdd'), `/api/dashboards/budget?fiscalYear=${fy}`],
      ['households progress, nation', need('nation.cdd'), `/api/dashboards/households?surveyYear=${fy}`],
      [
        'households summary (sheet 3), nation',
        need('nation.cdd'),
        `/api/registers/households/summary?unit=CDD&fiscalYear=${fy}`,
      ],
      [
        `KPI page, province ${PROVINCE}`,
        need('nation.cdd'),
        `/api/dashboards/kpi?unit=${PROVINCE}&kpi=${dgKpi}`,
      ],
      ['province home', need(`nation.p.${PROVINCE}`), '/api/home'],
      ['province viewer home', need(`nation.v.${PROVINCE}`), '/api/home'],
      [
        `districts of ${PROVINCE}`,
        need(`nation.p.${PROVINCE}`),
        `/api/dashboards/districts?unit=${PROVINCE}`,
      ],
      [
        `budget curve, ${PROVINCE}`,
        need(`nation.p.${PROVINCE}`),
        `/api/dashboards/budget?unit=${PROVINCE}&fiscalYear=${fy}`,
      ],
      [
        `households progress, ${PROVINCE}`,
        need(`nation.p.${PROVINCE}`),
        `/api/dashboards/households?unit=${PROVINCE}&surveyYear=${fy}`,
      ],
      [
        `households summary, ${PROVINCE}`,
        need(`nation.p.${PROVINCE}`),
        `/api/registers/households/summary?unit=${PROVINCE}&fiscalYear=${fy}`,
      ],
      [
        `KPI page, district ${DISTRICT}`,
        need(`nation.p.${PROVINCE}`),
        `/api/dashboards/kpi?unit=${DISTRICT}&kpi=${provinceKpi}`,
      ],
      ['district home', need(`nation.d.${DISTRICT}`), '/api/home'],
      [
        `districts (own row), ${DISTRICT}`,
        need(`nation.d.${DISTRICT}`),
        `/api/dashboards/districts?unit=${DISTRICT}`,
      ],
      [
        `budget curve, ${DISTRICT}`,
        need(`nation.d.${DISTRICT}`),
        `/api/dashboards/budget?unit=${DISTRICT}&fiscalYear=${fy}`,
      ],
      [
        `households progress, ${DISTRICT}`,
        need(`nation.d.${DISTRICT}`),
        `/api/dashboards/households?unit=${DISTRICT}&surveyYear=${fy}`,
      ],
      [
        `households summary, ${DISTRICT}`,
        need(`nation.d.${DISTRICT}`),
        `/api/registers/households/summary?unit=${DISTRICT}&fiscalYear=${fy}`,
      ],
      [
        `KPI page, own KPI ${DISTRICT}`,
        need(`nation.d.${DISTRICT}`),
        `/api/dashboards/kpi?unit=${DISTRICT}&kpi=${provinceKpi}`,
      ],
    ];
    const time = async (user: NationUser, url: string) => {
      const cookies = { [user.cookieName]: user.token };
      const first = await app.inject({ url, cookies });
      if (first.statusCode !== 200)
        throw new Error(`${url} as ${user.username} → ${first.statusCode} ${first.body.slice(0, 300)}`);
      const samples: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        await app.inject({ url, cookies });
        samples.push(performance.now() - start);
      }
      return statsOf(samples);
    };
    const goal = engine === 'postgresql' ? 100 : 400;
    const floor = await time(need('nation.cdd'), '/api/health');
    console.log(
      `\n[${engine}] ${runs} calls each; goal p95 ≤ ${goal} ms; baseline GET /api/health p50 ${floor.p50.toFixed(2)} ms`,
    );
    console.log(`${'view'.padEnd(44)}  p50 ms  p95 ms  max ms   p50/baseline  goal`);
    for (const [view, user, url] of views) {
      const s = await time(user, url);
      figures.push({ engine, view, ...s, goal });
      console.log(
        `${view.padEnd(44)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.max)} ${`${(s.p50 / floor.p50).toFixed(0)}×`.padStart(12)}  ${s.p95 <= goal ? 'met' : 'NOT met'}`,
      );
    }
    await app.close();
    await partitionExperiment(handle, engine);
    return figures;
  } finally {
    await handle.close();
  }
}

/**
 * Scratch experiment: the households copied into a table partitioned by province (list on the house code's first
 * two digits) against the product's table, for a province's live read by village and status (what a live summary
 * would scan). Only measures; the product's table is left as it is.
 */
async function partitionExperiment(handle: DatabaseHandle, engine: string) {
  const { db } = handle;
  const provinces = (
    await sql<{ code: string }>`select code from units where kind = 'province' order by code`.execute(db)
  ).rows;
  const t0 = performance.now();
  await sql`drop table if exists bench_households_part`.execute(db);
  await sql`
    create table bench_households_part (id bigint, unit_id int, house_code text, status text, province text not null)
    partition by list (province)`.execute(db);
  for (const p of provinces)
    await sql`create table ${sql.raw(`bench_households_p${p.code}`)} partition of bench_households_part for values in (${sql.lit(p.code)})`.execute(
      db,
    );
  await sql`
    insert into bench_households_part select id, unit_id, house_code, status, left(house_code, 2) from households`.execute(
    db,
  );
  await sql`create index on bench_households_part (unit_id, status)`.execute(db);
  await sql`analyze bench_households_part`.execute(db);
  const built = performance.now() - t0;
  const read = async (query: ReturnType<typeof sql>) => {
    const samples: number[] = [];
    for (let i = 0; i < Math.max(5, Math.floor(runs / 3)); i += 1) {
      const start = performance.now();
      await query.execute(db);
      samples.push(performance.now() - start);
    }
    return statsOf(samples);
  };
  const plain = await read(sql`
    select h.unit_id, h.status, count(*) from households h
    where left(h.house_code, 2) = ${PROVINCE} group by 1, 2`);
  const byUnit = await read(sql`
    select h.unit_id, h.status, count(*) from households h join units u on u.id = h.unit_id
    where u.path like ${`/CDD/${PROVINCE}/%`} group by 1, 2`);
  const partitioned = await read(sql`
    select h.unit_id, h.status, count(*) from bench_households_part h
    where h.province = ${PROVINCE} group by 1, 2`);
  console.log(
    `[${engine}] partitioning experiment (province ${PROVINCE}'s households by village and status, live):\n` +
      `  product table, by house-code prefix  p50 ${ms(plain.p50)} ms\n` +
      `  product table, by unit path (index)  p50 ${ms(byUnit.p50)} ms\n` +
      `  partitioned by province (pruned)     p50 ${ms(partitioned.p50)} ms  (copy + index ${(built / 1000).toFixed(1)} s)\n` +
      `  ratio unit-path / partitioned: ${(byUnit.p50 / partitioned.p50).toFixed(2)}×`,
  );
  await sql`drop table bench_households_part`.execute(db);
}

const all: ViewFigure[] = [];
for (const engine of engines) all.push(...(await benchEngine(engine)));
const missed = all.filter((f) => f.p95 > f.goal);
console.log(
  `\nSUMMARY dashboards: ${all.length - missed.length}/${all.length} views meet their p95 goal` +
    (missed.length
      ? `; missed: ${missed.map((m) => `${m.engine} ${m.view} (p95 ${m.p95.toFixed(0)} ms)`).join('; ')}`
      : ''),
);
