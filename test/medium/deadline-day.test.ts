import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfTokenOf, openSessionsAsSystem } from '../../src/modules/auth/service.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { reportConfig, TestClock } from '../report-fixtures.ts';

const formFields = [
  { id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือนที่ได้รับการพัฒนา', required: true, min: 0 },
  { id: 'budget', kind: 'number', labelTh: 'งบประมาณที่เบิกจ่าย', unit: 'บาท', required: true, min: 0 },
  { id: 'problems', kind: 'text', labelTh: 'ปัญหาอุปสรรค', required: false },
];

/** What the deadline-day bench relies on: sessions opened in bulk, one acknowledgement per report, reads in scope. */
describe.each(engines())('deadline day: sessions and submissions under load on %s', (engine) => {
  const clock = new TestClock('2025-02-05T03:00:00Z');
  const files = reportConfig(clock);
  let t: TestApp;
  let admin: Session;
  let mueang: Session;
  let betong: Session;
  let otherOfficer: Session;
  let typeId: number;

  beforeAll(async () => {
    t = await startTestApp(engine, files.overrides);
    [admin, mueang, betong, otherOfficer] = await loginEach(t.app, [
      await makeUser(t.handle, 'province_admin', '95'),
      await makeUser(t.handle, 'district_officer', '9501'),
      await makeUser(t.handle, 'district_officer', '9502'),
      await makeUser(t.handle, 'district_officer', '2401'),
    ] as const);
    const created = await admin.send('POST', '/api/reports/types', {
      provinceCode: '95',
      nameTh: 'รายงานผลการดำเนินงานประจำเดือน',
      fields: formFields,
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
    });
    expect(created.statusCode).toBe(201);
    typeId = created.json().reportType.id;
  });
  afterAll(async () => {
    await t.close();
    files.cleanup();
  });

  const filled = { values: { households: '12', budget: '1,500.50', problems: 'ไม่มี' }, narrative: null };

  async function openAndFill(who: Session, unitCode: string): Promise<number> {
    const opened = await who.send('POST', '/api/reports/submissions', {
      reportTypeId: typeId,
      unitCode,
      month: '2025-02',
    });
    expect(opened.statusCode).toBe(201);
    const id: number = opened.json().submission.id;
    expect((await who.send('PUT', `/api/reports/submissions/${id}/draft`, filled)).statusCode).toBe(200);
    return id;
  }

  it('acknowledges a report once when submit is pressed twice at the same moment; the other press is refused in Thai', async () => {
    const id = await openAndFill(mueang, '9501');
    const answers = await Promise.all([
      mueang.send('POST', `/api/reports/submissions/${id}/submit`),
      mueang.send('POST', `/api/reports/submissions/${id}/submit`),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((a) => a.statusCode === 409);
    expect(refused?.json().error).toMatchObject({ code: 'locked', field: 'status' });
    expect(refused?.json().error.message).toContain('ส่งรายงานแล้ว');
    const sends = await t.handle.db
      .selectFrom('submission_events')
      .select('action')
      .where('submission_id', '=', id)
      .execute();
    expect(sends.map((e) => e.action)).toEqual(['submit']);
    const view = (await mueang.get(`/api/reports/submissions/${id}`)).json().submission;
    expect(view).toMatchObject({
      status: 'submitted',
      reportType: { id: typeId },
      values: { households: '12' },
    });
    expect(view.events).toHaveLength(1);
  });

  it('answers the form and the saved values after each write, and keeps other districts and provinces out', async () => {
    const id = await openAndFill(betong, '9502');
    const submitted = await betong.send('POST', `/api/reports/submissions/${id}/submit`);
    expect(submitted.json().submission).toMatchObject({
      status: 'submitted',
      reportType: { id: typeId, nameTh: 'รายงานผลการดำเนินงานประจำเดือน' },
      values: { households: '12', budget: '1500.5' },
      can: { edit: false, submit: false },
    });
    const otherProvince = await otherOfficer.get(`/api/reports/submissions/${id}`);
    expect(otherProvince.statusCode).toBe(404);
    expect(otherProvince.json().error.message).toContain('รายงาน');
    expect((await otherOfficer.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(404);
    expect((await admin.get(`/api/reports/submissions/${id}`)).statusCode).toBe(200);
  });

  it("reads a district's calendar with its province in one go, and lists a province's forms or refuses an unknown code", async () => {
    const calendar = await mueang.get('/api/reports/calendar?unit=9501&month=2025-02');
    expect(calendar.statusCode).toBe(200);
    expect(calendar.json()).toMatchObject({ unit: { code: '9501' }, province: { code: '95' } });
    expect(calendar.json().entries).toEqual([
      expect.objectContaining({ reportType: expect.objectContaining({ id: typeId }), dueDate: '2025-02-10' }),
    ]);
    const forms = await mueang.get('/api/reports/types?province=95');
    expect(forms.json().items.map((f: { id: number }) => f.id)).toEqual([typeId]);
    expect((await admin.get('/api/reports/types?province=24')).json().items).toEqual([]);
    const unknown = await admin.get('/api/reports/types?province=99');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ field: 'province' });
    expect(unknown.json().error.message).toContain('จังหวัดรหัส 99');
  });

  it('lets a session opened by the system in bulk act as a login, and refuses it once revoked', async () => {
    const officer = await makeUser(t.handle, 'district_officer', '9503');
    const viewer = await makeUser(t.handle, 'viewer', '95');
    const [officerToken, viewerToken] = await openSessionsAsSystem(t.handle.db, [officer.id, viewer.id], 1);
    const as = (token: string | undefined) => ({ tidtam_session: token ?? '' });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: as(viewerToken) });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ username: viewer.username, role: 'viewer' });
    const write = (token: string | undefined) =>
      t.app.inject({
        method: 'POST',
        url: '/api/reports/submissions',
        cookies: as(token),
        headers: { 'x-csrf-token': csrfTokenOf(token ?? '') },
        payload: { reportTypeId: typeId, unitCode: '9503', month: '2025-02' },
      });
    expect((await write(officerToken)).statusCode).toBe(201);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: as(officerToken),
      headers: { 'x-csrf-token': csrfTokenOf(officerToken ?? '') },
    });
    expect(logout.statusCode).toBeLessThan(300);
    const afterLogout = await write(officerToken);
    expect(afterLogout.statusCode).toBe(401);
    expect(afterLogout.json().error.message).toBe('กรุณาเข้าสู่ระบบก่อนใช้งาน');
    await t.handle.db.updateTable('users').set({ active: false }).where('id', '=', viewer.id).execute();
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/home', cookies: as(viewerToken) })).statusCode,
    ).toBe(401);
  });
});
