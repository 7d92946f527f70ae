import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoQuarterly } from '../../src/modules/quarterly/service.ts';
import { budgetCriteria, makeKpiSet, planCriteria, withBudgetFormula } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { expectNoLostUpdate, expectOneOfTwoAtOnce, type Versioned } from '../row-version-race.ts';

/**
 * Issue R2-6 item 5 on the quarterly report and the removals: each KPI entry of a quarter, each region's row of a
 * KPI and the report itself (its as-of date and order) have their own version, so two officers editing two
 * different KPIs or regions from the same load both land, and two edits of the same one from the same version do
 * not: the second is 409 stale naming who saved and when. A KPI's region row is written by both the department's
 * KPI entry and the region office's entry, so each refuses the other's older form. Unbinding a KPI from a register,
 * removing a KPI card and removing a KPI from a draft quarter are refused 409 from an older version. A region row or a
 * whole KPI removed and added back starts above any version it had: a form loaded before the removal is refused 409.
 */
type Region = { region: string; target: string; result: string | null };
type Entry = Versioned & {
  code: string;
  quarters: { quarter: number; planned: string | null; result: string | null }[];
  regions: { rows: Region[] } | null;
  narratives: { kind: string; textTh: string }[];
};
type Report = Versioned & { asOf: string | null; strategicIssues: { kpis: Entry[] }[] };
type RegionRow = Versioned & { code: string; result: string | null; narrativeTh: string | null };

const base = '/api/quarterly/2562/4';

const readReport = async (s: Session) => (await s.get(base)).json() as Report;
const readEntry = (code: string) => async (s: Session) =>
  (await readReport(s)).strategicIssues.flatMap((i) => i.kpis).find((k) => k.code === code) as Entry;
const readRow = (region: string, code: string) => async (s: Session) =>
  ((await s.get(`${base}/regions/${region}`)).json().kpis as RegionRow[]).find(
    (k) => k.code === code,
  ) as RegionRow;

/** The body of the department's KPI form as it loaded the entry, with some figures changed. */
function entryBody(
  entry: Entry,
  rowVersion: number | undefined,
  change: { q1?: string; region?: Record<string, string>; remark?: string },
) {
  return {
    quarters: entry.quarters.map((q) => ({
      quarter: q.quarter,
      planned: q.planned,
      result: q.quarter === 1 && change.q1 !== undefined ? change.q1 : q.result,
    })),
    regions: (entry.regions?.rows ?? []).map((r) => ({
      region: r.region,
      target: r.target,
      result: change.region?.[r.region] ?? r.result,
    })),
    narratives: [
      ...entry.narratives.filter((n) => n.kind !== 'remark'),
      ...(change.remark === undefined ? [] : [{ kind: 'remark', textTh: change.remark }]),
    ],
    rowVersion,
  };
}

const regionBody = (row: RegionRow, rowVersion: number | undefined, result: string) => ({
  kpis: [{ code: row.code, result, narrativeTh: row.narrativeTh, rowVersion }],
});

describe.each(engines())('optimistic concurrency of the quarterly report and of removals on %s', (engine) => {
  let t: TestApp;
  let department: Session;
  let departmentB: Session;
  let north: Session;
  let northB: Session;
  let south: Session;
  let yala: Session;
  let yalaB: Session;
  let names: string[];

  beforeAll(async () => {
    t = await startTestApp(engine);
    await loadDemoQuarterly(t.handle.db);
    const users = await Promise.all([
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'province_staff', 'CODI-N'),
      makeUser(t.handle, 'province_staff', 'CODI-N'),
      makeUser(t.handle, 'province_staff', 'CODI-S'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'province_admin', '95'),
    ]);
    names = users.map((u) => `ผู้ทดสอบ ${u.username}`);
    [department, departmentB, north, northB, south, yala, yalaB] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  it("refuses a stale save of a KPI's entry (PUT …/kpis/:code) and keeps the first", async () => {
    const results = { first: '120', second: '130', third: '125' };
    await expectNoLostUpdate<Entry>({
      a: department,
      b: departmentB,
      aName: names[0] as string,
      read: readEntry('1.2'),
      save: async (s, rowVersion, v) =>
        s.send(
          'PUT',
          `${base}/kpis/1.2`,
          entryBody(await readEntry('1.2')(s), rowVersion, { q1: results[v] }),
        ),
      pick: (e) => e.quarters[0]?.result,
      what: 'ผลของตัวชี้วัด 1.2 ในรายงานไตรมาส 4/2562 นี้',
    });
    const loaded = await readEntry('1.2')(department);
    await expectOneOfTwoAtOnce<Entry>({
      a: department,
      b: departmentB,
      aName: names[0] as string,
      read: readEntry('1.2'),
      save: (s, rowVersion, v) =>
        s.send('PUT', `${base}/kpis/1.2`, entryBody(loaded, rowVersion, { q1: results[v] })),
      pick: (e) => e.quarters[0]?.result,
      what: 'ผลของตัวชี้วัด 1.2',
    });
  });

  it('lets two officers save two different KPIs from the same load, and a save without a version (scripts)', async () => {
    const report = await readReport(department);
    const entries = report.strategicIssues.flatMap((i) => i.kpis);
    const one = entries.find((k) => k.code === '1.3') as Entry;
    const other = entries.find((k) => k.code === '2.4') as Entry;
    const [a, b] = await Promise.all([
      department.send('PUT', `${base}/kpis/1.3`, entryBody(one, one.rowVersion, { remark: 'บันทึกโดยคนแรก' })),
      departmentB.send(
        'PUT',
        `${base}/kpis/2.4`,
        entryBody(other, other.rowVersion, { remark: 'บันทึกโดยคนที่สอง' }),
      ),
    ]);
    expect(a.statusCode, a.body).toBe(200);
    expect(b.statusCode, b.body).toBe(200);
    const after = (await readReport(department)).strategicIssues.flatMap((i) => i.kpis);
    for (const [code, text, loaded] of [
      ['1.3', 'บันทึกโดยคนแรก', one],
      ['2.4', 'บันทึกโดยคนที่สอง', other],
    ] as const) {
      const stored = after.find((k) => k.code === code) as Entry;
      expect(stored.narratives).toContainEqual({ kind: 'remark', textTh: text });
      expect(stored.rowVersion).toBe(loaded.rowVersion + 1);
    }
    expect((await readReport(department)).rowVersion).toBe(report.rowVersion);
    const script = await department.send('PUT', `${base}/kpis/1.3`, entryBody(one, undefined, { q1: '1' }));
    expect(script.statusCode, script.body).toBe(200);
    expect((await readEntry('1.3')(department)).rowVersion).toBe(one.rowVersion + 2);
  });

  it('refuses a stale as-of date (PUT …/as-of)', async () => {
    const dates = { first: '2019-09-15', second: '2019-09-20', third: '2019-09-30' };
    await expectNoLostUpdate<Report>({
      a: department,
      b: departmentB,
      aName: names[0] as string,
      read: readReport,
      save: (s, rowVersion, v) => s.send('PUT', `${base}/as-of`, { asOf: dates[v], rowVersion }),
      pick: (r) => r.asOf,
      what: 'รายงานไตรมาส 4/2562 นี้',
    });
  });

  it('refuses a stale order (PUT …/order) from the report version', async () => {
    const report = await readReport(department);
    const order = { issues: [], kpis: [] };
    const first = await department.send('PUT', `${base}/order`, { ...order, rowVersion: report.rowVersion });
    expect(first.statusCode, first.body).toBe(200);
    const second = await departmentB.send('PUT', `${base}/order`, {
      ...order,
      rowVersion: report.rowVersion,
    });
    expect(second.statusCode, second.body).toBe(409);
    expect(second.json().error.message).toContain(`ถูกแก้ไขโดย ${names[0]} เมื่อ `);
  });

  it("refuses a stale save of a region's row (PUT …/regions/:region) and keeps the first", async () => {
    const results = { first: '104', second: '106', third: '107' };
    await expectNoLostUpdate<RegionRow>({
      a: north,
      b: northB,
      aName: names[2] as string,
      read: readRow('N', '4.2(1)'),
      save: async (s, rowVersion, v) =>
        s.send(
          'PUT',
          `${base}/regions/N`,
          regionBody(await readRow('N', '4.2(1)')(s), rowVersion, results[v]),
        ),
      pick: (r) => r.result,
      what: 'ผลของภาคเหนือ ตัวชี้วัด 4.2(1) ในรายงานไตรมาส 4/2562 นี้',
    });
  });

  it('lets two regions, and two KPIs of one region, save from the same load', async () => {
    const [n1, n2, s1] = await Promise.all([
      readRow('N', '4.2(2)')(north),
      readRow('N', '4.3')(northB),
      readRow('S', '4.2(2)')(south),
    ]);
    const saves = await Promise.all([
      north.send('PUT', `${base}/regions/N`, regionBody(n1, n1.rowVersion, '317')),
      northB.send('PUT', `${base}/regions/N`, regionBody(n2, n2.rowVersion, '208')),
      south.send('PUT', `${base}/regions/S`, regionBody(s1, s1.rowVersion, '266')),
    ]);
    expect(saves.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect((await readRow('N', '4.2(2)')(south)).result).toBe('317');
    expect((await readRow('N', '4.3')(south)).result).toBe('208');
    expect((await readRow('S', '4.2(2)')(north)).result).toBe('266');
  });

  it("refuses the department's KPI form loaded before a region office changed the KPI's region, and the reverse", async () => {
    const entry = await readEntry('7.1')(department);
    const row = await readRow('N', '7.1')(north);
    const byRegion = await north.send('PUT', `${base}/regions/N`, regionBody(row, row.rowVersion, '108'));
    expect(byRegion.statusCode, byRegion.body).toBe(200);
    const late = await department.send(
      'PUT',
      `${base}/kpis/7.1`,
      entryBody(entry, entry.rowVersion, { region: { NE: '115' } }),
    );
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json().error.message).toContain('ผลของตัวชี้วัด 7.1 ในรายงานไตรมาส 4/2562 นี้');
    expect(late.json().error.message).toContain(`ถูกแก้ไขโดย ${names[2]} เมื่อ `);
    const stored = await readEntry('7.1')(department);
    expect(stored.regions?.rows.find((r) => r.region === 'N')?.result).toBe('108');
    expect(stored.regions?.rows.find((r) => r.region === 'NE')?.result).toBe('110');

    const northLoaded = await readRow('N', '7.1')(north);
    const southLoaded = await readRow('S', '7.1')(south);
    const byDepartment = await department.send(
      'PUT',
      `${base}/kpis/7.1`,
      entryBody(stored, stored.rowVersion, { region: { N: '109' } }),
    );
    expect(byDepartment.statusCode, byDepartment.body).toBe(200);
    const lateRegion = await north.send(
      'PUT',
      `${base}/regions/N`,
      regionBody(northLoaded, northLoaded.rowVersion, '99'),
    );
    expect(lateRegion.statusCode, lateRegion.body).toBe(409);
    expect(lateRegion.json().error.message).toContain('ผลของภาคเหนือ ตัวชี้วัด 7.1 ในรายงานไตรมาส 4/2562 นี้');
    expect(lateRegion.json().error.message).toContain(`ถูกแก้ไขโดย ${names[0]} เมื่อ `);
    expect((await readRow('N', '7.1')(north)).result).toBe('109');
    // The department left the South's figures as they were: the South's form loaded before still saves.
    const southSave = await south.send(
      'PUT',
      `${base}/regions/S`,
      regionBody(southLoaded, southLoaded.rowVersion, '113'),
    );
    expect(southSave.statusCode, southSave.body).toBe(200);
  });

  /**
   * After the department added a KPI's South row back: the South's form loaded before the removal is refused 409
   * naming the department and changes nothing, a form loaded after saves.
   */
  async function expectSouthLateRefused(code: string, loaded: RegionRow, result: string) {
    const back = await readRow('S', code)(south);
    expect(back.rowVersion).toBeGreaterThan(loaded.rowVersion);
    const late = await south.send('PUT', `${base}/regions/S`, regionBody(loaded, loaded.rowVersion, result));
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json().error.code).toBe('stale');
    expect(late.json().error.message).toContain(`ผลของภาคใต้ ตัวชี้วัด ${code} ในรายงานไตรมาส 4/2562 นี้`);
    expect(late.json().error.message).toContain(`ถูกแก้ไขโดย ${names[0]} เมื่อ `);
    expect((await readRow('S', code)(south)).result).toBe(loaded.result);
    const fresh = await south.send('PUT', `${base}/regions/S`, regionBody(back, back.rowVersion, result));
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect((await readRow('S', code)(north)).result).toBe(result);
  }

  it("refuses a region office's form loaded before the department removed the region from the KPI and added it back", async () => {
    const loaded = await readRow('S', '4.3')(south);
    const entry = await readEntry('4.3')(department);
    const rows = entry.regions?.rows ?? [];
    const removal = await department.send(
      'PUT',
      `${base}/kpis/4.3`,
      entryBody({ ...entry, regions: { rows: rows.filter((r) => r.region !== 'S') } }, entry.rowVersion, {}),
    );
    expect(removal.statusCode, removal.body).toBe(200);
    expect(await readRow('S', '4.3')(south)).toBeUndefined();
    const removed = await readEntry('4.3')(department);
    const readd = await department.send(
      'PUT',
      `${base}/kpis/4.3`,
      entryBody({ ...removed, regions: { rows: [...rows] } }, removed.rowVersion, {}),
    );
    expect(readd.statusCode, readd.body).toBe(200);
    await expectSouthLateRefused('4.3', loaded, '77');
  });

  it("refuses a KPI form and a region office's form loaded before the department removed the KPI from the quarter and added it back", async () => {
    const kpiLoaded = await readEntry('1.1')(department);
    const regionLoaded = await readRow('S', '1.1')(south);
    const removal = await department.send('DELETE', `${base}/kpis/1.1?rowVersion=${kpiLoaded.rowVersion}`);
    expect(removal.statusCode, removal.body).toBe(200);
    const { nameTh, unitTh, accumulation, annualTarget, threshold } = kpiLoaded as Entry & {
      nameTh: string;
      unitTh: string;
      accumulation: string;
      annualTarget: string;
      threshold: { value: string } | null;
    };
    const readd = await department.send('POST', `${base}/kpis`, {
      code: '1.1',
      strategicIssueNo: 1,
      nameTh,
      unitTh,
      accumulation,
      annualTarget,
      planned: kpiLoaded.quarters.map((q) => q.planned),
      threshold: threshold?.value ?? null,
    });
    expect(readd.statusCode, readd.body).toBe(200);
    const added = await readEntry('1.1')(department);
    expect(added.rowVersion).toBeGreaterThan(kpiLoaded.rowVersion);

    const lateKpi = await departmentB.send(
      'PUT',
      `${base}/kpis/1.1`,
      entryBody(kpiLoaded, kpiLoaded.rowVersion, {}),
    );
    expect(lateKpi.statusCode, lateKpi.body).toBe(409);
    expect(lateKpi.json().error.code).toBe('stale');
    expect(lateKpi.json().error.message).toContain('ผลของตัวชี้วัด 1.1 ในรายงานไตรมาส 4/2562 นี้');
    expect(lateKpi.json().error.message).toContain(`ถูกแก้ไขโดย ${names[0]} เมื่อ `);
    expect((await readEntry('1.1')(department)).regions).toBeNull();

    // The department's form loaded after the re-add saves, the regions with it.
    const entered = await department.send(
      'PUT',
      `${base}/kpis/1.1`,
      entryBody({ ...added, regions: kpiLoaded.regions }, added.rowVersion, {}),
    );
    expect(entered.statusCode, entered.body).toBe(200);
    await expectSouthLateRefused('1.1', regionLoaded, '9');
  });

  it('refuses removing a KPI from a draft quarter from an older version (DELETE …/kpis/:code?rowVersion=)', async () => {
    const loaded = await readEntry('9')(department);
    const saved = await departmentB.send(
      'PUT',
      `${base}/kpis/9`,
      entryBody(loaded, loaded.rowVersion, { remark: 'แก้ไขล่าสุด' }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const removal = await department.send('DELETE', `${base}/kpis/9?rowVersion=${loaded.rowVersion}`);
    expect(removal.statusCode, removal.body).toBe(409);
    expect(removal.json().error.code).toBe('stale');
    expect(removal.json().error.message).toContain(`ถูกแก้ไขโดย ${names[1]} เมื่อ `);
    expect(await readEntry('9')(department)).toBeDefined();
    const removed = await department.send('DELETE', `${base}/kpis/9?rowVersion=${loaded.rowVersion + 1}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await readEntry('9')(department)).toBeUndefined();
    const bad = await department.send('DELETE', `${base}/kpis/8.2?rowVersion=abc`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('rowVersion');
  });

  describe('KPI cards and register bindings', () => {
    let set: { id: number; kpiIds: Record<string, number> };
    type Card = Versioned & { id: number; nameTh: string } & Record<string, unknown>;
    const readCard = (id: number) => async (s: Session) =>
      ((await s.get(`/api/kpi-sets/${set.id}`)).json().kpis as Card[]).find((k) => k.id === id);
    const editCard = async (s: Session, id: number, nameTh: string) => {
      const { id: _id, kpiSetId, formulaWords, ...card } = (await readCard(id)(s)) as Card;
      return s.send('PUT', `/api/kpis/${id}`, { ...card, nameTh });
    };

    beforeAll(async () => {
      set = await makeKpiSet(t.handle, '95', 2568, 2, [
        { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
        { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของการบรรลุเป้าหมาย', criteria: planCriteria },
      ]);
    });

    it('refuses removing a KPI card from an older version (DELETE /api/kpis/:id?rowVersion=)', async () => {
      const id = set.kpiIds.T2 as number;
      const loaded = (await readCard(id)(yala)) as Card;
      const edited = await editCard(yalaB, id, 'ร้อยละความสำเร็จ (แก้ไข)');
      expect(edited.statusCode, edited.body).toBe(200);
      const removal = await yala.send('DELETE', `/api/kpis/${id}?rowVersion=${loaded.rowVersion}`);
      expect(removal.statusCode, removal.body).toBe(409);
      expect(removal.json().error).toMatchObject({ code: 'stale', field: 'rowVersion' });
      expect(removal.json().error.message).toContain(`บัตรตัวชี้วัดที่ `);
      expect(removal.json().error.message).toContain(`ถูกแก้ไขโดย ${names[6]} เมื่อ `);
      expect((await readCard(id)(yala))?.nameTh).toBe('ร้อยละความสำเร็จ (แก้ไข)');
      const removed = await yala.send('DELETE', `/api/kpis/${id}?rowVersion=${loaded.rowVersion + 1}`);
      expect(removed.statusCode, removed.body).toBe(204);
      expect(await readCard(id)(yala)).toBeUndefined();
    });

    it('refuses unbinding a KPI from a register from an older version (DELETE /api/registers/bindings/:kpiId)', async () => {
      type Binding = Versioned & { kpiId: number; asOf: string };
      const kpiId = set.kpiIds.T1 as number;
      await withBudgetFormula(t.handle, kpiId);
      const read = async (s: Session) =>
        ((await s.get(`/api/registers/bindings?kpiSet=${set.id}`)).json().items as Binding[]).find(
          (b) => b.kpiId === kpiId,
        );
      const bind = (s: Session, asOf: string, rowVersion: number) =>
        s.send('PUT', `/api/registers/bindings/${kpiId}`, { measure: 'budget.spending', asOf, rowVersion });
      expect((await bind(yala, '2025-09-30', 0)).statusCode).toBe(200);
      const loaded = (await read(yala)) as Binding;
      expect((await bind(yalaB, '2025-08-31', loaded.rowVersion)).statusCode).toBe(200);
      const removal = await yala.send(
        'DELETE',
        `/api/registers/bindings/${kpiId}?rowVersion=${loaded.rowVersion}`,
      );
      expect(removal.statusCode, removal.body).toBe(409);
      expect(removal.json().error.code).toBe('stale');
      expect(removal.json().error.message).toContain('การเชื่อมตัวชี้วัด T1 กับทะเบียน นี้ถูกแก้ไข');
      expect(removal.json().error.message).toContain(`ถูกแก้ไขโดย ${names[6]} เมื่อ `);
      expect((await read(yala))?.asOf).toBe('2025-08-31');
      const removed = await yalaB.send(
        'DELETE',
        `/api/registers/bindings/${kpiId}?rowVersion=${loaded.rowVersion + 1}`,
      );
      expect(removed.statusCode, removed.body).toBe(204);
      expect(await read(yala)).toBeUndefined();
      // Removed since it was loaded: refused as stale too, naming who removed it.
      const again = await yala.send(
        'DELETE',
        `/api/registers/bindings/${kpiId}?rowVersion=${loaded.rowVersion + 1}`,
      );
      expect(again.statusCode, again.body).toBe(409);
      expect(again.json().error.message).toContain(`ถูกแก้ไขโดย ${names[6]} เมื่อ `);
      expect((await bind(yala, '2025-09-30', 0)).statusCode).toBe(200);
      const script = await yala.send('DELETE', `/api/registers/bindings/${kpiId}`);
      expect(script.statusCode, script.body).toBe(204);
    });
  });
});
