import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, type Engine, openPglite, pgliteDirOf } from '../../src/db/database.ts';
import { launchServer, logIn, pause, type ServerProcess, stopServer } from '../child-server.ts';
import { engines, makeUser, openTestDatabase } from '../helpers.ts';
import { household, householdCsv } from '../register-fixtures.ts';
import { withDatabase } from '../setup/global-setup.ts';

/**
 * The real server as a child process, killed with SIGKILL in the middle of work and started again on the same
 * database: what it acknowledged must be there, what it had not finished must be absent and doable again.
 */

const HOUSEHOLDS = 60_000;
const DISTRICTS = Array.from({ length: 50 }, (_, i) => `10${String(i + 1).padStart(2, '0')}`);

type Client = {
  get: (url: string, signal?: AbortSignal) => Promise<Response>;
  send: (method: string, url: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>;
};

/** A browser bound to the one server running now. */
async function login(base: string, username: string, password: string): Promise<Client> {
  const browser = await logIn(base, { username, password });
  return {
    get: (url, signal) => browser.get(base, url, signal),
    send: (method, url, body, headers) => browser.send(base, method, url, body, headers),
  };
}

/** The database the child uses: a PostgreSQL test database, or a PGlite data directory made from the template. */
async function childDatabase(engine: Engine): Promise<{
  env: Record<string, string>;
  use: <T>(fn: (h: DatabaseHandle) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-crash-'));
  if (engine === 'postgresql') {
    const handle = await openTestDatabase(engine);
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
    const url = withDatabase(process.env.TEST_DATABASE_URL ?? '', rows[0]?.name ?? '');
    return {
      env: { DATABASE_URL: url, TIDTAM_DATA_DIR: dir },
      use: <T>(fn: (h: DatabaseHandle) => Promise<T>) => fn(handle),
      close: async () => {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const dump = new Blob([fs.readFileSync(inject('pgliteDump'))]);
  const first = await openPglite({ dataDir: pgliteDirOf(dir), loadDataDir: dump });
  await first.close();
  return {
    env: { TIDTAM_DATA_DIR: dir },
    /** PGlite is one process per data directory: only while the child is not running. */
    use: async <T>(fn: (h: DatabaseHandle) => Promise<T>) => {
      const handle = await openPglite({ dataDir: pgliteDirOf(dir) });
      try {
        return await fn(handle);
      } finally {
        await handle.close();
      }
    },
    close: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

const startServer = (env: Record<string, string>) =>
  launchServer({
    ...env,
    TIDTAM_SCHEDULER: '0',
    TIDTAM_FILES_DIR: path.join(env.TIDTAM_DATA_DIR ?? os.tmpdir(), 'files'),
  });

const kill9 = (server: ServerProcess) => stopServer(server, 'SIGKILL');

type Job = { id: number; status: string; rowsSaved: number; message: string | null };

/** The job as polled; `busy` when the server does not answer within a second (PGlite saving on its one connection). */
async function jobOf(client: Client, id: number): Promise<Job> {
  const res = await client.get(`/api/registers/imports/${id}`, AbortSignal.timeout(1000)).catch(() => null);
  if (!res) return { id, status: 'busy', rowsSaved: 0, message: null };
  return ((await res.json()) as { job: Job }).job;
}

async function startImport(client: Client, csv: Buffer): Promise<number> {
  const boundary = '----tidtamcrash';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="households.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    csv,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await client.send('POST', '/api/registers/households/import?unit=9501&fiscalYear=2568', body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
  if (res.status !== 202) throw new Error(`import ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { job: Job }).job.id;
}

async function waitForJob(
  client: Client,
  id: number,
  until: (job: Job) => boolean,
  ms: number,
): Promise<Job> {
  const deadline = Date.now() + ms;
  for (;;) {
    const job = await jobOf(client, id);
    if (until(job) || Date.now() > deadline) return job;
    await pause(50);
  }
}

const countHouseholds = (db: DatabaseHandle) =>
  db.db
    .selectFrom('households')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));

describe.each(engines())('the server killed with kill -9 on %s', (engine) => {
  let database: Awaited<ReturnType<typeof childDatabase>>;
  let officer: { username: string; password: string };
  let province: { username: string; password: string };
  const districts: { username: string; password: string; unit: string }[] = [];
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    database = await childDatabase(engine);
    await database.use(async (h) => {
      officer = await makeUser(h, 'district_officer', '9501');
      province = await makeUser(h, 'province_admin', '10');
      for (const unit of DISTRICTS)
        districts.push({ ...(await makeUser(h, 'district_officer', unit)), unit });
    });
  }, 120_000);
  afterAll(async () => {
    if (server) await kill9(server);
    await database.close();
  });

  it('leaves a household import killed mid-way absent, shown failed, and importable again', async () => {
    const csv = householdCsv(
      Array.from({ length: HOUSEHOLDS }, (_, i) =>
        household(i + 1, '950101', 'developable', { baseline: 30000 }),
      ),
    );
    server = await startServer(database.env);
    const client = await login(server.base, officer.username, officer.password);
    const id = await startImport(client, csv);
    // Killed while saving: PostgreSQL reports saved batches; PGlite's save holds its one connection, so the poll
    // going unanswered is the sign it is inside the save transaction.
    const saving = await waitForJob(
      client,
      id,
      (j) =>
        (engine === 'postgresql' ? j.rowsSaved > 0 : j.status === 'busy') ||
        ['done', 'failed'].includes(j.status),
      90_000,
    );
    expect(saving.status).toBe(engine === 'postgresql' ? 'saving' : 'busy');
    await kill9(server);
    server = null;

    if (engine === 'pglite') expect(await database.use(countHouseholds)).toBe(0);
    server = await startServer(database.env);
    if (engine === 'postgresql') expect(await database.use(countHouseholds)).toBe(0);
    const again = await login(server.base, officer.username, officer.password);
    // the same file again at once, while (on PostgreSQL) the dead job may still show as saving
    const rerun = await startImport(again, csv);
    // PGlite marks it at start-up; PostgreSQL once its heartbeat has been still for STALE_IMPORT_SECONDS
    const after = await waitForJob(again, id, (j) => j.status === 'failed' || j.status === 'done', 60_000);
    expect(after.status).toBe('failed');
    expect(after.message).toContain('นำเข้าไฟล์อีกครั้ง');
    const done = await waitForJob(again, rerun, (j) => j.status === 'done' || j.status === 'failed', 120_000);
    expect(done.status, done.message ?? '').toBe('done');
    await kill9(server);
    server = null;
    expect(await database.use(countHouseholds)).toBe(HOUSEHOLDS);
  }, 240_000);

  it('keeps every acknowledged submission of a burst killed mid-way, and none half-saved', async () => {
    server = await startServer(database.env);
    const admin = await login(server.base, province.username, province.password);
    const created = await admin.send('POST', '/api/reports/types', {
      provinceCode: '10',
      nameTh: 'รายงานความก้าวหน้าประจำเดือน',
      fields: [
        {
          id: 'households',
          kind: 'number',
          labelTh: 'จำนวนครัวเรือน',
          unit: 'ครัวเรือน',
          required: true,
          min: 0,
        },
      ],
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const typeId = ((await created.json()) as { reportType: { id: number } }).reportType.id;
    const month = new Date().toISOString().slice(0, 7);
    const desks = await Promise.all(
      districts.map(async (d, i) => {
        const client = await login(server?.base ?? '', d.username, d.password);
        const opened = await client.send('POST', '/api/reports/submissions', {
          reportTypeId: typeId,
          unitCode: d.unit,
          month,
        });
        expect(opened.status, await opened.clone().text()).toBeLessThan(300);
        const id = ((await opened.json()) as { submission: { id: number } }).submission.id;
        return { client, id, value: String(100 + i) };
      }),
    );

    const acknowledged = new Set<number>();
    let answered = 0;
    const burst = desks.map(async (d) => {
      try {
        const saved = await d.client.send('PUT', `/api/reports/submissions/${d.id}/draft`, {
          values: { households: d.value },
        });
        if (!saved.ok) return;
        const sent = await d.client.send('POST', `/api/reports/submissions/${d.id}/submit`);
        if (sent.ok) acknowledged.add(d.id);
        answered += 1;
      } catch {
        // the connection died with the server: not acknowledged
      }
    });
    while (answered < 5) await pause(5);
    await kill9(server);
    server = null;
    await Promise.all(burst);
    expect(acknowledged.size).toBeGreaterThanOrEqual(5);
    expect(acknowledged.size).toBeLessThan(desks.length);

    const stored = await database.use(async (h) =>
      h.db
        .selectFrom('submissions as s')
        .select((eb) => [
          's.id',
          's.status',
          's.values',
          eb
            .selectFrom('submission_events as e')
            .whereRef('e.submission_id', '=', 's.id')
            .where('e.action', '=', 'submit')
            .select((e) => e.fn.countAll<number>().as('n'))
            .as('submits'),
        ])
        .where(
          's.id',
          'in',
          desks.map((d) => d.id),
        )
        .execute(),
    );
    const byId = new Map(stored.map((s) => [s.id, s]));
    for (const d of desks) {
      const s = byId.get(d.id);
      expect(s, `submission ${d.id}`).toBeDefined();
      if (acknowledged.has(d.id)) expect(s?.status).toBe('submitted');
      // whole or not at all: submitted means its values and its submit event are stored with it
      if (s?.status === 'submitted') {
        expect(s.values).toEqual({ households: d.value });
        expect(Number(s.submits)).toBe(1);
      } else {
        expect(s?.status).toBe('draft');
        expect(Number(s?.submits)).toBe(0);
      }
    }
    server = await startServer(database.env);
    const again = await login(server.base, districts[0]?.username ?? '', districts[0]?.password ?? '');
    expect((await again.get(`/api/reports/submissions/${desks[0]?.id}`)).status).toBe(200);
  }, 180_000);
});
