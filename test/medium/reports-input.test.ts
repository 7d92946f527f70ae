import { createHash } from 'node:crypto';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { jpeg, monthlyReport, multipart, reportConfig, TestClock } from '../report-fixtures.ts';

const MB = 1024 * 1024;

describe.each(engines())('monthly reports: bad input and evidence files on %s', (engine) => {
  const clock = new TestClock('2025-03-03T03:00:00Z');
  const files = reportConfig(clock);
  let t: TestApp;
  let mueang: Session;
  let viewer: Session;
  let outsider: Session;
  let id: number;

  beforeAll(async () => {
    t = await startTestApp(engine, files.overrides);
    const users = await Promise.all([
      makeUser(t.handle, 'province_staff', '95-G4'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'viewer', '95'),
      makeUser(t.handle, 'district_officer', '9601'),
    ]);
    const [staff, ...rest] = await loginEach(t.app, users);
    [mueang, viewer, outsider] = rest;
    const created = await staff.send('POST', '/api/reports/types', monthlyReport('95'));
    expect(created.statusCode, created.body).toBe(201);
    const opened = await mueang.send('POST', '/api/reports/submissions', {
      reportTypeId: created.json().reportType.id,
      unitCode: '9501',
      month: '2025-03',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    id = opened.json().submission.id;
  });
  afterAll(async () => {
    await t.close();
    files.cleanup();
  });

  const url = () => `/api/reports/submissions/${id}`;
  const upload = (field: string, name: string, content: Buffer, type?: string) => {
    const form = multipart(name, content, type);
    return mueang.send('POST', `${url()}/files/${field}`, form.body, form.headers);
  };
  const current = async () => (await mueang.get(url())).json().submission;
  const fileRows = () =>
    t.handle.db.selectFrom('submission_files').select('id').where('submission_id', '=', id).execute();

  it('accepts Thai digits as numbers and refuses a value that is not a number, saving nothing of that draft', async () => {
    const ok = await mueang.send('PUT', `${url()}/draft`, {
      values: { households: '๑๒๓', problems: 'ฝนตกหนัก' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().submission.values).toEqual({ households: '123', problems: 'ฝนตกหนัก' });

    const bad = await mueang.send('PUT', `${url()}/draft`, {
      values: { households: 'สิบสอง', problems: 'แก้แล้ว' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({
      code: 'invalid_submission',
      field: 'values.households',
      message: 'บันทึกร่างไม่ได้: "จำนวนครัวเรือนที่ได้รับการพัฒนา" ต้องเป็นตัวเลข เช่น 12 หรือ 12.5 (ใช้เลขไทย ๑๒๓ ได้)',
    });
    const unknown = await mueang.send('PUT', `${url()}/draft`, { values: { village: '3' } });
    expect(unknown.json().error.message).toBe('บันทึกร่างไม่ได้: แบบรายงานนี้ไม่มีช่องรหัส "village"');
    expect((await current()).values).toEqual({ households: '123', problems: 'ฝนตกหนัก' });
  });

  it('refuses to submit without a required value or photo, naming each field, and changes nothing', async () => {
    await mueang.send('PUT', `${url()}/draft`, { values: { problems: 'ยังไม่ได้นับ' } });
    const refused = await mueang.send('POST', `${url()}/submit`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      field: 'values.households',
      message:
        'ส่งรายงานไม่ได้ ข้อมูลยังไม่ครบถ้วน: กรุณากรอก "จำนวนครัวเรือนที่ได้รับการพัฒนา"; ' +
        '"ภาพกิจกรรม" ต้องแนบรูปถ่ายอย่างน้อย 1 รูป (แนบแล้ว 0 รูป)',
      rows: [
        { row: 1, field: 'households', message: 'กรุณากรอก "จำนวนครัวเรือนที่ได้รับการพัฒนา"' },
        { row: 2, field: 'photos', message: '"ภาพกิจกรรม" ต้องแนบรูปถ่ายอย่างน้อย 1 รูป (แนบแล้ว 0 รูป)' },
      ],
    });
    const after = await current();
    expect(after).toMatchObject({ status: 'draft', events: [], firstSubmittedAt: null });
  });

  it('checks a file’s type by its content: a .jpg that is really text is refused', async () => {
    const fake = await upload('photos', 'photo.jpg', Buffer.from('นี่ไม่ใช่รูปภาพ just text\n'), 'image/jpeg');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message).toBe(
      'ไฟล์ "photo.jpg" ไม่ใช่ JPEG, PNG, WebP (ตรวจจากเนื้อหาของไฟล์แล้วเป็นข้อความหรือไฟล์ชนิดที่ไม่รู้จัก)',
    );
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    );
    const pdfAsPhoto = await upload('photos', 'scan.pdf', pdf, 'application/pdf');
    expect(pdfAsPhoto.statusCode).toBe(415);
    expect(pdfAsPhoto.json().error.message).toContain('ตรวจจากเนื้อหาของไฟล์แล้วเป็นไฟล์ชนิด pdf');
    expect(await fileRows()).toEqual([]);

    const evidence = await upload('evidence', 'scan.pdf', pdf, 'application/octet-stream');
    expect(evidence.statusCode, evidence.body).toBe(201);
    const stored = evidence.json().submission.files[0];
    expect(stored).toMatchObject({
      fieldId: 'evidence',
      mime: 'application/pdf',
      bytes: pdf.length,
      displayUrl: null,
    });
    const back = await mueang.get(stored.url);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.rawPayload.equals(pdf)).toBe(true);

    const book = new ExcelJS.Workbook();
    book.addWorksheet('ครัวเรือน').addRow(['บ้านเลขที่', 'สมาชิก']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const sheet = await upload('evidence', 'households.xlsx', xlsx);
    expect(sheet.json().submission.files[1].mime).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('refuses a file over 20 MB with 413 and keeps nothing of it', async () => {
    const before = (await fileRows()).length;
    const huge = Buffer.alloc(20 * MB + 1);
    (await jpeg(8, 8)).copy(huge);
    const res = await upload('photos', 'huge.jpg', huge, 'image/jpeg');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('too_large');
    expect(await fileRows()).toHaveLength(before);
  });

  it('keeps a photo’s original, serves a resized copy for display, and holds to the photo maximum', async () => {
    const png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#36c' } })
      .png()
      .toBuffer();
    const res = await upload('photos', 'wide.png', png, 'image/png');
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json().submission.files.find((f: { fieldId: string }) => f.fieldId === 'photos');
    expect(photo).toMatchObject({
      mime: 'image/png',
      sha256: createHash('sha256').update(png).digest('hex'),
    });
    expect(fs.existsSync(`${files.overrides.filesDir}/${photo.sha256}`)).toBe(true);
    const original = await viewer.get(photo.url);
    expect(original.headers['content-type']).toBe('image/png');
    expect(original.rawPayload.equals(png)).toBe(true);
    const display = await mueang.get(photo.displayUrl);
    expect(display.headers['content-type']).toBe('image/jpeg');
    expect(await sharp(display.rawPayload).metadata()).toMatchObject({
      format: 'jpeg',
      width: 1600,
      height: 800,
    });

    expect((await upload('photos', 'two.jpg', await jpeg(30, 20), 'image/jpeg')).statusCode).toBe(201);
    const third = await upload('photos', 'three.jpg', await jpeg(30, 20), 'image/jpeg');
    expect(third.statusCode).toBe(422);
    expect(third.json().error.message).toBe('"ภาพกิจกรรม" แนบรูปถ่ายได้ไม่เกิน 2 รูป');
  });

  it('lets the province’s viewer read but not write, and keeps other provinces out', async () => {
    const { files: stored } = await current();
    expect((await outsider.get(stored[0].url)).statusCode).toBe(404);
    expect((await outsider.get(url())).statusCode).toBe(404);
    expect((await viewer.get(url())).statusCode).toBe(200);
    expect((await viewer.send('PUT', `${url()}/draft`, { values: {} })).statusCode).toBe(403);
    expect((await viewer.send('DELETE', `/api/reports/files/${stored[0].id}`)).statusCode).toBe(403);
  });

  it('submits once complete; a file can be removed from a draft but not from a report under review', async () => {
    const { files: stored } = await current();
    const removed = await mueang.send('DELETE', `/api/reports/files/${stored[0].id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    await mueang.send('PUT', `${url()}/draft`, { values: { households: '๔๕' } });
    const sent = await mueang.send('POST', `${url()}/submit`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().submission).toMatchObject({ status: 'submitted', state: 'submitted', colour: 'blue' });
    const late = await mueang.send('DELETE', `/api/reports/files/${stored[1].id}`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('ส่งรายงานแล้ว อยู่ระหว่างการตรวจของจังหวัด แก้ไขได้เมื่อจังหวัดส่งคืนให้แก้ไข');
  });
});
