import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { jpeg, monthlyReport, multipart, reportConfig, TestClock } from '../report-fixtures.ts';

describe.each(engines())('monthly reports: calendar, review and timeliness on %s', (engine) => {
  const clock = new TestClock('2025-02-20T03:00:00Z');
  const files = reportConfig(clock);
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let mueang: Session;
  let betong: Session;
  let staffId: number;
  let set: Awaited<ReturnType<typeof makeKpiSet>>;
  let typeId: number;

  beforeAll(async () => {
    t = await startTestApp(engine, files.overrides);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'province_staff', '95-G4'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
    ]);
    staffId = users[1].id;
    [admin, staff, mueang, betong] = await loginEach(t.app, users);
    set = await makeKpiSet(t.handle, '95', 2568, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ]);
  });
  afterAll(async () => {
    await t.close();
    files.cleanup();
  });

  const form = () =>
    monthlyReport('95', {
      workGroupCode: '95-G4',
      responsibleUserIds: [staffId],
      fields: [
        ...monthlyReport('95').fields,
        {
          id: 'budget',
          kind: 'kpi',
          labelTh: 'ร้อยละการใช้จ่ายงบประมาณ',
          required: false,
          kpiId: set.kpiIds.T1,
          max: 100,
        },
      ],
    });

  const open = async (who: Session, unitCode: string, month: string) => {
    const res = await who.send('POST', '/api/reports/submissions', { reportTypeId: typeId, unitCode, month });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json().submission.id as number;
  };
  const photo = async (who: Session, id: number) => {
    const upload = multipart('activity.jpg', await jpeg(64, 48), 'image/jpeg');
    const res = await who.send(
      'POST',
      `/api/reports/submissions/${id}/files/photos`,
      upload.body,
      upload.headers,
    );
    expect(res.statusCode, res.body).toBe(201);
  };
  const submission = async (who: Session, id: number) =>
    (await who.get(`/api/reports/submissions/${id}`)).json().submission;

  it('lets the province create a report form bound to a KPI, and not a district', async () => {
    const created = await staff.send('POST', '/api/reports/types', form());
    expect(created.statusCode, created.body).toBe(201);
    const { reportType } = created.json();
    typeId = reportType.id;
    expect(reportType).toMatchObject({
      nameTh: 'รายงานความก้าวหน้าการดำเนินงานประจำเดือน',
      province: { code: '95' },
      workGroup: { code: '95-G4' },
      responsibleUserIds: [staffId],
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
      unitScope: 'all-districts',
      dayCounting: 'calendar',
    });
    expect((await mueang.send('POST', '/api/reports/types', form())).statusCode).toBe(403);
    const badKpi = await staff.send('POST', '/api/reports/types', {
      ...form(),
      fields: [{ id: 'x', kind: 'kpi', labelTh: 'ผล', required: true, kpiId: 999999 }],
    });
    expect(badKpi.statusCode).toBe(422);
    expect(badKpi.json().error.message).toBe('ไม่พบตัวชี้วัดรหัส 999999 ของยะลา');
    const list = (await mueang.get('/api/reports/types?province=95')).json();
    expect(list.items.map((i: { id: number }) => i.id)).toEqual([typeId]);
  });

  it('shows the month’s calendar with a countdown, and moves a date only before the 1st of that month', async () => {
    const march = (await mueang.get('/api/reports/calendar?unit=9501&month=2025-03')).json();
    expect(march.monthLabelTh).toBe('มีนาคม 2568');
    expect(march.entries).toEqual([
      expect.objectContaining({
        periodKey: '2025-03',
        periodLabelTh: 'มีนาคม 2568',
        dueDate: '2025-03-10',
        dueDateLabelTh: '10 มีนาคม 2568',
        daysLeft: 18,
        overridden: false,
        submission: expect.objectContaining({ submissionId: null, state: 'open', colour: 'gray' }),
      }),
    ]);

    const moved = await staff.send('PUT', '/api/reports/calendar/overrides', {
      reportTypeId: typeId,
      month: '2025-04',
      dueDate: '2025-04-11',
      reason: 'ตรงกับวันประชุมประจำเดือนของจังหวัด',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const april = (await admin.get('/api/reports/calendar?unit=95&month=2025-04')).json();
    expect(april.entries[0]).toMatchObject({
      defaultDueDate: '2025-04-10',
      dueDate: '2025-04-11',
      overridden: true,
      overrideReason: 'ตรงกับวันประชุมประจำเดือนของจังหวัด',
      submission: null,
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'due_date_override')
      .execute();
    expect(audit).toEqual([{ action: 'create', entity_id: `${typeId}:2025-04` }]);

    clock.set('2025-03-01T00:30:00Z');
    const late = await staff.send('PUT', '/api/reports/calendar/overrides', {
      reportTypeId: typeId,
      month: '2025-03',
      dueDate: '2025-03-12',
      reason: 'ขอเลื่อนหลังวันที่ 1',
    });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toBe(
      'ต้องแจ้งเปลี่ยนกำหนดส่งรายงานของเดือนมีนาคม 2568 ก่อนวันที่ 1 มีนาคม 2568 (วันนี้คือวันที่ 1 มีนาคม 2568)',
    );
    expect((await mueang.get('/api/reports/calendar?unit=9501&month=2025-03')).json().canChange.allowed).toBe(
      false,
    );
    const byDistrict = await mueang.send('PUT', '/api/reports/calendar/overrides', {
      reportTypeId: typeId,
      month: '2025-05',
      dueDate: '2025-05-12',
      reason: 'อำเภอขอเลื่อนเอง',
    });
    expect(byDistrict.statusCode).toBe(403);
  });

  it('scores a report due on the 10th and first sent on the 12th 1 point, and its KPI moves the agreement score', async () => {
    const agreement = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '9501',
      items: [{ kpiId: set.kpiIds.T1, weight: '100' }],
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const agreementId = agreement.json().agreement.id;
    expect((await mueang.get(`/api/agreements/${agreementId}`)).json().total?.score).not.toBe('3.0000');

    clock.set('2025-03-05T03:00:00Z');
    const id = await open(mueang, '9501', '2025-03');
    const saved = await mueang.send('PUT', `/api/reports/submissions/${id}/draft`, {
      values: { households: '๑,๒๐๐', budget: '๙๒.๕' },
      narrative: 'ดำเนินการตามแผน',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().submission.values).toEqual({ households: '1200', budget: '92.5' });
    await photo(mueang, id);

    clock.set('2025-03-12T03:00:00Z');
    const sent = await mueang.send('POST', `/api/reports/submissions/${id}/submit`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().submission).toMatchObject({
      status: 'submitted',
      state: 'late',
      timeliness: { status: 'awaiting-review', daysLate: 2, points: null, firstSubmittedOn: '2025-03-12' },
    });
    expect((await mueang.send('POST', `/api/reports/submissions/${id}/approve`)).statusCode).toBe(403);
    const approved = await staff.send('POST', `/api/reports/submissions/${id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().submission).toMatchObject({
      status: 'approved',
      state: 'approved-late',
      colour: 'orange',
      timeliness: { status: 'scored', daysLate: 2, points: 1 },
    });

    const view = (await mueang.get(`/api/agreements/${agreementId}`)).json();
    expect(view.items[0].result).toMatchObject({ value: '92.5' });
    expect(view.total.score).toBe('3.0000');
    const result = await t.handle.db
      .selectFrom('kpi_results')
      .select(['source', 'as_of'])
      .executeTakeFirstOrThrow();
    expect(result).toEqual({ source: 'report', as_of: '2025-03-12' });

    const edit = await mueang.send('PUT', `/api/reports/submissions/${id}/draft`, {
      values: { households: '1' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toBe(
      'รายงานนี้อนุมัติแล้วและถูกล็อก แก้ไขไม่ได้ หากต้องแก้ไข ให้เจ้าหน้าที่จังหวัดเปิดรายงานใหม่พร้อมระบุเหตุผล',
    );
    const upload = multipart('more.jpg', await jpeg(10, 10), 'image/jpeg');
    const lateFile = await mueang.send(
      'POST',
      `/api/reports/submissions/${id}/files/photos`,
      upload.body,
      upload.headers,
    );
    expect(lateFile.statusCode).toBe(409);
    const after = await submission(mueang, id);
    expect(after.values).toEqual({ households: '1200', budget: '92.5' });
    expect(after.files).toHaveLength(1);
  });

  it('scores a report sent on time but returned 0, even once resubmitted and approved', async () => {
    clock.set('2025-03-08T03:00:00Z');
    const id = await open(betong, '9502', '2025-03');
    await betong.send('PUT', `/api/reports/submissions/${id}/draft`, { values: { households: '40' } });
    await photo(betong, id);
    clock.set('2025-03-09T10:00:00Z');
    expect((await betong.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);
    const returned = await staff.send('POST', `/api/reports/submissions/${id}/return`, {
      reason: 'จำนวนครัวเรือนไม่ตรงกับทะเบียน',
    });
    expect(returned.json().submission).toMatchObject({
      status: 'returned',
      state: 'returned',
      colour: 'red',
      timeliness: { status: 'scored', daysLate: 0, points: 0 },
    });
    const inbox = (await betong.get('/api/notifications')).json();
    expect(inbox.items[0]).toMatchObject({
      title: 'รายงานความก้าวหน้าการดำเนินงานประจำเดือน ถูกส่งคืนให้แก้ไข',
      body: expect.stringContaining('เหตุผล: จำนวนครัวเรือนไม่ตรงกับทะเบียน'),
      link: `/reports/submissions/${id}`,
    });
    expect(inbox.unread).toBe(1);

    clock.set('2025-03-11T03:00:00Z');
    await betong.send('PUT', `/api/reports/submissions/${id}/draft`, { values: { households: '42' } });
    expect((await betong.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);
    const approved = (await staff.send('POST', `/api/reports/submissions/${id}/approve`)).json().submission;
    expect(approved).toMatchObject({
      status: 'approved',
      state: 'approved-after-return',
      timeliness: { points: 0, daysLate: 0 },
    });
    expect(approved.events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'return',
      'resubmit',
      'approve',
    ]);
    const staffInbox = (await staff.get('/api/notifications?unread=true')).json();
    expect(staffInbox.items.map((n: { title: string }) => n.title)).toContain(
      'เบตงส่งรายงานความก้าวหน้าการดำเนินงานประจำเดือน แล้ว รอตรวจ',
    );
  });

  it('reopens an approved report only with a reason, counts changes since approval and keeps its score', async () => {
    const id = (await mueang.get('/api/reports/calendar?unit=9501&month=2025-03')).json().entries[0]
      .submission.submissionId;
    const noReason = await staff.send('POST', `/api/reports/submissions/${id}/reopen`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    clock.set('2025-03-20T03:00:00Z');
    const reopened = await staff.send('POST', `/api/reports/submissions/${id}/reopen`, {
      reason: 'ร้อยละการใช้จ่ายงบประมาณพิมพ์ผิด',
    });
    expect(reopened.json().submission).toMatchObject({
      status: 'draft',
      state: 'reopened',
      changedSinceApproval: 0,
    });
    await mueang.send('PUT', `/api/reports/submissions/${id}/draft`, {
      values: { households: '1200', budget: '96' },
    });
    expect((await submission(mueang, id)).changedSinceApproval).toBe(1);
    expect((await mueang.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);
    const again = (await staff.send('POST', `/api/reports/submissions/${id}/approve`)).json().submission;
    expect(again).toMatchObject({ status: 'approved', changedSinceApproval: 1, timeliness: { points: 1 } });
    expect(again.events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'approve',
      'reopen',
      'resubmit',
      'approve',
    ]);
  });

  it('shows the province board, the league table and the DHIS2-style rates of the month', async () => {
    const board = (await staff.get('/api/reports/board?province=95&month=2025-03')).json();
    expect(board.columns).toEqual([
      expect.objectContaining({ reportTypeId: typeId, periodKey: '2025-03', dueDate: '2025-03-10' }),
    ]);
    const cell = (code: string) =>
      board.rows.find((r: { unit: { code: string } }) => r.unit.code === code).cells[0];
    expect(cell('9501')).toMatchObject({
      state: 'approved-late',
      colour: 'orange',
      timeliness: { points: 1 },
    });
    expect(cell('9502')).toMatchObject({ state: 'approved-after-return', timeliness: { points: 0 } });
    expect(cell('9503')).toMatchObject({ state: 'missing', colour: 'red', submissionId: null });
    const districts = board.rows.length;
    expect(board.rates).toMatchObject({ expected: districts, submitted: 2, onTime: 1, approved: 2 });

    const league = (await admin.get('/api/reports/league?province=95&month=2025-03')).json();
    expect(league.rows[0]).toMatchObject({
      unit: { code: '9501' },
      totalScore: 1,
      maxScore: 3,
      percent: '33.33',
      rank: 1,
    });
    expect(league.rows[1]).toMatchObject({
      totalScore: 0,
      percent: '0.00',
      daysLate: 0,
      rank: 2,
      medal: null,
    });
    expect(league.rows[2]).toMatchObject({ standing: 'not-submitted', submitted: 0, rank: null });
    expect(league.rates.submittedPercent).toBe(((2 / districts) * 100).toFixed(2));
    expect((await mueang.get('/api/reports/board?province=95&month=2025-03')).statusCode).toBe(403);
  });

  it('describes every report and notification route in the OpenAPI document the web UI is built from', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const routes = Object.entries(doc.paths as Record<string, Record<string, { summary?: string }>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({
          route: `${method.toUpperCase()} ${path}`,
          summary: op.summary,
        })),
    );
    const ours = routes.filter((r) => /^\w+ \/api\/(reports|notifications)/.test(r.route));
    expect(ours.map((r) => r.route)).toEqual(
      expect.arrayContaining([
        'POST /api/reports/types',
        'GET /api/reports/calendar',
        'PUT /api/reports/calendar/overrides',
        'PUT /api/reports/submissions/{id}/draft',
        'POST /api/reports/submissions/{id}/files/{fieldId}',
        'GET /api/reports/board',
        'GET /api/reports/league',
        'GET /api/notifications/',
      ]),
    );
    expect(ours.filter((r) => !r.summary)).toEqual([]);
    expect(
      doc.paths['/api/reports/types'].post.requestBody.content['application/json'].schema.properties.schedule,
    ).toBeDefined();
  });
});
