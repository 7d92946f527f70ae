import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { notifyUsers } from '../../src/modules/notifications/service.ts';
import { engines, loginAs, makeUser, openTestDatabase, type Session, testConfig } from '../helpers.ts';
import { monthlyReport, openReport, TestClock } from '../report-fixtures.ts';
import { statementCounter } from '../statement-counter.ts';

const counter = statementCounter();

type Entry = { reportTypeId: number; periodKey: string; dueDate: string; daysLeft: number; state: string };

/**
 * The district home's database cost on deadline day (R2-6 item 4): every district officer polls it, so it reads the
 * session, its month's reports (forms, due-date changes, districts, its submissions), returned reports, its agreement
 * and its unread notifications with their count in one read each, and answers what the pages it summarises answer.
 */
describe.each(engines())('the district home in statements, on %s', (engine) => {
  const clock = new TestClock('2026-12-06T03:00:00Z');
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let mueang: Session;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = await buildApp(testConfig({ clock: () => clock.now, viewCacheSeconds: 0 }), {
      db: handle.db.withPlugin(counter.plugin),
      engine: handle.engine,
    });
    const staff = await makeUser(handle, 'province_staff', '95-G1');
    const officer = await makeUser(handle, 'district_officer', '9501');
    mueang = await loginAs(app, officer.username, officer.password);
    const desk = await loginAs(app, staff.username, staff.password);
    const fields = [{ id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true }];
    const typeIds: number[] = [];
    for (const nameTh of ['รายงานผลการดำเนินงานประจำเดือน', 'รายงานกองทุนประจำเดือน']) {
      const created = await desk.send('POST', '/api/reports/types', {
        ...monthlyReport('95', { fields }),
        nameTh,
      });
      expect(created.statusCode, created.body).toBe(201);
      typeIds.push(created.json().reportType.id);
    }
    // November's report sent, returned twice with reasons: the home shows the latest reason.
    const admin = await makeUser(handle, 'province_admin', '95');
    const province = await loginAs(app, admin.username, admin.password);
    clock.set('2026-11-05T03:00:00Z');
    const november = await openReport(mueang, typeIds[0] as number, '9501', '2026-11');
    const draft = await mueang.send('PUT', `/api/reports/submissions/${november.id}/draft`, {
      values: { households: '3' },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    for (const reason of ['ข้อมูลไม่ครบ', 'จำนวนครัวเรือนไม่ตรงกับทะเบียน']) {
      const sent = await mueang.send('POST', `/api/reports/submissions/${november.id}/submit`);
      expect(sent.statusCode, sent.body).toBe(200);
      const back = await province.send('POST', `/api/reports/submissions/${november.id}/return`, { reason });
      expect(back.statusCode, back.body).toBe(200);
    }
    clock.set('2026-12-06T03:00:00Z');
    const message = { title: 'แจ้งเตือน', body: 'ส่งรายงาน', link: null };
    for (let i = 0; i < 7; i++) await notifyUsers(handle.db, [officer.id], message, clock.now);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('answers in at most 8 statements, the same reports and notifications as their own pages', async () => {
    await mueang.get('/api/home');
    const { value: res, statements } = await counter.of(() => mueang.get('/api/home'));
    expect(res.statusCode, res.body).toBe(200);
    // Session, active forms, due-date changes, districts of the forms, the district's submissions of the month,
    // returned reports with their last reasons, latest agreement, unread notifications with their count (12 before R2-6 item 4).
    expect(statements).toBeLessThanOrEqual(8);

    const home = res.json();
    const calendar = (await mueang.get('/api/reports/calendar?unit=9501&month=2026-12')).json();
    const types = (await mueang.get('/api/reports/types?province=95')).json();
    const notifications = (await mueang.get('/api/notifications?unread=true&limit=5')).json();
    expect(home.reports.forms).toBe(types.items.filter((t: { active: boolean }) => t.active).length);
    expect(home.reports.forms).toBe(2);
    expect(
      home.reports.entries.map((e: Entry) => [e.reportTypeId, e.periodKey, e.dueDate, e.daysLeft]),
    ).toEqual(
      calendar.entries.map((e: Entry & { reportType: { id: number } }) => [
        e.reportType.id,
        e.periodKey,
        e.dueDate,
        e.daysLeft,
      ]),
    );
    expect(home.reports.entries).toHaveLength(2);
    expect(home.reports.entries.map((e: Entry) => e.state)).toEqual(
      calendar.entries.map((e: { submission: { state: string } }) => e.submission.state),
    );
    expect(home.returned.count).toBe(1);
    expect(home.returned.items[0].reason).toBe('จำนวนครัวเรือนไม่ตรงกับทะเบียน');
    expect(home.notifications).toEqual(notifications);
    // Seven notices and the two returns' own: the count is taken over all the unread, not the five listed.
    expect(home.notifications.unread).toBeGreaterThanOrEqual(7);
    expect(home.notifications.items).toHaveLength(5);
  });
});
