import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeReport } from '../../src/domain/quarterly/recompute.ts';
import { Dec } from '../../src/domain/scoring/decimal.ts';
import {
  DEMO_QUARTERLY_FILE,
  loadDemoQuarterly,
  readQuarterlyFile,
} from '../../src/modules/quarterly/service.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

type KpiView = {
  code: string;
  annualTarget: string;
  measures: { nameTh: string; target: string | null; result: string | null; percent: string | null }[];
  threshold: { result: string | null } | null;
  annualResult: string | null;
  annualPercent: string | null;
  annualLight: string | null;
  passFail: string | null;
  quarters: {
    planned: string | null;
    adjusted: string | null;
    label: string | null;
    result: string | null;
    percent: string | null;
  }[];
  regions: {
    rows: { region: string; percent: string | null; quarterResults: (string | null)[] | null }[];
    quarterTotals: (string | null)[] | null;
    sumTargets: string;
    sumResults: string;
    nationalPercent: string | null;
  } | null;
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
    expect(kpis).toHaveLength(16);
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
    expect(served).toHaveLength(16);
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
    expect(view.differences).toHaveLength(22);
  });

  it('compares every figure seed 004 printed with the one served, and every difference is flagged', async () => {
    const view = (await admin.get('/api/quarterly/2562/4')).json() as ReportView;
    const served = new Map(view.strategicIssues.flatMap((i) => i.kpis).map((k) => [k.code, k]));
    const file = readQuarterlyFile(DEMO_QUARTERLY_FILE);
    let compared = 0;
    const differing: string[] = [];
    const compare = (code: string, printed: string | null | undefined, got: string | null | undefined) => {
      if (printed === null || printed === undefined) return;
      compared += 1;
      if (got === null || got === undefined || !new Dec(printed).eq(got))
        differing.push(`${code} ${printed} ${got}`);
    };
    for (const kpi of file.kpis) {
      const got = served.get(kpi.code);
      compare(kpi.code, kpi.printed.annualResult, got?.annualResult);
      compare(kpi.code, kpi.printed.annualPercent, got?.annualPercent);
      kpi.quarters.forEach((q, index) => {
        compare(kpi.code, q.planned, got?.quarters[index]?.planned);
        compare(kpi.code, q.result, got?.quarters[index]?.result);
        compare(kpi.code, q.printed.percent, got?.quarters[index]?.percent);
        if (kpi.accumulation === 'flow')
          compare(kpi.code, q.printed.adjusted, got?.quarters[index]?.adjusted);
      });
      for (const [index, r] of (kpi.regions?.rows ?? []).entries())
        compare(kpi.code, r.printedPercent, got?.regions?.rows[index]?.percent);
      compare(kpi.code, kpi.regions?.printedTotal.target, got?.regions?.sumTargets);
      compare(kpi.code, kpi.regions?.printedTotal.result, got?.regions?.sumResults);
      compare(kpi.code, kpi.threshold?.printedResult, got?.annualResult);
      kpi.measures?.forEach((m, index) => {
        compare(kpi.code, m.printed.result, got?.measures[index]?.result);
        compare(kpi.code, m.printed.percent, got?.measures[index]?.percent);
      });
    }
    // Every printed figure that differs from the served one is among the report's flagged differences.
    const flagged = view.differences.map((d) => `${d.kpi} ${d.printed} ${d.computed}`);
    for (const d of differing) expect(flagged, d).toContain(d);
    expect(compared).toBeGreaterThan(150);
    // 1.3's annual result, 2.3's 28.85 %, 4.2(2)'s printed total 1,670 and the pass/fail results of 4.3, 5 and 6
    expect(differing).toEqual([
      '1.3 3 5',
      '2.3 28.85 28.86',
      '4.2(2) 1670 1676',
      '4.3 1042 1874',
      '5 209 340',
      '6 5 6',
    ]);
    // 7.1's regions by quarter regenerate 004 L197: North 11, -, 24, 70; the totals 35, 99, 131, 274
    const k71 = served.get('7.1');
    expect(k71?.regions?.rows[0]?.quarterResults).toEqual(['11', '0', '24', '70']);
    expect(k71?.regions?.quarterTotals).toEqual(['35', '99', '131', '274']);
    // Item 2's parts (004 L64) and item 6's organisations (004 L174)
    expect(served.get('2')?.measures.map((m) => [m.target, m.result, m.percent])).toEqual([
      ['5500', '5588', '101.60'],
      ['11500', '12550', '109.13'],
    ]);
    expect(served.get('6')?.measures[0]).toMatchObject({ target: '50', result: '121' });
    expect(served.get('2.3')).toMatchObject({ annualResult: '3288', annualPercent: '65.38' });
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
      'ตัววัดเพิ่มเติม',
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
    expect(rows.filter((r) => typeof r[0] === 'string' && /^\d/.test(r[0]))).toHaveLength(16);
    expect(rows.some((r) => r[0] === 'สีแดง หมายถึง ผลดำเนินงานต่ำกว่าร้อยละ 50')).toBe(true);
    expect(workbook.getWorksheet('ตัวเลขที่ต่างจากฉบับพิมพ์')?.rowCount).toBe(23);
  });

  it('lists the data-quality warnings of the report with their Thai messages', async () => {
    const res = await viewer.get('/api/quarterly/2562/4/data-quality');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { violations: { ruleId: string; checkTh: string; messageTh: string }[] };
    expect(body.violations).toHaveLength(14);
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
    expect(unconfirmed.json().error.message).toContain('คำเตือนคุณภาพข้อมูล 14 รายการ');
    expect((await admin.get(url)).json().status).toBe('draft');
    const published = await admin.send('POST', `${url}/publish`, { confirmWarnings: true });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual({ status: 'published', warnings: 14 });
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

  it('creates a quarter from the one before: structure and targets copied, results empty, 409 the second time', async () => {
    const url = '/api/quarterly/2563/1';
    expect((await viewer.send('POST', url, { from: 'previous' })).statusCode).toBe(403);
    expect((await admin.send('POST', url, { from: 'copy' })).statusCode).toBe(400);
    const created = await admin.send('POST', url, { from: 'previous' });
    expect(created.statusCode).toBe(201);
    const view = created.json() as ReportView & { asOf: string | null; titleTh: string };
    expect(view).toMatchObject({
      status: 'draft',
      asOf: null,
      titleTh: 'รายงานผลการปฏิบัติงานไตรมาส 1 (ตุลาคม – ธันวาคม 2562) ประจำปีงบประมาณ พ.ศ.2563',
    });
    expect(view.strategicIssues.map((i) => i.no)).toEqual([1, 3, 2, 4]);
    const kpis = view.strategicIssues.flatMap((i) => i.kpis);
    expect(kpis).toHaveLength(16);
    const k11 = kpis.find((k) => k.code === '1.1');
    expect(k11?.quarters.map((q) => [q.planned, q.result])).toEqual([
      ['39', null],
      ['173', null],
      ['221', null],
      ['77', null],
    ]);
    expect(k11).toMatchObject({ annualTarget: '510', annualResult: null, passFail: null });
    expect(kpis.find((k) => k.code === '2')?.measures.map((m) => m.target)).toEqual(['5500', '11500']);
    expect(view.differences.every((d) => d.figure.includes('เทียบผลรวม'))).toBe(true);
    const again = await admin.send('POST', url, { from: 'empty' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('มีอยู่แล้ว');
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('entity', '=', 'quarterly_report')
      .where('action', '=', 'create')
      .execute();
    expect(audit).toHaveLength(1);
    // The data-quality page asks for the missing as-of date
    const dq = (await admin.get(`${url}/data-quality`)).json() as {
      violations: { ruleId: string; messageTh: string }[];
    };
    expect(dq.violations.find((v) => v.ruleId === 'report.as-of')?.messageTh).toContain('ไม่ระบุ');
  });

  it('carries the same year forward: Q2 keeps Q1 results, so เป้าสะสม derives from them', async () => {
    await admin.send('PUT', '/api/quarterly/2563/1/kpis/7.1', {
      quarters: [
        { quarter: 1, planned: '20', result: '35' },
        { quarter: 2, planned: '140', result: null },
        { quarter: 3, planned: '220', result: null },
        { quarter: 4, planned: '120', result: null },
      ],
      regions: ['N', 'NE', 'S', 'CW', 'BE'].map((region, i) => ({
        region,
        target: '100',
        result: ['11', '10', '4', '6', '4'][i],
      })),
      narratives: [],
    });
    const created = await admin.send('POST', '/api/quarterly/2563/2', { from: 'previous' });
    expect(created.statusCode).toBe(201);
    const k71 = (created.json() as ReportView).strategicIssues
      .flatMap((i) => i.kpis)
      .find((k) => k.code === '7.1');
    // C-08: 7.1 Q2 "140 ชุด (เป้าคงเหลือ 125 ชุด)" from the Q1 result 35 (004 L192)
    expect(k71?.quarters[1]).toMatchObject({ adjusted: '125', label: 'เป้าคงเหลือ', result: null });
    expect(k71?.regions?.rows[0]?.quarterResults).toEqual(['11', null]);
    expect((await admin.send('POST', '/api/quarterly/2561/1', { from: 'previous' })).statusCode).toBe(409);
  });

  it('lets a region office enter its own region for the quarter (403 for another), and shows who has entered', async () => {
    const offices = await Promise.all([
      makeUser(t.handle, 'province_staff', 'CODI-N'),
      makeUser(t.handle, 'province_staff', 'CODI-NE'),
    ]);
    const [north, northeast] = await loginEach(t.app, offices);
    const url = '/api/quarterly/2563/2/regions';
    const entry = { kpis: [{ code: '7.1', result: '40', narrativeTh: 'ผลิตชุดความรู้เพิ่ม 29 ชุด' }] };
    expect((await northeast.send('PUT', `${url}/N`, entry)).statusCode).toBe(403);
    expect((await viewer.send('PUT', `${url}/N`, entry)).statusCode).toBe(403);
    expect((await north.send('PUT', `${url}/XX`, entry)).statusCode).toBe(404);
    const bad = await north.send('PUT', `${url}/N`, {
      kpis: [{ code: '7.1', result: '-4', narrativeTh: null }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('ตัวชี้วัด 7.1 ช่อง ผลสะสม');
    const unknown = await north.send('PUT', `${url}/N`, {
      kpis: [{ code: '8.2', result: '4', narrativeTh: null }],
    });
    expect(unknown.statusCode).toBe(422);
    const own = await north.send('PUT', `${url}/N`, entry);
    expect(own.statusCode).toBe(200);
    const ownView = own.json() as { canEnter: boolean; kpis: { code: string }[] };
    expect(ownView.canEnter).toBe(true);
    expect(ownView.kpis.find((k) => k.code === '7.1')).toMatchObject({
      result: '40',
      earlier: ['11'],
      narrativeTh: 'ผลิตชุดความรู้เพิ่ม 29 ชุด',
    });
    expect((await northeast.get(`${url}/N`)).json().canEnter).toBe(false);
    const status = (await admin.get(url)).json() as {
      regions: { region: string; expected: number; entered: number; complete: boolean }[];
    };
    expect(status.regions.find((r) => r.region === 'N')).toMatchObject({ entered: 1, complete: false });
    expect(status.regions.find((r) => r.region === 'NE')).toMatchObject({ entered: 0 });
    // The region's own figure of Q2 is 40 − 11 = 29; Σ regions = national per quarter is checked on the data-quality page
    const report = (await admin.get('/api/quarterly/2563/2')).json() as ReportView;
    const k71 = report.strategicIssues.flatMap((i) => i.kpis).find((k) => k.code === '7.1');
    expect(k71?.regions?.rows[0]?.quarterResults).toEqual(['11', '29']);
    const broken = await admin.send('PUT', '/api/quarterly/2563/2/kpis/7.1', {
      quarters: [
        { quarter: 1, planned: '20', result: '36' },
        { quarter: 2, planned: '140', result: null },
        { quarter: 3, planned: '220', result: null },
        { quarter: 4, planned: '120', result: null },
      ],
      regions: ['N', 'NE', 'S', 'CW', 'BE'].map((region) => ({
        region,
        target: '100',
        result: region === 'N' ? '40' : null,
      })),
      narratives: [],
    });
    expect(broken.statusCode).toBe(200);
    const dq = (await admin.get('/api/quarterly/2563/2/data-quality')).json() as {
      violations: { ruleId: string; messageTh: string }[];
    };
    expect(dq.violations.find((v) => v.ruleId === '7.1.regions-q1')?.messageTh).toBe(
      'ตัวชี้วัด 7.1: ผลสะสมรายภาค ไตรมาส 1 รวมได้ 35 แต่ผลระดับประเทศถึงไตรมาส 1 คือ 36 (ต่างกัน 1)',
    );
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('entity', '=', 'quarterly_region_entry')
      .execute();
    expect(audit.map((a) => a.entity_id)).toEqual(['2563/2/N']);
  });

  it('adds, reorders and removes strategic issues and KPIs of a draft', async () => {
    const base = '/api/quarterly/2563/3';
    expect((await admin.send('POST', base, { from: 'empty' })).statusCode).toBe(201);
    expect((await viewer.send('POST', `${base}/issues`, { no: 1, nameTh: 'ประเด็น' })).statusCode).toBe(403);
    expect((await admin.send('POST', `${base}/issues`, { no: 2, nameTh: 'ความสัมพันธ์กับภาคี' })).statusCode).toBe(
      200,
    );
    expect((await admin.send('POST', `${base}/issues`, { no: 1, nameTh: 'พื้นที่เป็นตัวตั้ง' })).statusCode).toBe(
      200,
    );
    expect((await admin.send('POST', `${base}/issues`, { no: 1, nameTh: 'ซ้ำ' })).statusCode).toBe(409);
    const kpi = (code: string, strategicIssueNo: number) => ({
      code,
      strategicIssueNo,
      nameTh: `ตัวชี้วัด ${code}`,
      unitTh: 'ตำบล',
      accumulation: 'flow',
      annualTarget: '100',
      planned: ['25', '25', '25', '25'],
      threshold: '100',
    });
    expect((await admin.send('POST', `${base}/kpis`, kpi('1.1', 1))).statusCode).toBe(200);
    expect((await admin.send('POST', `${base}/kpis`, kpi('6', 2))).statusCode).toBe(200);
    expect((await admin.send('POST', `${base}/kpis`, kpi('9', 7))).statusCode).toBe(422);
    expect(
      (await admin.send('POST', `${base}/kpis`, { ...kpi('7', 1), annualTarget: '1e3' })).statusCode,
    ).toBe(400);
    const ordered = await admin.send('PUT', `${base}/order`, { issues: [1, 2], kpis: ['1.1', '6'] });
    expect(ordered.statusCode).toBe(200);
    const view = ordered.json() as ReportView;
    expect(view.strategicIssues.map((i) => [i.no, i.kpis.map((k) => k.code)])).toEqual([
      [1, ['1.1']],
      [2, ['6']],
    ]);
    expect((await admin.send('PUT', `${base}/order`, { issues: [1, 5], kpis: [] })).statusCode).toBe(404);
    expect((await admin.send('DELETE', `${base}/issues/2`)).statusCode).toBe(409);
    expect((await admin.send('DELETE', `${base}/kpis/6`)).statusCode).toBe(200);
    const removed = await admin.send('DELETE', `${base}/issues/2`);
    expect(removed.statusCode).toBe(200);
    expect((removed.json() as ReportView).strategicIssues.map((i) => i.no)).toEqual([1]);
  });
});
