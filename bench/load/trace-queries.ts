// SQL statements per request on the deadline-day routes: the server's own per-request database cost, counted (not
// timed, so it holds on a busy machine). Builds the deadline-day fixture (40 viewers) in a scratch database, runs each
// route once in-process (app.inject) after a warm-up call, and prints how many statements it sent (transaction
// begin/commit not counted); for a GET also how many a second read sends on an app with the view cache, and the
// CPU this process spends per read without and with the cache.
// PostgreSQL when TEST_DATABASE_URL is set, else PGlite in memory.
// Run: npx tsx bench/load/trace-queries.ts
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { type DatabaseHandle, openPglite, openPostgres } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { statementCounter } from '../../test/statement-counter.ts';
import { buildDeadlineFixture, type Client } from './fixture.ts';

const counter = statementCounter();

const REPEATS = 30;

/**
 * This process's CPU per answer (user + system, mean of REPEATS sequential reads): the server's own cost of a request,
 * which a busy machine slows less than it slows the wall clock; on PGlite it includes the database's work.
 */
async function cpuMs(app: FastifyInstance, url: string, headers: Record<string, string>) {
  const started = process.cpuUsage();
  for (let i = 0; i < REPEATS; i++) await app.inject({ method: 'GET', url, headers });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / REPEATS;
}

async function trace(handle: DatabaseHandle) {
  await migrateToLatest(handle.db);
  const fx = await buildDeadlineFixture(handle.db, 40);
  const config = loadConfig({ TIDTAM_LOG_LEVEL: 'silent' });
  const counted = { ...handle, db: handle.db.withPlugin(counter.plugin) };
  // Every read runs on an app without the view cache; the cached app answers the same GET a second time.
  const app = await buildApp({ ...config, viewCacheSeconds: 0 }, counted);
  const cached = await buildApp(config, counted);
  const pick = (kind: string) => fx.viewers.find((v) => v.unit.kind === kind) as Client;
  const [province, department, district] = [pick('province'), pick('department'), pick('district')];
  const officer = fx.districts[5] as Client;
  const call = async (
    label: string,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    c: Client,
    body?: object,
  ) => {
    const headers = {
      cookie: `tidtam_session=${c.token}`,
      ...(method === 'GET' ? {} : { 'x-csrf-token': c.csrf }),
    };
    if (method === 'GET') await app.inject({ method, url, headers });
    const { value: res, statements } = await counter.of(() =>
      app.inject({ method, url, headers, ...(body ? { payload: body } : {}) }),
    );
    let again = '';
    if (method === 'GET') {
      await cached.inject({ method, url, headers });
      const hit = await counter.of(() => cached.inject({ method, url, headers }));
      const [plainCpu, cachedCpu] = [await cpuMs(app, url, headers), await cpuMs(cached, url, headers)];
      again = `; CPU ${plainCpu.toFixed(2)} ms | with the view cache ${hit.statements} statements, CPU ${cachedCpu.toFixed(2)} ms`;
    }
    console.log(
      `  ${label.padEnd(40)} ${String(res.statusCode).padEnd(4)} ${String(statements).padStart(3)} statements${again}`,
    );
    return res;
  };
  await call('GET /api/health', 'GET', '/api/health', district);
  await call('GET /api/auth/me', 'GET', '/api/auth/me', district);
  await call('GET /api/home (department)', 'GET', '/api/home', department);
  await call('GET /api/home (province viewer)', 'GET', '/api/home', province);
  await call('GET /api/home (district viewer)', 'GET', '/api/home', district);
  await call('GET /api/home (district officer)', 'GET', '/api/home', officer);
  await call('GET /api/dashboards/nation', 'GET', '/api/dashboards/nation', department);
  await call(
    'GET /api/dashboards/districts (province)',
    'GET',
    `/api/dashboards/districts?unit=${province.unit.code}`,
    province,
  );
  await call(
    'GET /api/dashboards/districts (district)',
    'GET',
    `/api/dashboards/districts?unit=${district.unit.code}`,
    district,
  );
  await call(
    'GET /api/reports/board',
    'GET',
    `/api/reports/board?province=${province.unit.code}&month=${fx.month}`,
    province,
  );
  const opened = await call('POST /api/reports/submissions', 'POST', '/api/reports/submissions', officer, {
    reportTypeId: fx.reportTypeIdByProvince.get(officer.unit.provinceCode),
    unitCode: officer.unit.code,
    month: fx.month,
  });
  const id = opened.json().submission.id;
  await call('PUT …/submissions/:id/draft', 'PUT', `/api/reports/submissions/${id}/draft`, officer, {
    values: { households: '12', budget: '100.50' },
  });
  await call('POST …/submissions/:id/submit', 'POST', `/api/reports/submissions/${id}/submit`, officer);
  await call('POST …/submit again (refused)', 'POST', `/api/reports/submissions/${id}/submit`, officer);
  await call('GET /api/reports/submissions/:id', 'GET', `/api/reports/submissions/${id}`, officer);
  await app.close();
  await cached.close();
}

const url = process.env.TEST_DATABASE_URL;
if (url) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `tidtam_trace_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString());
  try {
    console.log('PostgreSQL:');
    await trace(handle);
  } finally {
    await handle.close();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
} else {
  const handle = await openPglite({});
  try {
    console.log('PGlite:');
    await trace(handle);
  } finally {
    await handle.close();
  }
}
