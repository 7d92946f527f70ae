import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { engines, loginEach, makeUser, openTestDatabase, type Session, testConfig } from '../helpers.ts';
import { jpeg, monthlyReport, multipart, reportConfig, TestClock } from '../report-fixtures.ts';
import { statementCounter } from '../statement-counter.ts';

const counter = statementCounter();

const fields = [
  { id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือนที่ได้รับการพัฒนา', required: true, min: 0 },
  { id: 'budget', kind: 'number', labelTh: 'งบประมาณที่เบิกจ่าย', unit: 'บาท', required: true, min: 0 },
  { id: 'problems', kind: 'text', labelTh: 'ปัญหาอุปสรรค', required: false },
];

type Audit = { action: string; entityId: string; before: unknown; after: unknown };

/**
 * The district's writes on deadline day in statements (R2-6 item 4): opening the month's report, saving its draft
 * and sending it each answer in few statements (the write, its review log, audit row and notice in one statement
 * that also answers the report), and answer what the report's own page (GET, read apart) answers after them.
 */
describe.each(engines())('the district writes of a report in statements, on %s', (engine) => {
  const clock = new TestClock('2026-12-06T03:00:00Z');
  const files = reportConfig(clock);
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let admin: Session;
  let staff: Session;
  let mueang: Session;
  let staffId: number;
  let typeId: number;

  const auditOf = async (id: number): Promise<Audit[]> => {
    const res = await admin.get('/api/audit?entity=submission&pageSize=200');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items.filter((a: Audit) => a.entityId === String(id));
  };
  const unreadOf = async (who: Session) => (await who.get('/api/notifications?unread=true&limit=50')).json();
  const openAs = (who: Session, reportTypeId: number, unitCode: string, month = '2026-12') =>
    who.send('POST', '/api/reports/submissions', { reportTypeId, unitCode, month });
  const page = async (who: Session, id: number) => {
    const res = await who.get(`/api/reports/submissions/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = await buildApp(testConfig({ ...files.overrides, viewCacheSeconds: 0 }), {
      db: handle.db.withPlugin(counter.plugin),
      engine: handle.engine,
    });
    const users = [
      await makeUser(handle, 'province_admin', '95'),
      await makeUser(handle, 'province_staff', '95-G1'),
      await makeUser(handle, 'district_officer', '9501'),
    ] as const;
    staffId = users[1].id;
    [admin, staff, mueang] = await loginEach(app, users);
    const created = await admin.send('POST', '/api/reports/types', {
      provinceCode: '95',
      nameTh: 'รายงานผลการดำเนินงานประจำเดือน',
      fields,
      responsibleUserIds: [staffId],
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
    });
    expect(created.statusCode, created.body).toBe(201);
    typeId = created.json().reportType.id;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    files.cleanup();
  });

  it('opens, saves and sends the report in 3, 4 and 4 statements, answering what its page answers', async () => {
    const { value: opened, statements: openStatements } = await counter.of(() =>
      openAs(mueang, typeId, '9501'),
    );
    expect(opened.statusCode, opened.body).toBe(201);
    // Session, the form with its due-date changes, the new draft with its audit row answered (10 before R2-6 item 4).
    expect(openStatements).toBeLessThanOrEqual(3);
    const id: number = opened.json().submission.id;
    expect(opened.json().submission).toEqual((await page(mueang, id)).submission);
    const calendar = (await mueang.get('/api/reports/calendar?unit=9501&month=2026-12')).json();
    expect(opened.json().submission.dueDate).toBe(calendar.entries[0].dueDate);
    expect(opened.json().submission.periodKey).toBe(calendar.entries[0].periodKey);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['create']);

    // Opened again: the same report, not created, nothing logged.
    const { value: again, statements: againStatements } = await counter.of(() =>
      openAs(mueang, typeId, '9501'),
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(againStatements).toBeLessThanOrEqual(3);
    expect(again.json()).toEqual({ ...opened.json(), created: false });
    expect(await auditOf(id)).toHaveLength(1);

    const values = { households: '12', budget: '1500.50', problems: 'ไม่มี' };
    const { value: saved, statements: draftStatements } = await counter.of(() =>
      mueang.send('PUT', `/api/reports/submissions/${id}/draft`, {
        values,
        narrative: 'ดำเนินการแล้ว',
        rowVersion: 1,
      }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    // Session, the report and its form side by side, the content with its audit row answered (8 before).
    expect(draftStatements).toBeLessThanOrEqual(4);
    expect(saved.json()).toEqual(await page(mueang, id));
    expect(saved.json().submission.rowVersion).toBe(2);
    // Stored as cleaned (the decimal without its trailing zero), and logged so.
    const cleaned = { households: '12', budget: '1500.5', problems: 'ไม่มี' };
    expect(saved.json().submission.values).toEqual(cleaned);
    const [update] = (await auditOf(id)).filter((a) => a.action === 'update');
    expect(update?.before).toEqual({ values: {}, narrative: null });
    expect(update?.after).toEqual({ values: cleaned, narrative: 'ดำเนินการแล้ว' });

    // A save from the version before: refused 409 stale, nothing written, nothing logged.
    const stale = await mueang.send('PUT', `/api/reports/submissions/${id}/draft`, {
      values: { ...values, households: '13' },
      rowVersion: 1,
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error.code).toBe('stale');
    expect((await page(mueang, id)).submission.values.households).toBe('12');
    expect(await auditOf(id)).toHaveLength(2);

    const before = (await unreadOf(staff)).unread;
    clock.set('2026-12-06T04:00:00Z');
    const { value: sent, statements: submitStatements } = await counter.of(() =>
      mueang.send('POST', `/api/reports/submissions/${id}/submit`),
    );
    expect(sent.statusCode, sent.body).toBe(200);
    // Session, the report with its files and review log beside its form, the move with its review-log event, notice
    // to the responsible officer and audit row answered (10 before, 11 with a responsible officer).
    expect(submitStatements).toBeLessThanOrEqual(4);
    expect(sent.json()).toEqual(await page(mueang, id));
    const submission = sent.json().submission;
    expect(submission.status).toBe('submitted');
    expect(submission.events.map((e: { action: string; at: string }) => [e.action, e.at])).toEqual([
      ['submit', '2026-12-06T04:00:00.000Z'],
    ]);
    expect(submission.submittedAt).toBe('2026-12-06T04:00:00.000Z');
    const notices = await unreadOf(staff);
    expect(notices.unread).toBe(before + 1);
    expect(notices.items[0].link).toBe(`/reports/submissions/${id}`);
    const sentAudit = (await auditOf(id)).filter((a) => a.action === 'submit');
    expect(sentAudit.map((a) => a.after)).toEqual([
      { status: 'submitted', reason: null, reportTypeId: typeId, periodKey: submission.periodKey },
    ]);

    // The second press: refused, reading no more than before, and nothing logged, notified or counted twice.
    const { value: twice, statements: twiceStatements } = await counter.of(() =>
      mueang.send('POST', `/api/reports/submissions/${id}/submit`),
    );
    expect(twice.statusCode, twice.body).toBe(409);
    expect(twiceStatements).toBeLessThanOrEqual(3);
    expect((await unreadOf(staff)).unread).toBe(before + 1);
    expect((await auditOf(id)).filter((a) => a.action === 'submit')).toHaveLength(1);
    expect((await page(mueang, id)).submission.events).toHaveLength(1);
  });

  it("answers the province's review the same way: returned with its reason, then resent, as the page shows", async () => {
    const opened = await openAs(admin, typeId, '9502');
    expect(opened.statusCode, opened.body).toBe(201);
    const id: number = opened.json().submission.id;
    expect(opened.json().submission.unit.code).toBe('9502');
    expect(opened.json().submission).toEqual((await page(admin, id)).submission);
    const values = { households: '4', budget: '20' };
    expect((await admin.send('PUT', `/api/reports/submissions/${id}/draft`, { values })).statusCode).toBe(
      200,
    );
    expect((await admin.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);
    const back = await staff.send('POST', `/api/reports/submissions/${id}/return`, { reason: 'ข้อมูลไม่ครบ' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toEqual(await page(staff, id));
    expect(back.json().submission.events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'return',
    ]);
    expect(back.json().submission.events[1].reason).toBe('ข้อมูลไม่ครบ');
    const resent = await admin.send('POST', `/api/reports/submissions/${id}/submit`);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json()).toEqual(await page(admin, id));
    expect(resent.json().submission.events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'return',
      'resubmit',
    ]);
    expect((await auditOf(id)).map((a) => a.action).sort()).toEqual(
      ['create', 'resubmit', 'return', 'submit', 'update'].sort(),
    );
  });

  it('opens a moved month at its new due date and a chosen-districts form only for the districts chosen', async () => {
    const moved = await admin.send('PUT', '/api/reports/calendar/overrides', {
      reportTypeId: typeId,
      month: '2027-01',
      dueDate: '2027-01-15',
      reason: 'ตรงกับวันหยุดต่อเนื่อง',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const january = await openAs(mueang, typeId, '9501', '2027-01');
    expect(january.statusCode, january.body).toBe(201);
    const calendar = (await mueang.get('/api/reports/calendar?unit=9501&month=2027-01')).json();
    expect(january.json().submission.dueDate).toBe('2027-01-15');
    expect(calendar.entries[0].dueDate).toBe('2027-01-15');

    const chosen = await admin.send('POST', '/api/reports/types', {
      provinceCode: '95',
      nameTh: 'รายงานกองทุนประจำเดือน',
      fields,
      unitScope: 'chosen',
      unitCodes: ['9502'],
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
    });
    expect(chosen.statusCode, chosen.body).toBe(201);
    const chosenId = chosen.json().reportType.id;
    const notChosen = await openAs(mueang, chosenId, '9501');
    expect(notChosen.statusCode, notChosen.body).toBe(422);
    expect(notChosen.json().error.field).toBe('month');
    const chosenOne = await openAs(admin, chosenId, '9502');
    expect(chosenOne.statusCode, chosenOne.body).toBe(201);
    // The province itself owes no monthly report.
    const province = await openAs(admin, typeId, '95');
    expect(province.statusCode, province.body).toBe(422);
  });

  it('sends a report with its photos, answering the files as its page lists them', async () => {
    const form = await admin.send('POST', '/api/reports/types', monthlyReport('95'));
    expect(form.statusCode, form.body).toBe(201);
    const opened = await openAs(mueang, form.json().reportType.id, '9501');
    expect(opened.statusCode, opened.body).toBe(201);
    const id: number = opened.json().submission.id;
    const draft = await mueang.send('PUT', `/api/reports/submissions/${id}/draft`, {
      values: { households: '3' },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    for (const size of [64, 80]) {
      const upload = multipart(`activity-${size}.jpg`, await jpeg(size, 48), 'image/jpeg');
      const res = await mueang.send(
        'POST',
        `/api/reports/submissions/${id}/files/photos`,
        upload.body,
        upload.headers,
      );
      expect(res.statusCode, res.body).toBe(201);
    }
    const sent = await mueang.send('POST', `/api/reports/submissions/${id}/submit`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual(await page(mueang, id));
    expect(sent.json().submission.files.map((f: { originalName: string }) => f.originalName)).toEqual([
      'activity-64.jpg',
      'activity-80.jpg',
    ]);
  });

  it('opens a report pressed twice at once as one: created once, logged once, the same report both times', async () => {
    const [first, second] = await Promise.all([openAs(admin, typeId, '9503'), openAs(admin, typeId, '9503')]);
    expect([first.statusCode, second.statusCode].sort(), `${first.body} ${second.body}`).toEqual([200, 201]);
    const id: number = first.json().submission.id;
    expect(second.json().submission).toEqual(first.json().submission);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['create']);
  });
});
