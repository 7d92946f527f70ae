import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forecastRound } from '../../src/domain/dashboard/forecast.ts';
import { Dec } from '../../src/domain/scoring/decimal.ts';
import { KPI_SET_DIR, readKpiSetFile } from '../../src/modules/agreements/kpi-set-files.ts';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { budgetCriteria, makeKpiSet, overdueCriteria } from '../factories.ts';
import {
  engines,
  loginAs,
  loginEach,
  makeUser,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';
import { SEED_003_BUDGET } from '../register-fixtures.ts';
import { reportConfig, TestClock } from '../report-fixtures.ts';

type KpiPage = {
  unit: { code: string };
  round: { fiscalYear: number; round: number };
  kpi: { id: number; nameTh: string; levelTexts: string[] };
  agreement: { id: number; weight: string; itemId: number } | null;
  months: { month: string; labelTh: string; value: string | null }[];
  current: { value: string | null; level: number | null; score: string | null } | null;
  next: { level: number; textTh: string; value: string | null } | null;
  target: { kind: 'value'; value: string; comparison: string } | { kind: 'none'; reasonTh: string };
  percent: { kind: 'percent'; percent: string; light: string } | { kind: 'none'; reasonTh: string };
  forecast:
    | {
        kind: 'linear';
        value: string;
        low: string | null;
        high: string | null;
        perMonth: string;
        status: string;
      }
    | { kind: 'none'; reasonTh: string };
};

const milestones = {
  type: 'milestones',
  levels: [1, 2, 3, 4, 5].map((n) => [{ id: `s${n}`, label: `ขั้นที่ ${n}` }]),
};

describe.each(engines())('the KPI page and its monthly history, on %s', (engine) => {
  const clock = new TestClock('2025-07-05T03:00:00Z');
  const files = reportConfig(clock);
  let t: TestApp;
  let staff: Session;
  let admin: Session;
  let mueang: Session;
  let betong: Session;
  let chachoengsao: Session;
  let department: Session;
  let set: { id: number; kpiIds: Record<string, number> };
  let agreementId: number;

  const page = async (who: Session, unit: string, kpi: number): Promise<KpiPage> => {
    const res = await who.get(`/api/dashboards/kpi?unit=${unit}&kpi=${kpi}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const enter = async (who: Session, unitCode: string, kpiId: number, value: string, asOf: string) => {
    const res = await who.send('PUT', '/api/kpi-results', { kpiId, unitCode, value, asOf });
    expect(res.statusCode, res.body).toBe(200);
  };
  const stored = (kpiId: number, unitCode: string) =>
    t.handle.db
      .selectFrom('kpi_result_months as m')
      .innerJoin('units as u', 'u.id', 'm.unit_id')
      .select(['m.value', 'm.source', 'm.as_of'])
      .select((eb) => eb.fn<string>('to_char', ['m.month', eb.val('YYYY-MM')]).as('month'))
      .where('m.kpi_id', '=', kpiId)
      .where('u.code', '=', unitCode)
      .orderBy('m.month')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine, files.overrides);
    const users = await Promise.all([
      makeUser(t.handle, 'province_staff', '95-G1'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
      makeUser(t.handle, 'province_admin', '24'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [staff, admin, mueang, betong, chachoengsao, department] = await loginEach(t.app, users);
    set = await makeKpiSet(t.handle, '95', 2568, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละหนี้เกินกำหนดชำระ', criteria: overdueCriteria },
      { key: 'T3', kind: 'team', nameTh: 'ระดับความสำเร็จของการจัดทำฐานข้อมูล', criteria: milestones },
    ]);
    const made = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '9501',
      items: [
        { kpiId: set.kpiIds.T1, weight: '50' },
        { kpiId: set.kpiIds.T2, weight: '30' },
        { kpiId: set.kpiIds.T3, weight: '20' },
      ],
    });
    expect(made.statusCode, made.body).toBe(201);
    agreementId = made.json().agreement.id;
  });
  afterAll(() => t.close());

  it('keeps one value per month from manual entry: a later one replaces its month, an earlier month only itself', async () => {
    const t1 = set.kpiIds.T1 as number;
    await enter(mueang, '9501', t1, '30', '2025-04-20');
    await enter(mueang, '9501', t1, '45', '2025-05-20');
    await enter(mueang, '9501', t1, '58', '2025-06-15');
    await enter(mueang, '9501', t1, '61.5', '2025-06-28');
    await enter(mueang, '9501', t1, '47', '2025-05-31');
    expect(await stored(t1, '9501')).toEqual([
      { month: '2025-04', value: '30', source: 'manual', as_of: expect.anything() },
      { month: '2025-05', value: '47', source: 'manual', as_of: expect.anything() },
      { month: '2025-06', value: '61.5', source: 'manual', as_of: expect.anything() },
    ]);

    const view = await page(mueang, '9501', t1);
    expect(view.round).toMatchObject({ fiscalYear: 2568, round: 2 });
    expect(view.months.map((m) => m.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
    ]);
    expect(view.months[0]?.labelTh).toBe('เมษายน 2568');
    expect(view.months.map((m) => m.value)).toEqual(['30', '47', '61.5', null, null, null]);

    // The agreement page's own numbers: the current result is the latest month's, scored the same.
    const agreement = (await mueang.get(`/api/agreements/${agreementId}`)).json();
    const item = agreement.items.find((i: { kpiId: number }) => i.kpiId === t1);
    expect(item.result.value).toBe('61.5');
    expect(view.current).toMatchObject({
      value: '61.5',
      level: item.evaluation.level,
      score: item.evaluation.score,
    });
    expect(view.next?.textTh).toBe(item.evaluation.next?.text ?? null);
    expect(view.agreement).toMatchObject({ id: agreementId, weight: item.weight, itemId: item.id });
    // The district's home lists the same KPI with the id its KPI page opens on.
    const home = (await mueang.get('/api/home')).json();
    expect(home.agreement.items.map((i: { kpiId: number }) => i.kpiId)).toContain(t1);

    // The forecast is forecastRound of the stored months, to the round's sixth month, against level 5 (≥ 100).
    const expected = forecastRound({
      months: ['30', '47', '61.5'].map((v) => new Dec(v)),
      roundMonths: 6,
      target: { value: new Dec(100), comparison: 'gte' },
      next: item.evaluation.next,
    });
    if (expected.kind !== 'linear' || view.forecast.kind !== 'linear') throw new Error('a linear forecast');
    expect(view.forecast).toMatchObject({
      value: expected.line.value.toFixed(2),
      perMonth: expected.line.perMonth.toFixed(2),
      low: expected.line.interval?.low.toFixed(2),
      high: expected.line.interval?.high.toFixed(2),
      status: expected.status,
    });
    expect(view.target).toMatchObject({ kind: 'value', value: '100', comparison: 'gte' });
    expect(view.percent).toEqual({ kind: 'percent', percent: '61.50', light: 'yellow', lightTh: 'เหลือง' });
  });

  it("colours % of target on seed 004's boundaries through the API: 49.99 red, 50 and 80 yellow, 80.01 green", async () => {
    const t1 = set.kpiIds.T1 as number;
    const lights: [string, string][] = [];
    for (const value of ['49.99', '50', '80', '80.01']) {
      await enter(admin, '9501', t1, value, '2025-06-30');
      const view = await page(admin, '9501', t1);
      if (view.percent.kind !== 'percent') throw new Error('a % of target');
      lights.push([view.percent.percent, view.percent.light]);
      expect(view.months[2]?.value).toBe(value);
    }
    expect(lights).toEqual([
      ['49.99', 'red'],
      ['50.00', 'yellow'],
      ['80.00', 'yellow'],
      ['80.01', 'green'],
    ]);
    // Lower is better (overdue debt, level 5 "< 5"): 10 % is twice the allowed level, 50 % of target.
    await enter(mueang, '9501', set.kpiIds.T2 as number, '10', '2025-06-30');
    const overdue = await page(mueang, '9501', set.kpiIds.T2 as number);
    expect(overdue.percent).toMatchObject({ percent: '50.00', light: 'yellow' });
    expect(overdue.forecast.kind).toBe('none');
    // A KPI of steps has no single-number target: no light, and the page says why.
    const steps = await page(mueang, '9501', set.kpiIds.T3 as number);
    expect(steps.target.kind).toBe('none');
    expect(steps.percent.kind === 'none' && steps.percent.reasonTh).toContain('ขั้นตอน');
  });

  it("writes the approved report's value into the month it was approved in", async () => {
    const t1 = set.kpiIds.T1 as number;
    const created = await admin.send('POST', '/api/reports/types', {
      provinceCode: '95',
      nameTh: 'รายงานการใช้จ่ายงบประมาณ',
      fields: [{ id: 'budget', kind: 'kpi', labelTh: 'ร้อยละการเบิกจ่าย', required: true, kpiId: t1 }],
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const opened = await betong.send('POST', '/api/reports/submissions', {
      reportTypeId: created.json().reportType.id,
      unitCode: '9502',
      month: '2025-07',
    });
    expect(opened.statusCode, opened.body).toBeLessThan(300);
    const id = opened.json().submission.id;
    await betong.send('PUT', `/api/reports/submissions/${id}/draft`, { values: { budget: '72.25' } });
    expect((await betong.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);
    const approved = await staff.send('POST', `/api/reports/submissions/${id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await stored(t1, '9502')).toEqual([
      { month: '2025-07', value: '72.25', source: 'report', as_of: expect.anything() },
    ]);
    const view = await page(betong, '9502', t1);
    expect(view.months[3]?.value).toBe('72.25');
    expect(view.agreement).toBeNull();
    expect(view.current?.value).toBe('72.25');
  });

  it('writes a register-bound result into its as-of month', async () => {
    const cdd = await department.send('POST', '/api/kpi-sets', {
      ownerCode: 'CDD',
      fiscalYear: 2565,
      round: 2,
      nameTh: 'คำรับรอง อธิบดี–จังหวัด 2565 รอบ 2',
    });
    const yalaCard = readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')).kpis.find(
      (k) => k.key === 'T1',
    );
    const card = await department.send('POST', `/api/kpi-sets/${cdd.json().set.id}/kpis`, yalaCard);
    const kpiId = card.json().kpi.id as number;
    const agreement = await department.send('POST', '/api/agreements', {
      kpiSetId: cdd.json().set.id,
      pair: 'dg_province',
      agentCode: '24',
      items: [{ kpiId, weight: '100' }],
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    for (const line of SEED_003_BUDGET) {
      const made = await chachoengsao.send('POST', '/api/registers/budget/lines', {
        unitCode: '24',
        fiscalYear: 2565,
        ...line,
      });
      for (const event of line.events)
        await chachoengsao.send('POST', `/api/registers/budget/lines/${made.json().line.id}/events`, event);
    }
    const bound = await department.send('PUT', `/api/registers/bindings/${kpiId}`, {
      measure: 'budget.spending',
      asOf: '2022-08-30',
    });
    expect(bound.statusCode, bound.body).toBe(200);
    const months = await stored(kpiId, '24');
    expect(months).toHaveLength(1);
    expect(months[0]).toMatchObject({ month: '2022-08', source: 'register' });
    expect(months[0]?.value).toMatch(/^89\.2973052762/);
    const view = await page(chachoengsao, '24', kpiId);
    expect(view.months.find((m) => m.month === '2022-08')?.value).toBe(months[0]?.value);
  });

  it("gives each district × KPI cell of the districts dashboard the KPI page's light and forecast status", async () => {
    const t1 = set.kpiIds.T1 as number;
    const board = (await admin.get(`/api/dashboards/districts?unit=95&kpiSet=${set.id}`)).json();
    const cell = board.units
      .find((u: { code: string }) => u.code === '9501')
      .levels.find((l: { kpiId: number }) => l.kpiId === t1);
    const view = await page(admin, '9501', t1);
    if (view.percent.kind !== 'percent' || view.forecast.kind !== 'linear')
      throw new Error('light and forecast');
    expect(cell).toMatchObject({
      percent: view.percent.percent,
      light: view.percent.light,
      forecastStatus: view.forecast.status,
    });
  });

  it('refuses a unit outside the scope with 403 and an unknown unit or KPI with 404', async () => {
    const t1 = set.kpiIds.T1 as number;
    expect((await betong.get(`/api/dashboards/kpi?unit=9501&kpi=${t1}`)).statusCode).toBe(403);
    expect((await chachoengsao.get(`/api/dashboards/kpi?unit=9501&kpi=${t1}`)).statusCode).toBe(403);
    expect((await admin.get(`/api/dashboards/kpi?unit=9999&kpi=${t1}`)).statusCode).toBe(404);
    expect((await admin.get('/api/dashboards/kpi?unit=9501&kpi=999999')).statusCode).toBe(404);
    // Yala's KPI is not Chachoengsao's: the department reads both units, and still gets 404.
    expect((await department.get(`/api/dashboards/kpi?unit=24&kpi=${t1}`)).statusCode).toBe(404);
    expect((await admin.get('/api/dashboards/kpi?unit=9501&kpi=abc')).statusCode).toBe(400);
  });

  it("exports the page's month table as xlsx and CSV", async () => {
    const t1 = set.kpiIds.T1 as number;
    const xlsx = await admin.get(`/api/dashboards/kpi/export?unit=9501&kpi=${t1}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const rows = (sheet?.getSheetValues() ?? []).slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]?.[0]).toBe('เดือน');
    expect(rows.slice(1, 4)).toEqual([
      ['เมษายน 2568', '30'],
      ['พฤษภาคม 2568', '47'],
      ['มิถุนายน 2568', '80.01'],
    ]);
    const csv = await admin.get(`/api/dashboards/kpi/export?unit=9501&kpi=${t1}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('มิถุนายน 2568,80.01');
    expect(csv.body.trim().split('\n')).toHaveLength(7);
  });
});

describe.each(engines())("the demo's monthly KPI values, on %s", (engine) => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const accounts = await loadDemo(t.handle.db);
    await loadDemoKpiSets(t.handle.db, new Date('2026-12-06T05:00:00Z'));
    await t.worker.settle();
    const account = accounts.find((a) => a.username === 'yala.admin');
    admin = await loginAs(t.app, 'yala.admin', account?.password ?? '');
  });
  afterAll(() => t.close());

  it('ends every demo series on the current result, and gives the KPI page six months and a forecast', async () => {
    const mismatched = await t.handle.db
      .selectFrom('kpi_results as r')
      .innerJoin('kpi_result_months as m', (j) =>
        j.onRef('m.kpi_id', '=', 'r.kpi_id').onRef('m.unit_id', '=', 'r.unit_id'),
      )
      .select(['r.kpi_id', 'r.unit_id', 'r.value', 'm.value as month_value', 'm.source'])
      .where((eb) =>
        eb(
          'm.month',
          '=',
          eb
            .selectFrom('kpi_result_months as l')
            .select((l) => l.fn.max('l.month').as('last'))
            .whereRef('l.kpi_id', '=', 'r.kpi_id')
            .whereRef('l.unit_id', '=', 'r.unit_id'),
        ),
      )
      .execute();
    const demoRows = mismatched.filter((r) => r.source === 'demo');
    expect(demoRows.length).toBeGreaterThan(20);
    expect(
      mismatched.filter((r) => new Dec(r.value ?? 'NaN').cmp(new Dec(r.month_value ?? 'NaN')) !== 0),
    ).toEqual([]);

    const board = (await admin.get('/api/dashboards/districts?unit=95')).json();
    const t1 = board.kpis.find((k: { key: string }) => k.key === 'T1').kpiId as number;
    const view = await page(admin, '9501', t1);
    expect(view.months).toHaveLength(6);
    expect(view.months.every((m: { value: string | null }) => m.value !== null)).toBe(true);
    expect(view.current?.value).toBe(view.months[5]?.value);
    expect(view.forecast.kind).toBe('linear');
    const lit = board.units.flatMap((u: { levels: { light: string | null }[] }) =>
      u.levels.filter((l) => l.light !== null),
    );
    expect(lit.length).toBeGreaterThan(8);
    // The agreement scores kept on write include the demo's results: each equals its agreement page's total.
    const stored = await t.handle.db
      .selectFrom('agreement_scores')
      .select(['agreement_id', 'score'])
      .execute();
    for (const u of board.units as { agreementId: number }[]) {
      const total = (await admin.get(`/api/agreements/${u.agreementId}`)).json().total?.score ?? null;
      const kept = stored.find((r) => r.agreement_id === u.agreementId)?.score ?? null;
      expect(kept === null ? null : new Dec(kept).toFixed(4)).toBe(total);
    }
  });

  async function page(who: Session, unit: string, kpi: number): Promise<KpiPage> {
    const res = await who.get(`/api/dashboards/kpi?unit=${unit}&kpi=${kpi}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
});
