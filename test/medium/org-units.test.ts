import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  engines,
  loginAs,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';

describe.each(engines())('org units on %s', (engine) => {
  let t: TestApp;
  let dept: Session;
  let mueang: Session;
  let yala: Session;
  const villagesIn = async (prefix: string) =>
    (
      await t.handle.db
        .selectFrom('units')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', '=', 'village')
        .where('code', 'like', `${prefix}%`)
        .executeTakeFirstOrThrow()
    ).n;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const a = await makeUser(t.handle, 'department_admin', 'CDD');
    const d = await makeUser(t.handle, 'district_officer', '9501');
    const p = await makeUser(t.handle, 'province_admin', '95');
    [dept, mueang, yala] = await Promise.all([
      loginAs(t.app, a.username, a.password),
      loginAs(t.app, d.username, d.password),
      loginAs(t.app, p.username, p.password),
    ]);
  });
  afterAll(() => t.close());

  it('holds the whole country: 77 provinces, 928 districts, 7,436 sub-districts, 11 regions', async () => {
    const res = await dept.get('/api/units/CDD');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.counts).toEqual({
      region: 11,
      province: 77,
      district: 928,
      subdistrict: 7436,
      village: 0,
      work_group: 304,
    });
    expect(body.children.filter((c: { kind: string }) => c.kind === 'province')).toHaveLength(77);
    expect(body.children.find((c: { code: string }) => c.code === 'CODI-S').childCount).toBe(14);
    expect(body.children.find((c: { code: string }) => c.code === '95').childCount).toBe(12);
  });

  it('shows a province with its districts, work groups, ancestors and regions', async () => {
    const body = (await dept.get('/api/units/95')).json();
    expect(body.unit).toMatchObject({ code: '95', kind: 'province', nameTh: 'ยะลา', nameEn: 'Yala' });
    expect(body.ancestors).toMatchObject([{ code: 'CDD', childCount: 88 }]);
    const kinds = body.children.map((c: { kind: string }) => c.kind);
    expect(kinds.filter((k: string) => k === 'district')).toHaveLength(8);
    expect(kinds.filter((k: string) => k === 'work_group')).toHaveLength(4);
    expect(body.children.find((c: { code: string }) => c.code === '95-G1').nameTh).toBe(
      'กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน',
    );
    expect(body.groups.map((g: { code: string }) => g.code).sort()).toEqual(['CODI-S', 'GEO-S']);
    expect(body.counts.subdistrict).toBe(58);
  });

  it('lists a CODI region by its member provinces', async () => {
    const body = (await dept.get('/api/units/CODI-S')).json();
    expect(body.children).toHaveLength(14);
    expect(body.counts.province).toBe(14);
    expect(body.children.map((c: { code: string }) => c.code)).toContain('95');
  });

  it('finds units by Thai name, English name or code, inside the scope only', async () => {
    const res = (await dept.get(`/api/units?q=${encodeURIComponent('เบตง')}`)).json();
    expect(res.items[0]).toMatchObject({ unit: { code: '9502', kind: 'district' }, path: 'ยะลา › เบตง' });
    expect((await dept.get('/api/units?q=Betong')).json().items[0].unit.code).toBe('9502');
    expect((await dept.get('/api/units?q=9502')).json().items[0].unit.code).toBe('9502');
    // a typed _ or % is a character, not a wildcard: 95_2 is not 9502
    expect((await dept.get('/api/units?q=95_2')).json().items).toEqual([]);
    expect((await dept.get(`/api/units?q=${encodeURIComponent('950%')}`)).json().items).toEqual([]);
    expect((await mueang.get(`/api/units?q=${encodeURIComponent('เบตง')}`)).json().items).toEqual([]);
  });

  it('keeps a district officer inside their district', async () => {
    expect((await mueang.get('/api/units/9501')).statusCode).toBe(200);
    const foreign = await mueang.get('/api/units/9502');
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error).toEqual({
      code: 'forbidden',
      message: 'บัญชีของคุณ (เมืองยะลา) ไม่มีสิทธิ์ดูข้อมูลของเบตง',
    });
    expect((await mueang.get('/api/units/95')).statusCode).toBe(403);
    expect((await mueang.get('/api/units/NOPE')).statusCode).toBe(404);
  });

  it('adds a village under a sub-district, accepting Thai digits, and refuses a duplicate', async () => {
    const res = await mueang.send('POST', '/api/units/950101/villages', { number: '๑๒', nameTh: 'บ้านทดสอบ' });
    expect(res.statusCode).toBe(201);
    expect(res.json().unit).toMatchObject({ code: '95010112', kind: 'village', nameTh: 'บ้านทดสอบ' });
    const again = await mueang.send('POST', '/api/units/950101/villages', { number: 12, nameTh: 'ซ้ำ' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe('number');
    expect(
      (await mueang.send('POST', '/api/units/9501/villages', { number: 1, nameTh: 'x' })).statusCode,
    ).toBe(422);
    expect(
      (await mueang.send('POST', '/api/units/950201/villages', { number: 1, nameTh: 'x' })).statusCode,
    ).toBe(403);
    const bad = await mueang.send('POST', '/api/units/950101/villages', { number: 120, nameTh: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('number');
  });

  it('imports villages from CSV in one go', async () => {
    const csv = 'subdistrict_code,village_no,name_th,name_en\n950102,1,บ้านหนึ่ง,Ban Nueng\n๙๕๐๑๐๒,๒,บ้านสอง,\n';
    const { payload, headers } = multipartFile('villages.csv', csv);
    const res = await yala.send('POST', '/api/units/villages/import', payload, headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 2 });
    expect(await villagesIn('950102')).toBe(2);
  });

  it('refuses a file with bad rows, names every row, and saves nothing', async () => {
    const csv = [
      'subdistrict_code,village_no,name_th',
      '950103,1,บ้านดี',
      '950103,abc,บ้านเลขผิด',
      '999999,2,บ้านตำบลไม่มี',
      '240101,3,บ้านนอกจังหวัด',
      '950103,1,บ้านซ้ำ',
      '950103,4,',
    ].join('\n');
    const { payload, headers } = multipartFile('villages.csv', csv);
    const res = await yala.send('POST', '/api/units/villages/import', payload, headers);
    expect(res.statusCode).toBe(422);
    const rows = res.json().error.rows;
    expect(rows.map((r: { row: number; field: string }) => [r.row, r.field])).toEqual([
      [3, 'village_no'],
      [4, 'subdistrict_code'],
      [5, 'subdistrict_code'],
      [6, 'village_no'],
      [7, 'name_th'],
    ]);
    expect(rows[3].message).toBe('ซ้ำกับแถวที่ 2 (หมู่ที่ 1)');
    expect(await villagesIn('950103')).toBe(0);
  });

  it('imports the xlsx template layout and refuses other file types', async () => {
    const template = await yala.get('/api/units/villages/template.xlsx');
    expect(template.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    sheet?.spliceRows(2, 1, ['950104', 7, 'บ้านเจ็ด', 'Ban Chet'], ['950104', '๘', 'บ้านแปด']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const xlsx = multipartFile(
      'v.xlsx',
      file,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const res = await yala.send('POST', '/api/units/villages/import', xlsx.payload, xlsx.headers);
    expect(res.json()).toEqual({ created: 2 });
    expect(
      (await yala.get('/api/units/950104')).json().children.map((c: { code: string }) => c.code),
    ).toEqual(['95010407', '95010408']);
    const txt = multipartFile('v.txt', 'hello', 'text/plain');
    expect((await yala.send('POST', '/api/units/villages/import', txt.payload, txt.headers)).statusCode).toBe(
      415,
    );
  });

  it('answers an oversized body with 413 in Thai', async () => {
    const res = await yala.send('POST', '/api/units/950101/villages', {
      number: 1,
      nameTh: 'ก'.repeat(2_000_000),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด');
  });

  it('audits every village created, with who and what', async () => {
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id', 'user_id', 'after'])
      .where('entity', '=', 'unit')
      .where('entity_id', '=', '95010112')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'create',
      after: { code: '95010112', name_th: 'บ้านทดสอบ', kind: 'village' },
    });
    expect(rows[0]?.user_id).toBeTypeOf('number');
  });
});
