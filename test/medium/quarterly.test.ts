import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeReport } from '../../src/domain/quarterly/recompute.ts';
import {
  DEMO_QUARTERLY_FILE,
  loadDemoQuarterly,
  readQuarterlyFile,
} from '../../src/modules/quarterly/service.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

type KpiView = {
  code: string;
  annualResult: string | null;
  annualPercent: string | null;
  annualLight: string | null;
  passFail: string | null;
  quarters: { adjusted: string | null; label: string | null; percent: string | null }[];
  regions: { sumTargets: string; sumResults: string; nationalPercent: string | null } | null;
};
type ReportView = {
  status: string;
  strategicIssues: { no: number; kpis: KpiView[] }[];
  differences: { kpi: string; figure: string; printed: string | null; computed: string | null }[];
};

const text = (value: { toFixed(): string } | null) => (value === null ? null : value.toFixed());
const pct = (value: { toFixed(d: number): string } | null) => (value === null ? null : value.toFixed(2));

describe.each(engines())('the quarterly report on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let viewer: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    await loadDemoQuarterly(t.handle.db);
    const users = await Promise.all([
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'viewer', '95'),
    ]);
    [admin, viewer] = await loginEach(t.app, users);
  });
  afterAll(async () => t.close());

  it('loads seed 004 once: a second load adds nothing', async () => {
    await loadDemoQuarterly(t.handle.db);
    const reports = await t.handle.db.selectFrom('quarterly_reports').select('id').execute();
    expect(reports).toHaveLength(1);
    const kpis = await t.handle.db.selectFrom('quarterly_kpis').select('id').execute();
    expect(kpis).toHaveLength(15);
  });

  it('lists the report', async () => {
    const res = await viewer.get('/api/quarterly');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      expect.objectContaining({ fiscalYear: 2562, quarter: 4, status: 'draft', asOf: '2019-08-31' }),
    ]);
  });

  it("serves every KPI's figures equal to recompute's on the demo file, issues in display order", async () => {
    const res = await admin.get('/api/quarterly/2562/4');
    expect(res.statusCode).toBe(200);
    const view = res.json() as ReportView;
    // 004 L24, L104, L173, L189: SI-1, SI-3, SI-2, SI-4
    expect(view.strategicIssues.map((i) => i.no)).toEqual([1, 3, 2, 4]);
    const expected = recomputeReport(readQuarterlyFile(DEMO_QUARTERLY_FILE));
    const served = view.strategicIssues.flatMap((i) => i.kpis);
    expect(served).toHaveLength(15);
    for (const kpi of expected.kpis) {
      const got = served.find((k) => k.code === kpi.code);
      expect(got, kpi.code).toBeDefined();
      expect(got?.annualResult, kpi.code).toBe(text(kpi.annualResult));
      expect(got?.annualPercent, kpi.code).toBe(pct(kpi.annualPercent));
      expect(got?.annualLight, kpi.code).toBe(kpi.annualLight);
      expect(got?.passFail, kpi.code).toBe(kpi.passFail);
      expect(
        got?.quarters.map((q) => [q.adjusted, q.label, q.percent]),
        kpi.code,
      ).toEqual(kpi.quarters.map((q) => [text(q.adjusted), q.label, pct(q.percent)]));
    }
    expect(view.differences).toHaveLength(expected.differences.length);
    expect(view.differences).toHaveLength(21);
  });

  it('shows the figures the seed states: 1.1 green at 101.57 % and passing; 4.2(1) green yet failing', async () => {
    const view = (await admin.get('/api/quarterly/2562/4')).json() as ReportView;
    const kpis = view.strategicIssues.flatMap((i) => i.kpis);
    const first = kpis.find((k) => k.code === '1.1');
    // 004 L25 "510 ตำบล (ผล 518 ตำบล ร้อยละ 101.57)", Q2 "(เป้าสะสม 174 ตำบล) (ผล 134 ตำบล ร้อยละ 77.01)"
    expect(first).toMatchObject({ annualResult: '518', annualPercent: '101.57', annualLight: 'green' });
    expect(first?.passFail).toBe('ผ่าน');
    expect(first?.quarters[1]).toMatchObject({ adjusted: '174', label: 'เป้าสะสม', percent: '77.01' });
    // 004 L110–113: 490 of 534, 91.76 %, "ไม่ผ่าน"
    const failing = kpis.find((k) => k.code === '4.2(1)');
    expect(failing).toMatchObject({ annualResult: '490', annualPercent: '91.76', annualLight: 'green' });
    expect(failing?.passFail).toBe('ไม่ผ่าน');
    expect(failing?.regions).toMatchObject({
      sumTargets: '534',
      sumResults: '490',
      nationalPercent: '91.76',
    });
    // 004 L26: the 1.1 result printed in red; the difference names the colours in Thai
    expect(view.differences).toContainEqual(
      expect.objectContaining({ kpi: '1.1', printed: 'แดง', computed: 'เขียว' }),
    );
  });

  it('exports the same figures as xlsx with Thai headers, issue bands in display order and the legend', async () => {
    const res = await viewer.get('/api/quarterly/2562/4/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('quarterly-2562-q4.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'สรุปผลรายไตรมาส',
      'ผลรายภาค',
      'คำบรรยาย',
      'ตัวเลขที่ต่างจากฉบับพิมพ์',
    ]);
    const sheet = workbook.getWorksheet('สรุปผลรายไตรมาส');
    const rows: (string | number | null)[][] = [];
    sheet?.eachRow((row) => {
      rows.push((row.values as (string | number | null)[]).slice(1));
    });
    expect(rows[2]?.slice(0, 7)).toEqual([
      'รหัส',
      'ภารกิจ-แผนงาน-คำรับรองการปฏิบัติงาน / ตัวชี้วัด',
      'หน่วยนับ',
      'เป้าหมายทั้งปี',
      'ผลทั้งปี',
      'ร้อยละ',
      'สี',
    ]);
    const bands = rows
      .filter((r) => String(r[0]).startsWith('ประเด็นยุทธศาสตร์ที่'))
      .map((r) => String(r[0]).split(' :')[0]);
    expect(bands).toEqual([
      'ประเด็นยุทธศาสตร์ที่ 1',
      'ประเด็นยุทธศาสตร์ที่ 3',
      'ประเด็นยุทธศาสตร์ที่ 2',
      'ประเด็นยุทธศาสตร์ที่ 4',
    ]);
    const kpi = (code: string) => rows.find((r) => r[0] === code);
    // 004 L25: 510, result 518, 101.57 %, green; Q2 planned 173, "เป้าสะสม 174", 134, 77.01
    expect(kpi('1.1')?.slice(3, 7)).toEqual([510, 518, 101.57, 'เขียว']);
    expect(kpi('1.1')?.slice(11, 15)).toEqual([173, 'เป้าสะสม 174', 134, 77.01]);
    expect(kpi('4.2(1)')?.slice(23, 26)).toEqual(['ตั้งแต่ 534', 490, 'ไม่ผ่าน']);
    expect(rows.filter((r) => typeof r[0] === 'string' && /^\d/.test(r[0]))).toHaveLength(15);
    expect(rows.some((r) => r[0] === 'สีแดง หมายถึง ผลดำเนินงานต่ำกว่าร้อยละ 50')).toBe(true);
    expect(workbook.getWorksheet('ตัวเลขที่ต่างจากฉบับพิมพ์')?.rowCount).toBe(22);
  });

  it('lists the data-quality warnings of the report with their Thai messages', async () => {
    const res = await viewer.get('/api/quarterly/2562/4/data-quality');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { violations: { ruleId: string; checkTh: string; messageTh: string }[] };
    expect(body.violations).toHaveLength(13);
    expect(body.violations[0]).toEqual(
      expect.objectContaining({
        ruleId: '1.1.colour',
        checkTh: 'สีต้องได้จากการคำนวณ ไม่ใช่พิมพ์เอง',
        messageTh: 'ตัวชี้วัด 1.1: สีของผลทั้งปีที่พิมพ์เป็นสีแดง แต่ตามเกณฑ์ต้องเป็นสีเขียว (ร้อยละ 101.57)',
      }),
    );
  });

  it('publishes only with the warnings confirmed, only by the department, and reopens', async () => {
    const url = '/api/quarterly/2562/4';
    const refused = await viewer.send('POST', `${url}/publish`, { confirmWarnings: true });
    expect(refused.statusCode).toBe(403);
    const unconfirmed = await admin.send('POST', `${url}/publish`, {});
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().error.message).toContain('คำเตือนคุณภาพข้อมูล 13 รายการ');
    expect((await admin.get(url)).json().status).toBe('draft');
    const published = await admin.send('POST', `${url}/publish`, { confirmWarnings: true });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual({ status: 'published', warnings: 13 });
    const view = (await viewer.get(url)).json() as { status: string; publishedAt: string | null };
    expect(view.status).toBe('published');
    expect(view.publishedAt).not.toBeNull();
    expect((await admin.send('POST', `${url}/publish`, { confirmWarnings: true })).statusCode).toBe(409);
    expect((await viewer.send('POST', `${url}/reopen`)).statusCode).toBe(403);
    const reopened = await admin.send('POST', `${url}/reopen`);
    expect(reopened.statusCode).toBe(200);
    expect((await admin.get(url)).json()).toMatchObject({ status: 'draft', publishedAt: null });
    expect((await admin.send('POST', `${url}/publish`, { confirmWarnings: 'ใช่' })).statusCode).toBe(400);
  });

  it("enters a KPI's quarters, region offices and narratives in one write and recomputes", async () => {
    const url = '/api/quarterly/2562/4/kpis/1.1';
    const entry = {
      quarters: [
        { quarter: 1, planned: '39', result: '38' },
        { quarter: 2, planned: '173', result: '134' },
        { quarter: 3, planned: '221', result: '82' },
        { quarter: 4, planned: '77', result: '200' },
      ],
      regions: [
        { region: 'N', target: '102', result: '90' },
        { region: 'NE', target: '102', result: '90' },
        { region: 'S', target: '102', result: '90' },
        { region: 'CW', target: '102', result: '91' },
        { region: 'BE', target: '102', result: '93' },
      ],
      narratives: [{ kind: 'problem', textTh: 'ฝนตกหนักในภาคใต้' }],
    };
    expect((await viewer.send('PUT', url, entry)).statusCode).toBe(403);
    const res = await admin.send('PUT', url, entry);
    expect(res.statusCode).toBe(200);
    const kpi = (res.json() as ReportView).strategicIssues
      .flatMap((i) => i.kpis)
      .find((k) => k.code === '1.1');
    // 38 + 134 + 82 + 200 = 454 of 510 = 89.02 %; Q4 against 256 (510 − 254) = 78.13 %
    expect(kpi).toMatchObject({ annualResult: '454', annualPercent: '89.02', annualLight: 'green' });
    expect(kpi?.quarters[3]).toMatchObject({ adjusted: '256', percent: '78.13' });
    expect(kpi?.regions).toMatchObject({ sumTargets: '510', sumResults: '454', nationalPercent: '89.02' });
    const narratives = await t.handle.db.selectFrom('quarterly_narratives').selectAll().execute();
    expect(narratives.filter((n) => n.text_th === 'ฝนตกหนักในภาคใต้')).toHaveLength(1);

    const before = await t.handle.db
      .selectFrom('quarterly_kpi_quarters')
      .selectAll()
      .orderBy('kpi_id')
      .orderBy('quarter')
      .execute();
    const bad = structuredClone(entry);
    bad.quarters[1] = { quarter: 2, planned: '173', result: '๑๓๔x' };
    const refused = await admin.send('PUT', url, bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('ไตรมาส 2 ช่อง ผล: ต้องเป็นตัวเลขไม่ติดลบ');
    const twice = structuredClone(entry);
    twice.regions[1] = { region: 'N', target: '1', result: '1' };
    expect((await admin.send('PUT', url, twice)).json().error.message).toContain('ภาคเหนือ ซ้ำกันมากกว่าหนึ่งแถว');
    const negative = structuredClone(entry);
    negative.regions[2] = { region: 'S', target: '-5', result: '1' };
    expect((await admin.send('PUT', url, negative)).json().error.message).toContain('ภาคใต้ ช่อง เป้าหมาย');
    expect(
      await t.handle.db
        .selectFrom('quarterly_kpi_quarters')
        .selectAll()
        .orderBy('kpi_id')
        .orderBy('quarter')
        .execute(),
    ).toEqual(before);
    expect((await admin.send('PUT', '/api/quarterly/2562/4/kpis/99.9', entry)).statusCode).toBe(404);

    await admin.send('POST', '/api/quarterly/2562/4/publish', { confirmWarnings: true });
    const locked = await admin.send('PUT', url, entry);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('เผยแพร่แล้ว');
    await admin.send('POST', '/api/quarterly/2562/4/reopen');
  });

  it('sets the as-of date, which the data-quality page checks against the quarter', async () => {
    const url = '/api/quarterly/2562/4/as-of';
    expect((await viewer.send('PUT', url, { asOf: '2019-03-31' })).statusCode).toBe(403);
    expect((await admin.send('PUT', url, { asOf: '2019-02-30' })).statusCode).toBe(400);
    const moved = await admin.send('PUT', url, { asOf: '2019-03-31' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().asOf).toBe('2019-03-31');
    const dq = (await admin.get('/api/quarterly/2562/4/data-quality')).json() as {
      violations: { ruleId: string; messageTh: string }[];
    };
    // 004 L794: figures "ถึงมีนาคม 2562" in a July–September report
    expect(dq.violations.find((v) => v.ruleId === 'report.as-of')?.messageTh).toBe(
      'วันที่ของข้อมูล 31 มีนาคม 2562 อยู่นอกช่วงที่รายงาน 1 กรกฎาคม 2562 ถึง 30 กันยายน 2562',
    );
    expect((await admin.send('PUT', url, { asOf: '2019-08-31' })).statusCode).toBe(200);
  });

  it('answers 404 in Thai for a quarter with no report and 400 for quarter 5', async () => {
    const missing = await admin.get('/api/quarterly/2563/1');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('ไตรมาส 1');
    expect((await admin.get('/api/quarterly/2562/5')).statusCode).toBe(400);
  });

  it('refuses anonymous readers', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/quarterly/2562/4' })).statusCode).toBe(401);
  });
});
