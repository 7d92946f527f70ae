import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { notifyUsers } from '../../src/modules/notifications/service.ts';
import { budgetCriteria, makeKpiSet, planCriteria } from '../factories.ts';
import {
  engines,
  loginAs,
  loginEach,
  makeUser,
  openTestDatabase,
  type Session,
  testConfig,
} from '../helpers.ts';
import { citizenId, houseCode } from '../register-fixtures.ts';
import { monthlyReport, openReport, reportConfig, TestClock } from '../report-fixtures.ts';
import { statementCounter } from '../statement-counter.ts';

const counter = statementCounter();

type Entry = { reportTypeId: number; periodKey: string; dueDate: string; daysLeft: number; state: string };

/**
 * The district home's database cost on deadline day (R2-6 item 4): every district officer polls it, so it reads the
 * session, its month's reports (forms, due-date changes, districts, its submissions), returned reports, its agreement
 * and its unread notifications with their count in one read each, and answers what the pages it summarises answer.
 */
describe.each(engines())('the district home in statements, on %s', (engine) => {
  const clock = new TestClock('2026-12-06T03:00:00Z');
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let mueang: Session;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = await buildApp(testConfig({ clock: () => clock.now, viewCacheSeconds: 0 }), {
      db: handle.db.withPlugin(counter.plugin),
      engine: handle.engine,
    });
    const staff = await makeUser(handle, 'province_staff', '95-G1');
    const officer = await makeUser(handle, 'district_officer', '9501');
    mueang = await loginAs(app, officer.username, officer.password);
    const desk = await loginAs(app, staff.username, staff.password);
    const fields = [{ id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true }];
    const typeIds: number[] = [];
    for (const nameTh of ['รายงานผลการดำเนินงานประจำเดือน', 'รายงานกองทุนประจำเดือน']) {
      const created = await desk.send('POST', '/api/reports/types', {
        ...monthlyReport('95', { fields }),
        nameTh,
      });
      expect(created.statusCode, created.body).toBe(201);
      typeIds.push(created.json().reportType.id);
    }
    // November's report sent, returned twice with reasons: the home shows the latest reason.
    const admin = await makeUser(handle, 'province_admin', '95');
    const province = await loginAs(app, admin.username, admin.password);
    clock.set('2026-11-05T03:00:00Z');
    const november = await openReport(mueang, typeIds[0] as number, '9501', '2026-11');
    const draft = await mueang.send('PUT', `/api/reports/submissions/${november.id}/draft`, {
      values: { households: '3' },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    for (const reason of ['ข้อมูลไม่ครบ', 'จำนวนครัวเรือนไม่ตรงกับทะเบียน']) {
      const sent = await mueang.send('POST', `/api/reports/submissions/${november.id}/submit`);
      expect(sent.statusCode, sent.body).toBe(200);
      const back = await province.send('POST', `/api/reports/submissions/${november.id}/return`, { reason });
      expect(back.statusCode, back.body).toBe(200);
    }
    clock.set('2026-12-06T03:00:00Z');
    const message = { title: 'แจ้งเตือน', body: 'ส่งรายงาน', link: null };
    for (let i = 0; i < 7; i++) await notifyUsers(handle.db, [officer.id], message, clock.now);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('answers in at most 7 statements, the same reports and notifications as their own pages', async () => {
    await mueang.get('/api/home');
    const { value: res, statements } = await counter.of(() => mueang.get('/api/home'));
    expect(res.statusCode, res.body).toBe(200);
    // Session, active forms, due-date changes, the district's submissions of the month (its own district from the
    // session, not its province's districts; no review log without one), returned reports with their last reasons,
    // latest agreement, unread notifications with their count (12 before R2-6 item 4, 8 before the home's cut).
    expect(statements).toBeLessThanOrEqual(7);

    const home = res.json();
    const calendar = (await mueang.get('/api/reports/calendar?unit=9501&month=2026-12')).json();
    const types = (await mueang.get('/api/reports/types?province=95')).json();
    const notifications = (await mueang.get('/api/notifications?unread=true&limit=5')).json();
    expect(home.reports.forms).toBe(types.items.filter((t: { active: boolean }) => t.active).length);
    expect(home.reports.forms).toBe(2);
    expect(
      home.reports.entries.map((e: Entry) => [e.reportTypeId, e.periodKey, e.dueDate, e.daysLeft]),
    ).toEqual(
      calendar.entries.map((e: Entry & { reportType: { id: number } }) => [
        e.reportType.id,
        e.periodKey,
        e.dueDate,
        e.daysLeft,
      ]),
    );
    expect(home.reports.entries).toHaveLength(2);
    expect(home.reports.entries.map((e: Entry) => e.state)).toEqual(
      calendar.entries.map((e: { submission: { state: string } }) => e.submission.state),
    );
    expect(home.returned.count).toBe(1);
    expect(home.returned.items[0].reason).toBe('จำนวนครัวเรือนไม่ตรงกับทะเบียน');
    expect(home.notifications).toEqual(notifications);
    // Seven notices and the two returns' own: the count is taken over all the unread, not the five listed.
    expect(home.notifications.unread).toBeGreaterThanOrEqual(7);
    expect(home.notifications.items).toHaveLength(5);
  });
});

describe.each(engines())('every role’s home in statements, on %s', (engine) => {
  const clock = new TestClock('2026-12-06T03:00:00Z');
  const files = reportConfig(clock);
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let who: Record<string, Session>;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = await buildApp(testConfig({ ...files.overrides, viewCacheSeconds: 0 }), {
      db: handle.db.withPlugin(counter.plugin),
      engine: handle.engine,
    });
    const roles = [
      ['departmentAdmin', 'department_admin', 'CDD'],
      ['provinceAdmin', 'province_admin', '95'],
      ['provinceStaff', 'province_staff', '95'],
      ['districtOfficer', 'district_officer', '9501'],
      ['workGroupDirector', 'province_staff', '95-G1'],
      ['viewer', 'viewer', '95'],
      ['regionOffice', 'province_staff', 'CODI-N'],
    ] as const;
    const users = await Promise.all(roles.map(([, role, unit]) => makeUser(handle, role, unit)));
    const sessions = await loginEach(app, users);
    who = Object.fromEntries(roles.map(([key], i) => [key, sessions[i] as Session]));
    const betongUser = await makeUser(handle, 'district_officer', '9502');
    const [betong] = await loginEach(app, [betongUser]);
    const {
      districtOfficer: mueang,
      workGroupDirector: desk,
      provinceAdmin: admin,
    } = who as Record<string, Session>;
    const type = await (desk as Session).send(
      'POST',
      '/api/reports/types',
      monthlyReport('95', {
        fields: [{ id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true }],
      }),
    );
    expect(type.statusCode, type.body).toBe(201);
    const typeId: number = type.json().reportType.id;
    clock.set('2026-11-05T03:00:00Z');
    const november = await openReport(mueang as Session, typeId, '9501', '2026-11');
    await (mueang as Session).send('PUT', `/api/reports/submissions/${november.id}/draft`, {
      values: { households: '3' },
    });
    await (mueang as Session).send('POST', `/api/reports/submissions/${november.id}/submit`);
    const back = await (admin as Session).send('POST', `/api/reports/submissions/${november.id}/return`, {
      reason: 'จำนวนครัวเรือนไม่ตรงกับทะเบียน',
    });
    expect(back.statusCode, back.body).toBe(200);
    clock.set('2026-12-06T03:00:00Z');
    const december = await openReport(betong as Session, typeId, '9502', '2026-12');
    await (betong as Session).send('PUT', `/api/reports/submissions/${december.id}/draft`, {
      values: { households: '5' },
    });
    await (betong as Session).send('POST', `/api/reports/submissions/${december.id}/submit`);
    const set = await makeKpiSet(handle, '95', 2569, 1, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของการบรรลุเป้าหมาย', criteria: planCriteria },
    ]);
    for (const code of ['9501', '9502']) {
      const created = await (desk as Session).send('POST', '/api/agreements', {
        kpiSetId: set.id,
        pair: 'province_district',
        agentCode: code,
        items: Object.values(set.kpiIds).map((kpiId) => ({ kpiId, weight: '50' })),
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const put = await (mueang as Session).send('PUT', '/api/kpi-results', {
      kpiId: set.kpiIds.T1,
      unitCode: '9501',
      value: '89.30',
      asOf: '2026-03-31',
    });
    expect(put.statusCode, put.body).toBe(200);
    const project = await (mueang as Session).send('POST', '/api/registers/projects', {
      unitCode: '9501',
      fiscalYear: 2569,
      round: 1,
      name: 'ส่งเสริมสัมมาชีพชุมชน',
      completionPercent: '100',
      completedOn: '2026-11-01',
    });
    expect(project.statusCode, project.body).toBe(201);
    const household = await (mueang as Session).send('POST', '/api/registers/households', {
      unitCode: '950101',
      houseCode: houseCode(9001),
      status: 'developable',
      members: 3,
      headCitizenId: citizenId(9001),
      incomes: [{ surveyYear: 2569, incomePerPerson: '30000' }],
    });
    expect(household.statusCode, household.body).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    files.cleanup();
  });

  /** The home as `who` sees it, in at most `limit` statements (counted on the second call: the first warms caches). */
  async function homeWithin(who: Session, limit: number) {
    await who.get('/api/home');
    const { value: res, statements } = await counter.of(() => who.get('/api/home'));
    expect(res.statusCode, res.body).toBe(200);
    expect(statements).toBeLessThanOrEqual(limit);
    const home = res.json();
    const notifications = (await who.get('/api/notifications?unread=true&limit=5')).json();
    expect(home.notifications).toEqual(notifications);
    return home;
  }

  it('answers the department its provinces in at most 3 statements, as the units table counts their districts', async () => {
    // Session, the provinces with their district counts, unread notifications with their count (3 before).
    const home = await homeWithin(who.departmentAdmin as Session, 3);
    const districts = await handle.db
      .selectFrom('units as p')
      .innerJoin('units as d', 'd.parent_id', 'p.id')
      .where('p.kind', '=', 'province')
      .where('d.kind', '=', 'district')
      .groupBy(['p.code', 'p.name_th'])
      .select(['p.code', 'p.name_th', (eb) => eb.fn.countAll<string>().as('n')])
      .orderBy('p.name_th')
      .execute();
    expect(home.kind).toBe('department');
    expect(
      home.provinces.map((p: { code: string; nameTh: string; districts: number }) => [
        p.code,
        p.nameTh,
        p.districts,
      ]),
    ).toEqual(districts.map((d) => [d.code, d.name_th, Number(d.n)]));
  });

  it('answers each province role in at most 12 statements, what the board, agreements and registers pages answer', async () => {
    const board = (
      await (who.provinceAdmin as Session).get('/api/reports/board?province=95&month=2026-12')
    ).json();
    const types = (await (who.provinceAdmin as Session).get('/api/reports/types?province=95')).json();
    const summary = (
      await (who.provinceAdmin as Session).get('/api/registers/households/summary?unit=95&fiscalYear=2569')
    ).json();
    const projects = (
      await (who.provinceAdmin as Session).get('/api/registers/projects?unit=95&fiscalYear=2569')
    ).json();
    type Cell = { state?: string; submissionId?: number | null };
    type Row = { unit: { code: string; nameTh: string }; cells: Cell[] };
    const count = (row: Row, states: string[]) =>
      row.cells.filter((c) => states.includes(c.state ?? '')).length;
    const late = (board.rows as Row[]).flatMap((row) => {
      const missing = count(row, ['missing']);
      const sentLate = count(row, ['late', 'approved-late']);
      return missing + sentLate > 0 ? [{ unit: row.unit, missing, late: sentLate }] : [];
    });
    const submitted = (board.rows as Row[]).flatMap((row) =>
      row.cells.filter((c) => c.state === 'submitted').map((c) => c.submissionId),
    );
    for (const key of ['provinceAdmin', 'provinceStaff', 'workGroupDirector', 'viewer']) {
      // Session, the province's active forms, its districts (for the reports and the households), the forms' due-date
      // changes, the districts' submissions of the month and their review logs, reports waiting for review, the
      // latest round with its stored agreement scores, the latest survey year, its households' counts, the latest
      // year's projects, unread notifications with their count (19 before without a survey year, 23 with one).
      const home = await homeWithin(who[key] as Session, 12);
      expect(home.kind).toBe('province');
      expect(home.late).toEqual({
        month: '2026-12',
        monthLabelTh: board.monthLabelTh,
        forms: types.items.filter((t: { active: boolean }) => t.active).length,
        dueThisMonth: board.columns.length,
        nextDueDate: '2026-12-10',
        districts: late,
      });
      expect(home.late.districts).toEqual([]);
      expect(home.waiting.items.map((s: { id: number }) => s.id)).toEqual(submitted);
      expect(home.waiting.count).toBe(1);
      const pages = await Promise.all(
        home.agreements.items.map(async (a: { id: number }) =>
          (await (who.provinceAdmin as Session).get(`/api/agreements/${a.id}`)).json(),
        ),
      );
      expect(
        home.agreements.items.map(
          (a: { status: string; score: string; reported: number; expected: number }) => [
            a.status,
            a.score,
            a.reported,
            a.expected,
          ],
        ),
      ).toEqual(pages.map((p) => [p.agreement.status, p.total?.score ?? null, p.reported, p.expected]));
      expect(home.agreements.items.map((a: { agent: { code: string } }) => a.agent.code)).toEqual([
        '9501',
        '9502',
      ]);
      expect(home.alerts.households).toEqual({
        fiscalYear: 2569,
        warnings: summary.warnings.map((w: { code: string; message: string }) => ({
          code: w.code,
          message: w.message,
        })),
      });
      expect(home.alerts.households.warnings.length).toBeGreaterThan(0);
      expect(home.alerts.projects).toEqual({
        fiscalYear: 2569,
        total: projects.total,
        late: projects.late,
        missingPhotos: projects.missingPhotos,
      });
      expect(home.alerts.projects.late).toBe(1);
    }
  });

  it('answers a district officer with an agreement in at most 9 statements, the KPIs its agreement page scores', async () => {
    // Session, active forms, due-date changes, the district's submissions of the month, returned reports with their
    // reasons, the latest agreement with its round, its items, its results, unread notifications (12 before).
    const home = await homeWithin(who.districtOfficer as Session, 9);
    const page = (await (who.districtOfficer as Session).get(`/api/agreements/${home.agreement.id}`)).json();
    type Item = {
      id: number;
      selected: boolean;
      evaluation: { level: number; score: string; next: unknown } | null;
      needed: { text: string } | null;
    };
    expect(home.agreement).toMatchObject({
      status: page.agreement.status,
      score: page.total?.score ?? null,
      reported: page.reported,
      expected: page.expected,
    });
    expect(home.agreement.score).not.toBeNull();
    expect(
      home.agreement.items.map(
        (i: {
          id: number;
          level: number | null;
          score: string | null;
          next: unknown;
          neededTh: string | null;
        }) => [i.id, i.level, i.score, i.next, i.neededTh],
      ),
    ).toEqual(
      (page.items as Item[])
        .filter((i) => i.selected)
        .map((i) => [
          i.id,
          i.evaluation?.level ?? null,
          i.evaluation?.score ?? null,
          i.evaluation?.next ?? null,
          i.needed?.text ?? null,
        ]),
    );
    const calendar = (
      await (who.districtOfficer as Session).get('/api/reports/calendar?unit=9501&month=2026-12')
    ).json();
    expect(home.reports.entries.map((e: Entry) => [e.reportTypeId, e.periodKey, e.dueDate, e.state])).toEqual(
      calendar.entries.map((e: Entry & { reportType: { id: number }; submission: { state: string } }) => [
        e.reportType.id,
        e.periodKey,
        e.dueDate,
        e.submission.state,
      ]),
    );
    expect(home.returned.items.map((s: { reason: string }) => s.reason)).toEqual([
      'จำนวนครัวเรือนไม่ตรงกับทะเบียน',
    ]);
  });

  it('answers a CODI region office in at most 2 statements', async () => {
    // Session, unread notifications with their count (2 before).
    const home = await homeWithin(who.regionOffice as Session, 2);
    expect(home).toMatchObject({ kind: 'region', unit: { code: 'CODI-N' } });
  });
});
