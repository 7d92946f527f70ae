import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { houseCodeProvinceMessage } from '../../src/domain/registers/house-code.ts';
import { SHEET_NAMES } from '../../src/modules/households/workbook-layout.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { houseCode, household, householdCsv, householdXlsx, importHouseholds } from '../register-fixtures.ts';

// The checks the import makes over the whole staged file and the register, in SQL (import-queries.ts stagingErrors):
// duplicates, further activities, house codes of another province or office, villages, plan codes; each error names
// sheet, row and field as the cell checks do, and a file with any of them saves nothing.

const activity = (name: string, date: string) => ({
  activity: name,
  activity_date: date,
  activity_agency: 'พัฒนาการอำเภอ',
  activity_agency_role: 'หลัก',
});

describe.each(engines())('household import checks over the file and the register on %s', (engine) => {
  let t: TestApp;
  let mueang: Session;
  let betong: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
    ]);
    [mueang, betong] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  const total = async (session: Session, unit: string) =>
    (await session.get(`/api/registers/households?unit=${unit}`)).json().total;

  it('names duplicates, refused further activities, foreign and held codes, unknown villages and plan codes; saves nothing', async () => {
    const held = await importHouseholds(
      betong,
      '9502',
      'betong.csv',
      householdCsv([household(300, '950201', 'developable')]),
    );
    expect(held.status).toBe('done');
    const file = await householdXlsx(
      [
        household(301, '950101', 'welfare'),
        { house_code: houseCode(301), ...activity('ฝึกอาชีพ', '10/1/2568') },
        household(302, '950101', 'developable'),
        household(302, '950101', 'developable'),
        household(300, '950101', 'developable'),
        { ...household(303, '950101', 'developable'), house_code: '96000000303' },
        household(304, '95019999', 'developable'),
        { house_code: houseCode(305), ...activity('ติดตามผล', '20/1/2568') },
      ],
      [
        { house_code: houseCode(302), item: 'ฝึกอาชีพ' },
        { house_code: houseCode(399), item: 'ฝึกอาชีพ' },
        { house_code: houseCode(300), item: 'ฝึกอาชีพ' },
      ],
    );
    const job = await importHouseholds(mueang, '9501', 'checks.xlsx', file);
    expect(job.status).toBe('failed');
    expect(job.errors.map((e) => [e.sheet, e.row, e.field])).toEqual([
      [1, 4, 'activity'],
      [1, 6, 'house_code'],
      [1, 7, 'house_code'],
      [1, 8, 'house_code'],
      [1, 9, 'unit_code'],
      [1, 10, 'unit_code'],
      [1, 10, 'members'],
      [1, 10, 'status_developable'],
      [2, 4, 'house_code'],
      [2, 5, 'house_code'],
    ]);
    const [guard, duplicate, heldElsewhere, foreign, village, , , , unknownPlan, heldPlan] = job.errors.map(
      (e) => e.message,
    );
    const sheet1 = `ชีต "${SHEET_NAMES[0]}"`;
    expect(guard).toBe(
      `${sheet1} แถวที่ 4 ช่อง "ชื่อกิจกรรมพัฒนา": บันทึกกิจกรรมได้เฉพาะครัวเรือนประเภท "พัฒนาได้" เท่านั้น (ครัวเรือนนี้มีสถานะ "ขอรับการสงเคราะห์")`,
    );
    expect(duplicate).toBe(
      `${sheet1} แถวที่ 6 ช่อง "รหัสบ้าน": รหัสบ้านซ้ำกับแถวที่ 5 (แถวที่บันทึกกิจกรรมเพิ่มของครัวเรือนเดิมให้กรอกเฉพาะรหัสบ้านและช่องกิจกรรม)`,
    );
    expect(heldElsewhere).toBe(
      `${sheet1} แถวที่ 7: รหัสบ้าน ${houseCode(300)} อยู่ในทะเบียนของหน่วยงานอื่นนอกพื้นที่เมืองยะลา`,
    );
    expect(foreign).toBe(`${sheet1} แถวที่ 8: ${houseCodeProvinceMessage('96000000303', '950101')}`);
    expect(village).toBe(`${sheet1} แถวที่ 9: ไม่พบหมู่บ้านหรือตำบลรหัส 95019999`);
    expect(unknownPlan).toBe(
      `ชีต "${SHEET_NAMES[1]}" แถวที่ 4: ไม่พบรหัสบ้าน ${houseCode(399)} ในชีตข้อมูลครัวเรือนหรือในทะเบียน`,
    );
    expect(heldPlan).toContain(`รหัสบ้าน ${houseCode(300)} อยู่ในทะเบียนของหน่วยงานอื่น`);
    expect(job.errors[1]).toMatchObject({ column: 'รหัสบ้าน' });
    expect(job.errors[4]).toMatchObject({ column: 'รหัสหมู่บ้าน/ตำบล' });
    expect(await total(mueang, '9501')).toBe(0);
    expect(await total(betong, '9502')).toBe(1);
  });

  it("saves a developable household's further activities and plan items for households of the file or the register", async () => {
    const first = await importHouseholds(
      mueang,
      '9501',
      'one.csv',
      householdCsv([household(310, '950101', 'self')]),
    );
    expect(first.status).toBe('done');
    const file = await householdXlsx(
      [
        household(311, '950101', 'developable', { baseline: 30_000 }, activity('ฝึกอาชีพ', '10/1/2568')),
        { house_code: houseCode(311), ...activity('ติดตามผล', '10/2/2568') },
        household(310, '950101', 'developable', { baseline: 31_000, result: 41_000 }),
      ],
      [
        { house_code: houseCode(311), item: 'หาตลาด' },
        { house_code: houseCode(310), item: 'ออมทรัพย์' },
      ],
    );
    const job = await importHouseholds(mueang, '9501', 'more.xlsx', file);
    expect(job).toMatchObject({ status: 'done', rowsRead: 5, rowsSaved: 5, errorCount: 0 });
    expect(job.message).toBe(
      'นำเข้าแล้ว: ครัวเรือนใหม่ 1 ครัวเรือน ปรับปรุง 1 ครัวเรือน กิจกรรม 2 รายการ แผนการพัฒนา 2 รายการ',
    );
    const list = (await mueang.get(`/api/registers/households?unit=9501&q=${houseCode(310)}`)).json();
    const detail = (await mueang.get(`/api/registers/households/${list.items[0].id}`)).json();
    expect(detail.household.status).toBe('developable');
    expect(detail.incomes).toEqual([
      { surveyYear: 2567, incomePerPerson: '31000' },
      { surveyYear: 2568, incomePerPerson: '41000' },
    ]);
    expect(detail.planItems).toMatchObject([{ item: 'ออมทรัพย์' }]);
  });

  it('counts every error past the first 1,000 kept when they come from the checks over the file', async () => {
    const rows = [household(400, '950101', 'developable')];
    for (let i = 0; i < 1_100; i += 1) rows.push(household(400, '950101', 'developable'));
    const job = await importHouseholds(mueang, '9501', 'duplicates.csv', householdCsv(rows));
    expect(job).toMatchObject({ status: 'failed', errorCount: 1_100, rowsRead: 1_101 });
    expect(job.errors).toHaveLength(1_000);
    expect(job.errors[0]).toMatchObject({ sheet: 1, row: 3, field: 'house_code' });
    expect(job.message).toBe('พบข้อผิดพลาด 1,100 รายการ ไม่มีการบันทึกข้อมูล (แสดง 1,000 รายการแรก)');
  });

  it('stops a file that turns unreadable after thousands of staged rows, saves nothing, and imports the next file', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => household(10_000 + i, '950101', 'developable'));
    // Bytes that are not UTF-8 near the end: the COPY (PostgreSQL) or the batches (PGlite) are well under way.
    const file = Buffer.concat([householdCsv(rows), Buffer.from([0x0a, 0xff, 0xfe, 0x2c, 0x0a])]);
    const job = await importHouseholds(mueang, '9501', 'broken.csv', file);
    expect(job.status).toBe('failed');
    expect(job.message).toContain('ไฟล์ CSV ไม่ได้บันทึกเป็น UTF-8');
    expect(job.rowsSaved).toBe(0);
    const next = await importHouseholds(
      mueang,
      '9501',
      'next.csv',
      householdCsv([household(500, '950101', 'other')]),
    );
    expect(next.message).toContain('ครัวเรือนใหม่ 1 ครัวเรือน');
    const staged = await mueang.get(`/api/registers/households?unit=9501&q=${houseCode(10_000)}`);
    expect(staged.json().total).toBe(0);
  });
});
