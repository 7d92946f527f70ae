import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
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
import { readXlsx } from '../register-fixtures.ts';

/** A small real picture of a given colour, encoded as JPEG, PNG or WebP. */
function picture(format: 'jpeg' | 'png' | 'webp', background: string) {
  return sharp({ create: { width: 64, height: 48, channels: 3, background } })
    [format]()
    .toBuffer();
}

const PROJECT_KEYS = [
  'unit_code',
  'fiscal_year',
  'round',
  'name',
  'budget_line_id',
  'completion_percent',
  'completed_on',
  'evaluation_submitted_on',
  'photo_count',
];

async function projectXlsx(rows: (string | number | null)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('โครงการ');
  sheet.addRow(['หน่วยงาน', 'ปี', 'รอบ', 'ชื่อ', 'รายการงบ', 'ร้อยละ', 'แล้วเสร็จ', 'ส่งแบบประเมิน', 'ภาพ']);
  sheet.addRow(PROJECT_KEYS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(engines())('project evaluation photos and the project import on %s', (engine) => {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-project-photos-'));
  let t: TestApp;
  let mueang: Session;
  let viewer: Session;
  let outsider: Session;
  let projectId: number;

  beforeAll(async () => {
    t = await startTestApp(engine, { filesDir });
    const users = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'viewer', '95'),
      makeUser(t.handle, 'province_admin', '96'),
    ]);
    [mueang, viewer, outsider] = await loginEach(t.app, users);
    const created = await mueang.send('POST', '/api/registers/projects', {
      unitCode: '9501',
      fiscalYear: 2568,
      round: 2,
      name: 'ส่งเสริมสัมมาชีพชุมชน',
      completionPercent: '100',
      completedOn: '2025-06-02',
      evaluationSubmittedOn: '2025-06-06',
    });
    expect(created.statusCode, created.body).toBe(201);
    projectId = created.json().project.id;
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  const photosUrl = () => `/api/registers/projects/${projectId}/photos`;
  const upload = (s: Session, url: string, filename: string, content: Buffer | string) => {
    const { payload, headers } = multipartFile(filename, content);
    return s.send('POST', url, payload, headers);
  };
  const project = async () => (await mueang.get(`/api/registers/projects/${projectId}`)).json().project;
  const photoRows = () =>
    t.handle.db.selectFrom('project_photos').select('id').where('project_id', '=', projectId).execute();
  const audits = (action: string) =>
    t.handle.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('entity', '=', 'project_photo')
      .where('action', '=', action)
      .execute();

  it('counts stored photos for the evaluation: none → 3 missing, 2 → 1 missing, 3 → none', async () => {
    expect((await project()).evaluation).toMatchObject({ late: false, missingPhotos: 3 });
    const png = await picture('png', '#36c');
    const first = await upload(mueang, photosUrl(), 'กิจกรรม-1.png', png);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().project).toMatchObject({
      photoCount: 1,
      evaluation: { missingPhotos: 2 },
      photos: [{ filename: 'กิจกรรม-1.png', mime: 'image/png', size: png.length }],
    });
    const sha = createHash('sha256').update(png).digest('hex');
    expect(fs.existsSync(path.join(filesDir, sha))).toBe(true);

    const second = await upload(mueang, photosUrl(), 'กิจกรรม-2.jpg', await picture('jpeg', '#c63'));
    expect(second.json().project).toMatchObject({ photoCount: 2, evaluation: { missingPhotos: 1 } });
    const list = (
      await mueang.get('/api/registers/projects?unit=9501&fiscalYear=2568&round=2&asOf=2025-06-07')
    ).json();
    expect(list.missingPhotos).toBe(1);
    expect(list.items[0]).toMatchObject({ photoCount: 2, evaluation: { missingPhotos: 1 } });

    const third = await upload(mueang, photosUrl(), 'กิจกรรม-3.webp', await picture('webp', '#3c6'));
    expect(third.statusCode, third.body).toBe(201);
    expect(third.json().project).toMatchObject({
      photoCount: 3,
      evaluation: { late: false, missingPhotos: 0 },
    });
    expect(
      (await mueang.get('/api/registers/projects?unit=9501&fiscalYear=2568&asOf=2025-06-07')).json()
        .missingPhotos,
    ).toBe(0);
    expect(await audits('create')).toHaveLength(3);

    const photo = third.json().project.photos[0];
    const display = await viewer.get(photo.displayUrl);
    expect(display.statusCode).toBe(200);
    expect(display.headers['content-type']).toBe('image/jpeg');
    expect(await sharp(display.rawPayload).metadata()).toMatchObject({ format: 'jpeg', width: 64 });
    const original = await viewer.get(photo.url);
    expect(original.headers['content-type']).toBe('image/png');
    expect(original.rawPayload.equals(png)).toBe(true);
  });

  it('refuses a file that is not a photo by its content with a Thai 415, and the same photo twice', async () => {
    const before = (await photoRows()).length;
    const text = await upload(mueang, photosUrl(), 'รูป.jpg', 'ไม่ใช่รูปภาพ แค่ข้อความ');
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toMatchObject({ field: 'file' });
    expect(text.json().error.message).toContain('ไม่ใช่ JPEG, PNG, WebP');
    const pdf = await upload(mueang, photosUrl(), 'แบบประเมิน.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'));
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.message).toContain('ตรวจจากเนื้อหาของไฟล์แล้วเป็นไฟล์ชนิด pdf');
    const twice = await upload(mueang, photosUrl(), 'ซ้ำ.png', await picture('png', '#36c'));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain('อัปโหลดไว้แล้ว');
    const empty = await upload(mueang, photosUrl(), 'ว่าง.jpg', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(await photoRows()).toHaveLength(before);
  });

  it('keeps other provinces out and lets the province viewer look but not write', async () => {
    const [photo] = (await project()).photos;
    const jpeg = await picture('jpeg', '#999');
    expect((await upload(outsider, photosUrl(), 'x.jpg', jpeg)).statusCode).toBe(404);
    expect((await outsider.get(photo.displayUrl)).statusCode).toBe(404);
    expect((await outsider.send('DELETE', `${photosUrl()}/${photo.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/registers/projects/${projectId}`)).statusCode).toBe(404);
    expect((await upload(viewer, photosUrl(), 'x.jpg', jpeg)).statusCode).toBe(403);
    expect((await viewer.send('DELETE', `${photosUrl()}/${photo.id}`)).statusCode).toBe(403);
    expect((await viewer.get(`/api/registers/projects/${projectId}`)).json().project.photoCount).toBe(3);
    expect(await photoRows()).toHaveLength(3);
  });

  it('deletes a photo, audited, and the evaluation is short of one again', async () => {
    const [photo] = (await project()).photos;
    const removed = await mueang.send('DELETE', `${photosUrl()}/${photo.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().project).toMatchObject({ photoCount: 2, evaluation: { missingPhotos: 1 } });
    expect(await audits('delete')).toEqual([{ entity_id: String(photo.id) }]);
    expect((await mueang.get(photo.displayUrl)).statusCode).toBe(404);
    expect((await mueang.send('DELETE', `${photosUrl()}/${photo.id}`)).statusCode).toBe(404);
    const elsewhere = await mueang.send('DELETE', `/api/registers/projects/${projectId + 1000}/photos/1`);
    expect(elsewhere.statusCode).toBe(404);
  });

  it('no longer takes a hand-typed photo count', async () => {
    const res = await mueang.send('PATCH', `/api/registers/projects/${projectId}`, { photos: 9 });
    expect(res.statusCode).toBe(200);
    expect(res.json().project.photoCount).toBe(2);
  });

  it('re-imports its own export: same unit, year, round and name updates (photos kept), a new name is added', async () => {
    await mueang.send('POST', '/api/registers/projects', {
      unitCode: '9501',
      fiscalYear: 2568,
      round: 1,
      name: 'พัฒนาผลิตภัณฑ์ OTOP',
      completionPercent: '40',
    });
    const exported = await mueang.get('/api/registers/projects/export.xlsx?unit=9501&fiscalYear=2568');
    expect(exported.statusCode).toBe(200);
    const [sheet] = await readXlsx(exported.rawPayload);
    // Thai headers only: no row of machine keys under them (the importer reads the Thai headers).
    expect(sheet?.rows[0]).toHaveLength(PROJECT_KEYS.length);
    expect(sheet?.rows[0]?.filter((header) => PROJECT_KEYS.includes(String(header)))).toEqual([]);
    expect(sheet?.rows.slice(1)).toEqual([
      ['9501', '2568', '2', 'ส่งเสริมสัมมาชีพชุมชน', '', '100', '2025-06-02', '2025-06-06', '2'],
      ['9501', '2568', '1', 'พัฒนาผลิตภัณฑ์ OTOP', '', '40', '', '', '0'],
    ]);
    const again = await upload(
      mueang,
      '/api/registers/projects/import?unit=9501&fiscalYear=2568',
      'projects.xlsx',
      exported.rawPayload,
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ created: 0, updated: 2 });

    const changed = await projectXlsx([
      ['9501', 2568, 1, 'พัฒนาผลิตภัณฑ์ OTOP', null, '๘๐', '29/8/2568', null, 0],
      ['', '', 2, 'ตลาดนัดชุมชน', null, 50, null, null, 7],
    ]);
    const imported = await upload(
      mueang,
      '/api/registers/projects/import?unit=9501&fiscalYear=2568',
      'projects.xlsx',
      changed,
    );
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ created: 1, updated: 1 });
    const list = (await mueang.get('/api/registers/projects?unit=9501&fiscalYear=2568')).json();
    expect(
      list.items.map(
        (p: {
          name: string;
          round: number;
          completionPercent: string;
          completedOn: string | null;
          photoCount: number;
        }) => [p.name, p.round, p.completionPercent, p.completedOn, p.photoCount],
      ),
    ).toEqual([
      ['ส่งเสริมสัมมาชีพชุมชน', 2, '100.00', '2025-06-02', 2],
      ['พัฒนาผลิตภัณฑ์ OTOP', 1, '80.00', '2025-08-29', 0],
      ['ตลาดนัดชุมชน', 2, '50.00', null, 0],
    ]);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity', '=', 'project')
      .where('action', '=', 'import')
      .execute();
    expect(audit).toHaveLength(2);

    const csv = await mueang.get('/api/registers/projects/export.xlsx?unit=9501&fiscalYear=2568&format=csv');
    const [csvHeader, csvFirst] = csv.body.split('\r\n');
    expect(csvHeader?.split(',').filter((header) => PROJECT_KEYS.includes(header))).toEqual([]);
    expect(csvFirst?.startsWith('9501,2568,')).toBe(true);
    const fromCsv = await upload(
      mueang,
      '/api/registers/projects/import?unit=9501&fiscalYear=2568',
      'projects.csv',
      csv.rawPayload,
    );
    expect(fromCsv.statusCode, fromCsv.body).toBe(200);
    expect(fromCsv.json()).toEqual({ created: 0, updated: 3 });
  });

  it('refuses a file with bad rows, naming row and column in Thai, and saves none of it', async () => {
    const count = async () =>
      (await mueang.get('/api/registers/projects?unit=9501&fiscalYear=2568')).json().items.length;
    const before = await count();
    const bad = await projectXlsx([
      ['9501', 2568, 1, 'โครงการดี', null, 10, null, null, null],
      ['9501', 2568, 3, 'โครงการรอบผิด', null, 10, null, null, null],
      ['9501', 2568, 1, 'โครงการร้อยละเกิน', null, 120, null, null, null],
      ['9501', 2568, 1, 'โครงการวันผิด', null, 10, '31/2/2568', null, null],
      ['9601', 2568, 1, 'โครงการจังหวัดอื่น', null, 10, null, null, null],
      ['9501', 2568, 1, 'โครงการงบไม่มี', 999999, 10, null, null, null],
      ['9501', 2567, 1, 'โครงการปีอื่น', null, 10, null, null, null],
      ['9501', 2568, 1, 'โครงการดี', null, 20, null, null, null],
      ['9501', 2568, 1, '', null, 20, null, null, null],
    ]);
    const refused = await upload(
      mueang,
      '/api/registers/projects/import?unit=9501&fiscalYear=2568',
      'projects.xlsx',
      bad,
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toBe('พบข้อผิดพลาด 8 รายการ ไม่มีการบันทึกข้อมูล');
    const rows = refused.json().error.rows as { row: number; field: string; message: string }[];
    expect(rows.map((r) => [r.row, r.field])).toEqual([
      [4, 'round'],
      [5, 'completion_percent'],
      [6, 'completed_on'],
      [7, 'unit_code'],
      [8, 'budget_line_id'],
      [9, 'fiscal_year'],
      [10, 'name'],
      [11, 'name'],
    ]);
    expect(rows[0]?.message).toBe('แถวที่ 4 ช่อง "รอบการประเมิน": รอบการประเมินต้องเป็น 1 หรือ 2');
    expect(rows[1]?.message).toContain('แถวที่ 5 ช่อง "ร้อยละความสำเร็จ": ร้อยละความสำเร็จต้องอยู่ระหว่าง 0–100');
    expect(rows[5]?.message).toBe('แถวที่ 9 ช่อง "ปีงบประมาณ": ปีงบประมาณ 2567 ไม่ตรงกับปีที่นำเข้า 2568');
    expect(rows[6]?.message).toContain('ซ้ำกับแถวที่ 3');
    expect(await count()).toBe(before);

    const outside = await upload(
      mueang,
      '/api/registers/projects/import?unit=9502&fiscalYear=2568',
      'projects.xlsx',
      await projectXlsx([['9502', 2568, 1, 'โครงการอำเภออื่น', null, 10, null, null, null]]),
    );
    expect(outside.statusCode).toBe(403);
    const notATable = await upload(
      mueang,
      '/api/registers/projects/import?unit=9501&fiscalYear=2568',
      'projects.xlsx',
      'not a workbook',
    );
    expect(notATable.statusCode).toBe(422);
    expect(notATable.json().error.code).toBe('import_unreadable');
    expect(await count()).toBe(before);
  });
});
