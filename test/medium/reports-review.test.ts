import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { openReport, reportConfig, TestClock, yalaReportDesk } from '../report-fixtures.ts';

const SELF_REVIEW = 'ไม่สามารถอนุมัติหรือส่งคืนรายงานที่คุณส่งเองได้ ต้องให้ผู้อื่นตรวจ';

describe.each(engines())('separation of duties: nobody reviews a report they sent, on %s', (engine) => {
  const clock = new TestClock('2025-03-05T03:00:00Z');
  const files = reportConfig(clock);
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let mueang: Session;
  let typeId: number;

  beforeAll(async () => {
    t = await startTestApp(engine, files.overrides);
    ({ admin, staff, mueang } = await yalaReportDesk(t));
    const created = await staff.send('POST', '/api/reports/types', {
      provinceCode: '95',
      nameTh: 'รายงานผลการดำเนินงานประจำเดือน',
      fields: [{ id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true }],
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
    });
    expect(created.statusCode, created.body).toBe(201);
    typeId = created.json().reportType.id;
  });
  afterAll(async () => {
    await t.close();
    files.cleanup();
  });

  const sendFor = async (who: Session, unitCode: string, month: string) => {
    const { id } = await openReport(who, typeId, unitCode, month);
    await who.send('PUT', `/api/reports/submissions/${id}/draft`, { values: { households: '12' } });
    expect((await who.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);
    return id;
  };
  const status = async (id: number) =>
    (
      await t.handle.db
        .selectFrom('submissions')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).status;

  it('refuses the province admin who sent a district’s report from approving or returning it (409)', async () => {
    const id = await sendFor(admin, '9501', '2025-03');
    const view = (await admin.get(`/api/reports/submissions/${id}`)).json().submission;
    expect(view.can.review).toBe(false);
    expect(view.reviewRefusal).toBe(SELF_REVIEW);

    const approve = await admin.send('POST', `/api/reports/submissions/${id}/approve`);
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error).toMatchObject({ code: 'self_review', message: SELF_REVIEW });
    const back = await admin.send('POST', `/api/reports/submissions/${id}/return`, {
      reason: 'ตรวจทานตัวเลขอีกครั้ง',
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().error.message).toBe(SELF_REVIEW);
    expect(await status(id)).toBe('submitted');

    const other = (await staff.get(`/api/reports/submissions/${id}`)).json().submission;
    expect(other).toMatchObject({ can: { review: true }, reviewRefusal: null });
    expect((await staff.send('POST', `/api/reports/submissions/${id}/approve`)).statusCode).toBe(200);
  });

  it('counts a resubmission: the officer who resent a returned report cannot approve it either', async () => {
    const id = await sendFor(mueang, '9501', '2025-04');
    const returned = await admin.send('POST', `/api/reports/submissions/${id}/return`, {
      reason: 'จำนวนครัวเรือนไม่ตรงกับทะเบียน',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    await staff.send('PUT', `/api/reports/submissions/${id}/draft`, { values: { households: '14' } });
    expect((await staff.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);

    const refused = await staff.send('POST', `/api/reports/submissions/${id}/approve`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(SELF_REVIEW);
    expect(await status(id)).toBe('submitted');
    const approved = await admin.send('POST', `/api/reports/submissions/${id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().submission.events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'return',
      'resubmit',
      'approve',
    ]);
  });
});
