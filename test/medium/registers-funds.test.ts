import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { loadYalaSet } from '../register-fixtures.ts';

type Item = {
  key: string;
  result: {
    value: string;
    inputs: { formula: Record<string, string> };
    source: string;
    asOf: string;
    note: string;
  } | null;
  evaluation: { level: number } | null;
};

describe.each(engines())('the fund registers on %s', (engine) => {
  let t: TestApp;
  let yala: Session;
  let mueang: Session;
  let yalaSet: Awaited<ReturnType<typeof loadYalaSet>>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    yalaSet = await loadYalaSet(t);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
    ]);
    [yala, mueang] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  async function itemOf(s: Session, agent: string, key: string): Promise<Item> {
    const list = (await s.get(`/api/agreements?kpiSet=${yalaSet.kpiSetId}`)).json().items;
    const agreement = list.find((a: { agent: { code: string } }) => a.agent.code === agent);
    const view = (await s.get(`/api/agreements/${agreement.id}`)).json();
    return view.items.find((i: Item) => i.key === key);
  }

  it("gives the women's fund example 489,204.87 × 100 ÷ 33,109,323.18 = 1.48 → level 5 through bound KPIs", async () => {
    for (const key of ['I5', 'T3']) {
      const res = await yala.send('PUT', `/api/registers/bindings/${yalaSet.kpi[key]}`, {
        measure: 'womens_fund.overdue',
        asOf: '2025-09-30',
      });
      expect(res.statusCode).toBe(200);
    }
    // 001 L235: B = 489,204.87 of A = 33,109,323.18; the rest of A is not yet due (B = A − not yet due − suspended − litigation).
    const saved = await yala.send('PUT', '/api/registers/womens-fund', {
      unitCode: '95',
      asOf: '2025-09-30',
      outstanding: '33,109,323.18',
      notYetDue: '32,620,118.31',
      members: 52_000,
      womenAged15Plus: 180_000,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().snapshot).toMatchObject({
      overdue: '489204.87',
      overduePercent: { percent: { text: '1.48' } },
      membershipPercent: { percent: { text: '28.89' } },
    });
    await t.worker.settle();
    const i5 = await itemOf(yala, '95', 'I5');
    expect(i5.result).toMatchObject({
      source: 'register',
      asOf: '2025-09-30',
      inputs: { formula: { overdue: '489204.87', outstanding: '33109323.18' } },
    });
    expect(i5.result?.value).toMatch(/^1\.4775441567936/);
    expect(i5.evaluation?.level).toBe(5);
    // A district's team KPI 3 takes its province's snapshot.
    const t3 = await itemOf(mueang, '9501', 'T3');
    expect(t3.result?.inputs.formula).toEqual({ overdue: '489204.87', outstanding: '33109323.18' });
    expect(t3.evaluation?.level).toBe(5);
  });

  it('refuses a snapshot whose exclusions exceed the outstanding debt, naming the field', async () => {
    const res = await yala.send('PUT', '/api/registers/womens-fund', {
      unitCode: '95',
      asOf: '2025-10-01',
      outstanding: '100',
      suspended: '150',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ field: 'outstanding' });
    expect(res.json().error.message).toContain('มากกว่าลูกหนี้คงเหลือ');
  });

  it('computes membership (members ÷ women aged 15+ × 100) for a bound KPI', async () => {
    const res = await yala.send('PUT', `/api/registers/bindings/${yalaSet.kpi.I5b}`, {
      measure: 'womens_fund.membership',
      asOf: '2025-09-30',
    });
    expect(res.json().results.find((r: { unit: { code: string } }) => r.unit.code === '9501')).toMatchObject({
      inputs: { members: '52000', women: '180000' },
    });
  });

  it("totals seed 000's follow-up form for the village and urban community funds", async () => {
    const fund = (name: string, body: Record<string, unknown>) =>
      mueang.send('POST', '/api/registers/community-funds', { unitCode: '9501', name, ...body });
    expect(
      (
        await fund('กองทุนหมู่บ้านบ้านหนึ่ง', {
          type: 'village',
          juristicPerson: true,
          capital: [{ round: 'government-allocation' }, { round: 'rating-bonus' }, { round: 'phase-3' }],
          savings: '250000',
        })
      ).statusCode,
    ).toBe(201);
    await fund('กองทุนชุมชนเมืองสอง', {
      type: 'urban',
      capital: [{ round: 'government-allocation' }, { round: 'phase-2', amount: '500000' }],
    });
    const repeated = await fund('กองทุนซ้ำ', {
      type: 'military',
      capital: [{ round: 'phase-3' }, { round: 'phase-3' }],
    });
    expect(repeated.statusCode).toBe(422);
    const { report, items } = (await mueang.get('/api/registers/community-funds?unit=9501')).json();
    expect(items).toContainEqual({
      id: expect.any(Number),
      unit: { code: '9501', nameTh: expect.any(String) },
      name: 'กองทุนชุมชนเมืองสอง',
      type: 'urban',
      juristicPerson: false,
      capital: [{ round: 'government-allocation' }, { round: 'phase-2', amount: '500000' }],
      savings: null,
      rowVersion: 1,
    });
    expect(report).toMatchObject({
      total: 2,
      byType: { village: 1, urban: 1, military: 0 },
      juristicPersons: { registered: 1, remaining: 1, percent: { text: '50.00' } },
      withoutPhase3: ['กองทุนชุมชนเมืองสอง'],
      account1: { amount: '3600000.00', millionBaht: '3.6' },
      account2: { funds: 1, amount: '250000.00', millionBaht: '0.25' },
    });
  });

  it('counts a household as debt-reduced only with all three steps, for a bound KPI 3', async () => {
    await yala.send('PUT', `/api/registers/bindings/${yalaSet.kpi.I3}`, {
      measure: 'debt_relief.reduced',
      asOf: '2025-09-30',
    });
    const add = (label: string, flags: Record<string, boolean>) =>
      mueang.send('POST', '/api/registers/debt-relief', {
        unitCode: '9501',
        fiscalYear: 2568,
        label,
        ...flags,
      });
    const all = { enteredProcess: true, debtRestructured: true, occupationalPromotion: true };
    for (let i = 1; i <= 27; i += 1) await add(`ครัวเรือน ${i}`, all);
    await add('ครัวเรือน 28', { enteredProcess: true, debtRestructured: true });
    await add('ครัวเรือน 29', { enteredProcess: true });
    const last = await add('ครัวเรือน 30', { enteredProcess: true, occupationalPromotion: true });
    expect(last.json().household.reduced).toBe(false);
    const list = (await mueang.get('/api/registers/debt-relief?unit=9501&fiscalYear=2568')).json();
    expect(list.relief).toMatchObject({ reduced: 27, target: 30, percent: { text: '90.00' } });
    await t.worker.settle();
    const i3 = await itemOf(mueang, '9501', 'I3');
    expect(i3.result?.inputs.formula).toEqual({ reduced: '27', targets: '30' });
    expect(i3.evaluation?.level).toBe(4);
  });
});
