import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet, planCriteria, withBudgetFormula } from '../factories.ts';
import {
  engines,
  loginEach,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';
import { expectNoLostUpdate, type Versioned } from '../row-version-race.ts';

/**
 * Issue R2-6 item 5, the rest of the edit routes (row-versions.test.ts has the first ones): a KPI card, a round's
 * dates, a KPI result, a budget cut-off and plan, a form template, a visit topic, a report type and a report draft,
 * a register binding, a due-date override and a unit's LINE group. A save that creates the row (a round, result,
 * cut-off, plan, binding, override or LINE group nobody stored yet) is made from version 0.
 */
const variants = { first: 'ก', second: 'ข', third: 'ค' } as const;

describe.each(engines())('optimistic concurrency of the other edit routes on %s', (engine) => {
  let t: TestApp;
  let department: Session;
  let departmentB: Session;
  let yala: Session;
  let yalaB: Session;
  let mueang: Session;
  let names: string[];
  let set: { id: number; kpiIds: Record<string, number> };

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
    ]);
    names = users.map((u) => `ผู้ทดสอบ ${u.username}`);
    [department, departmentB, yala, yalaB, mueang] = await loginEach(t.app, users);
    set = await makeKpiSet(t.handle, '95', 2568, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของการบรรลุเป้าหมาย', criteria: planCriteria },
    ]);
  });
  afterAll(() => t.close());

  const departmentPair = () => ({ a: department, b: departmentB, aName: names[0] as string });
  const yalaPair = () => ({ a: yala, b: yalaB, aName: names[2] as string });

  it('refuses a stale edit of a KPI card (PUT /api/kpis/:id)', async () => {
    type Card = Versioned & Record<string, unknown> & { id: number; nameTh: string };
    const id = set.kpiIds.T1 as number;
    const read = async (s: Session) =>
      ((await s.get(`/api/kpi-sets/${set.id}`)).json().kpis as Card[]).find((k) => k.id === id) as Card;
    await expectNoLostUpdate<Card>({
      ...yalaPair(),
      read,
      save: async (s, rowVersion, v) => {
        const { id: _id, kpiSetId, formulaWords, rowVersion: _loaded, ...card } = await read(s);
        return s.send('PUT', `/api/kpis/${id}`, {
          ...card,
          nameTh: `ร้อยละของการใช้จ่าย ${variants[v]}`,
          rowVersion,
        });
      },
      pick: (k) => k.nameTh,
      what: 'บัตรตัวชี้วัดที่ ',
    });
  });

  it("refuses a stale change of a round's dates (PUT /api/rounds/:fiscalYear/:number), the first save too", async () => {
    type Round = Versioned & { number: number; start: string; end: string };
    const read = async (s: Session) =>
      ((await s.get('/api/rounds/2569')).json().items as Round[]).find((r) => r.number === 1) as Round;
    expect((await read(department)).rowVersion).toBe(0);
    const ends = { first: '2026-03-20', second: '2026-03-25', third: '2026-03-27' };
    await expectNoLostUpdate<Round>({
      ...departmentPair(),
      read,
      save: (s, rowVersion, v) =>
        s.send('PUT', '/api/rounds/2569/1', { start: '2025-10-01', end: ends[v], rowVersion }),
      pick: (r) => r.end,
      what: 'ช่วงเวลารอบการประเมินที่ 1/2569',
    });
  });

  it('refuses a stale KPI result (PUT /api/kpi-results) and a second first entry', async () => {
    type Result = Versioned & { value: string | null };
    const created = await yala.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '9501',
      items: ['T1', 'T2'].map((key) => ({ kpiId: set.kpiIds[key] as number, weight: '50' })),
    });
    expect(created.statusCode, created.body).toBe(201);
    const agreementId = created.json().agreement.id as number;
    const kpiId = set.kpiIds.T1 as number;
    const read = async (s: Session): Promise<Result> => {
      const view = (await s.get(`/api/agreements/${agreementId}`)).json();
      const item = (view.items as { kpiId: number; result: Result | null }[]).find((i) => i.kpiId === kpiId);
      return item?.result ?? { value: null, rowVersion: 0 };
    };
    const values = { first: '89.30', second: '75.00', third: '91.00' };
    await expectNoLostUpdate<Result>({
      a: mueang,
      b: yala,
      aName: names[4] as string,
      read,
      save: (s, rowVersion, v) =>
        s.send('PUT', '/api/kpi-results', {
          kpiId,
          unitCode: '9501',
          value: values[v],
          asOf: '2025-09-30',
          rowVersion,
        }),
      pick: (r) => r.value,
      what: 'ผลการดำเนินงานตัวชี้วัดที่ ',
    });
  });

  it('refuses a stale budget cut-off and a stale budget plan (PUT …/cutoffs/:fy, …/plans/:fy)', async () => {
    type Cutoff = Versioned & { fiscalYear: number; returnCutoff: string };
    const cutoffs = { first: '2026-08-28', second: '2026-08-21', third: '2026-08-31' };
    await expectNoLostUpdate<Cutoff>({
      ...departmentPair(),
      read: async (s) => {
        const items = (await s.get('/api/registers/budget/cutoffs')).json().items as Cutoff[];
        return (
          items.find((c) => c.fiscalYear === 2569) ?? { fiscalYear: 2569, returnCutoff: '', rowVersion: 0 }
        );
      },
      save: (s, rowVersion, v) =>
        s.send('PUT', '/api/registers/budget/cutoffs/2569', { returnCutoff: cutoffs[v], rowVersion }),
      pick: (c) => c.returnCutoff,
      what: 'วันสุดท้ายของการส่งคืนงบประมาณปี 2569',
    });
    type Plans = Versioned & { quarters: string[] | null };
    const q1 = { first: '20', second: '30', third: '25' };
    await expectNoLostUpdate<Plans>({
      ...yalaPair(),
      read: async (s) => {
        const own = (await s.get('/api/registers/budget/plans?unit=95&fiscalYear=2569')).json().own;
        return { quarters: own?.quarters ?? null, rowVersion: own?.rowVersion ?? 0 };
      },
      save: (s, rowVersion, v) =>
        s.send('PUT', '/api/registers/budget/plans/2569', {
          unitCode: '95',
          q1: q1[v],
          q2: '50',
          q3: '75',
          rowVersion,
        }),
      pick: (p) => p.quarters,
      what: 'แผนการใช้จ่ายงบประมาณปี 2569 ของ',
    });
  });

  it('refuses a stale save of a draft form template (PUT /api/form-templates/:id)', async () => {
    type Template = Versioned & { definition: { titleTh: string } };
    const definition = (titleTh: string) => ({
      titleTh,
      subject: 'district',
      sections: [
        { titleTh: 'ผลการติดตาม', fields: [{ key: 'note', labelTh: 'บันทึก', required: true, kind: 'text' }] },
      ],
    });
    const created = await yala.send('POST', '/api/form-templates', {
      code: 'row-version-test',
      definition: definition('แบบติดตามทดสอบ'),
      unit: '95',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    await expectNoLostUpdate<Template>({
      ...yalaPair(),
      read: async (s) => (await s.get(`/api/form-templates/${id}`)).json() as Template,
      save: (s, rowVersion, v) =>
        s.send('PUT', `/api/form-templates/${id}`, {
          definition: definition(`แบบติดตาม ${variants[v]}`),
          rowVersion,
        }),
      pick: (x) => x.definition.titleTh,
      what: 'แบบฟอร์ม "แบบติดตาม ก"',
    });
  });

  it('refuses a stale edit of a visit topic (PUT /api/visits/topics/:id)', async () => {
    type Topic = Versioned & { id: number; titleTh: string };
    const made = await yala.send('POST', '/api/visits/topics', {
      unitCode: '95',
      titleTh: 'การจัดทำบัญชีครัวเรือน',
      lines: [],
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as number;
    await expectNoLostUpdate<Topic>({
      ...yalaPair(),
      read: async (s) =>
        ((await s.get('/api/visits/topics?unit=95')).json().items as Topic[]).find(
          (x) => x.id === id,
        ) as Topic,
      save: (s, rowVersion, v) =>
        s.send('PUT', `/api/visits/topics/${id}`, {
          titleTh: `การจัดทำบัญชี ${variants[v]}`,
          lines: [],
          rowVersion,
        }),
      pick: (x) => x.titleTh,
      what: 'ประเด็นการตรวจติดตาม "การจัดทำบัญชี ก"',
    });
  });

  it("refuses a stale women's fund snapshot (PUT /api/registers/womens-fund), and one loaded before an import", async () => {
    type Snapshot = Versioned & { asOf: string; outstanding: string | null };
    const read = async (s: Session): Promise<Snapshot> => {
      const items = (await s.get('/api/registers/womens-fund?unit=9501')).json().items as Snapshot[];
      return (
        items.find((x) => x.asOf === '2025-03-31') ?? { asOf: '2025-03-31', outstanding: null, rowVersion: 0 }
      );
    };
    const amounts = { first: '1000.00', second: '2000.00', third: '3000.00' };
    const save = (s: Session, rowVersion: number | undefined, outstanding: string) =>
      s.send('PUT', '/api/registers/womens-fund', {
        unitCode: '9501',
        asOf: '2025-03-31',
        outstanding,
        rowVersion,
      });
    await expectNoLostUpdate<Snapshot>({
      a: mueang,
      b: yala,
      aName: names[4] as string,
      read,
      save: (s, rowVersion, v) => save(s, rowVersion, amounts[v]),
      pick: (x) => x.outstanding,
      what: 'ข้อมูลลูกหนี้กองทุนพัฒนาบทบาทสตรีของ',
    });
    const loaded = await read(mueang);
    const exported = await mueang.get('/api/registers/womens-fund/export.xlsx?unit=9501&format=csv');
    const file = multipartFile('womens-fund.csv', exported.rawPayload);
    const imported = await yala.send(
      'POST',
      '/api/registers/womens-fund/import?unit=9501',
      file.payload,
      file.headers,
    );
    expect(imported.statusCode, imported.body).toBeLessThan(300);
    expect((await read(mueang)).rowVersion).toBe(loaded.rowVersion + 1);
    const afterImport = await save(mueang, loaded.rowVersion, '4000.00');
    expect(afterImport.statusCode, afterImport.body).toBe(409);
    expect(afterImport.json().error.code).toBe('stale');
    expect((await read(mueang)).outstanding).toBe(loaded.outstanding);
  });

  it('refuses a stale register binding (PUT /api/registers/bindings/:kpiId), the first save too', async () => {
    type Binding = Versioned & { kpiId: number; asOf: string | null };
    const kpiId = set.kpiIds.T1 as number;
    await withBudgetFormula(t.handle, kpiId);
    const read = async (s: Session): Promise<Binding> => {
      const items = (await s.get(`/api/registers/bindings?kpiSet=${set.id}`)).json().items as Binding[];
      return items.find((b) => b.kpiId === kpiId) ?? { kpiId, asOf: null, rowVersion: 0 };
    };
    const dates = { first: '2025-09-30', second: '2025-08-31', third: '2025-07-31' };
    await expectNoLostUpdate<Binding>({
      ...yalaPair(),
      read,
      save: (s, rowVersion, v) =>
        s.send('PUT', `/api/registers/bindings/${kpiId}`, {
          measure: 'budget.spending',
          asOf: dates[v],
          rowVersion,
        }),
      pick: (b) => b.asOf,
      what: 'การเชื่อมตัวชี้วัด T1 กับทะเบียน',
    });
  });

  it("refuses a stale change of a unit's LINE group (PUT /api/notifications/line-groups/:unit), its removal too", async () => {
    type Group = Versioned & { groupId: string | null };
    const read = async (s: Session): Promise<Group> => {
      const items = (await s.get('/api/notifications/line-groups?unit=95')).json().items as (Group & {
        unitCode: string;
      })[];
      return items.find((g) => g.unitCode === '9501') ?? { groupId: null, rowVersion: 0 };
    };
    const groups = { first: `C${'a'.repeat(32)}`, second: `C${'b'.repeat(32)}`, third: `C${'c'.repeat(32)}` };
    const save = (s: Session, rowVersion: number | undefined, groupId: string | null) =>
      s.send('PUT', '/api/notifications/line-groups/9501', { groupId, rowVersion });
    await expectNoLostUpdate<Group>({
      ...yalaPair(),
      read,
      save: (s, rowVersion, v) => save(s, rowVersion, groups[v]),
      pick: (g) => g.groupId,
      what: 'กลุ่มไลน์ของ',
    });
    const loaded = await read(yala);
    const moved = await save(yalaB, loaded.rowVersion, groups.first);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().rowVersion).toBe(loaded.rowVersion + 1);
    const removal = await save(yala, loaded.rowVersion, null);
    expect(removal.statusCode, removal.body).toBe(409);
    expect(removal.json().error.code).toBe('stale');
    expect((await read(yala)).groupId).toBe(groups.first);
    const removed = await save(yala, loaded.rowVersion + 1, null);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toEqual({ unitCode: '9501', groupId: null, rowVersion: 0 });
    const script = await save(yala, undefined, groups.second);
    expect(script.statusCode, script.body).toBe(200);
    expect(await read(yala)).toMatchObject({ groupId: groups.second, rowVersion: 1 });
  });

  describe('reports', () => {
    const fields = [
      { id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', unit: 'ครัวเรือน', required: true, min: 0 },
    ];
    const schedule = { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' };
    let typeId: number;
    beforeAll(async () => {
      const created = await yala.send('POST', '/api/reports/types', {
        provinceCode: '95',
        nameTh: 'รายงานทดสอบการบันทึกพร้อมกัน',
        fields,
        schedule,
      });
      expect(created.statusCode, created.body).toBe(201);
      typeId = created.json().reportType.id;
    });

    it('refuses a stale edit of a report type (PUT /api/reports/types/:id)', async () => {
      type Type = Versioned & { nameTh: string };
      await expectNoLostUpdate<Type>({
        ...yalaPair(),
        read: async (s) => (await s.get(`/api/reports/types/${typeId}`)).json().reportType as Type,
        save: (s, rowVersion, v) =>
          s.send('PUT', `/api/reports/types/${typeId}`, {
            nameTh: `รายงานทดสอบ ${variants[v]}`,
            fields,
            schedule,
            rowVersion,
          }),
        pick: (x) => x.nameTh,
        what: 'แบบรายงาน "รายงานทดสอบ ก"',
      });
    });

    it("refuses a stale move of a month's due date (PUT /api/reports/calendar/overrides), the first move too", async () => {
      type Entry = Versioned & { reportType: { id: number }; dueDate: string };
      // A month far ahead of the real clock: a due date moves only before the 1st of its month.
      const read = async (s: Session) =>
        ((await s.get('/api/reports/calendar?unit=95&month=2030-06')).json().entries as Entry[]).find(
          (e) => e.reportType.id === typeId,
        ) as Entry;
      expect((await read(yala)).rowVersion).toBe(0);
      const days = { first: '2030-06-11', second: '2030-06-12', third: '2030-06-13' };
      await expectNoLostUpdate<Entry>({
        ...yalaPair(),
        read,
        save: (s, rowVersion, v) =>
          s.send('PUT', '/api/reports/calendar/overrides', {
            reportTypeId: typeId,
            month: '2030-06',
            dueDate: days[v],
            reason: 'ตรงกับวันประชุมประจำเดือนของจังหวัด',
            rowVersion,
          }),
        pick: (e) => e.dueDate,
        what: 'วันกำหนดส่งรายงานทดสอบ',
      });
    });

    it('refuses a stale draft (PUT …/submissions/:id/draft), keeps autosaves that follow the version, takes one without', async () => {
      type Draft = Versioned & { values: Record<string, string> };
      const opened = await mueang.send('POST', '/api/reports/submissions', {
        reportTypeId: typeId,
        unitCode: '9501',
        month: '2025-06',
      });
      expect(opened.statusCode, opened.body).toBeLessThan(300);
      const id = opened.json().submission.id as number;
      const read = async (s: Session) =>
        (await s.get(`/api/reports/submissions/${id}`)).json().submission as Draft;
      const counts = { first: '10', second: '20', third: '30' };
      await expectNoLostUpdate<Draft>({
        a: mueang,
        b: yala,
        aName: names[4] as string,
        read,
        save: (s, rowVersion, v) =>
          s.send('PUT', `/api/reports/submissions/${id}/draft`, {
            values: { households: counts[v] },
            rowVersion,
          }),
        pick: (d) => d.values,
        what: 'ร่างรายงานทดสอบ',
      });
      const loaded = await read(mueang);
      const autosave = await mueang.send('PUT', `/api/reports/submissions/${id}/draft`, {
        values: { households: '31' },
        rowVersion: loaded.rowVersion,
      });
      expect(autosave.statusCode, autosave.body).toBe(200);
      const next = autosave.json().submission as Draft;
      expect(next.rowVersion).toBe(loaded.rowVersion + 1);
      const again = await mueang.send('PUT', `/api/reports/submissions/${id}/draft`, {
        values: { households: '32' },
        rowVersion: next.rowVersion,
      });
      expect(again.statusCode, again.body).toBe(200);
      const bench = await mueang.send('PUT', `/api/reports/submissions/${id}/draft`, {
        values: { households: '33' },
      });
      expect(bench.statusCode, bench.body).toBe(200);
      expect((await read(mueang)).values).toEqual({ households: '33' });
    });
  });
});
