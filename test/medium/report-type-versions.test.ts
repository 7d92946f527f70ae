import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { openReport, reportConfig, TestClock, yalaReportDesk } from '../report-fixtures.ts';

const firstFields = [
  { id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือนที่ได้รับการพัฒนา', unit: 'ครัวเรือน', required: true },
  { id: 'problems', kind: 'text', labelTh: 'ปัญหาอุปสรรค', required: false },
];
const editedFields = [
  {
    id: 'households',
    kind: 'number',
    labelTh: 'จำนวนครัวเรือนเป้าหมายที่พัฒนาแล้ว',
    unit: 'ครัวเรือน',
    required: true,
  },
  { id: 'villages', kind: 'number', labelTh: 'จำนวนหมู่บ้าน', unit: 'หมู่บ้าน', required: true },
];

describe.each(engines())(
  'versioned report forms: a report keeps the fields it was filled with, on %s',
  (engine) => {
    const clock = new TestClock('2025-03-05T03:00:00Z');
    const files = reportConfig(clock);
    let t: TestApp;
    let admin: Session;
    let staff: Session;
    let mueang: Session;
    let betong: Session;
    let typeId: number;
    let approvedId: number;

    const form = (fields: unknown[]) => ({
      nameTh: 'รายงานผลการดำเนินงานประจำเดือน',
      fields,
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
    });

    beforeAll(async () => {
      t = await startTestApp(engine, files.overrides);
      ({ admin, staff, mueang, betong } = await yalaReportDesk(t));
    });
    afterAll(async () => {
      await t.close();
      files.cleanup();
    });

    const open = (who: Session, unitCode: string, month: string) => openReport(who, typeId, unitCode, month);
    const view = async (who: Session, id: number) =>
      (await who.get(`/api/reports/submissions/${id}`)).json().submission;

    it('rewrites a form nobody has filled in yet in place, as version 1', async () => {
      const created = await staff.send('POST', '/api/reports/types', {
        ...form([firstFields[0]]),
        provinceCode: '95',
      });
      expect(created.statusCode, created.body).toBe(201);
      typeId = created.json().reportType.id;
      const changed = await staff.send('PUT', `/api/reports/types/${typeId}`, form(firstFields));
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json().reportType).toMatchObject({ version: 1, fields: firstFields });
    });

    it('keeps an approved report’s fields and values after the form is edited; the next month uses the new fields', async () => {
      const march = await open(mueang, '9501', '2025-03');
      approvedId = march.id;
      await mueang.send('PUT', `/api/reports/submissions/${approvedId}/draft`, {
        values: { households: '120', problems: 'ฝนตกหนัก' },
      });
      expect((await mueang.send('POST', `/api/reports/submissions/${approvedId}/submit`)).statusCode).toBe(
        200,
      );
      expect((await staff.send('POST', `/api/reports/submissions/${approvedId}/approve`)).statusCode).toBe(
        200,
      );
      const before = await view(admin, approvedId);

      const edited = await staff.send('PUT', `/api/reports/types/${typeId}`, form(editedFields));
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json().reportType).toMatchObject({ version: 2, fields: editedFields });

      const after = await view(admin, approvedId);
      expect(after.reportType).toEqual(before.reportType);
      expect(after.reportType).toMatchObject({ version: 1, fields: firstFields });
      expect(after.values).toEqual({ households: '120', problems: 'ฝนตกหนัก' });
      expect(after.status).toBe('approved');

      // March is already being reported on with version 1, so another district's March report uses it too.
      const betongMarch = await open(betong, '9502', '2025-03');
      expect(betongMarch.reportType).toMatchObject({ version: 1, fields: firstFields });

      clock.set('2025-04-02T03:00:00Z');
      const april = await open(mueang, '9501', '2025-04');
      expect(april.reportType).toMatchObject({ version: 2, fields: editedFields });
      const old = await mueang.send('PUT', `/api/reports/submissions/${april.id}/draft`, {
        values: { households: '130', problems: 'ไม่มี' },
      });
      expect(old.statusCode).toBe(422);
      expect(old.json().error.message).toContain('แบบรายงานนี้ไม่มีช่องรหัส "problems"');
      await mueang.send('PUT', `/api/reports/submissions/${april.id}/draft`, {
        values: { households: '130' },
      });
      const incomplete = await mueang.send('POST', `/api/reports/submissions/${april.id}/submit`);
      expect(incomplete.statusCode).toBe(422);
      expect(incomplete.json().error.message).toContain('จำนวนหมู่บ้าน');
    });

    it('checks a reopened old report against its own version, not the edited form', async () => {
      const reopened = await staff.send('POST', `/api/reports/submissions/${approvedId}/reopen`, {
        reason: 'จำนวนครัวเรือนพิมพ์ผิด',
      });
      expect(reopened.statusCode, reopened.body).toBe(200);
      const saved = await mueang.send('PUT', `/api/reports/submissions/${approvedId}/draft`, {
        values: { households: '125', problems: 'ฝนตกหนัก' },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await mueang.send('POST', `/api/reports/submissions/${approvedId}/submit`)).statusCode).toBe(
        200,
      );
      const again = await staff.send('POST', `/api/reports/submissions/${approvedId}/approve`);
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json().submission).toMatchObject({
        reportType: { version: 1, fields: firstFields },
        values: { households: '125', problems: 'ฝนตกหนัก' },
      });
      const versions = await t.handle.db
        .selectFrom('report_type_versions')
        .select('version')
        .where('report_type_id', '=', typeId)
        .orderBy('version')
        .execute();
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
    });
  },
);
