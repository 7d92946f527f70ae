import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet, planCriteria } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { monthlyReport, openReport, reportConfig, TestClock } from '../report-fixtures.ts';

type Home = Record<string, unknown> & { kind: string };
type Entry = { daysLeft: number; state: string; dueDate: string; submissionId: number | null };

describe.each(engines())('the home page per role, on %s', (engine) => {
  const clock = new TestClock('2026-12-06T03:00:00Z');
  const files = reportConfig(clock);
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let mueang: Session;
  let betong: Session;
  let viewer: Session;
  let department: Session;
  let agreementOf: Record<string, number>;
  let returnedId: number;
  let waitingId: number;

  const home = async (who: Session): Promise<Home> => {
    const res = await who.get('/api/home');
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    t = await startTestApp(engine, files.overrides);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'province_staff', '95-G1'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
      makeUser(t.handle, 'viewer', '95'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [admin, staff, mueang, betong, viewer, department] = await loginEach(t.app, users);

    const type = await staff.send(
      'POST',
      '/api/reports/types',
      monthlyReport('95', {
        fields: [{ id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true }],
      }),
    );
    expect(type.statusCode, type.body).toBe(201);
    const typeId: number = type.json().reportType.id;

    // November: Mueang sent it, the province returned it with a reason.
    clock.set('2026-11-05T03:00:00Z');
    const november = await openReport(mueang, typeId, '9501', '2026-11');
    await mueang.send('PUT', `/api/reports/submissions/${november.id}/draft`, {
      values: { households: '3' },
    });
    expect((await mueang.send('POST', `/api/reports/submissions/${november.id}/submit`)).statusCode).toBe(
      200,
    );
    const back = await admin.send('POST', `/api/reports/submissions/${november.id}/return`, {
      reason: 'จำนวนครัวเรือนไม่ตรงกับทะเบียน',
    });
    expect(back.statusCode, back.body).toBe(200);
    returnedId = november.id;

    // December: Betong sent its report on the 6th, waiting for review.
    clock.set('2026-12-06T03:00:00Z');
    const december = await openReport(betong, typeId, '9502', '2026-12');
    await betong.send('PUT', `/api/reports/submissions/${december.id}/draft`, {
      values: { households: '5' },
    });
    expect((await betong.send('POST', `/api/reports/submissions/${december.id}/submit`)).statusCode).toBe(
      200,
    );
    waitingId = december.id;

    // Two rounds with agreements: the home shows the later one.
    const older = await makeKpiSet(t.handle, '95', 2568, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ]);
    const newer = await makeKpiSet(t.handle, '95', 2569, 1, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของการบรรลุเป้าหมาย', criteria: planCriteria },
    ]);
    agreementOf = {};
    for (const [set, code] of [
      [older, '9501'],
      [newer, '9501'],
      [newer, '9502'],
    ] as const) {
      const created = await staff.send('POST', '/api/agreements', {
        kpiSetId: set.id,
        pair: 'province_district',
        agentCode: code,
        items: Object.values(set.kpiIds).map((kpiId) => ({ kpiId, weight: set === older ? '100' : '50' })),
      });
      expect(created.statusCode, created.body).toBe(201);
      if (set === newer) agreementOf[code] = created.json().agreement.id;
    }
    for (const [key, value] of [
      ['T1', '89.30'],
      ['T2', '86'],
    ] as const) {
      const put = await mueang.send('PUT', '/api/kpi-results', {
        kpiId: newer.kpiIds[key],
        unitCode: '9501',
        value,
        asOf: '2026-03-31',
      });
      expect(put.statusCode, put.body).toBe(200);
    }

    // A project finished on 1 November whose evaluation never came: late after 7 days.
    const project = await mueang.send('POST', '/api/registers/projects', {
      unitCode: '9501',
      fiscalYear: 2569,
      round: 1,
      name: 'ส่งเสริมสัมมาชีพชุมชน',
      completionPercent: '100',
      completedOn: '2026-11-01',
    });
    expect(project.statusCode, project.body).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    files.cleanup();
  });

  it('shows a district officer this month’s report with its countdown, the returned one, and the KPIs of the latest round', async () => {
    clock.set('2026-12-06T03:00:00Z');
    const mine = await home(mueang);
    expect(mine).toMatchObject({ kind: 'district', today: '2026-12-06', unit: { code: '9501' } });
    const reports = mine.reports as { forms: number; entries: Entry[] };
    expect(reports.forms).toBe(1);
    expect(reports.entries).toEqual([
      expect.objectContaining({ dueDate: '2026-12-10', daysLeft: 4, state: 'open', submissionId: null }),
    ]);
    expect(mine.returned).toMatchObject({
      count: 1,
      items: [{ id: returnedId, periodKey: '2026-11', reason: 'จำนวนครัวเรือนไม่ตรงกับทะเบียน' }],
    });
    const agreement = mine.agreement as {
      id: number;
      fiscalYear: number;
      round: number;
      score: string;
      items: { level: number; score: string; next: { text: string } | null }[];
    };
    expect(agreement).toMatchObject({ id: agreementOf['9501'], fiscalYear: 2569, round: 1 });
    expect(agreement.items.map((i) => [i.level, i.score])).toEqual([
      [2, '2.0000'],
      [3, '3.0000'],
    ]);
    expect(agreement.items[0]?.next?.text).toBe('ต้องได้ไม่น้อยกว่า 90 จึงจะได้ระดับ 3');
    expect(agreement.score).toBe('2.5000');
    const unread = (await mueang.get('/api/notifications?unread=true&limit=1')).json().unread;
    expect((mine.notifications as { unread: number }).unread).toBe(unread);
  });

  it('never shows a district another district’s reports, returns or agreement', async () => {
    const theirs = await home(betong);
    expect(theirs).toMatchObject({ kind: 'district', unit: { code: '9502' } });
    expect(theirs.returned).toEqual({ count: 0, items: [] });
    expect((theirs.agreement as { id: number }).id).toBe(agreementOf['9502']);
    const entries = (theirs.reports as { entries: Entry[] }).entries;
    expect(entries.map((e) => [e.submissionId, e.state])).toEqual([[waitingId, 'submitted']]);
    const mine = await home(mueang);
    expect(JSON.stringify(mine)).not.toContain('9502');
    expect((mine.returned as { items: { id: number }[] }).items.map((s) => s.id)).toEqual([returnedId]);
    expect((mine.reports as { entries: Entry[] }).entries.map((e) => e.submissionId)).toEqual([null]);
  });

  it('shows the province what waits for review, the agreement scores of its districts and the late project evaluation', async () => {
    clock.set('2026-12-06T03:00:00Z');
    for (const who of [admin, staff, viewer]) {
      const province = await home(who);
      expect(province).toMatchObject({ kind: 'province', unit: { code: '95' } });
      expect(province.waiting).toMatchObject({
        count: 1,
        items: [{ id: waitingId, unit: { code: '9502' } }],
      });
      expect(province.late).toMatchObject({
        forms: 1,
        dueThisMonth: 1,
        nextDueDate: '2026-12-10',
        districts: [],
      });
      const agreements = province.agreements as {
        fiscalYear: number;
        items: { agent: { code: string }; score: string | null; reported: number }[];
      };
      expect(agreements.fiscalYear).toBe(2569);
      expect(agreements.items.map((a) => [a.agent.code, a.score, a.reported])).toEqual([
        ['9501', '2.5000', 2],
        ['9502', '0.0000', 0],
      ]);
      expect((province.alerts as { projects: unknown }).projects).toMatchObject({
        fiscalYear: 2569,
        total: 1,
        late: 1,
      });
    }
  });

  it('follows the clock: after the due date the district that has not sent is late and its countdown is past', async () => {
    clock.set('2026-12-12T03:00:00Z');
    const province = await home(admin);
    const late = (province.late as { districts: { unit: { code: string }; missing: number }[] }).districts;
    expect(late.map((d) => d.unit.code)).toContain('9501');
    expect(late.map((d) => d.unit.code)).not.toContain('9502');
    expect(late.find((d) => d.unit.code === '9501')?.missing).toBe(1);
    const mine = await home(mueang);
    expect((mine.reports as { entries: Entry[] }).entries[0]).toMatchObject({
      daysLeft: -2,
      state: 'missing',
    });
    clock.set('2026-12-06T03:00:00Z');
  });

  it('shows the department its provinces without reading report data', async () => {
    const dept = await home(department);
    expect(dept.kind).toBe('department');
    const provinces = dept.provinces as { code: string; districts: number }[];
    expect(provinces.length).toBe(77);
    expect(provinces.find((p) => p.code === '95')?.districts).toBe(8);
    expect(dept).not.toHaveProperty('waiting');
  });

  it('shows a CODI region office the way to its quarterly figures, not the nation’s provinces', async () => {
    const [office] = await loginEach(t.app, [await makeUser(t.handle, 'province_staff', 'CODI-N')]);
    const res = await (office as Session).get('/api/home');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.kind).toBe('region');
    expect(body.unit.code).toBe('CODI-N');
    expect(body).not.toHaveProperty('provinces');
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/home' })).statusCode).toBe(401);
  });
});
