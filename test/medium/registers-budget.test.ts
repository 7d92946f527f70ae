import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../../src/modules/agreements/kpi-set-files.ts';
import {
  engines,
  loginEach,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';
import { loadYalaSet, SEED_003_BUDGET } from '../register-fixtures.ts';

describe.each(engines())('the budget register on %s', (engine) => {
  let t: TestApp;
  let department: Session;
  let chachoengsao: Session;
  let yala: Session;
  let mueang: Session;
  let yalaSet: Awaited<ReturnType<typeof loadYalaSet>>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    yalaSet = await loadYalaSet(t);
    const users = await Promise.all([
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'province_admin', '24'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
    ]);
    [department, chachoengsao, yala, mueang] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  async function enter(s: Session, unitCode: string, fiscalYear: number, lines: typeof SEED_003_BUDGET) {
    const ids: number[] = [];
    for (const line of lines) {
      const created = await s.send('POST', '/api/registers/budget/lines', { unitCode, fiscalYear, ...line });
      expect(created.statusCode).toBe(201);
      const id = created.json().line.id as number;
      for (const event of line.events) {
        const res = await s.send('POST', `/api/registers/budget/lines/${id}/events`, event);
        expect(res.statusCode).toBe(201);
      }
      ids.push(id);
    }
    return ids;
  }

  it("gives seed 003's table 89.30 %, not the printed 98.30 %, and level 2 through a bound KPI", async () => {
    const set = await department.send('POST', '/api/kpi-sets', {
      ownerCode: 'CDD',
      fiscalYear: 2565,
      round: 2,
      nameTh: 'คำรับรอง อธิบดี–จังหวัด 2565 รอบ 2',
    });
    const yalaCard = readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')).kpis.find(
      (k) => k.key === 'T1',
    );
    const card = await department.send('POST', `/api/kpi-sets/${set.json().set.id}/kpis`, yalaCard);
    expect(card.statusCode).toBe(201);
    const t1 = card.json().kpi.id as number;
    const agreement = await department.send('POST', '/api/agreements', {
      kpiSetId: set.json().set.id,
      pair: 'dg_province',
      agentCode: '24',
      items: [{ kpiId: t1, weight: '100' }],
    });
    expect(agreement.statusCode).toBe(201);
    await enter(chachoengsao, '24', 2565, SEED_003_BUDGET);

    const report = (
      await chachoengsao.get('/api/registers/budget/report?unit=24&fiscalYear=2565&asOf=2022-08-30')
    ).json();
    expect(
      report.rows.map(
        (r: {
          category: string;
          allocated: string;
          spent: string;
          percent: { text: string };
          remaining: string;
        }) => [r.category, r.allocated, r.spent, r.percent.text, r.remaining],
      ),
    ).toEqual([
      ['งบบุคลากร', '10536677.51', '9994452.51', '94.85', '542225.00'],
      ['งบบริหาร', '4857400.08', '3752043.95', '77.24', '1105356.13'],
    ]);
    expect(report.total).toMatchObject({
      allocated: '15394077.59',
      spent: '13746496.46',
      remaining: '1647581.13',
      percent: { text: '89.30' },
    });

    const bound = await department.send('PUT', `/api/registers/bindings/${t1}`, {
      measure: 'budget.spending',
      asOf: '2022-08-30',
    });
    expect(bound.statusCode).toBe(200);
    expect(bound.json().results).toEqual([
      {
        unit: { code: '24', nameTh: 'ฉะเชิงเทรา' },
        value: expect.stringMatching(/^89\.2973052762/),
        inputs: {
          disbursed: '12494452.51',
          purchase_orders: '1252043.95',
          allocated: '15394077.59',
          returned_before_cutoff: '0',
        },
        skipped: null,
      },
    ]);
    const view = (await department.get(`/api/agreements/${agreement.json().agreement.id}`)).json();
    expect(view.items[0].result).toMatchObject({ source: 'register', asOf: '2022-08-30' });
    expect(view.items[0].evaluation.level).toBe(2);
    const listed = (await chachoengsao.get(`/api/registers/bindings?kpiSet=${set.json().set.id}`)).json();
    expect(listed.items[0]).toMatchObject({
      measure: 'budget.spending',
      asOf: '2022-08-30',
      units: [{ code: '24' }],
    });
  });

  it("refuses to bind a KPI whose formula lacks the measure's inputs", async () => {
    const { kpiSetId } = await loadKpiSetFile(
      t.handle.db,
      readKpiSetFile(path.join(KPI_SET_DIR, 'fy2565-r2-chachoengsao.json')),
    );
    const set = (await chachoengsao.get(`/api/kpi-sets/${kpiSetId}`)).json();
    const t1 = set.kpis.find((k: { key: string }) => k.key === 'T1');
    const res = await chachoengsao.send('PUT', `/api/registers/bindings/${t1.id}`, {
      measure: 'budget.spending',
      asOf: '2022-08-30',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain(
      'ต้องมีตัวแปร disbursed, purchase_orders, allocated, returned_before_cutoff',
    );
  });

  it('deducts a return made on 29 Aug 2025 from the allocation, but not one made on 30 Aug', async () => {
    const bound = await yala.send('PUT', `/api/registers/bindings/${yalaSet.kpi.T1}`, {
      measure: 'budget.spending',
      asOf: '2025-09-30',
    });
    expect(bound.statusCode).toBe(200);
    const [line] = await enter(mueang, '9501', 2568, [
      {
        category: 'งบดำเนินงาน',
        name: 'โครงการขับเคลื่อนเศรษฐกิจฐานราก',
        events: [
          { kind: 'allocation', date: '2025-04-01', amount: '100000.00' },
          { kind: 'disbursement', date: '2025-06-30', amount: '60000.00' },
          { kind: 'return', date: '2025-08-29', amount: '40000.00' },
        ],
      },
    ]);
    const reportOf = async () =>
      (await mueang.get('/api/registers/budget/report?unit=9501&fiscalYear=2568&asOf=2025-09-30')).json()
        .total;
    expect(await reportOf()).toMatchObject({
      base: '60000.00',
      deductedReturns: '40000.00',
      percent: { text: '100.00' },
    });
    const resultOf = async () => {
      await t.worker.settle();
      const agreements = (await mueang.get(`/api/agreements?kpiSet=${yalaSet.kpiSetId}`)).json().items;
      const view = (await mueang.get(`/api/agreements/${agreements[0].id}`)).json();
      return view.items.find((i: { key: string }) => i.key === 'T1');
    };
    expect((await resultOf()).evaluation.level).toBe(5);

    const events = (await mueang.get(`/api/registers/budget/lines/${line}`)).json().line.events;
    const returned = events.find((e: { kind: string }) => e.kind === 'return');
    expect((await mueang.send('DELETE', `/api/registers/budget/events/${returned.id}`)).statusCode).toBe(200);
    await mueang.send('POST', `/api/registers/budget/lines/${line}/events`, {
      kind: 'return',
      date: '2025-08-30',
      amount: '40000',
    });
    expect(await reportOf()).toMatchObject({
      base: '100000.00',
      returned: '40000.00',
      deductedReturns: '0.00',
      percent: { text: '60.00' },
    });
    const after = await resultOf();
    expect(after.result.inputs.formula).toEqual({
      disbursed: '60000',
      purchase_orders: '0',
      allocated: '100000',
      returned_before_cutoff: '0',
    });
    expect(after.evaluation.level).toBe(0);
  });

  it('refuses events that do not add up, in Thai', async () => {
    const [line] = await enter(mueang, '9501', 2568, [
      {
        category: 'งบดำเนินงาน',
        name: 'โครงการทดสอบยอดเกิน',
        events: [{ kind: 'allocation', date: '2025-04-01', amount: '1000' }],
      },
    ]);
    const over = await mueang.send('POST', `/api/registers/budget/lines/${line}/events`, {
      kind: 'disbursement',
      date: '2025-05-01',
      amount: '1500',
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.message).toContain('เกินงบที่ได้รับจัดสรร 1,000.00 บาท');
  });

  it('averages the projects of the round for KPI 2 and flags evaluations late, and short of photos while none are uploaded', async () => {
    await yala.send('PUT', `/api/registers/bindings/${yalaSet.kpi.T2}`, {
      measure: 'budget.plan_achievement',
      asOf: '2025-09-30',
    });
    const project = (body: Record<string, unknown>) =>
      mueang.send('POST', '/api/registers/projects', {
        unitCode: '9501',
        fiscalYear: 2568,
        round: 2,
        ...body,
      });
    expect(
      (
        await project({
          name: 'ก',
          completionPercent: '100',
          completedOn: '2025-06-01',
          evaluationSubmittedOn: '2025-06-08',
        })
      ).statusCode,
    ).toBe(201);
    await project({
      name: 'ข',
      completionPercent: '80',
      completedOn: '2025-06-01',
      evaluationSubmittedOn: '2025-06-10',
    });
    await project({ name: 'ค', completionPercent: '60', completedOn: '2025-07-01' });
    const list = (
      await mueang.get('/api/registers/projects?unit=9501&fiscalYear=2568&round=2&asOf=2025-07-20')
    ).json();
    expect(list.items.map((p: { name: string; evaluation: unknown }) => [p.name, p.evaluation])).toEqual([
      ['ก', { dueDate: '2025-06-08', late: false, daysLate: 0, missingPhotos: 3 }],
      ['ข', { dueDate: '2025-06-08', late: true, daysLate: 2, missingPhotos: 3 }],
      ['ค', { dueDate: '2025-07-08', late: true, daysLate: 12, missingPhotos: 3 }],
    ]);
    expect(list).toMatchObject({
      late: 2,
      missingPhotos: 3,
      planAchievement: { projects: 3, percent: { text: '80.00' } },
    });
    await t.worker.settle();
    const agreements = (await mueang.get(`/api/agreements?kpiSet=${yalaSet.kpiSetId}`)).json().items;
    const t2 = (await mueang.get(`/api/agreements/${agreements[0].id}`))
      .json()
      .items.find((i: { key: string }) => i.key === 'T2');
    expect(t2.result.inputs.formula).toEqual({ percent_sum: '240', activity_count: '3' });
    expect(t2.evaluation.level).toBe(2);
  });

  it('imports a disbursement table: bad rows named and nothing saved, then the corrected table saved', async () => {
    const table = async (rows: (string | number)[][]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('เบิกจ่าย');
      sheet.addRow(['unit_code', 'category', 'name', 'kind', 'date', 'amount', 'against_po', 'note']);
      for (const r of rows) sheet.addRow(r);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const upload = async (content: Buffer) => {
      const { payload, headers } = multipartFile('disbursement.xlsx', content);
      return yala.send('POST', '/api/registers/budget/import?unit=95&fiscalYear=2568', payload, headers);
    };
    const lines = async () =>
      (await yala.get('/api/registers/budget/lines?unit=95&fiscalYear=2568')).json().items.length;
    const before = await lines();
    const bad = await upload(
      await table([
        ['95', 'งบดำเนินงาน', 'โครงการ A', 'ได้รับจัดสรร', '2025-04-01', '50,000.00', '', ''],
        ['95', 'งบดำเนินงาน', 'โครงการ A', 'เบิกจ่าย', '31/2/2568', '1000', '', ''],
        ['95', 'งบดำเนินงาน', 'โครงการ B', 'โอน', '2025-04-01', '10', '', ''],
        ['9601', 'งบดำเนินงาน', 'โครงการ C', 'ได้รับจัดสรร', '2025-04-01', '10', '', ''],
        ['95', 'งบดำเนินงาน', 'โครงการ D', 'ได้รับจัดสรร', '2025-04-01', '100', '', ''],
        ['95', 'งบดำเนินงาน', 'โครงการ D', 'เบิกจ่าย', '2025-05-01', '200', '', ''],
      ]),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.rows.map((r: { row: number; field: string }) => [r.row, r.field])).toEqual([
      [3, 'date'],
      [4, 'kind'],
      [5, 'unit_code'],
      [6, 'amount'],
    ]);
    expect(await lines()).toBe(before);
    const good = await upload(
      await table([
        ['95', 'งบดำเนินงาน', 'โครงการ A', 'ได้รับจัดสรร', '2025-04-01', '50,000.00', '', ''],
        ['9501', 'งบดำเนินงาน', 'โครงการ A', 'PO', '2025-05-01', '20000', '', ''],
        ['9501', 'งบดำเนินงาน', 'โครงการ A', 'ได้รับจัดสรร', '2025-04-01', '30000', '', ''],
        ['9501', 'งบดำเนินงาน', 'โครงการ A', 'เบิกจ่าย', '2025-06-01', '20000', '1', 'จ่ายตาม PO'],
      ]),
    );
    expect(good.statusCode).toBe(200);
    expect(good.json()).toEqual({ created: 4, lines: 2 });
    expect(await lines()).toBe(before + 2);
  });
});
