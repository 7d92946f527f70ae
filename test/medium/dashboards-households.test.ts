import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bangkokDateOf } from '../../src/domain/timeliness/bangkok-date.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { houseCode, household, householdCsv, importHouseholds } from '../register-fixtures.ts';

type Progress = {
  unit: { code: string; kind: string };
  surveyYear: number;
  totals: { households: number; planned: number; active: number; byStatus: Record<string, number> };
  months: { month: string; planned: number; active: number }[];
  areas: {
    code: string;
    nameTh: string;
    households: number;
    planned: number;
    active: number;
    byStatus: Record<string, number>;
  }[];
};

describe.each(engines())('household progress on the dashboards, kept on write, on %s', (engine) => {
  let t: TestApp;
  let mueang: Session;
  let betong: Session;
  let yala: Session;
  let department: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [mueang, betong, yala, department] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  /**
   * The rollup as it should be, counted here from the households tables themselves: per unit and status, households,
   * those with a plan item, those with an activity; per unit, month and status the households whose first plan item
   * (entered, Bangkok date) or first activity (done) fell in that month.
   */
  async function recount() {
    const db = t.handle.db;
    const homes = (
      await sql<{
        id: number;
        unit_id: number;
        status: string;
      }>`select id, unit_id, status from households`.execute(db)
    ).rows;
    const plans = (
      await sql<{
        household_id: number;
        created_at: Date;
      }>`select household_id, created_at from household_plan_items`.execute(db)
    ).rows;
    const acts = (
      await sql<{
        household_id: number;
        done_on: string;
      }>`select household_id, to_char(done_on, 'YYYY-MM-DD') as done_on from household_activities`.execute(db)
    ).rows;
    const status = new Map<string, number[]>();
    const months = new Map<string, number[]>();
    for (const h of homes) {
      const firstPlan = plans
        .filter((p) => p.household_id === h.id)
        .map((p) => bangkokDateOf(p.created_at))
        .sort()[0];
      const firstAct = acts
        .filter((a) => a.household_id === h.id)
        .map((a) => a.done_on)
        .sort()[0];
      const key = `${h.unit_id}|${h.status}`;
      const s = status.get(key) ?? [0, 0, 0];
      status.set(key, [(s[0] ?? 0) + 1, (s[1] ?? 0) + (firstPlan ? 1 : 0), (s[2] ?? 0) + (firstAct ? 1 : 0)]);
      for (const [date, column] of [
        [firstPlan, 0],
        [firstAct, 1],
      ] as const) {
        if (!date) continue;
        const mk = `${h.unit_id}|${date.slice(0, 7)}|${h.status}`;
        const m = months.get(mk) ?? [0, 0];
        m[column] = (m[column] ?? 0) + 1;
        months.set(mk, m);
      }
    }
    return {
      status: [...status.entries()].map(([k, v]) => `${k}|${v.join('|')}`).sort(),
      months: [...months.entries()].map(([k, v]) => `${k}|${v.join('|')}`).sort(),
    };
  }

  async function rollup() {
    const db = t.handle.db;
    const status = (
      await sql<{
        r: string;
      }>`select concat_ws('|', unit_id, status, households, planned, active) as r from household_progress_status`.execute(
        db,
      )
    ).rows;
    const months = (
      await sql<{
        r: string;
      }>`select concat_ws('|', unit_id, to_char(month, 'YYYY-MM'), status, planned, active) as r from household_progress_months`.execute(
        db,
      )
    ).rows;
    return { status: status.map((x) => x.r).sort(), months: months.map((x) => x.r).sort() };
  }

  const expectRollupCurrent = async () => expect(await rollup()).toEqual(await recount());

  const progress = async (s: Session, query: string): Promise<Progress> => {
    const res = await s.get(`/api/dashboards/households?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('keeps the rollup equal to a recount after a create, an edit that moves, a status change, a plan item, an activity and an import', async () => {
    const create = (n: number, unitCode: string, status: string) =>
      mueang.send('POST', '/api/registers/households', {
        unitCode,
        houseCode: houseCode(n),
        status,
        members: 3,
        incomes: [{ surveyYear: 2568, incomePerPerson: '30000' }],
      });
    const a = (await create(101, '950101', 'developable')).json().household;
    const b = (await create(102, '950101', 'developable')).json().household;
    expect((await create(103, '950102', 'welfare-requested')).statusCode).toBe(201);
    await expectRollupCurrent();

    const moved = await mueang.send('PATCH', `/api/registers/households/${b.id}`, { unitCode: '950102' });
    expect(moved.statusCode, moved.body).toBe(200);
    await expectRollupCurrent();

    const status = await mueang.send('PUT', `/api/registers/households/${b.id}/status`, {
      status: 'self-reliant',
    });
    expect(status.statusCode).toBe(200);
    await expectRollupCurrent();

    const plan = await mueang.send('POST', `/api/registers/households/${a.id}/plan-items`, {
      item: 'ฝึกอาชีพ',
    });
    expect(plan.statusCode).toBe(201);
    await expectRollupCurrent();

    const activity = await mueang.send('POST', `/api/registers/households/${a.id}/activities`, {
      activity: 'ปลูกผักสวนครัว',
      doneOn: '2025-01-15',
    });
    expect(activity.statusCode).toBe(201);
    await expectRollupCurrent();

    const job = await importHouseholds(
      mueang,
      '9501',
      'list.csv',
      householdCsv([
        household(201, '950103', 'developable', {}, { activity: 'เลี้ยงไก่ไข่', activity_date: '2025-03-02' }),
        household(202, '950103', 'other'),
        household(102, '950101', 'developable'),
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    await expectRollupCurrent();
  });

  it("sums the rollup for a district's sub-districts, a province's districts and the nation's provinces", async () => {
    const district = await progress(mueang, 'unit=9501&surveyYear=2568');
    // Made above: 950101 a (developable, plan, activity 15 Jan 2025) and b (moved back by the import, developable);
    // 950102 the welfare household; 950103 201 (developable, activity 2 Mar 2025) and 202 (other).
    expect(district.totals).toEqual({
      households: 5,
      planned: 1,
      active: 2,
      byStatus: { developable: 3, welfare_requested: 1, self_reliant: 0, other: 1 },
    });
    expect(district.areas.map((a) => [a.code, a.households, a.active])).toEqual([
      ['950101', 2, 1],
      ['950102', 1, 0],
      ['950103', 2, 1],
    ]);
    const byMonth = Object.fromEntries(district.months.map((m) => [m.month, m.active]));
    expect(district.months).toHaveLength(12);
    expect([
      byMonth['2024-12'],
      byMonth['2025-01'],
      byMonth['2025-02'],
      byMonth['2025-03'],
      byMonth['2025-09'],
    ]).toEqual([0, 1, 1, 2, 2]);
    const province = await progress(yala, 'unit=95&surveyYear=2568');
    expect(province.areas.map((a) => [a.code, a.households])).toEqual([['9501', 5]]);
    const nation = await progress(department, 'unit=CDD&surveyYear=2568');
    expect(nation.areas.map((a) => [a.code, a.nameTh, a.households])).toEqual([['95', 'ยะลา', 5]]);
    expect(nation.totals).toEqual(district.totals);
  });

  it('answers 403 outside the scope, 404 for an unknown unit, and exports the tables with Thai headers only', async () => {
    expect((await betong.get('/api/dashboards/households?unit=9501')).statusCode).toBe(403);
    expect((await betong.get('/api/dashboards/households?unit=XX99')).statusCode).toBe(404);
    expect((await mueang.get('/api/dashboards/households?unit=95')).statusCode).toBe(403);
    const csv = await yala.get(
      '/api/dashboards/households/export?unit=95&surveyYear=2568&table=areas&format=csv',
    );
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'รหัสอำเภอ,อำเภอ,ครัวเรือนในทะเบียน,พัฒนาได้,ขอรับการสงเคราะห์,พึ่งตนเองได้ (ไม่ขอรับความช่วยเหลือ),อื่น ๆ (เช่น เสียชีวิต/ย้าย),มีแผนพัฒนาครัวเรือน,มีกิจกรรมที่ดำเนินการแล้ว',
    );
    expect(lines[1]).toBe('9501,เมืองยะลา,5,3,1,0,1,1,2');
  });
});
