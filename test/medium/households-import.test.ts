import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET_NAMES } from '../../src/modules/households/workbook-layout.ts';
import { GUIDE_SHEET } from '../../src/modules/households/workbook-writer.ts';
import { HOUSEHOLD_LIMITS } from '../../src/modules/imports/limits.ts';
import { readRows } from '../../src/modules/imports/row-reader.ts';
import {
  engines,
  loginEach,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';
import {
  citizenId,
  houseCode,
  household,
  householdCsv,
  householdXlsx,
  importHouseholds,
  readXlsx,
} from '../register-fixtures.ts';

const activity = (name: string, date: string | Date) => ({
  activity: name,
  activity_method: 'ลงพื้นที่ 4 ท.',
  activity_date: date,
  activity_place: 'หมู่ 2',
  activity_agency: 'พัฒนาการอำเภอ',
  activity_agency_role: 'หลัก',
  activity_result: 'ดีขึ้น',
});

describe.each(engines())('household workbook import and export on %s', (engine) => {
  let t: TestApp;
  let mueang: Session;
  let yala: Session;
  let department: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [mueang, yala, department] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  const total = async (unit: string) =>
    (await yala.get(`/api/registers/households?unit=${unit}`)).json().total;

  it("downloads a template laid out like the seed's three sheets, the example on a guide sheet, dates in B.E.", async () => {
    const res = await mueang.get('/api/registers/households/template.xlsx?fiscalYear=2568');
    expect(res.statusCode).toBe(200);
    const sheets = await readXlsx(res.rawPayload);
    expect(sheets.map((s) => s.name)).toEqual([...SHEET_NAMES, GUIDE_SHEET]);
    const [groups, headers, ...rows] = sheets[0]?.rows ?? [];
    expect(groups).toContain('การจำแนกสถานะครัวเรือน (ใส่เลข 1 ในช่องที่เลือก)');
    expect(headers).toEqual(
      expect.arrayContaining([
        'รหัสบ้าน',
        'คร. ที่พัฒนาได้',
        'คร. อื่น ๆ (เช่น เสียชีวิต/ย้าย)',
        'รายได้เฉลี่ยต่อคนต่อปี จปฐ. ปี 2567 (บาท)',
        'ชื่อกิจกรรมพัฒนา',
      ]),
    );
    expect(rows).toEqual([]);
    expect(sheets[1]?.rows).toHaveLength(2);
    const guide = JSON.stringify(sheets[3]?.rows);
    expect(guide).toContain('95010012345');
    expect(guide).toContain('15/12/2567');
    expect(guide).not.toContain('2024-12-15');
  });

  it('saves nothing from the template imported unedited, and says where to fill it', async () => {
    const template = await mueang.get('/api/registers/households/template.xlsx?fiscalYear=2568');
    const job = await importHouseholds(mueang, '9501', 'template.xlsx', template.rawPayload);
    expect(job.status).toBe('failed');
    expect(job.errors).toMatchObject([{ sheet: 1, row: 1, field: 'file', column: 'ทั้งไฟล์' }]);
    expect(job.errors[0]?.message).toContain(`ชีต "${SHEET_NAMES[0]}" ตั้งแต่แถวที่ 3`);
    expect(await total('95')).toBe(0);
  });

  it('lists every error of a row under its Thai column, the activity cells too', async () => {
    const file = householdCsv([
      household(
        1,
        '950101',
        'developable',
        {},
        { members: 0, head_citizen_id: '1234567890123', ...activity('ฝึกอาชีพ', '31/2/2568') },
      ),
    ]);
    const job = await importHouseholds(mueang, '9501', 'row.csv', file);
    expect(job.errors.map((e) => [e.row, e.field, e.column])).toEqual([
      [2, 'head_citizen_id', 'เลขประจำตัวประชาชน'],
      [2, 'members', 'จำนวนสมาชิก (คน)'],
      [2, 'activity_date', 'วันที่ดำเนินการ'],
    ]);
    expect(job.errors[1]?.message).toContain('ช่อง "จำนวนสมาชิก (คน)": ต้องเป็นจำนวนเต็ม 1–99 คน');
    expect(await total('95')).toBe(0);
  });

  it('names every bad row and column, and saves nothing when any row is bad', async () => {
    const file = await householdXlsx(
      [
        household(1, '950101', 'developable', { baseline: 30000 }),
        { ...household(2, '950101', 'developable'), status_welfare: 1 },
        { house_code: houseCode(3), unit_code: '950101', members: 4 },
        household(4, '950101', 'welfare', {}, { members: 0 }),
        household(5, '950101', 'welfare', {}, activity('ฝึกอาชีพ', '2025-01-10')),
        household(6, '950201', 'developable'),
        household(7, '950101', 'developable', {}, { head_citizen_id: '1234567890123' }),
        household(8, '950101', 'developable', { baseline: 32000 }),
      ],
      [{ house_code: houseCode(99), item: 'ฝึกอาชีพ' }],
    );
    const job = await importHouseholds(mueang, '9501', 'bad.xlsx', file);
    expect(job.status).toBe('failed');
    expect(job.message).toBe('พบข้อผิดพลาด 7 รายการ ไม่มีการบันทึกข้อมูล');
    expect(job.errors.map((e) => [e.sheet, e.row, e.field])).toEqual([
      [1, 4, 'status_developable'],
      [1, 5, 'status_developable'],
      [1, 6, 'members'],
      [1, 7, 'activity'],
      [1, 8, 'unit_code'],
      [1, 9, 'head_citizen_id'],
      [2, 3, 'house_code'],
    ]);
    expect(job.errors[0]?.message).toBe(
      `ชีต "${SHEET_NAMES[0]}" แถวที่ 4 ช่อง "คร. ที่พัฒนาได้": จำแนกสถานะครัวเรือนได้เพียง 1 ช่อง แต่ใส่เลข 1 ไว้ 2 ช่อง (พัฒนาได้, ขอรับการสงเคราะห์)`,
    );
    expect(job.errors[3]?.message).toContain('บันทึกกิจกรรมได้เฉพาะครัวเรือนประเภท "พัฒนาได้" เท่านั้น');
    expect(job.errors[4]?.message).toContain('อยู่นอกพื้นที่เมืองยะลา');
    expect(await total('95')).toBe(0);
  });

  it('imports households, their activities (one row each) and plan; a second import updates without duplicates', async () => {
    const rows = [
      household(
        11,
        '950101',
        'developable',
        { baseline: 30000, result: 42000 },
        {
          head_name: 'นายหนึ่ง ทดสอบ',
          head_citizen_id: citizenId(11),
          problem_income: 1,
          ...activity('ฝึกอาชีพ', '20/1/2568'),
        },
      ),
      { house_code: houseCode(11), ...activity('ติดตามผล', new Date(Date.UTC(2025, 1, 20))) },
      household(12, '950101', 'self', { baseline: 45000 }),
    ];
    const plans = [
      { house_code: houseCode(11), dimension: 'รายได้', item: 'หาตลาดผลผลิต', due_on: '2025-03-20' },
    ];
    const file = await householdXlsx(rows, plans);
    const job = await importHouseholds(mueang, '9501', 'good.xlsx', file);
    expect(job).toMatchObject({ status: 'done', rowsTotal: 4, rowsRead: 4, rowsSaved: 4, errorCount: 0 });
    expect(job.message).toBe(
      'นำเข้าแล้ว: ครัวเรือนใหม่ 2 ครัวเรือน ปรับปรุง 0 ครัวเรือน กิจกรรม 2 รายการ แผนการพัฒนา 1 รายการ',
    );
    const again = await importHouseholds(mueang, '9501', 'good.xlsx', file);
    expect(again.message).toBe(
      'นำเข้าแล้ว: ครัวเรือนใหม่ 0 ครัวเรือน ปรับปรุง 2 ครัวเรือน กิจกรรม 0 รายการ แผนการพัฒนา 0 รายการ',
    );
    const list = (await mueang.get(`/api/registers/households?unit=9501&q=${houseCode(11)}`)).json();
    const detail = (await mueang.get(`/api/registers/households/${list.items[0].id}`)).json();
    expect(detail.household).toMatchObject({
      status: 'developable',
      problems: { income: true, health: false },
      personal: { headName: 'นายหนึ่ง ทดสอบ', headCitizenId: citizenId(11) },
    });
    expect(detail.incomes).toEqual([
      { surveyYear: 2567, incomePerPerson: '30000' },
      { surveyYear: 2568, incomePerPerson: '42000' },
    ]);
    expect(
      detail.activities.map((a: { activity: string; doneOn: string }) => [a.activity, a.doneOn]),
    ).toEqual([
      ['ฝึกอาชีพ', '2025-01-20'],
      ['ติดตามผล', '2025-02-20'],
    ]);
    expect(detail.planItems).toMatchObject([
      { dimension: 'income', item: 'หาตลาดผลผลิต', dueOn: '2025-03-20' },
    ]);
  });

  it('moves on the row version of each household it updates: a form loaded before the import is refused 409 stale', async () => {
    const importOne = (name: string, baseline: number, members: number) =>
      importHouseholds(
        mueang,
        '9501',
        name,
        householdCsv([household(41, '950101', 'developable', { baseline }, { members })]),
      );
    expect((await importOne('v1.csv', 30000, 4)).status).toBe('done');
    const list = (await mueang.get(`/api/registers/households?unit=9501&q=${houseCode(41)}`)).json();
    const url = `/api/registers/households/${list.items[0].id}`;
    const loaded = (await mueang.get(url)).json().household;
    expect((await importOne('v2.csv', 30000, 6)).message).toContain('ปรับปรุง 1 ครัวเรือน');
    const imported = (await mueang.get(url)).json().household;
    expect(imported).toMatchObject({ members: 6, rowVersion: loaded.rowVersion + 1 });
    const stale = await mueang.send('PUT', `${url}/status`, {
      status: 'other',
      rowVersion: loaded.rowVersion,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale');
    const edit = await mueang.send('PATCH', url, { members: 2, rowVersion: loaded.rowVersion });
    expect(edit.statusCode).toBe(409);
    expect((await mueang.get(url)).json().household).toMatchObject({
      status: 'developable',
      members: 6,
      rowVersion: imported.rowVersion,
    });
    // An income is part of the household's version (the form's income edit moves it): an import that changes only
    // an income moves it too; one that changes nothing leaves it.
    expect((await importOne('v3.csv', 31000, 6)).message).toContain('ปรับปรุง 1 ครัวเรือน');
    const withIncome = (await mueang.get(url)).json();
    expect(withIncome.household.rowVersion).toBe(imported.rowVersion + 1);
    expect(withIncome.incomes).toEqual([{ surveyYear: 2567, incomePerPerson: '31000' }]);
    const stalePut = await mueang.send('PUT', `${url}/incomes/2567`, {
      incomePerPerson: '1000',
      rowVersion: imported.rowVersion,
    });
    expect(stalePut.statusCode).toBe(409);
    expect((await importOne('v3.csv', 31000, 6)).message).toContain('ปรับปรุง 1 ครัวเรือน');
    expect((await mueang.get(url)).json().household.rowVersion).toBe(withIncome.household.rowVersion);
  });

  it('exports the register as the 3-sheet workbook, with names and ID numbers only for the owners', async () => {
    const own = await mueang.get('/api/registers/households/export.xlsx?unit=9501&fiscalYear=2568');
    expect(own.headers['content-type']).toContain('spreadsheetml');
    const [households, plan, summary] = await readXlsx(own.rawPayload);
    expect(households?.rows[1]).toContain('เลขประจำตัวประชาชน');
    const first = households?.rows[2] ?? [];
    expect(first).toContain(citizenId(11));
    expect(households?.rows[3]?.slice(0, 2)).toEqual(['', houseCode(11)]);
    expect(plan?.rows[2]).toEqual([houseCode(11), 'รายได้', 'หาตลาดผลผลิต', '', '20/3/2568']);
    expect(summary?.rows.some((r) => r[0] === 'เมืองยะลา')).toBe(true);
    const other = await department.get('/api/registers/households/export.xlsx?unit=95&fiscalYear=2568');
    const [rows] = await readXlsx(other.rawPayload);
    expect(rows?.rows[1]).not.toContain('เลขประจำตัวประชาชน');
    expect(JSON.stringify(rows?.rows)).not.toContain(citizenId(11));
    const reimported = await importHouseholds(mueang, '9501', 'export.xlsx', own.rawPayload);
    expect(reimported.status).toBe('done');
  });

  it('keeps the first 1,000 row errors of a large CSV and counts them all', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) =>
      household(5000 + i, '950101', 'developable', {}, { members: 'x' }),
    );
    const job = await importHouseholds(mueang, '9501', 'many.csv', householdCsv(rows));
    expect(job).toMatchObject({ status: 'failed', errorCount: 1200, rowsRead: 1200 });
    expect(job.errors).toHaveLength(1000);
    expect(job.message).toBe('พบข้อผิดพลาด 1,200 รายการ ไม่มีการบันทึกข้อมูล (แสดง 1,000 รายการแรก)');
    expect(job.errors[0]).toMatchObject({ sheet: 1, row: 2, field: 'members' });
  });

  it('refuses other file types and imports outside the scope', async () => {
    const { payload, headers } = multipartFile('list.txt', 'x');
    const txt = await mueang.send(
      'POST',
      '/api/registers/households/import?unit=9501&fiscalYear=2568',
      payload,
      headers,
    );
    expect(txt.statusCode).toBe(415);
    const csv = multipartFile('x.csv', householdCsv([household(1, '950201', 'developable')]));
    const outside = await mueang.send(
      'POST',
      '/api/registers/households/import?unit=9502&fiscalYear=2568',
      csv.payload,
      csv.headers,
    );
    expect(outside.statusCode).toBe(403);
  });

  it('counts the rows checked while it checks, not 0 until the end', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => household(20_000 + i, '950101', 'developable'));
    const { payload, headers } = multipartFile('large.csv', householdCsv(rows));
    const res = await mueang.send(
      'POST',
      '/api/registers/households/import?unit=9501&fiscalYear=2568',
      payload,
      headers,
    );
    const id = res.json().job.id;
    const seen: number[] = [];
    for (;;) {
      const job = (await mueang.get(`/api/registers/imports/${id}`)).json().job;
      if (job.status === 'validating') seen.push(job.rowsRead);
      if (job.status === 'done' || job.status === 'failed') {
        expect(job.status).toBe('done');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(seen.some((n) => n > 0 && n < rows.length)).toBe(true);
  });
});

describe('the streamed xlsx reader', () => {
  it('keeps Thai text whole where a chunk boundary cuts a character (exceljs decodes each chunk alone)', async () => {
    const address = (i: number) => `บ้านเลขที่ ${i} หมู่ ${(i % 12) + 1} ตำบลสะเตง อำเภอเมืองยะลา จังหวัดยะลา`;
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      household(i, '950101', 'developable', {}, { address: address(i) }),
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-test-')), 'thai.xlsx');
    fs.writeFileSync(file, await householdXlsx(rows));
    const broken: string[] = [];
    for await (const r of readRows(file, 'xlsx', HOUSEHOLD_LIMITS)) {
      if (r.sheet === 1 && r.row > 2 && r.cells[3] !== address(r.row - 3))
        broken.push(`${r.row}: ${r.cells[3]}`);
    }
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(broken).toEqual([]);
  });
});
