import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import {
  citizenId,
  houseCode,
  household,
  householdCsv,
  importHouseholds,
  loadYalaSet,
} from '../register-fixtures.ts';

type HouseholdView = {
  id: number;
  houseCode: string;
  status: string;
  personal: { headName: string | null; headCitizenId: string | null } | null;
};

describe.each(engines())('the poor-household register on %s', (engine) => {
  let t: TestApp;
  let mueang: Session;
  let betong: Session;
  let yala: Session;
  let viewer: Session;
  let department: Session;
  let yalaSet: Awaited<ReturnType<typeof loadYalaSet>>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    yalaSet = await loadYalaSet(t);
    const users = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'viewer', '95'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [mueang, betong, yala, viewer, department] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  const create = (status: string, n: number, extra: Record<string, unknown> = {}) =>
    mueang.send('POST', '/api/registers/households', {
      unitCode: '950101',
      houseCode: houseCode(n),
      status,
      members: 3,
      headName: 'นางสาวทดสอบ ครัวเรือน',
      headCitizenId: citizenId(n),
      incomes: [{ surveyYear: 2567, incomePerPerson: '45000' }],
      ...extra,
    });

  it('keeps exactly one status per household, set by the district and audited without personal data', async () => {
    const created = await create('developable', 1);
    expect(created.statusCode).toBe(201);
    const h: HouseholdView = created.json().household;
    expect(h.status).toBe('developable');
    const twoStatuses = await create('developable,welfare-requested', 2);
    expect(twoStatuses.statusCode).toBe(400);
    expect(twoStatuses.json().error.field).toBe('status');
    const changed = await mueang.send('PUT', `/api/registers/households/${h.id}/status`, {
      status: 'self-reliant',
    });
    expect(changed.json().household).toMatchObject({
      status: 'self-reliant',
      statusLabelTh: 'พึ่งตนเองได้ (ไม่ขอรับความช่วยเหลือ)',
    });
    const audit = (await yala.get('/api/audit?entity=household')).json().items as {
      before: unknown;
      after: unknown;
    }[];
    expect(audit.some((a) => JSON.stringify(a.after).includes('"status":"self-reliant"'))).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(citizenId(1));
    expect(JSON.stringify(audit)).not.toContain('นางสาวทดสอบ');
    const duplicate = await create('other', 1);
    expect(duplicate.statusCode).toBe(409);
  });

  it('refuses an activity for a household that is not developable, in Thai, and logs one for a developable one', async () => {
    const welfare: HouseholdView = (await create('welfare-requested', 3)).json().household;
    const activity = {
      activity: 'ส่งเสริมอาชีพปลูกผักปลอดสารพิษ',
      method: 'วิเคราะห์ปัญหาด้วย 4 ท.',
      doneOn: '2025-01-15',
      place: 'หมู่ 1',
      agency: 'พัฒนาการอำเภอเมืองยะลา',
      agencyRole: 'lead',
      result: 'มีรายได้เพิ่ม',
    };
    const refused = await mueang.send('POST', `/api/registers/households/${welfare.id}/activities`, activity);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'not_developable',
      message: 'บันทึกกิจกรรมได้เฉพาะครัวเรือนประเภท "พัฒนาได้" เท่านั้น (ครัวเรือนนี้มีสถานะ "ขอรับการสงเคราะห์")',
    });
    const developable: HouseholdView = (await create('developable', 4)).json().household;
    const logged = await mueang.send(
      'POST',
      `/api/registers/households/${developable.id}/activities`,
      activity,
    );
    expect(logged.statusCode).toBe(201);
    expect(logged.json().activities).toHaveLength(1);
    const plan = await mueang.send('POST', `/api/registers/households/${developable.id}/plan-items`, {
      dimension: 'income',
      item: 'ฝึกอาชีพและหาตลาด',
    });
    expect(plan.json().planItems).toMatchObject([{ dimension: 'income', item: 'ฝึกอาชีพและหาตลาด' }]);
  });

  it('shows names and ID numbers only to the owning district and province', async () => {
    const h: HouseholdView = (await create('developable', 5)).json().household;
    const personalOf = async (s: Session) =>
      (await s.get(`/api/registers/households/${h.id}`)).json().household.personal;
    expect(await personalOf(mueang)).toEqual({
      headName: 'นางสาวทดสอบ ครัวเรือน',
      headCitizenId: citizenId(5),
    });
    expect(await personalOf(yala)).toEqual({ headName: 'นางสาวทดสอบ ครัวเรือน', headCitizenId: citizenId(5) });
    expect(await personalOf(department)).toBeNull();
    expect(await personalOf(viewer)).toBeNull();
    expect((await betong.get(`/api/registers/households/${h.id}`)).statusCode).toBe(404);
    expect((await betong.get('/api/registers/households?unit=9501')).statusCode).toBe(403);
    const betongList = (await betong.get('/api/registers/households?unit=9502')).json();
    expect(betongList.items.map((i: HouseholdView) => i.houseCode)).not.toContain(houseCode(5));
    const byName = (
      await department.get(`/api/registers/households?unit=95&q=${encodeURIComponent('ทดสอบ')}`)
    ).json();
    expect(byName.total).toBe(0);
    const byOwner = (
      await mueang.get(`/api/registers/households?unit=9501&q=${encodeURIComponent('ทดสอบ')}`)
    ).json();
    expect(byOwner.total).toBeGreaterThan(0);
    expect(byOwner.personalData).toBe(true);
  });

  it('pages by id and filters by status and problem dimension', async () => {
    await create('developable', 6, { problems: { income: true, health: true } });
    const first = (await yala.get('/api/registers/households?unit=95&limit=2')).json();
    expect(first.items).toHaveLength(2);
    const next = (
      await yala.get(`/api/registers/households?unit=95&limit=2&after=${first.nextAfter}`)
    ).json();
    expect(next.items[0].id).toBeGreaterThan(first.nextAfter);
    const withIncome = (await yala.get('/api/registers/households?unit=95&problem=income')).json();
    expect(withIncome.items.map((i: HouseholdView) => i.houseCode)).toEqual([houseCode(6)]);
  });

  it("warns per the seeds' rules: a district without a developable household, a province below 10", async () => {
    const summary = (await yala.get('/api/registers/households/summary?unit=95&fiscalYear=2568')).json();
    expect(summary.areas).toHaveLength(8);
    const codes = summary.warnings.map((w: { code: string }) => w.code);
    expect(codes.filter((c: string) => c === 'district-without-developable')).toHaveLength(7);
    expect(summary.warnings).toContainEqual(
      expect.objectContaining({
        code: 'district-without-developable',
        message: 'อำเภอเบตง ยังไม่มีครัวเรือนที่มีสถานะพัฒนาได้ (ใน 1 อำเภอ ต้องมีครัวเรือนที่มีสถานะพัฒนาได้อย่างน้อย 1 ครัวเรือน)',
      }),
    );
    const minimum = summary.warnings.find((w: { code: string }) => w.code === 'province-below-minimum');
    expect(minimum.message).toContain('40,000 บาท');
    expect(minimum.developable).toBe(summary.total.byStatus.developable);
  });

  it("gives Mueang Yala's households still needed per level by the rule and by seed 001's table, and the KPI through its binding", async () => {
    const bind = await yala.send('PUT', `/api/registers/bindings/${yalaSet.kpi.I4}`, {
      measure: 'households.remaining_below_line',
      asOf: '2025-09-30',
    });
    expect(bind.statusCode).toBe(200);
    // 214 developable targets below the line in 2567 (001 L439), 150 of them above it in 2568.
    const rows = Array.from({ length: 214 }, (_, i) =>
      household(1000 + i, '950102', 'developable', {
        baseline: 30000,
        ...(i < 150 ? { result: 41000 } : {}),
      }),
    );
    const job = await importHouseholds(mueang, '9501', 'mueang.csv', householdCsv(rows));
    expect(job).toMatchObject({ status: 'done', rowsTotal: 214, rowsSaved: 214, errorCount: 0 });
    const summary = (await mueang.get('/api/registers/households/summary?unit=9501&fiscalYear=2568')).json();
    const district = summary.areas[0];
    expect(summary.binding).toMatchObject({ kpiKey: 'I4', asOf: '2025-09-30' });
    expect(district.unit).toEqual({ code: '9501', nameTh: 'เมืองยะลา' });
    expect(district.targets).toBe(214);
    const levels = district.levels.map((l: { level: number; rule: unknown; table: unknown }) => [
      l.level,
      l.rule,
      l.table,
    ]);
    // ≤ 14 % of 214 may remain: ⌊29.96⌋ = 29, so 185 must pass by the rule; the table prints 184 (14.02 % left).
    expect(levels[0]).toEqual([
      1,
      { required: 185, stillNeeded: 35 },
      {
        mustPass: 184,
        stillNeeded: 34,
        remainingIfPassed: '14.02',
        ruleForTableDevelopable: 185,
        differsFromRule: true,
        reachesLevelByRule: false,
      },
    ]);
    expect(levels[4][2]).toMatchObject({
      mustPass: 193,
      ruleForTableDevelopable: 193,
      differsFromRule: false,
    });
    const waiting = (await yala.get(`/api/registers/bindings?kpiSet=${yalaSet.kpiSetId}`)).json().items;
    expect(waiting.find((b: { kpiKey: string }) => b.kpiKey === 'I4').recompute).toMatchObject({
      state: 'pending',
      error: null,
    });
    await t.worker.settle();
    const settled = (await yala.get(`/api/registers/bindings?kpiSet=${yalaSet.kpiSetId}`)).json().items;
    expect(settled.find((b: { kpiKey: string }) => b.kpiKey === 'I4').recompute).toBeNull();
    const agreements = (await mueang.get(`/api/agreements?kpiSet=${yalaSet.kpiSetId}`)).json().items;
    const view = (await mueang.get(`/api/agreements/${agreements[0].id}`)).json();
    const i4 = view.items.find((i: { key: string }) => i.key === 'I4');
    expect(i4.result).toMatchObject({
      source: 'register',
      asOf: '2025-09-30',
      inputs: { formula: { targets: '214', passed: '150' } },
    });
    expect(i4.evaluation.level).toBe(0);
    expect(i4.needed.table).toMatchObject({ target: 184 });
  });

  it('describes every register route, with a summary, in the OpenAPI document the web UI is built from', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const routes = Object.entries(doc.paths as Record<string, Record<string, { summary?: string }>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({
          route: `${method.toUpperCase()} ${path}`,
          summary: op.summary,
        })),
    );
    const ours = routes.filter((r) => r.route.includes(' /api/registers/'));
    expect(ours.length).toBe(59);
    expect(ours.filter((r) => !r.summary)).toEqual([]);
    expect(ours.map((r) => r.route)).toEqual(
      expect.arrayContaining([
        'GET /api/registers/years',
        'POST /api/registers/households/import',
        'GET /api/registers/imports/{id}',
        'GET /api/registers/households/summary',
        'PUT /api/registers/bindings/{kpiId}',
        'GET /api/registers/budget/report',
        'GET /api/registers/budget/export.xlsx',
        'POST /api/registers/community-funds/import',
        'POST /api/registers/womens-fund/import',
        'POST /api/registers/debt-relief/import',
        'PUT /api/registers/womens-fund/portfolio',
        'POST /api/registers/womens-fund/portfolio/import',
        'POST /api/registers/projects/import',
        'POST /api/registers/projects/{id}/photos',
        'GET /api/registers/bindings/measures',
      ]),
    );
  });
});
