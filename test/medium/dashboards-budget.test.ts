import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  engines,
  loginEach,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';

type Point = {
  month: string;
  base: string | null;
  spent: string | null;
  percent: string | null;
  plan: string | null;
  quarterEnd: boolean;
  gap: string | null;
};
type Curve = {
  unit: { code: string };
  fiscalYear: number;
  returnCutoff: string | null;
  plan: { quarters: string[]; byDepartment: boolean; demo: boolean } | null;
  months: Point[];
  areas: {
    code: string;
    percent: string | null;
    plan: string | null;
    gap: string | null;
    ownPlan: boolean;
  }[];
};

type Event = { kind: string; date: string; amount: string; againstPurchaseOrder?: boolean };

describe.each(engines())('the budget curve against its quarterly plan, on %s', (engine) => {
  let t: TestApp;
  let department: Session;
  let yala: Session;
  let chachoengsao: Session;
  let mueang: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'province_admin', '24'),
      makeUser(t.handle, 'district_officer', '9501'),
    ]);
    [department, yala, chachoengsao, mueang] = await loginEach(t.app, users);
    const line = async (s: Session, unitCode: string, name: string, events: Event[]) => {
      const created = await s.send('POST', '/api/registers/budget/lines', {
        unitCode,
        fiscalYear: 2568,
        category: 'งบดำเนินงาน',
        name,
      });
      expect(created.statusCode, created.body).toBe(201);
      for (const event of events) {
        const res = await s.send(
          'POST',
          `/api/registers/budget/lines/${created.json().line.id}/events`,
          event,
        );
        expect(res.statusCode, res.body).toBe(201);
      }
    };
    // FY 2568, return cut-off 29 Aug 2025 (set by the registers migration).
    await line(yala, '95', 'โครงการ ก', [
      { kind: 'allocation', date: '2024-10-01', amount: '1000000' },
      { kind: 'disbursement', date: '2024-10-15', amount: '100000' },
      { kind: 'purchase-order', date: '2024-11-10', amount: '200000' },
      { kind: 'disbursement', date: '2025-01-20', amount: '200000', againstPurchaseOrder: true },
      { kind: 'return', date: '2025-09-10', amount: '50000' },
    ]);
    await line(yala, '9501', 'โครงการ ข', [
      { kind: 'allocation', date: '2024-12-01', amount: '500000' },
      { kind: 'disbursement', date: '2025-03-31', amount: '250000' },
      { kind: 'return', date: '2025-06-30', amount: '100000' },
    ]);
    await line(chachoengsao, '24', 'โครงการ ค', [
      { kind: 'allocation', date: '2024-10-01', amount: '200000' },
      { kind: 'disbursement', date: '2024-12-15', amount: '150000' },
    ]);
  });
  afterAll(() => t.close());

  const curve = async (s: Session, query: string): Promise<Curve> => {
    const res = await s.get(`/api/dashboards/budget?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('checks a plan (0–100, never below the quarter before) and who may set it, and audits it', async () => {
    const put = (s: Session, body: Record<string, unknown>) =>
      s.send('PUT', '/api/registers/budget/plans/2568', body);
    const lower = await put(department, { unitCode: 'CDD', q1: '20', q2: '15', q3: '70' });
    expect(lower.statusCode).toBe(422);
    expect(lower.json().error).toMatchObject({
      field: 'q2',
      message: 'ไตรมาส 2: เป้าสะสม 15.00 ต้องไม่น้อยกว่าไตรมาส 1 (20.00)',
    });
    const over = await put(department, { unitCode: 'CDD', q1: '20', q2: '45', q3: '70', q4: '101' });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.field).toBe('q4');
    expect((await put(department, { unitCode: 'CDD', q1: 'ยี่สิบ', q2: '45', q3: '70' })).statusCode).toBe(400);
    expect((await put(yala, { unitCode: 'CDD', q1: '20', q2: '45', q3: '70' })).statusCode).toBe(403);
    expect((await put(yala, { unitCode: '24', q1: '20', q2: '45', q3: '70' })).statusCode).toBe(403);
    expect((await put(mueang, { unitCode: '95', q1: '20', q2: '45', q3: '70' })).statusCode).toBe(403);

    const national = await put(department, { unitCode: 'CDD', q1: '๒๐', q2: '45', q3: '70' });
    expect(national.statusCode, national.body).toBe(200);
    expect(national.json().national).toMatchObject({
      quarters: ['20.00', '45.00', '70.00', '100.00'],
      demo: false,
    });
    const own = await put(chachoengsao, { unitCode: '24', q1: '30', q2: '50', q3: '80', q4: '100' });
    expect(own.json()).toMatchObject({
      own: { quarters: ['30.00', '50.00', '80.00', '100.00'], byDepartment: false },
      effective: { unitCode: '24' },
      canEditOwn: true,
      canEditNational: false,
    });
    const audit = (await department.get('/api/audit?entity=budget_plan')).json().items;
    expect(audit).toHaveLength(2);
  });

  it("gives a province's cumulative spending per month by the register's formula, against the plan's quarter ends", async () => {
    const yalaCurve = await curve(yala, 'unit=95&fiscalYear=2568');
    expect(yalaCurve.returnCutoff).toBe('2025-08-29');
    expect(yalaCurve.plan).toMatchObject({
      quarters: ['20.00', '45.00', '70.00', '100.00'],
      byDepartment: true,
    });
    const row = (m: string) => yalaCurve.months.find((p) => p.month === m);
    expect(yalaCurve.months).toHaveLength(12);
    // Oct: 100,000 paid of 1,000,000. Nov: + PO 200,000. Dec: 500,000 more allocated (Q1 plan 20 %).
    expect([row('2024-10')?.percent, row('2024-11')?.percent, row('2024-12')?.percent]).toEqual([
      '10.00',
      '30.00',
      '20.00',
    ]);
    expect(row('2024-12')).toMatchObject({ plan: '20.00', quarterEnd: true, gap: '0.00' });
    expect(row('2024-11')).toMatchObject({ plan: '20.00', quarterEnd: false, gap: null });
    // Jan: the PO paid leaves spending at 300,000. Mar: 250,000 more paid = 550,000 / 1,500,000 (Q2 plan 45 %).
    expect(row('2025-01')?.spent).toBe('300000.00');
    expect(row('2025-03')).toMatchObject({
      spent: '550000.00',
      percent: '36.67',
      plan: '45.00',
      gap: '-8.33',
    });
    // Jun: 100,000 returned before the cut-off comes off the allocation: 550,000 / 1,400,000 (Q3 plan 70 %).
    expect(row('2025-06')).toMatchObject({ base: '1400000.00', percent: '39.29', gap: '-30.71' });
    // Sep: 50,000 returned after the cut-off stays in the allocation.
    expect(row('2025-09')).toMatchObject({
      base: '1400000.00',
      percent: '39.29',
      plan: '100.00',
      gap: '-60.71',
    });
    // The budget register's own report agrees at a month end.
    const report = (
      await yala.get('/api/registers/budget/report?unit=95&fiscalYear=2568&asOf=2025-03-31')
    ).json();
    expect(report.total.percent.text).toBe(row('2025-03')?.percent);

    const district = await curve(mueang, 'unit=9501&fiscalYear=2568');
    expect(district.months.find((p) => p.month === '2025-03')?.percent).toBe('50.00');
    const own = await curve(chachoengsao, 'unit=24&fiscalYear=2568');
    expect(own.plan?.quarters[0]).toBe('30.00');
    expect(own.months.find((p) => p.month === '2024-12')).toMatchObject({ percent: '75.00', gap: '45.00' });
  });

  it('lists the provinces for the nation with their own or the national plan, and sums the nation', async () => {
    const nation = await curve(department, 'unit=CDD&fiscalYear=2568');
    expect(nation.areas).toEqual([
      expect.objectContaining({ code: '24', percent: '75.00', plan: '100.00', gap: '-25.00', ownPlan: true }),
      expect.objectContaining({
        code: '95',
        percent: '39.29',
        plan: '100.00',
        gap: '-60.71',
        ownPlan: false,
      }),
    ]);
    // Dec: (300,000 + 150,000) / (1,500,000 + 200,000) = 26.47 % against the national 20 %.
    expect(nation.months.find((p) => p.month === '2024-12')).toMatchObject({ percent: '26.47', gap: '6.47' });
  });

  it('answers 403 outside the scope, 404 for an unknown unit, no curve without a cut-off, and exports Thai tables', async () => {
    expect((await mueang.get('/api/dashboards/budget?unit=95')).statusCode).toBe(403);
    expect((await yala.get('/api/dashboards/budget?unit=24')).statusCode).toBe(403);
    expect((await yala.get('/api/dashboards/budget?unit=XX99')).statusCode).toBe(404);
    expect((await yala.get('/api/dashboards/budget?unit=95&fiscalYear=abc')).statusCode).toBe(400);
    const noCutoff = await curve(yala, 'unit=95&fiscalYear=2570');
    expect(noCutoff).toMatchObject({ returnCutoff: null, months: [] });
    const csv = await department.get(
      '/api/dashboards/budget/export?unit=CDD&fiscalYear=2568&table=areas&format=csv',
    );
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toContain('เบิกจ่าย + PO (บาท)');
    expect(lines[0]).not.toMatch(/[a-z_]{4,}/);
    expect(lines[1]).toBe('24,ฉะเชิงเทรา,200000.00,150000.00,75.00,กันยายน 2568,100.00,-25.00');
    const xlsx = await yala.get('/api/dashboards/budget/export?unit=95&fiscalYear=2568&table=months');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('tidtam-budget-95-2568-months.xlsx');
  });

  it('keeps the month figures current on write: an event removed, an import, a new return cut-off', async () => {
    const june = async () =>
      (await curve(yala, 'unit=95&fiscalYear=2568')).months.find((p) => p.month === '2025-06');
    const lines = (await yala.get('/api/registers/budget/lines?unit=9501&fiscalYear=2568')).json();
    const returned = lines.items[0].events.find((e: { kind: string }) => e.kind === 'return');
    expect((await yala.send('DELETE', `/api/registers/budget/events/${returned.id}`)).statusCode).toBe(200);
    // Without the 100,000 returned: 550,000 / 1,500,000.
    expect(await june()).toMatchObject({ base: '1500000.00', percent: '36.67' });
    const file = [
      'รหัสหน่วยงาน,หมวดงบประมาณ,ชื่อโครงการ/กิจกรรม,ประเภทรายการ,วันที่ (วัน/เดือน/ปี พ.ศ.),จำนวนเงิน (บาท),จ่ายตาม PO,หมายเหตุ',
      '95,งบดำเนินงาน,โครงการ ง,ได้รับจัดสรร,2025-06-01,500000,,',
      '95,งบดำเนินงาน,โครงการ ง,เบิกจ่าย,2025-06-10,450000,,',
    ].join('\n');
    const { payload, headers } = multipartFile('budget.csv', file);
    const imported = await yala.send(
      'POST',
      '/api/registers/budget/import?unit=95&fiscalYear=2568',
      payload,
      headers,
    );
    expect(imported.statusCode, imported.body).toBe(200);
    // 1,000,000 / 2,000,000 = 50.00 %.
    expect(await june()).toMatchObject({ spent: '1000000.00', percent: '50.00' });
    const cutoff = await department.send('PUT', '/api/registers/budget/cutoffs/2568', {
      returnCutoff: '2025-09-30',
    });
    expect(cutoff.statusCode).toBe(200);
    // The 50,000 returned on 10 Sep 2025 now comes before the cut-off: 1,000,000 / 1,950,000.
    const september = (await curve(yala, 'unit=95&fiscalYear=2568')).months.find(
      (p) => p.month === '2025-09',
    );
    expect(september).toMatchObject({ base: '1950000.00', percent: '51.28' });
  });
});
