import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTFOLIO_COLUMNS, SNAPSHOT_COLUMNS } from '../../src/modules/womens-fund/export.ts';
import {
  engines,
  loginEach,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';
import { loadYalaSet, readXlsx } from '../register-fixtures.ts';

const SNAPSHOT_KEYS = [
  'unit_code',
  'as_of',
  'outstanding',
  'not_yet_due',
  'suspended',
  'litigation',
  'overdue',
  'members',
  'women_aged_15_plus',
];

const DEBT_KEYS = [
  'unit_code',
  'fiscal_year',
  'label',
  'entered_process',
  'debt_restructured',
  'occupational_promotion',
  'reduced',
];

/** A table as the exports write it: Thai headers, then the machine names, then the rows. */
async function tableXlsx(keys: string[], rows: (string | number | null)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ข้อมูล');
  sheet.addRow(keys.map((k) => `หัวตาราง ${k}`));
  sheet.addRow(keys);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// 003 L1135–1151: Chachoengsao's women's fund report for August 2565, as of 21 August 2565.
const SEED_003_PORTFOLIO = {
  unitCode: '24',
  asOf: '2022-08-21',
  approvedFrom: 2556,
  approvedTo: 2565,
  approvedProjects: 1285,
  approvedAmount: '228,320,235',
  statuses: {
    'principal-repaid': { projects: 569, amount: '179,658,664.80' },
    paying: { projects: 918, amount: '51,158,994.38' },
    'in-default': { projects: 367, amount: '17,564,575.06' },
    'debt-acknowledged': { projects: 22, amount: '1,893,904.82' },
    restructured: { projects: 186, amount: '17,665,518.21' },
    moratorium: { projects: 155, amount: '32,716,214.25' },
    'penalty-waived': { projects: 54, amount: '4,534,949.76' },
    litigation: { projects: 1, amount: '200,000' },
  },
};

describe.each(engines())("women's fund and debt-relief imports and the fund portfolio on %s", (engine) => {
  let t: TestApp;
  let yala: Session;
  let mueang: Session;
  let chachoengsao: Session;
  let yalaSet: Awaited<ReturnType<typeof loadYalaSet>>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    yalaSet = await loadYalaSet(t);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '24'),
    ]);
    [yala, mueang, chachoengsao] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  const upload = (s: Session, url: string, filename: string, content: Buffer | string) => {
    const { payload, headers } = multipartFile(filename, content);
    return s.send('POST', url, payload, headers);
  };
  const snapshots = async () => (await yala.get('/api/registers/womens-fund?unit=95')).json().items;
  const households = async () => {
    const { items, relief } = (
      await mueang.get('/api/registers/debt-relief?unit=9501&fiscalYear=2568')
    ).json();
    return { items, relief };
  };

  it("imports women's fund snapshots, and the export imports again unchanged (same dates replace)", async () => {
    const file = await tableXlsx(SNAPSHOT_KEYS, [
      // 001 L235: B = 489,204.87 of A = 33,109,323.18; the overdue column is the export's B and is not read.
      ['95', '2025-09-30', '33,109,323.18', 32620118.31, null, null, 'ไม่อ่าน', 52000, 180000],
      ['9501', '30/9/2568', 1000000.5, 600000, '๐', 0, null, '', ''],
    ]);
    const created = await upload(yala, '/api/registers/womens-fund/import?unit=95', 'wf.xlsx', file);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toEqual({ created: 2, replaced: 0 });
    const saved = await snapshots();
    expect(saved).toMatchObject([
      {
        unit: { code: '95' },
        asOf: '2025-09-30',
        outstanding: '33109323.18',
        overdue: '489204.87',
        overduePercent: { percent: { text: '1.48' } },
        members: 52000,
        womenAged15Plus: 180000,
      },
      { unit: { code: '9501' }, asOf: '2025-09-30', overdue: '400000.50', members: null },
    ]);

    const exported = await yala.get('/api/registers/womens-fund/export.xlsx?unit=95');
    expect(exported.statusCode).toBe(200);
    expect((await readXlsx(exported.rawPayload))[0]?.rows[0]).toEqual(SNAPSHOT_COLUMNS.map((c) => c.header));
    const again = await upload(
      yala,
      '/api/registers/womens-fund/import?unit=95',
      'wf.xlsx',
      exported.rawPayload,
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ created: 0, replaced: 2 });
    // The same figures again, each replaced row one version on (a form opened before the import is stale).
    expect(await snapshots()).toEqual(
      saved.map((r: { rowVersion: number }) => ({ ...r, rowVersion: r.rowVersion + 1 })),
    );

    const csv = await yala.get('/api/registers/womens-fund/export.xlsx?unit=95&format=csv');
    expect(csv.body.replace('\uFEFF', '').split('\r\n')[0]).toBe(
      SNAPSHOT_COLUMNS.map((c) => c.header).join(','),
    );
    const edited = csv.body.replace('1000000.50,600000.00', '1000000.50,900000.00');
    const fromCsv = await upload(yala, '/api/registers/womens-fund/import?unit=95', 'wf.csv', edited);
    expect(fromCsv.statusCode, fromCsv.body).toBe(200);
    expect(fromCsv.json()).toEqual({ created: 0, replaced: 2 });
    expect((await snapshots())[1]).toMatchObject({ notYetDue: '900000.00', overdue: '100000.50' });

    const audit = (await yala.get('/api/audit?entity=womens_fund_snapshot&action=import')).json();
    expect(audit.items).toHaveLength(3);
    expect(audit.items[0].after).toEqual({ filename: 'wf.csv', created: 0, replaced: 2 });
  });

  it('refuses a snapshot file with bad rows, naming row and column, and saves nothing', async () => {
    const before = await snapshots();
    const file = await tableXlsx(SNAPSHOT_KEYS, [
      ['95', '2025-10-31', 500000, 0, 0, 0, null, null, null],
      ['95', '31-10-2025', 500000, 0, 0, 0, null, null, null],
      ['9501', '2025-10-31', 100, 0, 150, 0, null, null, null],
      ['95', '2025-10-31', 600000, 0, 0, 0, null, null, null],
      ['9502', '2025-10-31', '12.345', 0, 0, 0, null, 1.5, null],
      ['2401', '2025-10-31', 100, 0, 0, 0, null, null, null],
    ]);
    const refused = await upload(yala, '/api/registers/womens-fund/import?unit=95', 'wf.xlsx', file);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('ไม่มีการบันทึกข้อมูล');
    const rows = refused.json().error.rows as { row: number; field: string; message: string }[];
    expect(rows.map((r) => [r.row, r.field])).toEqual([
      [4, 'as_of'],
      [5, 'outstanding'],
      [6, 'as_of'],
      [7, 'outstanding'],
      [7, 'members'],
      [8, 'unit_code'],
    ]);
    expect(rows[1]?.message).toMatch(/^แถวที่ 5 ช่อง "ลูกหนี้คงเหลือ \(A\)": .*มากกว่าลูกหนี้คงเหลือ/);
    expect(rows[2]?.message).toBe('แถวที่ 6 ช่อง "ข้อมูล ณ วันที่": ยะลา วันที่ 2025-10-31 ซ้ำกับแถวที่ 3');
    expect(rows[5]?.message).toContain('ไม่พบหน่วยงานรหัส 2401 ในพื้นที่');
    expect(await snapshots()).toEqual(before);
  });

  it('imports debt-relief households, updates them by unit, year and label, and feeds KPI 3', async () => {
    const bound = await yala.send('PUT', `/api/registers/bindings/${yalaSet.kpi.I3}`, {
      measure: 'debt_relief.reduced',
      asOf: '2025-09-30',
    });
    expect(bound.statusCode).toBe(200);
    const file = await tableXlsx(DEBT_KEYS, [
      ['9501', 2568, 'ครัวเรือน ก', 1, 1, 1, null],
      ['', '', 'ครัวเรือน ข', 'ใช่', 'ใช่', 0, 1],
      ['9501', 2568, 'ครัวเรือน ค', 1, '', '', null],
    ]);
    const created = await upload(
      mueang,
      '/api/registers/debt-relief/import?unit=9501&fiscalYear=2568',
      'debt.xlsx',
      file,
    );
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toEqual({ created: 3, updated: 0 });
    const first = await households();
    expect(first.items.map((d: { label: string; reduced: boolean }) => [d.label, d.reduced])).toEqual([
      ['ครัวเรือน ก', true],
      ['ครัวเรือน ข', false],
      ['ครัวเรือน ค', false],
    ]);
    expect(first.relief).toMatchObject({ reduced: 1, target: 3 });

    const exported = await mueang.get('/api/registers/debt-relief/export.xlsx?unit=9501&fiscalYear=2568');
    const again = await upload(
      mueang,
      '/api/registers/debt-relief/import?unit=9501',
      'debt.xlsx',
      exported.rawPayload,
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ created: 0, updated: 3 });
    expect(await households()).toEqual(first);

    const csv = await mueang.get(
      '/api/registers/debt-relief/export.xlsx?unit=9501&fiscalYear=2568&format=csv',
    );
    const edited = `${csv.body.replace('ครัวเรือน ข,1,1,0,0', 'ครัวเรือน ข,1,1,1,0')}9501,2568,ครัวเรือน ง,1,1,1,\r\n`;
    const fromCsv = await upload(mueang, '/api/registers/debt-relief/import?unit=9501', 'debt.csv', edited);
    expect(fromCsv.statusCode, fromCsv.body).toBe(200);
    expect(fromCsv.json()).toEqual({ created: 1, updated: 3 });
    const after = await households();
    expect(after.relief).toMatchObject({ reduced: 3, target: 4, percent: { text: '75.00' } });
    expect(after.items).toHaveLength(4);

    await t.worker.settle();
    const agreements = (await mueang.get(`/api/agreements?kpiSet=${yalaSet.kpiSetId}`)).json().items;
    const mine = agreements.find((a: { agent: { code: string } }) => a.agent.code === '9501');
    const view = (await mueang.get(`/api/agreements/${mine.id}`)).json();
    const i3 = view.items.find((i: { key: string }) => i.key === 'I3');
    expect(i3.result.inputs.formula).toEqual({ reduced: '3', targets: '4' });
  });

  it('refuses a debt-relief file with bad rows, naming row and column, and saves nothing', async () => {
    const before = await households();
    const file = await tableXlsx(DEBT_KEYS, [
      ['9501', 2568, 'ครัวเรือน ก', 0, 0, 0, null],
      ['9501', 2568, 'ครัวเรือน จ', 'บางที', 1, 1, null],
      ['9501', 2568, '', 1, 1, 1, null],
      ['9501', '', 'ครัวเรือน ฉ', 1, 1, 1, null],
      ['9501', 2568, 'ครัวเรือน ก', 1, 1, 1, null],
      ['9501', 1999, 'ครัวเรือน ช', 1, 1, 1, null],
      ['9502', 2568, 'ครัวเรือน ซ', 1, 1, 1, null],
    ]);
    const refused = await upload(mueang, '/api/registers/debt-relief/import?unit=9501', 'debt.xlsx', file);
    expect(refused.statusCode).toBe(422);
    const rows = refused.json().error.rows as { row: number; field: string; message: string }[];
    expect(rows.map((r) => [r.row, r.field])).toEqual([
      [4, 'entered_process'],
      [5, 'label'],
      [6, 'fiscal_year'],
      [7, 'label'],
      [8, 'fiscal_year'],
      [9, 'unit_code'],
    ]);
    expect(rows[0]?.message).toBe('แถวที่ 4 ช่อง "เข้าสู่กระบวนการ (1/0)": ต้องเป็น 1 (ใช่) หรือเว้นว่าง/0 (ไม่ใช่)');
    expect(rows[2]?.message).toBe('แถวที่ 6 ช่อง "ปีงบประมาณ": กรุณาระบุปีงบประมาณ พ.ศ. เช่น 2568');
    expect(rows[3]?.message).toBe('แถวที่ 7 ช่อง "รหัสหรือชื่อย่อครัวเรือน": ครัวเรือน "ครัวเรือน ก" ปี 2568 ซ้ำกับแถวที่ 3');
    expect(await households()).toEqual(before);
  });

  it("saves seed 003's portfolio with overlapping status lines and reads every satang back", async () => {
    const saved = await chachoengsao.send('PUT', '/api/registers/womens-fund/portfolio', SEED_003_PORTFOLIO);
    expect(saved.statusCode, saved.body).toBe(200);
    const portfolio = saved.json().portfolio;
    expect(portfolio).toMatchObject({
      unit: { code: '24' },
      asOf: '2022-08-21',
      approvedFrom: 2556,
      approvedTo: 2565,
      approved: { projects: 1285, amount: '228320235.00' },
      outstanding: { projects: 1285, amount: '68723569.44' },
      defaultShare: { projects: { percent: { text: '28.56' } }, amount: { percent: { text: '25.56' } } },
      relief: { projects: 418, amount: '57010587.04' },
    });
    expect(
      portfolio.lines.map((l: { status: string; projects: number; amount: string }) => l.amount),
    ).toEqual([
      '179658664.80',
      '51158994.38',
      '17564575.06',
      '1893904.82',
      '17665518.21',
      '32716214.25',
      '4534949.76',
      '200000.00',
    ]);
    expect(portfolio.lines[2]).toEqual({
      status: 'in-default',
      labelTh: 'ผิดนัดชำระ',
      group: 'debtor',
      projects: 367,
      amount: '17564575.06',
    });
    expect(portfolio.notes.map((n: { code: string }) => n.code)).toEqual([
      'repaid-overlaps-debtors',
      'relief-exceeds-defaults',
      'amounts-do-not-reconcile',
    ]);
    const listed = (await chachoengsao.get('/api/registers/womens-fund/portfolio?unit=24')).json();
    expect(listed.items).toEqual([portfolio]);

    const xlsx = await chachoengsao.get('/api/registers/womens-fund/portfolio/export.xlsx?unit=24');
    expect(xlsx.statusCode).toBe(200);
    const [sheet] = await readXlsx(xlsx.rawPayload);
    const keys = PORTFOLIO_COLUMNS.map((c) => c.key);
    const row = sheet?.rows[1] ?? [];
    const cell = (key: string) => row[keys.indexOf(key)];
    expect(cell('approved_amount')).toBe('228320235');
    expect(cell('in_default_amount')).toBe('17564575.06');
    expect(cell('outstanding_amount')).toBe('68723569.44');
    const csv = await chachoengsao.get('/api/registers/womens-fund/portfolio/export.xlsx?unit=24&format=csv');
    const [, csvRow] = csv.body.split('\r\n').map((l) => l.split(','));
    expect(csvRow?.[keys.indexOf('approved_amount')]).toBe('228320235.00');
    expect(csvRow?.[keys.indexOf('litigation_amount')]).toBe('200000.00');

    // The same date again replaces the report and its lines.
    const replaced = await chachoengsao.send('PUT', '/api/registers/womens-fund/portfolio', {
      ...SEED_003_PORTFOLIO,
      statuses: { ...SEED_003_PORTFOLIO.statuses, litigation: { projects: 2, amount: '250000.01' } },
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    const relisted = (await chachoengsao.get('/api/registers/womens-fund/portfolio?unit=24')).json().items;
    expect(relisted).toHaveLength(1);
    expect(relisted[0].lines[7]).toMatchObject({ projects: 2, amount: '250000.01' });
    const audit = (await chachoengsao.get('/api/audit?entity=womens_fund_portfolio')).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['update', 'create']);
  });

  it('refuses a portfolio whose paying and defaulting projects do not make up the approved ones', async () => {
    const res = await chachoengsao.send('PUT', '/api/registers/womens-fund/portfolio', {
      ...SEED_003_PORTFOLIO,
      asOf: '2022-07-31',
      statuses: { ...SEED_003_PORTFOLIO.statuses, paying: { projects: 917, amount: '51158994.38' } },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toEqual({
      code: 'register_input',
      field: 'statuses.in-default.projects',
      message: 'ลูกหนี้ชำระเงินตามสัญญา 917 + ผิดนัดชำระ 367 = 1,284 โครงการ ต้องเท่ากับโครงการที่อนุมัติ 1,285 โครงการ',
    });
    const missing = await chachoengsao.send('PUT', '/api/registers/womens-fund/portfolio', {
      ...SEED_003_PORTFOLIO,
      asOf: '2022-07-31',
      statuses: { paying: SEED_003_PORTFOLIO.statuses.paying },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toMatch(/^statuses/);
    const satang = await chachoengsao.send('PUT', '/api/registers/womens-fund/portfolio', {
      ...SEED_003_PORTFOLIO,
      asOf: '2022-07-31',
      approvedAmount: '228320235.001',
    });
    expect(satang.statusCode).toBe(400);
    const district = await yala.send('PUT', '/api/registers/womens-fund/portfolio', {
      ...SEED_003_PORTFOLIO,
      unitCode: '9501',
    });
    expect(district.statusCode).toBe(422);
    expect(district.json().error.message).toContain('ไม่ใช่จังหวัด');
    expect(
      (await chachoengsao.get('/api/registers/womens-fund/portfolio?unit=24')).json().items,
    ).toHaveLength(1);
  });

  it('imports portfolio reports from their export (the same province and date replaces), all or nothing', async () => {
    const exported = await chachoengsao.get('/api/registers/womens-fund/portfolio/export.xlsx?unit=24');
    const before = (await chachoengsao.get('/api/registers/womens-fund/portfolio?unit=24')).json().items;
    const again = await upload(
      chachoengsao,
      '/api/registers/womens-fund/portfolio/import?unit=24',
      'p.xlsx',
      exported.rawPayload,
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ created: 0, replaced: 1 });
    expect((await chachoengsao.get('/api/registers/womens-fund/portfolio?unit=24')).json().items).toEqual(
      before.map((p: { rowVersion: number }) => ({ ...p, rowVersion: p.rowVersion + 1 })),
    );

    const [sheet] = await readXlsx(exported.rawPayload);
    const keys = PORTFOLIO_COLUMNS.map((c) => c.key);
    const row = sheet?.rows[1] ?? [];
    const edited = (changes: Record<string, string | number>) =>
      keys.map((k) => (k in changes ? (changes[k] ?? null) : (row[keys.indexOf(k)] ?? null)));
    const bad = await tableXlsx(keys, [
      edited({ as_of: '31/7/2565' }),
      edited({ as_of: '2022-06-30', paying_projects: 917 }),
      edited({ as_of: '2022-05-31', unit_code: '2401' }),
      edited({ as_of: '2022-04-30', litigation_amount: '1.005' }),
      edited({ as_of: '31/7/2565' }),
    ]);
    const refused = await upload(
      chachoengsao,
      '/api/registers/womens-fund/portfolio/import?unit=24',
      'p.xlsx',
      bad,
    );
    expect(refused.statusCode).toBe(422);
    const rows = refused.json().error.rows as { row: number; field: string; message: string }[];
    expect(rows.map((r) => [r.row, r.field])).toEqual([
      [4, 'in_default_projects'],
      [5, 'unit_code'],
      [6, 'litigation_amount'],
      [7, 'as_of'],
    ]);
    expect(rows[0]?.message).toBe(
      'แถวที่ 4 ช่อง "ผิดนัดชำระ (โครงการ)": ลูกหนี้ชำระเงินตามสัญญา 917 + ผิดนัดชำระ 367 = 1,284 โครงการ ต้องเท่ากับโครงการที่อนุมัติ 1,285 โครงการ',
    );
    expect(rows[1]?.message).toContain('ไม่ใช่จังหวัด');
    expect(rows[3]?.message).toBe('แถวที่ 7 ช่อง "ข้อมูล ณ วันที่": ฉะเชิงเทรา วันที่ 2022-07-31 ซ้ำกับแถวที่ 3');
    expect((await chachoengsao.get('/api/registers/womens-fund/portfolio?unit=24')).json().items).toEqual(
      before.map((p: { rowVersion: number }) => ({ ...p, rowVersion: p.rowVersion + 1 })),
    );

    const added = await upload(
      chachoengsao,
      '/api/registers/womens-fund/portfolio/import?unit=24',
      'p.xlsx',
      await tableXlsx(keys, [edited({ as_of: '31/7/2565' })]),
    );
    expect(added.json()).toEqual({ created: 1, replaced: 0 });
    const listed = (await chachoengsao.get('/api/registers/womens-fund/portfolio?unit=24')).json().items;
    expect(listed.map((p: { asOf: string }) => p.asOf)).toEqual(['2022-08-21', '2022-07-31']);
    expect(listed[1].outstanding).toEqual(listed[0].outstanding);
  });

  it("keeps another province's fund registers out of a district's reach", async () => {
    for (const url of [
      '/api/registers/womens-fund/portfolio?unit=24',
      '/api/registers/womens-fund/portfolio/export.xlsx?unit=24',
    ]) {
      expect([403, 404], url).toContain((await mueang.get(url)).statusCode);
    }
    const put = await mueang.send('PUT', '/api/registers/womens-fund/portfolio', SEED_003_PORTFOLIO);
    expect([403, 404]).toContain(put.statusCode);
    const snapshotFile = await tableXlsx(SNAPSHOT_KEYS, [
      ['24', '2025-09-30', 100, 0, 0, 0, null, null, null],
    ]);
    const debtFile = await tableXlsx(DEBT_KEYS, [['24', 2568, 'ครัวเรือน', 1, 1, 1, null]]);
    for (const [url, file] of [
      ['/api/registers/womens-fund/import?unit=24', snapshotFile],
      ['/api/registers/debt-relief/import?unit=24', debtFile],
    ] as const) {
      expect([403, 404], url).toContain((await upload(mueang, url, 'x.xlsx', file)).statusCode);
    }
    const outside = await upload(
      mueang,
      '/api/registers/womens-fund/import?unit=9501',
      'x.xlsx',
      snapshotFile,
    );
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.rows[0]).toMatchObject({ row: 3, field: 'unit_code' });
    expect((await chachoengsao.get('/api/registers/womens-fund?unit=24')).json().items).toEqual([]);
  });
});
