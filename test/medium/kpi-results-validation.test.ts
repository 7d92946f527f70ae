import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../../src/modules/agreements/kpi-set-files.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { monthlyReport, reportConfig, TestClock } from '../report-fixtures.ts';

type Kpi = { id: number; key: string };
type Item = { key: string; evaluation: { level: number } | null; resultError: string | null };
type Listed = { id: number; agent: { code: string }; score: string | null; unscorable: number };

describe.each(engines())(
  'KPI results its criteria can score, and pages that survive one that cannot, on %s',
  (engine) => {
    const clock = new TestClock('2025-03-05T03:00:00Z');
    const files = reportConfig(clock);
    let t: TestApp;
    let province: Session;
    let staff: Session;
    let department: Session;
    let mueang: Session;
    let setId: number;
    let kpis: Kpi[];
    const kpi = (key: string) => kpis.find((k) => k.key === key)?.id as number;

    beforeAll(async () => {
      t = await startTestApp(engine, files.overrides);
      setId = (
        await loadKpiSetFile(t.handle.db, readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')))
      ).kpiSetId;
      const users = await Promise.all([
        makeUser(t.handle, 'province_admin', '95'),
        makeUser(t.handle, 'province_staff', '95-G4'),
        makeUser(t.handle, 'department_admin', 'CDD'),
        makeUser(t.handle, 'district_officer', '9501'),
      ]);
      [province, staff, department, mueang] = await loginEach(t.app, users);
      kpis = (await province.get(`/api/kpi-sets/${setId}`)).json().kpis;
    });
    afterAll(async () => {
      await t.close();
      files.cleanup();
    });

    const resultCount = async (kpiId: number) =>
      (await t.handle.db.selectFrom('kpi_results').select('id').where('kpi_id', '=', kpiId).execute()).length;

    it('refuses one value for the composite Yala I1 with 422 naming each measure, and stores nothing', async () => {
      const res = await mueang.send('PUT', '/api/kpi-results', {
        kpiId: kpi('I1'),
        unitCode: '9501',
        value: '12',
        asOf: '2025-09-30',
      });
      expect(res.statusCode).toBe(422);
      const { error } = res.json();
      expect(error.field).toBe('measures');
      expect(error.message).toBe(
        'ตัวชี้วัดนี้มีหลายเงื่อนไข ต้องกรอกค่าแยกตามเงื่อนไขให้ครบ ยังขาด: ' +
          'รายได้จากการจำหน่ายเพิ่มขึ้นทั้งปี ของผลิตภัณฑ์ที่เพิ่มน้อยที่สุด (ร้อยละ), ' +
          'ช่องทางประชาสัมพันธ์ ของผลิตภัณฑ์ที่มีน้อยที่สุด (ช่องทาง), การเผยแพร่ (ครั้ง/เดือน)',
      );
      const partial = await mueang.send('PUT', '/api/kpi-results', {
        kpiId: kpi('I1'),
        unitCode: '9501',
        measures: { growth: '12' },
        asOf: '2025-09-30',
      });
      expect(partial.statusCode).toBe(422);
      expect(partial.json().error.message).toMatch(/ยังขาด: ช่องทางประชาสัมพันธ์ .*, การเผยแพร่ \(ครั้ง\/เดือน\)$/);
      expect(await resultCount(kpi('I1'))).toBe(0);

      const whole = await mueang.send('PUT', '/api/kpi-results', {
        kpiId: kpi('I1'),
        unitCode: '9501',
        measures: { growth: '12', channels: '2', posts: '3' },
        asOf: '2025-09-30',
      });
      expect(whole.statusCode, whole.body).toBe(200);
      const steps = await mueang.send('PUT', '/api/kpi-results', {
        kpiId: kpi('O7'),
        unitCode: '9501',
        value: '3',
        asOf: '2025-09-30',
      });
      expect(steps.statusCode).toBe(422);
      expect(steps.json().error.field).toBe('verified');
    });

    it('refuses to bind a report field to a KPI that needs several values, and binds a single-value one', async () => {
      const bound = (kpiId: number) =>
        monthlyReport('95', {
          fields: [
            ...monthlyReport('95').fields,
            { id: 'otop', kind: 'kpi', labelTh: 'ผลผลิตภัณฑ์ OTOP', required: false, kpiId },
          ],
        });
      const refused = await staff.send('POST', '/api/reports/types', bound(kpi('I1')));
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error).toMatchObject({
        field: 'fields.4.kpiId',
        message: expect.stringMatching(/^ผูกช่อง "ผลผลิตภัณฑ์ OTOP" กับตัวชี้วัด I1 .* ไม่ใช่ค่าเดียว/),
      });
      const created = await staff.send('POST', '/api/reports/types', bound(kpi('T1')));
      expect(created.statusCode, created.body).toBe(201);
      const changed = await staff.send(
        'PUT',
        `/api/reports/types/${created.json().reportType.id}`,
        bound(kpi('O7')),
      );
      expect(changed.statusCode).toBe(422);
    });

    it('never lets approval store a result the criteria cannot score, even from a binding made before the check', async () => {
      const created = await staff.send('POST', '/api/reports/types', {
        ...monthlyReport('95', {
          fields: [{ id: 'otop', kind: 'kpi', labelTh: 'ผลผลิตภัณฑ์ OTOP', required: true, kpiId: kpi('T1') }],
        }),
        nameTh: 'รายงานผลผลิตภัณฑ์ชุมชน',
      });
      const typeId = created.json().reportType.id;
      // A binding stored before bindings were checked: the form's field points at the composite I1.
      await t.handle.db
        .updateTable('report_type_versions')
        .set({
          fields: JSON.stringify([
            { id: 'otop', kind: 'kpi', labelTh: 'ผลผลิตภัณฑ์ OTOP', required: true, kpiId: kpi('I1') },
          ]),
        })
        .where('report_type_id', '=', typeId)
        .execute();
      const opened = await mueang.send('POST', '/api/reports/submissions', {
        reportTypeId: typeId,
        unitCode: '9501',
        month: '2025-03',
      });
      const id = opened.json().submission.id;
      await mueang.send('PUT', `/api/reports/submissions/${id}/draft`, { values: { otop: '12' } });
      expect((await mueang.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);
      const before = await resultCount(kpi('I1'));
      const approved = await province.send('POST', `/api/reports/submissions/${id}/approve`);
      expect(approved.statusCode).toBe(422);
      expect(approved.json().error.field).toBe('measures');
      expect(await resultCount(kpi('I1'))).toBe(before);
      expect((await mueang.get(`/api/reports/submissions/${id}`)).json().submission.status).toBe('submitted');
    });

    it('shows a stored result that cannot be scored as that row’s error; the agreement and the list still answer', async () => {
      const list = async (who: Session) => {
        const res = await who.get(`/api/agreements?kpiSet=${setId}`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json().items as Listed[];
      };
      const betong = (await list(province)).find((a) => a.agent.code === '9502') as Listed;
      const t1 = await province.send('PUT', '/api/kpi-results', {
        kpiId: kpi('T1'),
        unitCode: '9502',
        value: '100',
        asOf: '2025-09-30',
      });
      expect(t1.statusCode, t1.body).toBe(200);
      const unit = await t.handle.db
        .selectFrom('units')
        .select('id')
        .where('code', '=', '9502')
        .executeTakeFirstOrThrow();
      // Written straight into the table, as an older version or a bad import could have left it.
      await t.handle.db
        .insertInto('kpi_results')
        .values({
          kpi_id: kpi('I1'),
          unit_id: unit.id,
          value: '12',
          inputs: null,
          source: 'manual',
          as_of: '2025-09-30',
        })
        .execute();

      for (const who of [province, department]) {
        const res = await who.get(`/api/agreements/${betong.id}`);
        expect(res.statusCode, res.body).toBe(200);
        const view = res.json();
        const items: Item[] = view.items;
        const i1 = items.find((i) => i.key === 'I1');
        expect(i1?.evaluation).toBeNull();
        expect(i1?.resultError).toMatch(/^ผลที่บันทึกไว้ใช้คำนวณคะแนนไม่ได้: ต้องระบุค่าของแต่ละเงื่อนไข/);
        expect(items.find((i) => i.key === 'T1')).toMatchObject({
          evaluation: { level: 5 },
          resultError: null,
        });
        expect(view.unscorable).toBe(1);
        expect(view.total.score).toMatch(/^\d+\.\d{4}$/);
        const row = (await list(who)).find((a) => a.id === betong.id);
        expect(row).toMatchObject({ unscorable: 1, score: view.total.score });
      }
    });
  },
);
