import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet, planCriteria } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { citizenId, houseCode } from '../register-fixtures.ts';
import { expectNoLostUpdate, expectOneOfTwoAtOnce, type Versioned } from '../row-version-race.ts';

/**
 * Issue R2-6 item 5: no lost update. For each covered edit route, two officers load the same record and both save:
 * the first is saved, the second is refused 409 `stale` with a Thai message naming who saved and when, and the
 * stored record is the first save; a save from the current version goes through and moves the version on.
 */
describe.each(engines())('optimistic concurrency of edit routes on %s', (engine) => {
  let t: TestApp;
  let mueangA: Session;
  let mueangB: Session;
  let yala: Session;
  let yalaB: Session;
  let names: string[];

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'province_admin', '95'),
    ]);
    names = users.map((u) => `ผู้ทดสอบ ${u.username}`);
    [mueangA, mueangB, yala, yalaB] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  describe('households', () => {
    type Detail = Versioned & {
      household: { id: number; members: number; address: string | null; status: string; rowVersion: number };
      incomes: { surveyYear: number; incomePerPerson: string }[];
    };
    let n = 9000;
    async function newHousehold() {
      n += 1;
      const created = await mueangA.send('POST', '/api/registers/households', {
        unitCode: '950101',
        houseCode: houseCode(n),
        status: 'developable',
        members: 3,
        headCitizenId: citizenId(n),
      });
      expect(created.statusCode).toBe(201);
      return created.json().household.id as number;
    }
    const reader = (id: number) => async (s: Session) => {
      const body = (await s.get(`/api/registers/households/${id}`)).json() as Detail;
      return { ...body, rowVersion: body.household.rowVersion };
    };
    const members = { first: 4, second: 7, third: 5 };
    const statuses = { first: 'self-reliant', second: 'other', third: 'welfare-requested' } as const;
    const incomes = { first: '41000.00', second: '52000.00', third: '38000.00' };

    it('refuses a stale edit of a household (PATCH) and keeps the first save', async () => {
      const id = await newHousehold();
      await expectNoLostUpdate<Detail>({
        a: mueangA,
        b: mueangB,
        aName: names[0] as string,
        read: reader(id),
        save: (s, rowVersion, v) =>
          s.send('PATCH', `/api/registers/households/${id}`, {
            members: members[v],
            address: `บ้านเลขที่ ${members[v]}`,
            rowVersion,
          }),
        pick: (d) => ({ members: d.household.members, address: d.household.address }),
        what: `ข้อมูลครัวเรือนรหัสบ้าน ${houseCode(n)}`,
      });
    });

    it('refuses a stale status (PUT …/status) and a stale income (PUT …/incomes/:year)', async () => {
      const id = await newHousehold();
      const race = {
        a: mueangA,
        b: mueangB,
        aName: names[0] as string,
        read: reader(id),
        what: 'ข้อมูลครัวเรือน',
      };
      await expectNoLostUpdate<Detail>({
        ...race,
        save: (s, rowVersion, v) =>
          s.send('PUT', `/api/registers/households/${id}/status`, { status: statuses[v], rowVersion }),
        pick: (d) => d.household.status,
      });
      await expectNoLostUpdate<Detail>({
        ...race,
        save: (s, rowVersion, v) =>
          s.send('PUT', `/api/registers/households/${id}/incomes/2568`, {
            incomePerPerson: incomes[v],
            rowVersion,
          }),
        pick: (d) => d.incomes,
      });
    });

    it('lets exactly one of two saves from the same version through when they arrive at once', async () => {
      const id = await newHousehold();
      await expectOneOfTwoAtOnce<Detail>({
        a: mueangA,
        b: mueangB,
        aName: names[0] as string,
        read: reader(id),
        save: (s, rowVersion, v) =>
          s.send('PATCH', `/api/registers/households/${id}`, { members: members[v], rowVersion }),
        pick: (d) => d.household.members,
        what: 'ข้อมูลครัวเรือน',
      });
    });

    it('accepts a save without a version as before (last write wins), bumping the version; refuses a bad one in Thai', async () => {
      const id = await newHousehold();
      const before = await reader(id)(yala);
      const plain = await yala.send('PATCH', `/api/registers/households/${id}`, { members: 9 });
      expect(plain.statusCode).toBe(200);
      expect(plain.json().household).toMatchObject({ members: 9, rowVersion: before.rowVersion + 1 });
      const bad = await yala.send('PATCH', `/api/registers/households/${id}`, { members: 8, rowVersion: 0 });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toContain('rowVersion');
    });
  });

  const pair = (aName: () => string) => ({
    get a() {
      return mueangA;
    },
    get b() {
      return mueangB;
    },
    get aName() {
      return aName();
    },
  });
  const variants = { first: 'ก', second: 'ข', third: 'ค' } as const;

  it('refuses a stale save of meeting minutes (PUT /api/minutes/:id)', async () => {
    type Minutes = Versioned & Record<string, unknown> & { id: number; venueTh: string; number: string };
    const created = await yala.send('POST', '/api/minutes', {
      unitCode: '95',
      titleTh: 'รายงานการประชุมประจำเดือน',
      meetingDate: '2025-03-05',
      timeFrom: '09.30',
      timeTo: '12.00',
      venueTh: 'ห้องประชุม',
    });
    expect(created.statusCode, created.body).toBe(201);
    const m = created.json() as Minutes;
    await expectNoLostUpdate<Minutes>({
      a: yala,
      b: yalaB,
      aName: names[2] as string,
      read: async (s) => (await s.get(`/api/minutes/${m.id}`)).json() as Minutes,
      save: async (s, rowVersion, v) => {
        const loaded = (await s.get(`/api/minutes/${m.id}`)).json() as Minutes;
        return s.send('PUT', `/api/minutes/${m.id}`, {
          titleTh: loaded.titleTh,
          meetingDate: loaded.meetingDate,
          timeFrom: loaded.timeFrom,
          timeTo: loaded.timeTo,
          venueTh: `ห้องประชุม ${variants[v]}`,
          body: loaded.body,
          rowVersion,
        });
      },
      pick: (x) => x.venueTh,
      what: `รายงานการประชุมครั้งที่ ${m.number}`,
    });
  });

  it('refuses a stale edit of a project (PATCH /api/registers/projects/:id)', async () => {
    type Project = Versioned & { completionPercent: string; name: string };
    const created = await mueangA.send('POST', '/api/registers/projects', {
      unitCode: '9501',
      fiscalYear: 2568,
      round: 1,
      name: 'โครงการทดสอบการบันทึกพร้อมกัน',
      completionPercent: '10',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().project.id as number;
    const percent = { first: '40', second: '60', third: '80' };
    await expectNoLostUpdate<Project>({
      ...pair(() => names[0] as string),
      read: async (s) => (await s.get(`/api/registers/projects/${id}`)).json().project as Project,
      save: (s, rowVersion, v) =>
        s.send('PATCH', `/api/registers/projects/${id}`, { completionPercent: percent[v], rowVersion }),
      pick: (p) => Number(p.completionPercent),
      what: 'ข้อมูลโครงการ "โครงการทดสอบการบันทึกพร้อมกัน"',
    });
  });

  it('refuses a stale edit of a community fund (PATCH /api/registers/community-funds/:id)', async () => {
    type Fund = Versioned & { savings: string | null };
    const created = await mueangA.send('POST', '/api/registers/community-funds', {
      unitCode: '9501',
      name: 'กองทุนหมู่บ้านทดสอบพร้อมกัน',
      type: 'village',
      juristicPerson: false,
      capital: [{ round: 'government-allocation' }],
      savings: '1000',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().fund.id as number;
    const savings = { first: '2000', second: '3000', third: '4000' };
    await expectNoLostUpdate<Fund>({
      ...pair(() => names[0] as string),
      read: async (s) => {
        const list = (await s.get('/api/registers/community-funds?unit=9501')).json();
        return (list.items as (Fund & { id: number })[]).find((f) => f.id === id) as Fund;
      },
      save: (s, rowVersion, v) =>
        s.send('PATCH', `/api/registers/community-funds/${id}`, { savings: savings[v], rowVersion }),
      pick: (f) => Number(f.savings),
      what: 'ข้อมูลกองทุน "กองทุนหมู่บ้านทดสอบพร้อมกัน"',
    });
  });

  it('refuses a stale edit of a user account (PATCH /api/users/:id)', async () => {
    type User = Versioned & { id: number; displayName: string; username: string };
    const officer = await makeUser(t.handle, 'district_officer', '9502');
    const read = async (s: Session) =>
      ((await s.get('/api/users?unit=9502')).json().items as User[]).find((u) => u.id === officer.id) as User;
    await expectNoLostUpdate<User>({
      a: yala,
      b: yalaB,
      aName: names[2] as string,
      read,
      save: (s, rowVersion, v) =>
        s.send('PATCH', `/api/users/${officer.id}`, { displayName: `เจ้าหน้าที่ ${variants[v]}`, rowVersion }),
      pick: (u) => u.displayName,
      what: `ข้อมูลผู้ใช้ ${officer.username}`,
    });
  });

  it('refuses a stale save of a visit plan (PUT /api/visits/:id)', async () => {
    type Plan = Versioned & { id: number; body: { rows: unknown[]; letter: Record<string, unknown> } };
    const created = await yala.send('POST', '/api/visits', { unitCode: '95', month: '2025-05' });
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json() as Plan;
    await expectNoLostUpdate<Plan>({
      a: yala,
      b: yalaB,
      aName: names[2] as string,
      read: async (s) => (await s.get(`/api/visits/${plan.id}`)).json() as Plan,
      save: (s, rowVersion, v) =>
        s.send('PUT', `/api/visits/${plan.id}`, {
          body: { rows: [], letter: { ...plan.body.letter, number: `ยล 0019/${variants[v]}` } },
          rowVersion,
        }),
      pick: (p) => p.body.letter.number,
      what: 'แผนการติดตามงานเดือนพฤษภาคม 2568',
    });
  });

  it('refuses a stale rename of a budget line (PATCH /api/registers/budget/lines/:id)', async () => {
    type Line = Versioned & { name: string };
    const created = await mueangA.send('POST', '/api/registers/budget/lines', {
      unitCode: '9501',
      fiscalYear: 2568,
      category: 'งบดำเนินงาน',
      name: 'ค่าใช้จ่ายเดินทาง',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().line.id as number;
    await expectNoLostUpdate<Line>({
      ...pair(() => names[0] as string),
      read: async (s) => (await s.get(`/api/registers/budget/lines/${id}`)).json().line as Line,
      save: (s, rowVersion, v) =>
        s.send('PATCH', `/api/registers/budget/lines/${id}`, {
          name: `ค่าใช้จ่ายเดินทาง ${variants[v]}`,
          rowVersion,
        }),
      pick: (l) => l.name,
      what: 'รายการงบประมาณ "ค่าใช้จ่ายเดินทาง ก"',
    });
  });

  it('refuses a stale edit of a draft agreement (PUT /api/agreements/:id)', async () => {
    type View = Versioned & { items: { weight: string }[] };
    const set = await makeKpiSet(t.handle, '95', 2568, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของการบรรลุเป้าหมาย', criteria: planCriteria },
    ]);
    const weights = { first: ['60', '40'], second: ['30', '70'], third: ['50', '50'] } as const;
    const items = (w: readonly string[]) =>
      ['T1', 'T2'].map((key, i) => ({ kpiId: set.kpiIds[key] as number, weight: w[i] as string }));
    const created = await yala.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '9501',
      items: items(['50', '50']),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().agreement.id as number;
    await expectNoLostUpdate<View>({
      a: yala,
      b: yalaB,
      aName: names[2] as string,
      read: async (s) => {
        const view = (await s.get(`/api/agreements/${id}`)).json();
        return { items: view.items, rowVersion: view.agreement.rowVersion };
      },
      save: (s, rowVersion, v) =>
        s.send('PUT', `/api/agreements/${id}`, { items: items(weights[v]), rowVersion }),
      pick: (view) => view.items.map((i) => Number(i.weight)),
      what: 'ร่างคำรับรองของเมืองยะลา (9501)',
    });
  });

  it('refuses a stale edit of a debt relief target household (PATCH /api/registers/debt-relief/:id)', async () => {
    type Debt = Versioned & {
      enteredProcess: boolean;
      debtRestructured: boolean;
      occupationalPromotion: boolean;
    };
    const created = await mueangA.send('POST', '/api/registers/debt-relief', {
      unitCode: '9501',
      fiscalYear: 2568,
      label: 'ครัวเรือนทดสอบพร้อมกัน',
      enteredProcess: false,
      debtRestructured: false,
      occupationalPromotion: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().household.id as number;
    const steps = {
      first: { enteredProcess: true },
      second: { debtRestructured: true },
      third: { occupationalPromotion: true },
    };
    await expectNoLostUpdate<Debt>({
      ...pair(() => names[0] as string),
      read: async (s) =>
        (
          (await s.get('/api/registers/debt-relief?unit=9501&fiscalYear=2568')).json().items as (Debt & {
            id: number;
          })[]
        ).find((d) => d.id === id) as Debt,
      save: (s, rowVersion, v) =>
        s.send('PATCH', `/api/registers/debt-relief/${id}`, { ...steps[v], rowVersion }),
      pick: (d) => [d.enteredProcess, d.debtRestructured, d.occupationalPromotion],
      what: 'ข้อมูลครัวเรือนเป้าหมาย "ครัวเรือนทดสอบพร้อมกัน"',
    });
  });
});
