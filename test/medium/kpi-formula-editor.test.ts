import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../../src/modules/agreements/kpi-set-files.ts';
import { budgetCriteria, makeKpiSet } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

type Kpi = { id: number; key: string; criteria: unknown; formulaWords: string | null } & Record<
  string,
  unknown
>;

const load = (t: TestApp, file: string) =>
  loadKpiSetFile(t.handle.db, readKpiSetFile(path.join(KPI_SET_DIR, file)));

describe.each(engines())('KPI set years and the formula editor on %s', (engine) => {
  let t: TestApp;
  let department: Session;
  let yala: Session;
  let mueang: Session;
  let chachoengsao: Session;
  let ubonWarin: Session;
  let yalaSetId: number;

  beforeAll(async () => {
    t = await startTestApp(engine);
    yalaSetId = (await load(t, 'fy2568-r2-yala.json')).kpiSetId;
    await load(t, 'fy2565-r2-chachoengsao.json');
    await load(t, 'fy2567-r1-chachoengsao.json');
    await load(t, 'fy2566-r2-ubon.json');
    await makeKpiSet(t.handle, '95', 2568, 1, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ]);
    const users = await Promise.all([
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '24'),
      makeUser(t.handle, 'district_officer', '3415'),
    ]);
    [department, yala, mueang, chachoengsao, ubonWarin] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  it('answers the years and rounds that have sets for each unit, newest first, and the latest round', async () => {
    const yalaYears = (await yala.get('/api/kpi-sets/years')).json();
    expect(yalaYears).toEqual({
      items: [{ fiscalYear: 2568, rounds: [2, 1] }],
      latest: { fiscalYear: 2568, round: 2 },
    });
    // A district reads its province's sets, so it opens on them too.
    expect((await mueang.get('/api/kpi-sets/years')).json()).toEqual(yalaYears);
    expect((await chachoengsao.get('/api/kpi-sets/years')).json()).toEqual({
      items: [
        { fiscalYear: 2567, rounds: [1] },
        { fiscalYear: 2565, rounds: [2] },
      ],
      latest: { fiscalYear: 2567, round: 1 },
    });
    expect((await ubonWarin.get('/api/kpi-sets/years')).json()).toEqual({
      items: [{ fiscalYear: 2566, rounds: [2] }],
      latest: { fiscalYear: 2566, round: 2 },
    });
    expect((await department.get('/api/kpi-sets/years')).json()).toEqual({
      items: [
        { fiscalYear: 2568, rounds: [2, 1] },
        { fiscalYear: 2567, rounds: [1] },
        { fiscalYear: 2566, rounds: [2] },
        { fiscalYear: 2565, rounds: [2] },
      ],
      latest: { fiscalYear: 2568, round: 2 },
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/kpi-sets/years' })).statusCode).toBe(401);
  });

  it('presents each formula in Thai words from the set file, never its input ids', async () => {
    const kpis: Kpi[] = (await mueang.get(`/api/kpi-sets/${yalaSetId}`)).json().kpis;
    const words = Object.fromEntries(kpis.filter((k) => k.formulaWords).map((k) => [k.key, k.formulaWords]));
    expect(words).toMatchObject({
      T1: '(เบิกจ่าย + ใบสั่งซื้อ/สั่งจ้าง) × 100 ÷ (งบที่ได้รับจัดสรร − งบที่ส่งคืนกรมฯ)',
      T3: 'หนี้เกินกำหนดชำระ (B) × 100 ÷ ลูกหนี้คงเหลือ (A)',
      I4: '(ครัวเรือนยากจนเป้าหมาย − ครัวเรือนที่ผ่านเกณฑ์รายได้) × 100 ÷ ครัวเรือนยากจนเป้าหมาย',
    });
    for (const text of Object.values(words)) expect(text).not.toMatch(/[a-z_]{4,}/);
  });

  it('scores a formula saved through the editor the same as its live preview (001 T3: 1.48 % → level 5)', async () => {
    const kpis: Kpi[] = (await yala.get(`/api/kpi-sets/${yalaSetId}`)).json().kpis;
    const t3 = kpis.find((k) => k.key === 'T3') as Kpi;
    // The editor's shape: named inputs with a Thai label, a short name and a key, an expression over the keys.
    const formula = {
      expression: 'debt_overdue × 100 ÷ debt_outstanding',
      inputs: [
        { id: 'debt_overdue', labelTh: 'หนี้เกินกำหนดชำระ (B)', shortTh: 'หนี้เกินกำหนด', unit: 'บาท' },
        { id: 'debt_outstanding', labelTh: 'ลูกหนี้คงเหลือ (A)', shortTh: 'ลูกหนี้คงเหลือ', unit: 'บาท' },
      ],
    };
    const values = { debt_overdue: '489204.87', debt_outstanding: '๓๓๑๐๙๓๒๓.๑๘' };
    const preview = await yala.send('POST', '/api/kpis/formula-preview', {
      ...formula,
      values,
      criteria: t3.criteria,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({
      words: 'หนี้เกินกำหนด × 100 ÷ ลูกหนี้คงเหลือ',
      value: '1.4775',
      evaluation: { level: 5, score: '5.0000' },
      problems: [],
    });

    const { id, kpiSetId, formulaWords, ...card } = t3;
    const saved = await yala.send('PUT', `/api/kpis/${id}`, { ...card, formula });
    expect(saved.statusCode, saved.body).toBe(200);
    const reread = (await yala.get(`/api/kpi-sets/${kpiSetId}`)).json().kpis.find((k: Kpi) => k.id === id);
    expect(reread.formula).toEqual(formula);
    expect(reread.formulaWords).toBe('หนี้เกินกำหนด × 100 ÷ ลูกหนี้คงเหลือ');

    const result = await mueang.send('PUT', '/api/kpi-results', {
      kpiId: id,
      unitCode: '9501',
      formula: values,
      asOf: '2025-09-30',
    });
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json().value.startsWith('1.47754415679')).toBe(true);
    const scored = await mueang.send('POST', '/api/scoring/evaluate', {
      criteria: reread.criteria,
      value: result.json().value,
    });
    expect(scored.json()).toMatchObject(preview.json().evaluation);
  });

  it('tells what is wrong in Thai, naming inputs by their Thai names, and saves nothing', async () => {
    const inputs = [
      { id: 'disbursed', labelTh: 'ผลการเบิกจ่าย', shortTh: 'เบิกจ่าย' },
      { id: 'allocated', labelTh: 'งบประมาณที่ได้รับจัดสรร', shortTh: 'งบที่ได้รับ' },
      { id: 'returned', labelTh: 'งบที่ส่งคืน' },
    ];
    const preview = (expression: string, values: Record<string, string>) =>
      yala.send('POST', '/api/kpis/formula-preview', { expression, inputs, values }).then((r) => r.json());

    expect(
      await preview('disbursed * 100 / (allocated - returned)', {
        disbursed: '5',
        allocated: '9',
        returned: '9',
      }),
    ).toMatchObject({
      words: 'เบิกจ่าย × 100 ÷ (งบที่ได้รับ − งบที่ส่งคืน)',
      value: null,
      problems: ['หารด้วยศูนย์ไม่ได้: ตัวหาร งบที่ได้รับ − งบที่ส่งคืน มีค่าเป็น 0'],
    });
    expect(
      await preview('disbursed * 100 / allocated', { disbursed: '1,000', allocated: '9' }),
    ).toMatchObject({
      value: null,
      problems: ['ข้อมูลแถวที่ 3 (งบที่ส่งคืน) ยังไม่ได้ใช้ในสูตร', 'เบิกจ่าย ต้องเป็นตัวเลข เช่น 89.30'],
    });
    expect((await preview('disbursed * * 100', {})).problems).toEqual([
      'สูตรไม่ถูกต้องที่ตำแหน่ง 13: ต้องเป็นตัวเลข ชื่อข้อมูล หรือวงเล็บ ( แต่พบ "*"',
    ]);
    expect((await preview('disbursed + purchase_orders + allocated + returned', {})).problems).toEqual([
      'สูตรใช้ "purchase_orders" ซึ่งยังไม่มีในรายการข้อมูล: เพิ่มแถวข้อมูลที่มีรหัสนี้',
    ]);
    // Values not typed yet: the words, no value and no complaint.
    expect(await preview('disbursed * 100 / (allocated - returned)', { disbursed: '5' })).toEqual({
      words: 'เบิกจ่าย × 100 ÷ (งบที่ได้รับ − งบที่ส่งคืน)',
      value: null,
      evaluation: null,
      problems: [],
    });
  });
});
