import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet, planCriteria } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { monthlyReport, openReport, reportConfig, TestClock } from '../report-fixtures.ts';

type Dashboard = {
  unit: { code: string };
  choices: { code: string }[];
  rounds: { kpiSetId: number; fiscalYear: number; round: number }[];
  round: { kpiSetId: number } | null;
  kpis: { kpiId: number; key: string }[];
  units: {
    rank: number | null;
    agreementId: number;
    code: string;
    score: string | null;
    reported: number;
    levels: { kpiId: number; level: number | null; score: string | null; nextTh: string | null }[];
  }[];
  timeliness: { month: string; rates: { expected: number; submitted: number; onTime: number } }[];
};

type AgreementPage = {
  total: { score: string } | null;
  items: {
    kpiId: number;
    selected: boolean;
    evaluation: { level: number; score: string; next: { text: string } | null } | null;
  }[];
};

/** A dashboard row's levels are its agreement page's chosen rows: level, score and next level. */
function expectLevelsOfPage(unit: Dashboard['units'][number], page: AgreementPage) {
  expect(unit.levels.map(({ kpiId, level, score, nextTh }) => ({ kpiId, level, score, nextTh }))).toEqual(
    page.items
      .filter((i) => i.selected)
      .map((i) => ({
        kpiId: i.kpiId,
        level: i.evaluation?.level ?? null,
        score: i.evaluation?.score ?? null,
        nextTh: i.evaluation?.next?.text ?? null,
      })),
  );
}

describe.each(engines())('the districts dashboard of a round, on %s', (engine) => {
  const clock = new TestClock('2026-11-05T03:00:00Z');
  const files = reportConfig(clock);
  let t: TestApp;
  let staff: Session;
  let admin: Session;
  let mueang: Session;
  let betong: Session;
  let chachoengsao: Session;
  let department: Session;
  let older: { id: number; kpiIds: Record<string, number> };
  let newer: { id: number; kpiIds: Record<string, number> };
  const agreementOf: Record<string, number> = {};

  const dashboard = async (who: Session, query: string): Promise<Dashboard> => {
    const res = await who.get(`/api/dashboards/districts?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    t = await startTestApp(engine, files.overrides);
    const users = await Promise.all([
      makeUser(t.handle, 'province_staff', '95-G1'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
      makeUser(t.handle, 'province_admin', '24'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [staff, admin, mueang, betong, chachoengsao, department] = await loginEach(t.app, users);
    older = await makeKpiSet(t.handle, '95', 2568, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ]);
    newer = await makeKpiSet(t.handle, '95', 2569, 1, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของการบรรลุเป้าหมาย', criteria: planCriteria },
    ]);
    const made = await staff.send('POST', '/api/agreements', {
      kpiSetId: older.id,
      pair: 'province_district',
      agentCode: '9501',
      items: [{ kpiId: older.kpiIds.T1, weight: '100' }],
    });
    expect(made.statusCode, made.body).toBe(201);
    for (const code of ['9501', '9502', '9503']) {
      const created = await staff.send('POST', '/api/agreements', {
        kpiSetId: newer.id,
        pair: 'province_district',
        agentCode: code,
        items: [
          { kpiId: newer.kpiIds.T1, weight: '50' },
          { kpiId: newer.kpiIds.T2, weight: '50' },
        ],
      });
      expect(created.statusCode, created.body).toBe(201);
      agreementOf[code] = created.json().agreement.id;
    }
    // Mueang: 89.30 (level 2) and 86 (level 3); Betong: 100 (level 5) and 76 (level 1); Krong Pinang: no result.
    for (const [unitCode, key, value] of [
      ['9501', 'T1', '89.30'],
      ['9501', 'T2', '86'],
      ['9502', 'T1', '100'],
      ['9502', 'T2', '76'],
    ] as const) {
      const put = await staff.send('PUT', '/api/kpi-results', {
        kpiId: newer.kpiIds[key],
        unitCode,
        value,
        asOf: '2026-03-31',
      });
      expect(put.statusCode, put.body).toBe(200);
    }
    // November's monthly report, due on the 10th: Mueang sends it on the 5th, Betong on the 15th, the rest never.
    const type = await staff.send(
      'POST',
      '/api/reports/types',
      monthlyReport('95', {
        fields: [{ id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true }],
      }),
    );
    expect(type.statusCode, type.body).toBe(201);
    for (const [who, unitCode, at] of [
      [mueang, '9501', '2026-11-05T03:00:00Z'],
      [betong, '9502', '2026-11-15T03:00:00Z'],
    ] as const) {
      clock.set(at);
      const report = await openReport(who, type.json().reportType.id, unitCode, '2026-11');
      await who.send('PUT', `/api/reports/submissions/${report.id}/draft`, { values: { households: '3' } });
      const sent = await who.send('POST', `/api/reports/submissions/${report.id}/submit`);
      expect(sent.statusCode, sent.body).toBe(200);
    }
  });
  afterAll(async () => {
    await t.close();
    files.cleanup();
  });

  it('opens on the latest round with agreements and ranks the districts by the score their agreement page shows', async () => {
    const view = await dashboard(admin, 'unit=95');
    expect(view.rounds.map((r) => [r.fiscalYear, r.round])).toEqual([
      [2569, 1],
      [2568, 2],
    ]);
    expect(view.round?.kpiSetId).toBe(newer.id);
    expect(view.units.map((u) => [u.rank, u.code, u.score, u.reported])).toEqual([
      [1, '9502', '3.0000', 2],
      [2, '9501', '2.5000', 2],
      [3, '9503', '0.0000', 0],
    ]);
    for (const unit of view.units) {
      const page = await admin.get(`/api/agreements/${unit.agreementId}`);
      expect(page.statusCode, page.body).toBe(200);
      const body: AgreementPage = page.json();
      expect(unit.agreementId).toBe(agreementOf[unit.code]);
      expect(unit.score).toBe(body.total?.score ?? null);
      // The cells also carry the traffic light and forecast (test/medium/dashboards-kpi.test.ts checks those).
      expectLevelsOfPage(unit, body);
    }
    const mueangRow = view.units.find((u) => u.code === '9501');
    expect(mueangRow?.levels.map((l) => l.nextTh)).toEqual([
      'ต้องได้ไม่น้อยกว่า 90 จึงจะได้ระดับ 3',
      expect.stringContaining('ระดับ 4'),
    ]);
  });

  it('gives the heat table each district’s level per KPI, none where there is no result', async () => {
    const view = await dashboard(admin, `unit=95&kpiSet=${newer.id}`);
    expect(view.kpis.map((k) => k.key)).toEqual(['T1', 'T2']);
    const levels = Object.fromEntries(
      view.units.map((u) => [
        u.code,
        view.kpis.map((k) => u.levels.find((l) => l.kpiId === k.kpiId)?.level ?? null),
      ]),
    );
    expect(levels).toEqual({ '9501': [2, 3], '9502': [5, 1], '9503': [null, null] });
    const earlier = await dashboard(admin, `unit=95&kpiSet=${older.id}`);
    expect(earlier.units.map((u) => [u.code, u.levels.map((l) => l.level)])).toEqual([['9501', [null]]]);
  });

  it('shows a district its own row only, a province only its districts, and refuses anything else', async () => {
    const own = await dashboard(mueang, 'unit=9501');
    expect(own.choices.map((c) => c.code)).toEqual(['9501']);
    expect(own.units.map((u) => [u.code, u.score, u.rank])).toEqual([['9501', '2.5000', null]]);
    expect(JSON.stringify(own)).not.toContain('9502');
    for (const [who, url] of [
      [mueang, 'unit=95'],
      [mueang, 'unit=9502'],
      [betong, 'unit=9501'],
      [chachoengsao, 'unit=95'],
      [admin, 'unit=24'],
      [admin, 'unit=2401'],
    ] as const) {
      const res = await who.get(`/api/dashboards/districts?${url}`);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(403);
    }
    const theirs = await dashboard(chachoengsao, 'unit=24');
    expect(theirs.units).toEqual([]);
    expect(theirs.round).toBeNull();
    const nation = await dashboard(department, 'unit=95');
    expect(nation.units.map((u) => u.code)).toEqual(['9502', '9501', '9503']);
    expect(nation.choices.map((c) => c.code)).toContain('24');
  });

  it('refuses a round of another province and a unit that is neither a province nor a district', async () => {
    const foreign = await makeKpiSet(t.handle, '24', 2569, 1, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ]);
    expect((await admin.get(`/api/dashboards/districts?unit=95&kpiSet=${foreign.id}`)).statusCode).toBe(404);
    const region = await department.get('/api/dashboards/districts?unit=CDD');
    expect(region.statusCode).toBe(422);
    expect(region.json().error.message).toContain('จังหวัดหรืออำเภอ');
  });

  it('gives the report timeliness of the province’s districts per month, and of a district alone', async () => {
    const province = await dashboard(admin, 'unit=95');
    expect(province.timeliness.map((m) => [m.month, m.rates.submitted, m.rates.onTime])).toEqual([
      ['2026-11', 2, 1],
    ]);
    // Yala's eight districts each owe November's report.
    expect(province.timeliness[0]?.rates.expected).toBe(8);
    const own = await dashboard(mueang, 'unit=9501');
    expect(own.timeliness.map((m) => [m.month, m.rates.expected, m.rates.submitted, m.rates.onTime])).toEqual(
      [['2026-11', 1, 1, 1]],
    );
    const file = await admin.get(
      `/api/dashboards/districts/export?unit=95&kpiSet=${newer.id}&table=timeliness&format=csv`,
    );
    expect(file.statusCode, file.body).toBe(200);
    expect(file.body).toContain('พฤศจิกายน 2569');
  });

  it('exports the ranking as CSV and the levels as xlsx, the same figures as the page', async () => {
    const csv = await admin.get(
      `/api/dashboards/districts/export?unit=95&kpiSet=${newer.id}&table=ranking&format=csv`,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toContain('tidtam-dashboard-95-2569-1-ranking.csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('อันดับ,รหัสอำเภอ,อำเภอ,คะแนนรวม,ตัวชี้วัดที่มีผล,ตัวชี้วัดทั้งหมด');
    expect(
      lines.slice(1).map((l) =>
        l
          .split(',')
          .slice(0, 2)
          .concat(l.split(',')[3] ?? ''),
      ),
    ).toEqual([
      ['1', '9502', '3.0000'],
      ['2', '9501', '2.5000'],
      ['3', '9503', '0.0000'],
    ]);
    const xlsx = await admin.get(`/api/dashboards/districts/export?unit=95&kpiSet=${newer.id}&table=levels`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const rows = [2, 3, 4].map((r) => [2, 4, 5].map((c) => sheet?.getRow(r).getCell(c).value ?? null));
    expect(rows).toEqual([
      ['9502', 5, 1],
      ['9501', 2, 3],
      ['9503', null, null],
    ]);
    const refused = await mueang.get(
      `/api/dashboards/districts/export?unit=95&kpiSet=${newer.id}&table=ranking`,
    );
    expect(refused.statusCode).toBe(403);
  });

  // Last: it changes results the tests above read. The dashboard reads the scores kept on write, not live scoring.
  it('follows a result as soon as it is saved: the same scores, levels and next levels as the agreement page', async () => {
    for (const [key, value] of [
      ['T1', '100'],
      ['T2', '86'],
    ] as const) {
      const put = await staff.send('PUT', '/api/kpi-results', {
        kpiId: newer.kpiIds[key],
        unitCode: '9503',
        value,
        asOf: '2026-04-30',
      });
      expect(put.statusCode, put.body).toBe(200);
    }
    const view = await dashboard(admin, `unit=95&kpiSet=${newer.id}`);
    expect(view.units.map((u) => [u.rank, u.code, u.score, u.reported])).toEqual([
      [1, '9503', '4.0000', 2],
      [2, '9502', '3.0000', 2],
      [3, '9501', '2.5000', 2],
    ]);
    for (const unit of view.units) {
      const body: AgreementPage = (await admin.get(`/api/agreements/${unit.agreementId}`)).json();
      expect(unit.score).toBe(body.total?.score ?? null);
      expectLevelsOfPage(unit, body);
    }
    const own = await dashboard(mueang, `unit=9501&kpiSet=${newer.id}`);
    expect(own.units.map((u) => [u.rank, u.code, u.score])).toEqual([[null, '9501', '2.5000']]);
  });
});
