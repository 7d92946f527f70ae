import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openPglite, openPostgres, pgliteDirOf } from '../../src/db/database.ts';
import { PREPARED_PER_CONNECTION } from '../../src/db/prepared.ts';
import { addDays } from '../../src/domain/calendar/date-arithmetic.ts';
import { bangkokDateOf } from '../../src/domain/timeliness/bangkok-date.ts';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../../src/modules/agreements/kpi-set-files.ts';
import { kpisOfKpiSet } from '../../src/modules/kpis/service.ts';
import { type Browser, launchServer, logIn, pause, type ServerProcess, stopServer } from '../child-server.ts';
import { engines, makeUser, openTestDatabase } from '../helpers.ts';
import { jpeg, makeOfficer, multipart } from '../report-fixtures.ts';
import { adminQuery, withDatabase } from '../setup/global-setup.ts';
import { type StandIns, startStandIns } from '../stand-ins.ts';

/**
 * Real servers (src/server.ts as child processes) side by side: two instances on one PostgreSQL database, as behind a
 * reverse proxy, share sessions, files, reminders, the register worker and edits; on PGlite, which is one process
 * per data directory, a second server on the same directory refuses to start.
 */

const GROUP = `C${'fedcba9876543210'.repeat(2)}`;

if (!inject('postgresTemplate')) {
  console.log(
    'two-instances.test.ts: two instances on one PostgreSQL not run (set TEST_DATABASE_URL to run them)',
  );
}

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await pause(250);
  }
}

/** The answer's JSON, after checking its status (several: any of them). */
async function json<T = Record<string, unknown>>(res: Response, ...status: number[]): Promise<T> {
  const text = await res.text();
  expect(status, text).toContain(res.status);
  return JSON.parse(text) as T;
}

const countOf = async (handle: DatabaseHandle, table: 'units' | 'outbox') =>
  Number(
    (
      await handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('one PGlite data directory', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-one-dir-'));
  const started: ServerProcess[] = [];
  beforeAll(async () => {
    const first = await openPglite({
      dataDir: pgliteDirOf(dir),
      loadDataDir: new Blob([fs.readFileSync(inject('pgliteDump'))]),
    });
    await first.close();
  });
  afterAll(async () => {
    await Promise.all(started.map((s) => stopServer(s, 'SIGKILL')));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is served by one server at a time: a second one refuses to start, one started after a kill -9 takes over', async () => {
    const env = { TIDTAM_DATA_DIR: dir, TIDTAM_SCHEDULER: '0', TIDTAM_FILES_DIR: path.join(dir, 'files') };
    const first = await launchServer(env);
    started.push(first);
    const second = await launchServer(env, 'exit');
    expect(second.child.exitCode).not.toBe(0);
    expect(second.output()).toContain(`มีเซิร์ฟเวอร์ติดตามอีกตัว (pid ${first.child.pid}) ใช้ฐานข้อมูลใน ${dir} อยู่`);
    expect((await fetch(`${first.base}/api/health`)).status).toBe(200);

    await stopServer(first, 'SIGKILL');
    const third = await launchServer(env);
    started.push(third);
    expect(await (await fetch(`${third.base}/api/health`)).json()).toEqual({
      status: 'ok',
      database: 'pglite',
    });
    await stopServer(third);
    expect(fs.existsSync(path.join(dir, 'pglite.pid'))).toBe(false);
  }, 240_000);
});

describe.each(engines().filter((e) => e === 'postgresql'))('two app instances on one %s database', () => {
  const url = process.env.TEST_DATABASE_URL ?? '';
  const database = `tidtam_t_${randomBytes(6).toString('hex')}`;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-shared-files-'));
  let standIns: StandIns;
  let a: ServerProcess;
  let b: ServerProcess;
  let handle: DatabaseHandle;
  let officer: { username: string; password: string };
  let staff: Browser;
  let reportTypeId: number;
  const today = bangkokDateOf(new Date());
  const due = addDays(today, 3);

  beforeAll(async () => {
    standIns = await startStandIns();
    // An empty database: both instances migrate and seed it, started at the same moment.
    await adminQuery(url, `create database ${database}`);
    const env = {
      DATABASE_URL: withDatabase(url, database),
      TIDTAM_FILES_DIR: filesDir,
      TIDTAM_DATA_DIR: filesDir,
      TIDTAM_SCHEDULER: '1',
      SMTP_URL: standIns.smtpUrl,
      LINE_CHANNEL_ACCESS_TOKEN: 'two-instances-token',
      LINE_API_BASE_URL: standIns.lineApiBaseUrl,
    };
    [a, b] = await Promise.all([launchServer(env), launchServer(env)]);
    handle = openPostgres(withDatabase(url, database));

    // A report due in 3 days that 9501 has not sent: the reminders of today, due at both schedulers' next tick.
    officer = await makeOfficer(handle, '9501', 'officer.9501@cdd.example');
    staff = await logIn(a.base, await makeUser(handle, 'province_staff', '95-G4'));
    await json(
      await staff.send(b.base, 'PUT', '/api/notifications/line-groups/9501', { groupId: GROUP }),
      200,
    );
    const created = await json<{ reportType: { id: number } }>(
      await staff.send(a.base, 'POST', '/api/reports/types', {
        provinceCode: '95',
        nameTh: 'รายงานผลการสำรวจครัวเรือนเป้าหมาย',
        fields: [
          { id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true },
          { id: 'photos', kind: 'photo', labelTh: 'ภาพกิจกรรม', required: false, min: 0, max: 2 },
        ],
        schedule: { frequency: 'once', onceDate: due },
        unitScope: 'chosen',
        unitCodes: ['9501'],
      }),
      201,
    );
    reportTypeId = created.reportType.id;
  }, 240_000);

  afterAll(async () => {
    await Promise.all([stopServer(a), stopServer(b)]);
    await handle?.close();
    await adminQuery(url, `drop database if exists ${database} with (force)`);
    await standIns?.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('migrates and seeds an empty database once when both start at the same moment', async () => {
    const seeders = [a, b].filter((s) => /loaded \d+ org units/.test(s.output()));
    expect(seeders).toHaveLength(1);
    const loaded = Number(/loaded (\d+) org units/.exec(seeders[0]?.output() ?? '')?.[1]);
    expect(await countOf(handle, 'units')).toBe(loaded);
    expect(loaded).toBeGreaterThan(8000);
  });

  it('keeps one session on both: made on A, used on B, ended on B and so ended on A', async () => {
    const browser = await logIn(a.base, officer);
    const me = await json<{ user: { username: string }; csrfToken: string }>(
      await browser.get(b.base, '/api/auth/me'),
      200,
    );
    expect(me.user.username).toBe(officer.username);
    expect(me.csrfToken).toBe(browser.csrfToken);
    expect((await browser.send(b.base, 'POST', '/api/auth/logout')).status).toBe(204);
    const after = await browser.get(a.base, '/api/auth/me');
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { message: string } }).error.message).toBe(
      'กรุณาเข้าสู่ระบบก่อนใช้งาน',
    );
  });

  it('serves a file uploaded through A from B (one shared files directory)', async () => {
    const browser = await logIn(b.base, officer);
    const opened = await json<{ submission: { id: number } }>(
      await browser.send(a.base, 'POST', '/api/reports/submissions', {
        reportTypeId,
        unitCode: '9501',
        month: due.slice(0, 7),
      }),
      200,
      201,
    );
    const picture = await jpeg(64, 48);
    const upload = multipart('activity.jpg', picture, 'image/jpeg');
    const saved = await json<{ submission: { files: { url: string }[] } }>(
      await browser.send(
        a.base,
        'POST',
        `/api/reports/submissions/${opened.submission.id}/files/photos`,
        upload.body,
        upload.headers,
      ),
      201,
    );
    const stored = saved.submission.files[0] as { url: string };
    const download = await browser.get(b.base, stored.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(picture)).toBe(true);
  });

  it('recomputes a register-bound KPI once, whichever worker takes it', async () => {
    const { kpiSetId } = await loadKpiSetFile(
      handle.db,
      readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')),
    );
    const i5 = (await kpisOfKpiSet(handle.db, kpiSetId)).find((k) => k.key === 'I5')?.id;
    const admin = await logIn(a.base, await makeUser(handle, 'province_admin', '95'));
    await json(
      await admin.send(a.base, 'PUT', `/api/registers/bindings/${i5}`, {
        measure: 'womens_fund.overdue',
        asOf: '2025-09-30',
      }),
      200,
    );
    const before = await handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();
    // 001 L235: B = 489,204.87 of A = 33,109,323.18; written through B, computed by whichever worker locks it first.
    await json(
      await admin.send(b.base, 'PUT', '/api/registers/womens-fund', {
        unitCode: '95',
        asOf: '2025-09-30',
        outstanding: '33109323.18',
        notYetDue: '32620118.31',
      }),
      200,
    );
    await until(
      'the recompute request',
      () =>
        handle.db
          .selectFrom('register_recompute_requests')
          .select('kpi_id')
          .where('kpi_id', '=', i5 ?? 0)
          .execute(),
      (rows) => rows.length === 0,
      30_000,
    );
    const results = await handle.db
      .selectFrom('kpi_results')
      .select(['unit_id', 'value'])
      .where('kpi_id', '=', i5 ?? 0)
      .where('source', '=', 'register')
      .execute();
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.value).toMatch(/^1\.4775441567/);
    const writes = await handle.db
      .selectFrom('audit_log')
      .select(['entity_id', 'user_id'])
      .where('entity', '=', 'kpi_result')
      .where('id', '>', Number(before.id ?? 0))
      .execute();
    expect(writes).toHaveLength(results.length);
    expect(writes.every((w) => w.user_id === null)).toBe(true);
  });

  it('lets one of two follow-up drafts saved at once from the same revision win and answers the other 409 in Thai', async () => {
    const [ubonStaff, ubonAdmin] = await Promise.all([
      makeUser(handle, 'province_staff', '34-G1').then((u) => logIn(a.base, u)),
      makeUser(handle, 'province_admin', '34').then((u) => logIn(b.base, u)),
    ]);
    const templates = await json<{ templates: { id: number; code: string }[] }>(
      await ubonAdmin.get(b.base, '/api/form-templates?status=published'),
      200,
    );
    const templateId = templates.templates.find((t) => t.code === 'strong-subdistrict')?.id;
    const clientId = randomUUID();
    const draft = (values: object, baseRevision: number | null) => ({
      templateId,
      unit: '3415',
      followUpDate: '2023-07-27',
      values,
      baseRevision,
    });
    const first = await json<{ id: number; revision: number }>(
      await ubonStaff.send(a.base, 'PUT', `/api/follow-ups/drafts/${clientId}`, draft({ plan: 'ก' }, null)),
      200,
    );
    const race = await Promise.all([
      ubonStaff.send(
        a.base,
        'PUT',
        `/api/follow-ups/drafts/${clientId}`,
        draft({ plan: 'ข' }, first.revision),
      ),
      ubonAdmin.send(
        b.base,
        'PUT',
        `/api/follow-ups/drafts/${clientId}`,
        draft({ plan: 'ค' }, first.revision),
      ),
    ]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    const won = race.find((r) => r.status === 200) as Response;
    const lost = race.find((r) => r.status === 409) as Response;
    const refused = (await lost.json()) as { error: { message: string; field: string } };
    expect(refused.error).toMatchObject({
      field: 'baseRevision',
      message: expect.stringContaining('มีการแก้ไขจากเครื่องอื่น'),
    });
    const stored = await json<{ revision: number; values: { plan: string } }>(
      await ubonAdmin.get(a.base, `/api/follow-ups/${first.id}`),
      200,
    );
    expect(stored.revision).toBe(first.revision + 1);
    expect(stored.values.plan).toBe(((await won.json()) as { values: { plan: string } }).values.plan);
  });

  it('refuses the later of two edits of one record from the same row version, made through A and B at once', async () => {
    const [first, second] = await Promise.all([
      makeOfficer(handle, '9502').then((u) => logIn(a.base, u)),
      makeOfficer(handle, '9502').then((u) => logIn(b.base, u)),
    ]);
    const created = await json<{ fund: { id: number; rowVersion: number } }>(
      await first.send(a.base, 'POST', '/api/registers/community-funds', {
        unitCode: '9502',
        name: 'กองทุนหมู่บ้านสองเครื่อง',
        type: 'village',
        juristicPerson: false,
        capital: [{ round: 'government-allocation' }],
        savings: '1000',
      }),
      201,
    );
    const { id, rowVersion } = created.fund;
    const race = await Promise.all([
      first.send(a.base, 'PATCH', `/api/registers/community-funds/${id}`, { savings: '2000', rowVersion }),
      second.send(b.base, 'PATCH', `/api/registers/community-funds/${id}`, { savings: '3000', rowVersion }),
    ]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    const won = race.find((r) => r.status === 200) as Response;
    const lost = (await (race.find((r) => r.status === 409) as Response).json()) as {
      error: { code: string; field: string; message: string };
    };
    expect(lost.error).toMatchObject({ code: 'stale', field: 'rowVersion' });
    expect(lost.error.message).toContain('ข้อมูลกองทุน "กองทุนหมู่บ้านสองเครื่อง"');
    expect(lost.error.message).toContain('กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง');
    const list = await json<{ items: { id: number; savings: string; rowVersion: number }[] }>(
      await second.get(a.base, '/api/registers/community-funds?unit=9502'),
      200,
    );
    const stored = list.items.find((f) => f.id === id);
    const saved = ((await won.json()) as { fund: { savings: string } }).fund.savings;
    expect(Number(stored?.savings)).toBe(Number(saved));
    expect(stored?.rowVersion).toBe(rowVersion + 1);
  });

  it('sends each reminder due today once in total, on every channel, though both instances run the scheduler', async () => {
    const rows = await until(
      'the reminders of today',
      () =>
        handle.db
          .selectFrom('outbox')
          .select(['idempotency_key', 'channel', 'status', 'attempts'])
          .where('idempotency_key', 'like', `%:${reportTypeId}:%`)
          .execute(),
      (found) => found.length === 3 && found.every((r) => r.status === 'sent'),
      150_000,
    );
    expect(rows.map((r) => r.channel).sort()).toEqual(['email', 'inapp', 'line']);
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
    // Each row was delivered by one instance only: as many messages arrived as rows were sent (on the 1st of a
    // month the calendar's rows are there too), and never one twice.
    const sent = await handle.db
      .selectFrom('outbox')
      .select(['channel'])
      .where('status', '=', 'sent')
      .execute();
    const sentOn = (channel: string) => sent.filter((r) => r.channel === channel).length;
    expect(standIns.mails).toHaveLength(sentOn('email'));
    expect(standIns.mails.every((m) => m.to.join() === 'officer.9501@cdd.example')).toBe(true);
    expect(standIns.pushes).toHaveLength(sentOn('line'));
    expect(new Set(standIns.pushes.map((p) => p.retryKey)).size).toBe(standIns.pushes.length);
    expect(standIns.pushes.every((p) => p.body.to === GROUP)).toBe(true);
    const inbox = await logIn(a.base, officer);
    const notifications = await json<{ items: { title: string }[] }>(
      await inbox.get(b.base, '/api/notifications'),
      200,
    );
    expect(notifications.items).toHaveLength(sentOn('inapp'));
    expect(notifications.items.map((n) => n.title)).toContain(
      'อีก 3 วันถึงกำหนดส่งรายงานผลการสำรวจครัวเรือนเป้าหมาย',
    );
  }, 180_000);
});

/**
 * Each pooled connection prepares a parameterized statement once (src/db/prepared.ts): what PostgreSQL holds prepared
 * per connection, the bound on it, and a table changed by a migration under a prepared `select *`, as another
 * instance's upgrade would change it while this one serves (a protocol-level statement is re-planned with the new
 * columns: only SQL PREPARE fixes its result type).
 */
describe.each(engines().filter((e) => e === 'postgresql'))('statements prepared per connection on %s', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase('postgresql');
  });
  afterAll(() => handle.close());

  type Conn = Parameters<Parameters<ReturnType<DatabaseHandle['db']['connection']>['execute']>[0]>[0];
  const preparedOn = async (conn: Conn) =>
    (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(conn)).rows.map(
      (r) => r.statement,
    );

  it('prepares a repeated statement once on its connection and answers each parameter; a statement without one is not prepared', async () => {
    await handle.db.connection().execute(async (conn) => {
      const unit = (code: string) =>
        conn.selectFrom('units').select(['code', 'name_th']).where('code', '=', code);
      const names = [];
      for (const code of ['95', '9501', '34', '95', '9501', '34', '95'])
        names.push((await unit(code).executeTakeFirst())?.name_th);
      expect(names).toEqual(['ยะลา', 'เมืองยะลา', 'อุบลราชธานี', 'ยะลา', 'เมืองยะลา', 'อุบลราชธานี', 'ยะลา']);
      await sql`select count(*) from units`.execute(conn);
      const prepared = await preparedOn(conn);
      expect(prepared.filter((s) => s === unit('95').compile().sql)).toHaveLength(1);
      expect(prepared.some((s) => s.includes('count(*)'))).toBe(false);
    });
  });

  it('leaves select * unprepared, so a migration adding a column is read at once; a column changing type fails one read', async () => {
    await sql`create table shape_probe (id int primary key, a text)`.execute(handle.db);
    await sql`insert into shape_probe values (1, 'xyz')`.execute(handle.db);
    await handle.db.connection().execute(async (conn) => {
      const all = () => sql<Record<string, unknown>>`select * from shape_probe where id = ${1}`.execute(conn);
      const a = () => sql<{ a: unknown }>`select a from shape_probe where id = ${1}`.execute(conn);
      for (let i = 0; i < 6; i++) {
        expect((await all()).rows).toEqual([{ id: 1, a: 'xyz' }]);
        expect((await a()).rows).toEqual([{ a: 'xyz' }]);
      }
      const probes = async () => (await preparedOn(conn)).filter((s) => s.includes('shape_probe'));
      expect(await probes()).toEqual(['select a from shape_probe where id = $1']);

      await sql`alter table shape_probe add column b text default 'y'`.execute(handle.db);
      expect((await all()).rows).toEqual([{ id: 1, a: 'xyz', b: 'y' }]);
      expect((await a()).rows).toEqual([{ a: 'xyz' }]);

      await sql`alter table shape_probe alter column a type int using length(a)`.execute(handle.db);
      await expect(a()).rejects.toMatchObject({ code: '0A000' });
      expect((await a()).rows).toEqual([{ a: 3 }]);
      expect(await probes()).toHaveLength(2);
    });
  });

  it(`keeps at most ${PREPARED_PER_CONNECTION} statements prepared on a connection, and still answers those after`, async () => {
    await handle.db.connection().execute(async (conn) => {
      const sums = [];
      for (let k = 0; k < PREPARED_PER_CONNECTION + 20; k++)
        sums.push((await sql<{ n: number }>`select ${k}::int + ${sql.lit(k)} as n`.execute(conn)).rows[0]?.n);
      expect(sums).toEqual(Array.from({ length: PREPARED_PER_CONNECTION + 20 }, (_, k) => 2 * k));
      // Every name the connection had before and 220 new texts: capped, the texts past the bound run unnamed.
      expect(await preparedOn(conn)).toHaveLength(PREPARED_PER_CONNECTION);
    });
  });
});
