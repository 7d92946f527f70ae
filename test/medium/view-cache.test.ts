import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { WROTE_COOKIE } from '../../src/http/view-cache.ts';
import { notifyUsers } from '../../src/modules/notifications/service.ts';
import { engines, loginAs, makeUser, openTestDatabase, type Session, testConfig } from '../helpers.ts';
import { TestClock } from '../report-fixtures.ts';
import { statementCounter } from '../statement-counter.ts';

const TTL = 15;

const counter = statementCounter();
const counted = counter.of;

/**
 * The aggregate views' cache (src/http/view-cache.ts): two instances on one database, each with its own cache, as two
 * processes behind a proxy. A repeated read within the TTL sends only the session and access reads; a read after the
 * TTL sees what another instance wrote; no answer crosses scopes; a refused user stays refused; a writer reads afresh.
 * The home shares its blocks between the users of one unit and reads each user's notifications every time.
 */
describe.each(engines())('view cache of the dashboards, the reports board and the home on %s', (engine) => {
  const clock = new TestClock('2025-02-05T03:00:00Z');
  let handle: DatabaseHandle;
  let a: FastifyInstance;
  let b: FastifyInstance;
  let yalaViewer: Session;
  let yalaViewerOnB: Session;
  let ubonViewer: Session;
  let cdd: Session;
  let mueang: Session;
  let betongViewer: Session;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    const config = testConfig({ viewCacheSeconds: TTL, clock: () => clock.now });
    const db = handle.db.withPlugin(counter.plugin);
    a = await buildApp(config, { db, engine: handle.engine });
    b = await buildApp(config, { db, engine: handle.engine });
    const viewer = await makeUser(handle, 'viewer', '95');
    const admin = await loginAs(b, ...credentials(await makeUser(handle, 'province_admin', '95')));
    yalaViewer = await loginAs(a, ...credentials(viewer));
    yalaViewerOnB = await loginAs(b, ...credentials(viewer));
    ubonViewer = await loginAs(a, ...credentials(await makeUser(handle, 'viewer', '34')));
    cdd = await loginAs(a, ...credentials(await makeUser(handle, 'viewer', 'CDD')));
    mueang = await loginAs(b, ...credentials(await makeUser(handle, 'district_officer', '9501')));
    betongViewer = await loginAs(a, ...credentials(await makeUser(handle, 'viewer', '9502')));
    const created = await admin.send('POST', '/api/reports/types', {
      provinceCode: '95',
      nameTh: 'รายงานผลการดำเนินงานประจำเดือน',
      fields: [{ id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true, min: 0 }],
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
    });
    expect(created.statusCode).toBe(201);
    typeId = created.json().reportType.id;
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await handle.close();
  });

  let typeId: number;
  const credentials = (u: { username: string; password: string }) => [u.username, u.password] as const;
  const board = '/api/reports/board?province=95&month=2025-02';
  const mueangState = (body: { rows: { unit: { code: string }; cells: { state?: string }[] }[] }) =>
    body.rows.find((r) => r.unit.code === '9501')?.cells[0]?.state;

  it('answers a second read within the TTL without reading the view again: the session, and a unit not the scope for the access check', async () => {
    const first = await counted(() => yalaViewer.get(board));
    expect(first.value.statusCode).toBe(200);
    const second = await counted(() => yalaViewer.get(board));
    expect(second.value.statusCode).toBe(200);
    expect(second.value.body).toBe(first.value.body);
    // The session alone: the province asked is the viewer's scope, which the session read; the board itself read 6
    // more the first time.
    expect(second.statements).toBe(1);
    expect(first.statements).toBeGreaterThan(second.statements + 3);
    // The department asking for Yala: the session and Yala's unit for the access check.
    await cdd.get(board);
    expect((await counted(() => cdd.get(board))).statements).toBe(2);

    const nation = await counted(() => cdd.get('/api/dashboards/nation'));
    expect(nation.value.statusCode).toBe(200);
    const again = await counted(() => cdd.get('/api/dashboards/nation'));
    expect(again.value.json().asOf).toBe(nation.value.json().asOf);
    expect(again.statements).toBe(1);
  });

  it('shows what another instance wrote once the TTL has passed, and says when its answer was read', async () => {
    clock.advance((TTL + 1) * 1000);
    const before = (await yalaViewer.get(board)).json();
    expect(before.asOf).toBe(clock.now.toISOString());
    expect(mueangState(before)).not.toBe('submitted');

    const opened = await mueang.send('POST', '/api/reports/submissions', {
      reportTypeId: typeId,
      unitCode: '9501',
      month: '2025-02',
    });
    const id = opened.json().submission.id;
    await mueang.send('PUT', `/api/reports/submissions/${id}/draft`, {
      values: { households: '12' },
      narrative: null,
    });
    expect((await mueang.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);

    clock.advance((TTL - 1) * 1000);
    const within = (await yalaViewer.get(board)).json();
    expect(within.asOf).toBe(before.asOf);
    expect(mueangState(within)).toBe(mueangState(before));
    // The other instance has no entry yet: it reads the board now.
    expect(mueangState((await yalaViewerOnB.get(board)).json())).toBe('submitted');

    clock.advance(2000);
    const after = (await yalaViewer.get(board)).json();
    expect(after.asOf).toBe(clock.now.toISOString());
    expect(mueangState(after)).toBe('submitted');
  });

  it("never gives a user another unit's cached answer, and refuses a user out of scope even when the answer is held", async () => {
    const yala = await yalaViewer.get('/api/dashboards/districts');
    expect(yala.json().unit.code).toBe('95');
    const betong = await betongViewer.get('/api/dashboards/districts');
    expect(betong.json().unit.code).toBe('9502');
    expect(betong.json().units.every((u: { code: string }) => u.code === '9502')).toBe(true);
    expect((await ubonViewer.get('/api/dashboards/districts')).json().unit.code).toBe('34');

    expect((await ubonViewer.get(board)).statusCode).toBe(403);
    expect((await betongViewer.get(board)).statusCode).toBe(403);
    expect((await ubonViewer.get('/api/dashboards/districts?unit=95')).statusCode).toBe(403);
    expect((await betongViewer.get('/api/dashboards/districts?unit=95')).statusCode).toBe(403);
    expect((await yalaViewer.get('/api/dashboards/nation')).statusCode).toBe(403);
    expect((await cdd.get('/api/dashboards/districts?unit=95')).json().choices.length).toBeGreaterThan(1);
    expect((await yalaViewer.get('/api/dashboards/districts')).json().choices).toHaveLength(1);
  });

  it("reads afresh for a user who has just written, so a writer's own data is never hidden by the cache", async () => {
    clock.advance(1000);
    const opened = await mueang.send('POST', '/api/reports/submissions', {
      reportTypeId: typeId,
      unitCode: '9501',
      month: '2025-02',
    });
    const wrote = opened.cookies.find((c) => c.name === WROTE_COOKIE);
    expect(wrote?.maxAge).toBe(TTL + 1);
    const cached = await counted(() => yalaViewer.get(board));
    const asWriter = await counted(() =>
      b.inject({ method: 'GET', url: board, cookies: { ...yalaViewer.cookies, [WROTE_COOKIE]: '1' } }),
    );
    expect(asWriter.statements).toBeGreaterThan(cached.statements);
    expect(asWriter.value.json().asOf).toBe(clock.now.toISOString());
    expect((await yalaViewer.get(board)).json().asOf).toBe(cached.value.json().asOf);
    expect((await mueang.get('/api/auth/me')).cookies.some((c) => c.name === WROTE_COOKIE)).toBe(false);
  });

  it("shares a home's blocks between the users of one unit for the TTL, and reads each user's own notifications every time", async () => {
    clock.advance((TTL + 1) * 1000);
    const other = await makeUser(handle, 'viewer', '95');
    const otherViewer = await loginAs(a, ...credentials(other));
    await notifyUsers(
      handle.db,
      [other.id],
      { title: 'มีรายงานรอตรวจ', body: 'อำเภอเมืองยะลาส่งรายงาน', link: null },
      clock.now,
    );

    const first = await counted(() => yalaViewer.get('/api/home'));
    expect(first.value.statusCode).toBe(200);
    const mine = first.value.json();
    expect(mine.asOf).toBe(clock.now.toISOString());
    expect(mine.kind).toBe('province');
    expect(mine.waiting.items.map((s: { unit: { code: string } }) => s.unit.code)).toContain('9501');

    clock.advance(1000);
    const second = await counted(() => otherViewer.get('/api/home'));
    const theirs = second.value.json();
    // The session and the user's notifications (count and latest in one read): the blocks came from the cache.
    expect(second.statements).toBe(2);
    expect(first.statements).toBeGreaterThan(second.statements + 5);
    expect(theirs.asOf).toBe(mine.asOf);
    for (const block of ['waiting', 'late', 'agreements', 'alerts'])
      expect(theirs[block]).toEqual(mine[block]);
    expect(theirs.notifications.unread).toBe(mine.notifications.unread + 1);
    expect(theirs.notifications.items[0].title).toBe('มีรายงานรอตรวจ');
    expect(mine.notifications.items.map((n: { title: string }) => n.title)).not.toContain('มีรายงานรอตรวจ');

    const betong = (await betongViewer.get('/api/home')).json();
    expect(betong.kind).toBe('district');
    expect(betong.unit.code).toBe('9502');
    expect(betong.asOf).toBe(clock.now.toISOString());

    const asWriter = await counted(() =>
      a.inject({ method: 'GET', url: '/api/home', cookies: { ...yalaViewer.cookies, [WROTE_COOKIE]: '1' } }),
    );
    expect(asWriter.value.json().asOf).toBe(clock.now.toISOString());
    expect(asWriter.statements).toBe(first.statements);
  });
});
