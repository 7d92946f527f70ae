import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../../src/modules/agreements/kpi-set-files.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

type AgreementRow = {
  id: number;
  pair: string;
  agent: { code: string };
  weightChecks: { group: string; sum: string; is100: boolean }[];
};

describe.each(engines())("the seeds' KPI sets through the API on %s", (engine) => {
  let t: TestApp;
  let yala: Session;
  let mueang: Session;
  let chachoengsao: Session;
  let yalaSet: number;
  let chachoengsaoSet: number;

  beforeAll(async () => {
    t = await startTestApp(engine);
    yalaSet = (
      await loadKpiSetFile(t.handle.db, readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')))
    ).kpiSetId;
    chachoengsaoSet = (
      await loadKpiSetFile(t.handle.db, readKpiSetFile(path.join(KPI_SET_DIR, 'fy2565-r2-chachoengsao.json')))
    ).kpiSetId;
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '24'),
    ]);
    [yala, mueang, chachoengsao] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  it("gives every Yala district weight lists of 100, as seed 001's summary sheets do", async () => {
    const list: AgreementRow[] = (await yala.get(`/api/agreements?kpiSet=${yalaSet}`)).json().items;
    expect(list.map((a) => a.agent.code)).toEqual([
      '95',
      '9501',
      '9502',
      '9503',
      '9504',
      '9505',
      '9506',
      '9507',
      '9508',
    ]);
    for (const a of list)
      expect([a.agent.code, a.weightChecks.map((c) => c.sum)]).toEqual([a.agent.code, ['100', '100']]);
  });

  it("flags seed 003's individual list: 11 × 10 = 110", async () => {
    const list: AgreementRow[] = (await chachoengsao.get(`/api/agreements?kpiSet=${chachoengsaoSet}`)).json()
      .items;
    const district = list.find((a) => a.agent.code === '2401');
    expect(district?.weightChecks).toContainEqual({
      group: 'individual',
      sum: '110',
      is100: false,
      message: 'น้ำหนักรวม 110 ไม่เท่ากับ 100',
    });
  });

  it("computes the women's fund KPI from its formula: 489,204.87 × 100 ÷ 33,109,323.18 → level 5", async () => {
    const set = (await yala.get(`/api/kpi-sets/${yalaSet}`)).json();
    const i5 = set.kpis.find((k: { key: string }) => k.key === 'I5');
    const res = await yala.send('PUT', '/api/kpi-results', {
      kpiId: i5.id,
      unitCode: '95',
      formula: { overdue: '489,204.87', outstanding: '33109323.18' },
      asOf: '2025-09-30',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().value).toMatch(/^1\.4775441567936/);
    const dg = (await yala.get(`/api/agreements?kpiSet=${yalaSet}`))
      .json()
      .items.find((a: AgreementRow) => a.pair === 'dg_province');
    const view = (await yala.get(`/api/agreements/${dg.id}`)).json();
    const item = view.items.find((i: { key: string }) => i.key === 'I5');
    expect(item.evaluation).toMatchObject({ level: 5, score: '5.0000', next: null });
    // I5 weighs 20 in the individual list of 100: 20 × 5 ÷ 100 as it enters the list's score.
    expect(item.contribution).toBe('1.0000');
    const missing = await yala.send('PUT', '/api/kpi-results', {
      kpiId: i5.id,
      unitCode: '95',
      formula: { overdue: '1' },
      asOf: '2025-09-30',
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.field).toBe('formula');
    const zero = await yala.send('PUT', '/api/kpi-results', {
      kpiId: i5.id,
      unitCode: '95',
      formula: { overdue: '1', outstanding: '0' },
      asOf: '2025-09-30',
    });
    expect(zero.statusCode).toBe(422);
  });

  it("scores seed 001's budget example 89.30 for Mueang Yala at level 2, and the printed 98.30 would be level 4", async () => {
    const set = (await mueang.get(`/api/kpi-sets/${yalaSet}`)).json();
    const t1 = set.kpis.find((k: { key: string }) => k.key === 'T1');
    const put = (formula: Record<string, string>) =>
      mueang.send('PUT', '/api/kpi-results', { kpiId: t1.id, unitCode: '9501', formula, asOf: '2025-09-30' });
    expect(
      (
        await put({
          disbursed: '13746496.46',
          purchase_orders: '0',
          allocated: '15394077.59',
          returned_before_cutoff: '0',
        })
      ).statusCode,
    ).toBe(200);
    const agreement = (await mueang.get(`/api/agreements?kpiSet=${yalaSet}`)).json().items[0];
    expect(agreement.agent.code).toBe('9501');
    const view = (await mueang.get(`/api/agreements/${agreement.id}`)).json();
    const item = view.items.find((i: { key: string }) => i.key === 'T1');
    expect(item.evaluation).toMatchObject({ level: 2, score: '2.0000', next: { level: 3, value: '90' } });
    expect(Number(item.result.value).toFixed(2)).toBe('89.30');
  });

  it('tells Mueang Yala how many more households must pass, by the rule and by the district table of seed 001', async () => {
    const set = (await mueang.get(`/api/kpi-sets/${yalaSet}`)).json();
    const i4 = set.kpis.find((k: { key: string }) => k.key === 'I4');
    const res = await mueang.send('PUT', '/api/kpi-results', {
      kpiId: i4.id,
      unitCode: '9501',
      formula: { targets: '214', passed: '๑๘๐' },
      asOf: '2025-09-30',
    });
    expect(res.statusCode).toBe(200);
    const agreement = (await mueang.get(`/api/agreements?kpiSet=${yalaSet}`)).json().items[0];
    const item = (await mueang.get(`/api/agreements/${agreement.id}`))
      .json()
      .items.find((i: { key: string }) => i.key === 'I4');
    expect(item.evaluation.level).toBe(0);
    expect(item.needed.text).toBe('ต้องผ่านเกณฑ์อีก 5 ครัวเรือน จึงจะได้ระดับ 1 (ตามตารางเป้าหมาย: อีก 4 ครัวเรือน)');
  });
});
