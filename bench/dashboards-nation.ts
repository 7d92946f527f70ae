// The nation dashboard at national scale (issues R2-3, R2-6 §3): 77 provinces, each with its DG agreement and 12
// districts' agreements (924), 20 KPIs each, every result entered. Times GET /api/dashboards/nation (read from the
// scores kept on write) against a baseline computing the same region means from live scoring in this process (the
// agreements module's scoredAgreementsUnder per province, as the districts dashboard does), and one result save
// (which now re-scores its agreement in the same transaction). PGlite always; PostgreSQL too when TEST_DATABASE_URL
// is set (a scratch database, dropped afterwards). Prints figures; asserts nothing.
// Run: npx tsx bench/dashboards-nation.ts [--runs 50]
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type DatabaseHandle, openPglite, openPostgres } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { inTransaction } from '../src/db/transaction.ts';
import { Dec } from '../src/domain/scoring/decimal.ts';
import { insertAgreements, insertItems } from '../src/modules/agreements/queries.ts';
import { refreshScores } from '../src/modules/agreements/rollup.ts';
import { scoredAgreementsUnder } from '../src/modules/agreements/service.ts';
import { insertKpiSet, insertKpis, type KpiRow } from '../src/modules/kpis/queries.ts';
import { loadAdminUnits } from '../src/modules/org-units/admin-data.ts';
import { regionsWithProvinces } from '../src/modules/org-units/service.ts';
import { createUserAsSystem } from '../src/modules/users/service.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 50;
const KPIS = 20;
const DISTRICTS = 12;
const FY = 2569;
const CHUNK = 3000;

const kpiRow = (i: number): KpiRow => ({
  key: `${i < KPIS / 2 ? 'T' : 'I'}${i + 1}`,
  number: String(i + 1),
  kind: i < KPIS / 2 ? 'team' : 'individual',
  name_th: `ตัวชี้วัดทดสอบที่ ${i + 1}`,
  name_en: null,
  unit_of_measure: 'ร้อยละ',
  weight: null,
  definition: null,
  formula_text: null,
  formula: null,
  rationale: null,
  data_source: null,
  level_texts: ['ระดับ 1', 'ระดับ 2', 'ระดับ 3', 'ระดับ 4', 'ระดับ 5'],
  criteria: {
    type: 'threshold',
    direction: 'higher',
    inclusive: true,
    thresholds: ['80', '85', '90', '95', '100'],
  },
  evidence: [],
  contacts: [],
  work_group: null,
  measurement_day: null,
  notes: null,
  position: i,
});

/** A deterministic value in 70.00–100.00 for a unit and KPI. */
const resultValue = (unitId: number, k: number) =>
  (70 + ((unitId * 7919 + k * 104729) % 3001) / 100).toFixed(2);

async function chunked<T>(rows: T[], write: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

async function build(handle: DatabaseHandle) {
  const { db } = handle;
  const units = await db.selectFrom('units').select(['id', 'code', 'kind', 'path', 'parent_id']).execute();
  const cdd = units.find((u) => u.code === 'CDD');
  if (!cdd) throw new Error('no CDD');
  const provinces = units.filter((u) => u.kind === 'province');
  const districtsOf = (p: { id: number }) =>
    units
      .filter((u) => u.kind === 'district' && u.parent_id === p.id)
      .sort((a, b) => a.code.localeCompare(b.code))
      .slice(0, DISTRICTS);
  const sets: { owner: (typeof units)[number]; id: number; kpiIds: number[] }[] = [];
  for (const owner of [cdd, ...provinces]) {
    const set = await insertKpiSet(db, {
      owner_unit_id: owner.id,
      fiscal_year: FY,
      round: 1,
      name_th: `ชุดทดสอบ ${owner.code}`,
      source: null,
      copied_from_id: null,
    });
    const kpis = await insertKpis(
      db,
      set.id,
      Array.from({ length: KPIS }, (_, i) => kpiRow(i)),
    );
    sets.push({ owner, id: set.id, kpiIds: kpis.map((k) => k.id) });
  }
  const dg = sets[0];
  if (!dg) throw new Error('no DG set');
  const plans = [
    ...provinces.map((p) => ({ set: dg, principal: cdd.id, agent: p.id, pair: 'dg_province' as const })),
    ...sets.slice(1).flatMap((s) =>
      districtsOf(s.owner).map((d) => ({
        set: s,
        principal: s.owner.id,
        agent: d.id,
        pair: 'province_district' as const,
      })),
    ),
  ];
  const created: { id: number; agent_unit_id: number; pair: string }[] = [];
  await chunked(plans, async (part) =>
    created.push(
      ...(await insertAgreements(
        db,
        part.map((p) => ({
          kpi_set_id: p.set.id,
          pair: p.pair,
          principal_unit_id: p.principal,
          agent_unit_id: p.agent,
          version: 1,
          optional_required: 0,
          amendment_reason: null,
        })),
      )),
    ),
  );
  const idOf = new Map(created.map((c) => [`${c.pair}:${c.agent_unit_id}`, c.id]));
  const items = plans.flatMap((p) =>
    p.set.kpiIds.map((kpiId, position) => ({
      agreement_id: idOf.get(`${p.pair}:${p.agent}`) ?? 0,
      kpi_id: kpiId,
      section: kpiRow(position).kind,
      weight: '10',
      targets: null,
      unit_criteria: null,
      selected: true,
      position,
    })),
  );
  await chunked(items, (part) => insertItems(db, part));
  const results = plans.flatMap((p) =>
    p.set.kpiIds.map((kpiId, k) => ({
      kpi_id: kpiId,
      unit_id: p.agent,
      value: resultValue(p.agent, k),
      inputs: null,
      as_of: `${FY - 543}-03-31`,
      note: null,
      entered_by: null,
    })),
  );
  await chunked(results, (part) => db.insertInto('kpi_results').values(part).execute());
  return { plans, items: items.length, results: results.length, sets, provinces };
}

/** The same region means from live scoring: the DG agreements, then each province's districts, scored on the spot. */
async function liveNation(db: DatabaseHandle['db'], built: Awaited<ReturnType<typeof build>>) {
  const [dg, ...provinceSets] = built.sets;
  if (!dg) throw new Error('no DG set');
  const dgScores = await scoredAgreementsUnder(db, dg.id, '/CDD/', 'dg_province');
  const districtScores = new Map<string, (string | null)[]>();
  for (const s of provinceSets) {
    const scored = await scoredAgreementsUnder(db, s.id, s.owner.path, 'province_district');
    districtScores.set(
      s.owner.code,
      scored.map((a) => a.score),
    );
  }
  const members = await regionsWithProvinces(db, { grouping: 'codi' });
  const mean = (values: (string | null)[]) => {
    const present = values.filter((v): v is string => v !== null);
    if (present.length === 0) return null;
    return present
      .reduce((sum, v) => sum.plus(v), new Dec(0))
      .div(present.length)
      .toFixed(4);
  };
  const regions = [...new Set(members.map((m) => m.region_code))];
  return regions.map((code) => {
    const provinces = members.filter((m) => m.region_code === code).map((m) => m.code);
    return {
      code,
      provinceMean: mean(dgScores.filter((a) => provinces.includes(a.agent.code)).map((a) => a.score)),
      districtMean: mean(provinces.flatMap((p) => districtScores.get(p) ?? [])),
    };
  });
}

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
  };
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function bench(handle: DatabaseHandle) {
  const { db } = handle;
  await migrateToLatest(db);
  await loadAdminUnits(db);
  let t = performance.now();
  const built = await build(handle);
  console.log(
    `\n[${handle.engine}] ${built.plans.length} agreements (${built.provinces.length} DG + districts), ${built.items} items, ${built.results} results: built in ${ms(performance.now() - t)}`,
  );
  t = performance.now();
  const rows = await inTransaction(db, (trx) => refreshScores(trx, { all: true }));
  console.log(`refreshScores(all): ${rows} agreements scored and stored in ${ms(performance.now() - t)}`);

  const config = loadConfig({ ...process.env, TIDTAM_LOG_LEVEL: 'silent', TIDTAM_LOGIN_LIMIT: '100000' });
  await createUserAsSystem(db, {
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
  const csrf = login.json().csrfToken as string;

  const nationSamples: number[] = [];
  let nation: { regions: { code: string; provinceMean: string | null; districtMean: string | null }[] } = {
    regions: [],
  };
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const res = await app.inject({ url: '/api/dashboards/nation?grouping=codi', cookies });
    nationSamples.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(`nation → ${res.statusCode} ${res.body}`);
    nation = res.json();
  }
  const liveSamples: number[] = [];
  let live: Awaited<ReturnType<typeof liveNation>> = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    live = await liveNation(db, built);
    liveSamples.push(performance.now() - start);
  }
  const same = live.every((l) => {
    const r = nation.regions.find((n) => n.code === l.code);
    return r?.provinceMean === l.provinceMean && r?.districtMean === l.districtMean;
  });
  const n = stats(nationSamples);
  const b = stats(liveSamples);
  console.log(
    `GET /api/dashboards/nation (stored scores): p50 ${ms(n.p50)}, p95 ${ms(n.p95)} over ${runs} calls`,
  );
  console.log(
    `baseline, live scoring in process:        p50 ${ms(b.p50)}, p95 ${ms(b.p95)} over ${runs} runs`,
  );
  console.log(
    `ratio baseline/stored: p50 ${(b.p50 / n.p50).toFixed(1)}×, p95 ${(b.p95 / n.p95).toFixed(1)}×; same region means: ${same ? 'yes' : 'NO'}`,
  );

  // The write side: one result save re-scores the agreements using that KPI for that unit, in its transaction.
  const dg = built.sets[0];
  const saveSamples: number[] = [];
  for (let i = 0; i < Math.min(runs, 30); i += 1) {
    const province = built.provinces[i % built.provinces.length];
    const start = performance.now();
    const res = await app.inject({
      method: 'PUT',
      url: '/api/kpi-results',
      cookies,
      headers: { 'x-csrf-token': csrf },
      payload: {
        kpiId: dg?.kpiIds[i % KPIS],
        unitCode: province?.code,
        value: '91.5',
        asOf: `${FY - 543}-04-30`,
      },
    });
    saveSamples.push(performance.now() - start);
    if (res.statusCode !== 200) throw new Error(`save → ${res.statusCode} ${res.body}`);
  }
  const s = stats(saveSamples);
  console.log(
    `PUT /api/kpi-results (with re-scoring):   p50 ${ms(s.p50)}, p95 ${ms(s.p95)} over ${saveSamples.length} saves`,
  );
  await app.close();
}

const pglite = await openPglite({});
await bench(pglite);
await pglite.close();

const url = process.env.TEST_DATABASE_URL;
if (url) {
  const name = `tidtam_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString());
  try {
    await bench(handle);
  } finally {
    await handle.close();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}
