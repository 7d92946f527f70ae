import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet } from '../factories.ts';
import {
  engines,
  loginEach,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';

describe.each(engines())('rounds and KPI sets on %s', (engine) => {
  let t: TestApp;
  let dept: Session;
  let staff: Session;
  let ddo: Session;
  let chachoengsao: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'province_staff', '95-G1'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '24'),
    ]);
    [dept, staff, ddo, chachoengsao] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  it('gives the default rounds with Thai labels, and lets only the department move them', async () => {
    const rounds = (await ddo.get('/api/rounds/2568')).json().items;
    expect(rounds[1]).toMatchObject({
      fiscalYear: 2568,
      number: 2,
      start: '2025-04-01',
      end: '2025-09-30',
      custom: false,
      labelThDigits: 'รอบการประเมินที่ ๒ (๑ เมษายน ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘)',
    });
    expect(
      (await staff.send('PUT', '/api/rounds/2568/2', { start: '2025-04-01', end: '2025-08-31' })).statusCode,
    ).toBe(403);
    const moved = await dept.send('PUT', '/api/rounds/2568/2', { start: '2025-04-01', end: '2025-08-31' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().items[1]).toMatchObject({ end: '2025-08-31', custom: true });
    expect(
      (await dept.send('PUT', '/api/rounds/2568/2', { start: '2025-09-01', end: '2025-08-31' })).statusCode,
    ).toBe(422);
    expect(
      (await dept.send('PUT', '/api/rounds/2025/2', { start: '2025-04-01', end: '2025-08-31' })).statusCode,
    ).toBe(400);
  });

  it('creates a round set by copying last round, visible to the districts but editable by the province only', async () => {
    const previous = await makeKpiSet(t.handle, '95', 2568, 1, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ]);
    const created = await staff.send('POST', '/api/kpi-sets', {
      ownerCode: '95',
      fiscalYear: 2568,
      round: 2,
      nameTh: 'ตัวชี้วัด รอบ 2/2568',
      copyFromId: previous.id,
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.kpis.map((k: { key: string; nameTh: string }) => [k.key, k.nameTh])).toEqual([
      ['T1', 'ร้อยละของการใช้จ่ายงบประมาณ'],
    ]);
    expect(body.set).toMatchObject({ copiedFromId: previous.id, owner: { code: '95' } });
    expect(body.canEdit).toBe(true);
    const seen = (await ddo.get(`/api/kpi-sets/${body.set.id}`)).json();
    expect(seen.canEdit).toBe(false);
    expect(seen.round.labelTh).toBe('รอบการประเมินที่ 2 (1 เมษายน 2568 – 31 สิงหาคม 2568)');
    expect(
      (await ddo.get('/api/kpi-sets?fiscalYear=2568')).json().items.map((s: { round: number }) => s.round),
    ).toEqual([2, 1]);
    expect((await chachoengsao.get(`/api/kpi-sets/${body.set.id}`)).statusCode).toBe(404);
    const again = await staff.send('POST', '/api/kpi-sets', {
      ownerCode: '95',
      fiscalYear: 2568,
      round: 2,
      nameTh: 'ซ้ำ',
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await ddo.send('POST', '/api/kpi-sets', { ownerCode: '95', fiscalYear: 2569, round: 1, nameTh: 'x' }))
        .statusCode,
    ).toBe(403);
  });
});

describe.each(engines())('KPI cards on %s', (engine) => {
  let t: TestApp;
  let staff: Session;
  let setId: number;
  const card = {
    key: 'T1',
    number: '1',
    kind: 'team',
    nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ',
    nameEn: '% of budget spent',
    unitOfMeasure: 'ร้อยละ',
    weight: '50',
    definition: 'ผลการใช้จ่าย หมายถึง ผลการเบิกจ่ายรวมกับการก่อหนี้ผูกพัน (PO)',
    formulaText: '(เบิกจ่าย + PO) × 100 ÷ งบประมาณที่ได้รับจัดสรร',
    formula: {
      expression: '(disbursed + purchase_orders) * 100 / allocated',
      inputs: [
        { id: 'disbursed', labelTh: 'เบิกจ่าย' },
        { id: 'purchase_orders', labelTh: 'PO' },
        { id: 'allocated', labelTh: 'งบประมาณที่ได้รับจัดสรร' },
      ],
    },
    rationale: null,
    dataSource: 'New GFMS Thai',
    levelTexts: ['ร้อยละ 80', 'ร้อยละ 85', 'ร้อยละ 90', 'ร้อยละ 95', 'ร้อยละ 100'],
    criteria: budgetCriteria,
    evidence: [{ levels: '1-5', text: 'รายงานจากระบบ New GFMS Thai' }],
    contacts: [
      { role: 'responsible', name: 'นางณัฐวิภา วาบา', position: 'ผอ.กลุ่มงานประสานฯ', phone: '081-8224258' },
    ],
    workGroup: 'G2',
    measurementDay: null,
    notes: null,
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([makeUser(t.handle, 'province_staff', '95-G1')]);
    [staff] = await loginEach(t.app, users);
    setId = (await makeKpiSet(t.handle, '95', 2568, 2, [])).id;
  });
  afterAll(() => t.close());

  it('adds a full card, refuses bad criteria naming the field, and changes it', async () => {
    const created = await staff.send('POST', `/api/kpi-sets/${setId}/kpis`, card);
    expect(created.statusCode).toBe(201);
    const kpi = created.json().kpi;
    expect(kpi).toMatchObject({
      key: 'T1',
      weight: '50',
      workGroup: 'G2',
      criteria: { thresholds: ['80', '85', '90', '95', '100'] },
    });
    expect(kpi.formula.expression).toBe('(disbursed + purchase_orders) * 100 / allocated');
    const bad = await staff.send('POST', `/api/kpi-sets/${setId}/kpis`, {
      ...card,
      key: 'T2',
      criteria: { ...budgetCriteria, thresholds: ['80', '85'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/ต้องมี 5 ค่า/);
    expect((await staff.send('POST', `/api/kpi-sets/${setId}/kpis`, card)).statusCode).toBe(409);
    const changed = await staff.send('PUT', `/api/kpis/${kpi.id}`, {
      ...card,
      nameTh: 'ร้อยละของการใช้จ่ายเงินงบประมาณ',
    });
    expect(changed.json().kpi.nameTh).toBe('ร้อยละของการใช้จ่ายเงินงบประมาณ');
    expect((await staff.send('DELETE', `/api/kpis/${kpi.id}`)).statusCode).toBe(204);
    expect((await staff.get(`/api/kpi-sets/${setId}`)).json().kpis).toEqual([]);
  });
});

describe.each(engines())('KPI set workbook on %s', (engine) => {
  let t: TestApp;
  let staff: Session;
  let setId: number;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([makeUser(t.handle, 'province_staff', '95-G1')]);
    [staff] = await loginEach(t.app, users);
    setId = (
      await makeKpiSet(t.handle, '95', 2568, 2, [
        {
          key: 'T1',
          kind: 'team',
          nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ',
          criteria: budgetCriteria,
          weight: '50',
        },
        {
          key: 'I4',
          kind: 'individual',
          nameTh: 'ร้อยละของครัวเรือนยากจนเป้าหมายฯ คงเหลือ',
          criteria: {
            type: 'threshold',
            direction: 'lower',
            inclusive: true,
            thresholds: ['14', '13', '12', '11', '10'],
          },
        },
      ])
    ).id;
  });
  afterAll(() => t.close());

  const exportedSheet = async () => {
    const exported = await staff.get(`/api/kpi-sets/${setId}/export.xlsx`);
    expect(exported.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('ตัวชี้วัด');
    if (!sheet) throw new Error('no sheet ตัวชี้วัด');
    return { workbook, sheet };
  };

  const upload = (buffer: Buffer) => {
    const { payload, headers } = multipartFile('kpis.xlsx', buffer);
    return staff.send('POST', `/api/kpi-sets/${setId}/import`, payload, headers);
  };

  it('exports the cards and imports them back with a change and a new card', async () => {
    const { workbook, sheet } = await exportedSheet();
    // Columns are headed in Thai, never with code names such as name_th.
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1, 5)).toEqual([
      'รหัสตัวชี้วัด',
      'ตัวชี้วัดที่',
      'ประเภทตัวชี้วัด',
      'ชื่อตัวชี้วัด',
    ]);
    expect(sheet.getRow(2).getCell(1).value).toBe('T1');
    expect(sheet.getRow(3).getCell(4).value).toBe('ร้อยละของครัวเรือนยากจนเป้าหมายฯ คงเหลือ');
    sheet.getRow(2).getCell(7).value = '40';
    const t1 = (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1);
    sheet.addRow(['T2', '2', 'team', 'ร้อยละความสำเร็จของการบรรลุเป้าหมาย', ...t1.slice(4)]);
    const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 1, updated: 2 });
    const kpis = (await staff.get(`/api/kpi-sets/${setId}`)).json().kpis;
    expect(kpis.map((k: { key: string; weight: string | null }) => [k.key, k.weight])).toEqual([
      ['T1', '40'],
      ['I4', null],
      ['T2', '40'],
    ]);
  });

  it('names every bad row and column and saves nothing', async () => {
    const { workbook, sheet } = await exportedSheet();
    sheet.getRow(2).getCell(4).value = 'เปลี่ยนชื่อแต่ไฟล์มีข้อผิดพลาด';
    sheet.getRow(3).getCell(19).value =
      '{"type":"threshold","direction":"lower","inclusive":true,"thresholds":["14","13"]}';
    sheet.getRow(4).getCell(3).value = 'everything';
    const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(422);
    const rows = res.json().error.rows.map((r: { row: number; field: string }) => [r.row, r.field]);
    expect(rows).toContainEqual([3, 'criteria']);
    expect(rows).toContainEqual([4, 'kind']);
    const columns = res.json().error.rows.map((r: { column: string }) => r.column);
    expect(columns).toContain('เกณฑ์ที่ใช้คิดคะแนน');
    expect(columns).toContain('ประเภทตัวชี้วัด');
    expect((await staff.get(`/api/kpi-sets/${setId}`)).json().kpis[0].nameTh).toBe(
      'ร้อยละของการใช้จ่ายงบประมาณ',
    );
  });
});
