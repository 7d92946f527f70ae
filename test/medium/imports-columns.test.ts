import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  engines,
  loginEach,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(engines())('import files headed in Thai and errors naming Thai columns on %s', (engine) => {
  let t: TestApp;
  let yala: Session;
  let mueang: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
    ]);
    [yala, mueang] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  it('adds no village from the village template imported unedited', async () => {
    const template = await yala.get('/api/units/villages/template.xlsx');
    const file = multipartFile('villages.xlsx', template.rawPayload, xlsxType);
    const res = await yala.send('POST', '/api/units/villages/import', file.payload, file.headers);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('import_empty');
    expect((await yala.get('/api/units/950101')).json().children).toEqual([]);
  });

  it('reads a village file headed in Thai and names the Thai column of each bad row', async () => {
    const csv = 'รหัสตำบล,หมู่ที่,ชื่อหมู่บ้าน (ภาษาไทย)\n950103,1,บ้านหนึ่ง\n950103,abc,บ้านสอง\n';
    const file = multipartFile('villages.csv', csv);
    const res = await yala.send('POST', '/api/units/villages/import', file.payload, file.headers);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.rows).toMatchObject([{ row: 3, field: 'village_no', column: 'หมู่ที่' }]);
  });

  it('names the budget column in Thai, every error of the row, and the missing columns by their headers', async () => {
    const csv = [
      'หมวดงบประมาณ,ชื่อโครงการ/กิจกรรม,ประเภทรายการ,วันที่ (วัน/เดือน/ปี พ.ศ.),จำนวนเงิน (บาท)',
      'งบดำเนินงาน,โครงการหนึ่ง,จัดสรร,31/2/2568,-5',
    ].join('\n');
    const file = multipartFile('budget.csv', csv);
    const res = await mueang.send(
      'POST',
      '/api/registers/budget/import?unit=9501&fiscalYear=2568',
      file.payload,
      file.headers,
    );
    expect(res.statusCode).toBe(422);
    const rows = res.json().error.rows;
    expect(rows.map((r: { column: string }) => r.column)).toEqual(['วันที่ (วัน/เดือน/ปี พ.ศ.)', 'จำนวนเงิน (บาท)']);
    expect(rows[1].message).toBe('แถวที่ 2 ช่อง "จำนวนเงิน (บาท)": จำนวนเงินต้องเป็นบาท ไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง');

    const missing = multipartFile('budget.csv', 'หมวดงบประมาณ,ชื่อโครงการ/กิจกรรม\nงบดำเนินงาน,โครงการหนึ่ง\n');
    const refused = await mueang.send(
      'POST',
      '/api/registers/budget/import?unit=9501&fiscalYear=2568',
      missing.payload,
      missing.headers,
    );
    expect(refused.json().error.message).toBe(
      'ไม่พบคอลัมน์ "ประเภทรายการ", "วันที่ (วัน/เดือน/ปี พ.ศ.)", "จำนวนเงิน (บาท)" ในแถวหัวตาราง',
    );
  });
});
