import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_COLUMNS } from '../../src/modules/budget/export.ts';
import { FUND_COLUMNS } from '../../src/modules/community-funds/export.ts';
import { PROJECT_COLUMNS } from '../../src/modules/projects/export.ts';
import {
  engines,
  loginEach,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';
import { readXlsx, SEED_003_BUDGET } from '../register-fixtures.ts';

const FUND_KEYS = [
  'unit_code',
  'name',
  'type',
  'juristic_person',
  'capital_government_allocation',
  'capital_rating_bonus',
  'capital_phase_2',
  'capital_phase_3',
  'savings',
];

async function fundXlsx(rows: (string | number | null)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('กองทุน');
  sheet.addRow(['รหัสหน่วยงาน', 'ชื่อกองทุน', 'ประเภท', 'นิติบุคคล', 'รอบ 1', 'รอบ 2', 'ระยะ 2', 'ระยะ 3', 'เงินออม']);
  sheet.addRow(FUND_KEYS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(engines())('register exports and imports on %s', (engine) => {
  let t: TestApp;
  let department: Session;
  let chachoengsao: Session;
  let mueang: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'province_admin', '24'),
      makeUser(t.handle, 'district_officer', '9501'),
    ]);
    [department, chachoengsao, mueang] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  const upload = (s: Session, url: string, filename: string, content: Buffer | string) => {
    const { payload, headers } = multipartFile(filename, content);
    return s.send('POST', url, payload, headers);
  };

  it('exports the budget events in the import columns, and the file imports again into another year at 89.30 %', async () => {
    for (const line of SEED_003_BUDGET) {
      const created = await chachoengsao.send('POST', '/api/registers/budget/lines', {
        unitCode: '24',
        fiscalYear: 2565,
        category: line.category,
        name: line.name,
      });
      expect(created.statusCode).toBe(201);
      for (const event of line.events) {
        const res = await chachoengsao.send(
          'POST',
          `/api/registers/budget/lines/${created.json().line.id}/events`,
          event,
        );
        expect(res.statusCode).toBe(201);
      }
    }
    const exported = await chachoengsao.get('/api/registers/budget/export.xlsx?unit=24&fiscalYear=2565');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('tidtam-budget-24-2565.xlsx');
    const [sheet] = await readXlsx(exported.rawPayload);
    // Thai headers only: no row of machine column names under them.
    expect(sheet?.rows[0]).toEqual(BUDGET_COLUMNS.map((c) => c.header));
    expect(sheet?.rows.flat()).not.toContain('unit_code');
    expect(sheet?.rows).toHaveLength(1 + 6);
    expect(sheet?.rows).toContainEqual(
      expect.arrayContaining([
        '24',
        'งบบุคลากร',
        'เงินเดือนและค่าจ้างประจำ',
        'ได้รับจัดสรร',
        '1/10/2564',
        '10536677.51',
      ]),
    );

    for (const [year, returnCutoff] of [
      [2566, '2023-08-29'],
      [2567, '2024-08-29'],
    ] as const) {
      const cutoff = await department.send('PUT', `/api/registers/budget/cutoffs/${year}`, { returnCutoff });
      expect(cutoff.statusCode).toBe(200);
    }
    const imported = await upload(
      chachoengsao,
      '/api/registers/budget/import?unit=24&fiscalYear=2566',
      'budget.xlsx',
      exported.rawPayload,
    );
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ created: 6, lines: 3 });
    const report = (
      await chachoengsao.get('/api/registers/budget/report?unit=24&fiscalYear=2566&asOf=2022-08-30')
    ).json();
    expect(report.total).toMatchObject({
      allocated: '15394077.59',
      spent: '13746496.46',
      percent: { text: '89.30' },
    });

    const csv = await chachoengsao.get(
      '/api/registers/budget/export.xlsx?unit=24&fiscalYear=2566&format=csv',
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const csvLines = csv.body.replace('\uFEFF', '').split('\r\n');
    expect(csvLines[0]).toBe(BUDGET_COLUMNS.map((c) => c.header).join(','));
    expect(csvLines[1]?.startsWith('24,')).toBe(true);
    const again = await upload(
      chachoengsao,
      '/api/registers/budget/import?unit=24&fiscalYear=2567',
      'budget.csv',
      csv.rawPayload,
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(
      (await chachoengsao.get('/api/registers/budget/report?unit=24&fiscalYear=2567&asOf=2022-08-30')).json()
        .total.percent.text,
    ).toBe('89.30');
  });

  it('refuses a community fund file with one bad row, naming row and field, and saves nothing; a good file is created', async () => {
    const bad = await fundXlsx([
      ['9501', 'กองทุนหมู่บ้านบ้านหนึ่ง', 'village', 1, 1, 1, null, 1, 250000],
      ['9501', 'กองทุนชุมชนเมืองสอง', 'bank', 0, 1, 0, 500000, 0, null],
    ]);
    const refused = await upload(
      mueang,
      '/api/registers/community-funds/import?unit=9501',
      'funds.xlsx',
      bad,
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.rows).toEqual([
      {
        row: 4,
        field: 'type',
        column: 'ประเภทกองทุน (หมู่บ้าน/ชุมชนเมือง/ชุมชนทหาร)',
        message: expect.stringContaining('แถวที่ 4 ช่อง "ประเภทกองทุน (หมู่บ้าน/ชุมชนเมือง/ชุมชนทหาร)": ประเภทกองทุน'),
      },
    ]);
    expect((await mueang.get('/api/registers/community-funds?unit=9501')).json().items).toEqual([]);

    const good = await fundXlsx([
      ['9501', 'กองทุนหมู่บ้านบ้านหนึ่ง', 'village', 1, 1, 1, null, 1, 250000],
      ['', 'กองทุนชุมชนเมืองสอง', 'ชุมชนเมือง', 0, 1, 0, '500,000', 0, null],
    ]);
    const created = await upload(
      mueang,
      '/api/registers/community-funds/import?unit=9501',
      'funds.xlsx',
      good,
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({ created: 2 });
    const { report } = (await mueang.get('/api/registers/community-funds?unit=9501')).json();
    expect(report).toMatchObject({
      total: 2,
      byType: { village: 1, urban: 1, military: 0 },
      juristicPersons: { registered: 1, remaining: 1, percent: { text: '50.00' } },
      withoutPhase3: ['กองทุนชุมชนเมืองสอง'],
      account1: { amount: '3600000.00', millionBaht: '3.6' },
      account2: { funds: 1, amount: '250000.00', millionBaht: '0.25' },
    });

    const exported = await mueang.get('/api/registers/community-funds/export.xlsx?unit=9501');
    expect(exported.statusCode).toBe(200);
    const [sheet] = await readXlsx(exported.rawPayload);
    expect(sheet?.rows[0]?.[1]).toBe('ชื่อกองทุน');
    expect(sheet?.rows[0]).toEqual(FUND_COLUMNS.map((c) => c.header));
    expect(sheet?.rows.slice(1)).toEqual([
      ['9501', 'กองทุนชุมชนเมืองสอง', 'ชุมชนเมือง', '0', '1', '0', '500000', '0'],
      ['9501', 'กองทุนหมู่บ้านบ้านหนึ่ง', 'หมู่บ้าน', '1', '1', '1', '', '1', '250000'],
    ]);
    // The same file again: every name is taken, so nothing more is saved.
    const twice = await upload(
      mueang,
      '/api/registers/community-funds/import?unit=9501',
      'funds.xlsx',
      exported.rawPayload,
    );
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.rows.map((r: { row: number; field: string }) => [r.row, r.field])).toEqual([
      [2, 'name'],
      [3, 'name'],
    ]);
  });

  it('writes the other registers with a Thai header row only and money as numbers', async () => {
    await mueang.send('PUT', '/api/registers/womens-fund', {
      unitCode: '9501',
      asOf: '2025-09-30',
      outstanding: '1000000.50',
      notYetDue: '600000',
    });
    await mueang.send('POST', '/api/registers/debt-relief', {
      unitCode: '9501',
      fiscalYear: 2568,
      label: 'ครัวเรือน ก',
      enteredProcess: true,
      debtRestructured: true,
      occupationalPromotion: true,
    });
    const women = await mueang.get('/api/registers/womens-fund/export.xlsx?unit=9501');
    expect(women.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(women.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(3).value).toBe('ลูกหนี้คงเหลือ (A)');
    expect(sheet?.getRow(2).getCell(3).value).toBe(1000000.5);
    expect(sheet?.getRow(2).getCell(3).numFmt).toBe('#,##0.00');
    expect(sheet?.getRow(2).getCell(7).value).toBe(400000.5);

    const debt = await mueang.get('/api/registers/debt-relief/export.xlsx?unit=9501&fiscalYear=2568');
    expect((await readXlsx(debt.rawPayload))[0]?.rows[1]).toEqual([
      '9501',
      '2568',
      'ครัวเรือน ก',
      '1',
      '1',
      '1',
      '1',
    ]);
    const projects = await mueang.get('/api/registers/projects/export.xlsx?unit=9501&fiscalYear=2568');
    expect(projects.statusCode).toBe(200);
    expect((await readXlsx(projects.rawPayload))[0]?.rows[0]).toEqual(PROJECT_COLUMNS.map((c) => c.header));
  });

  it('imports again every register file it exports (Thai headers only), as xlsx and as CSV', async () => {
    const made = await mueang.send('POST', '/api/registers/projects', {
      unitCode: '9501',
      fiscalYear: 2568,
      round: 1,
      name: 'โครงการส่งเสริมอาชีพ',
      completionPercent: '40',
    });
    expect(made.statusCode, made.body).toBe(201);
    await mueang.send('PUT', '/api/registers/womens-fund', {
      unitCode: '9501',
      asOf: '2025-06-30',
      outstanding: '2000',
      notYetDue: '500',
    });
    await mueang.send('POST', '/api/registers/debt-relief', {
      unitCode: '9501',
      fiscalYear: 2568,
      label: 'ครัวเรือน ข',
      enteredProcess: true,
      debtRestructured: false,
      occupationalPromotion: false,
    });
    const registers = [
      ['projects/export.xlsx?unit=9501&fiscalYear=2568', 'projects/import?unit=9501&fiscalYear=2568'],
      ['womens-fund/export.xlsx?unit=9501', 'womens-fund/import?unit=9501'],
      ['debt-relief/export.xlsx?unit=9501&fiscalYear=2568', 'debt-relief/import?unit=9501&fiscalYear=2568'],
    ] as const;
    for (const [exportUrl, importUrl] of registers) {
      for (const format of ['xlsx', 'csv'] as const) {
        const exported = await mueang.get(`/api/registers/${exportUrl}&format=${format}`);
        expect(exported.statusCode, exportUrl).toBe(200);
        const header = (
          format === 'csv'
            ? exported.body.replace('\uFEFF', '').split('\r\n')[0]
            : (await readXlsx(exported.rawPayload))[0]?.rows[0]?.join(',')
        ) as string;
        expect(header, exportUrl).not.toMatch(/[a-z_]{4,}/);
        const again = await upload(
          mueang,
          `/api/registers/${importUrl}`,
          `file.${format}`,
          exported.rawPayload,
        );
        expect([200, 201], `${importUrl} ${format}: ${again.body}`).toContain(again.statusCode);
      }
    }
  });

  it('exports only inside the scope: a district cannot export another district or province', async () => {
    for (const url of [
      '/api/registers/budget/export.xlsx?unit=24&fiscalYear=2565',
      '/api/registers/budget/export.xlsx?unit=9502&fiscalYear=2568',
      '/api/registers/projects/export.xlsx?unit=9502&fiscalYear=2568',
      '/api/registers/community-funds/export.xlsx?unit=9502',
      '/api/registers/womens-fund/export.xlsx?unit=9502',
      '/api/registers/debt-relief/export.xlsx?unit=9502&fiscalYear=2568',
    ]) {
      expect([403, 404], url).toContain((await mueang.get(url)).statusCode);
    }
    const other = await upload(
      mueang,
      '/api/registers/community-funds/import?unit=9502',
      'funds.xlsx',
      await fundXlsx([['9502', 'กองทุนอื่น', 'village', 0, 0, 0, null, 0, null]]),
    );
    expect([403, 404]).toContain(other.statusCode);
    const outside = await upload(
      mueang,
      '/api/registers/community-funds/import?unit=9501',
      'funds.xlsx',
      await fundXlsx([['9502', 'กองทุนอื่น', 'village', 0, 0, 0, null, 0, null]]),
    );
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.rows[0]).toMatchObject({ row: 3, field: 'unit_code' });
  });
});
