import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as migration from '../../src/db/migrations/2026-12-08-1210-household-poverty-counts.ts';
import * as districtMigration from '../../src/db/migrations/2026-12-08-1600-household-district-counts.ts';
import { remainingBelowLine } from '../../src/modules/households/measure.ts';
import { povertyCountsByArea, povertyCountsForUnits } from '../../src/modules/households/queries.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import {
  districtLayerAndVillageSums,
  livePovertyByArea,
  livePovertyForUnits,
  livePovertyPerUnit,
} from '../poverty-live-count.ts';
import { houseCode, household, householdCsv, importHouseholds } from '../register-fixtures.ts';

type Figures = { households: number; targets: number; passed: number };
type Summary = { areas: ({ unit: { code: string } } & Figures)[]; total: Figures };

describe.each(engines())('sheet 3 and KPI I4 from poverty counts kept on write, on %s', (engine) => {
  let t: TestApp;
  let mueang: Session;
  let yala: Session;
  let department: Session;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [mueang, yala, department] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  const unitsOf = async (codes: string[]) =>
    (
      await sql<{
        code: string;
        path: string;
      }>`select code, path from units where code in (${sql.join(codes)})`.execute(t.handle.db)
    ).rows;

  const byCode = <T extends { code: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.code.localeCompare(b.code));

  /**
   * The rollup equals the live count: its rows per unit and year, sheet 3 by district and by province for the
   * fiscal years around the writes, and KPI I4's per-agent counts (a province, its districts, some sub-districts).
   */
  async function expectCurrent() {
    const db = t.handle.db;
    const rows = await sql<{ r: string }>`
      select concat_ws('|', unit_id, fiscal_year, targets, passed) as r from household_poverty_counts`.execute(
      db,
    );
    expect(rows.rows.map((x) => x.r).sort()).toEqual(await livePovertyPerUnit(db));
    // The district layer (migration 2026-12-08-1600) is the sum of its villages' rows, table by table.
    const layers = await districtLayerAndVillageSums(db);
    for (const { layer, villages } of Object.values(layers)) expect(layer).toEqual(villages);
    expect(layers.status.layer.length).toBeGreaterThan(0);
    const agents = await unitsOf(['95', '9501', '9502', '950101', '950102', '950103']);
    // Agents at a district or above read the district layer; the list above (with sub-districts) reads villages.
    const districtAgents = await unitsOf(['CDD', '95', '9501', '9502']);
    for (const fiscalYear of [2567, 2568, 2569]) {
      for (const q of [
        { path: '/CDD/95/', area: 'district' as const, fiscalYear },
        { path: '/CDD/', area: 'province' as const, fiscalYear },
        { path: '/CDD/95/9501/', area: 'district' as const, fiscalYear },
      ]) {
        expect(byCode(await povertyCountsByArea(db, q))).toEqual(await livePovertyByArea(db, q));
      }
      for (const list of [agents, districtAgents]) {
        expect(byCode(await povertyCountsForUnits(db, list, fiscalYear))).toEqual(
          await livePovertyForUnits(db, list, fiscalYear),
        );
      }
    }
  }

  const summary = async (s: Session, unit: string, fiscalYear: number): Promise<Summary> => {
    const res = await s.get(`/api/registers/households/summary?unit=${unit}&fiscalYear=${fiscalYear}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const figures = (f: Figures) => [f.households, f.targets, f.passed];

  const create = async (n: number, unitCode: string, status: string, incomes: [number, string][]) => {
    const res = await mueang.send('POST', '/api/registers/households', {
      unitCode,
      houseCode: houseCode(n),
      status,
      members: 3,
      incomes: incomes.map(([surveyYear, incomePerPerson]) => ({ surveyYear, incomePerPerson })),
    });
    expect(res.statusCode, res.body).toBe(201);
    ids[n] = res.json().household.id;
  };

  it('counts a created household in its village for the fiscal years its survey years feed', async () => {
    await create(1, '950101', 'developable', [
      [2567, '30000'],
      [2568, '45000'],
    ]);
    await create(2, '950101', 'developable', [[2567, '39999.99']]);
    await create(3, '950101', 'developable', [[2567, '40000']]);
    await create(4, '950101', 'welfare-requested', [[2567, '20000']]);
    await create(5, '950102', 'developable', [
      [2567, '10000'],
      [2568, '40000'],
    ]);
    await expectCurrent();
    // FY2568: targets 1, 2 and 5 (40,000 is not below the line, welfare is not a target); 1 and 5 passed.
    expect(figures((await summary(mueang, '9501', 2568)).total)).toEqual([5, 3, 2]);
    // FY2569: only 2568 incomes below the line are targets: none.
    expect(figures((await summary(mueang, '9501', 2569)).total)).toEqual([5, 0, 0]);
  });

  it('moves the FY Y and FY Y + 1 figures when a survey year Y income changes', async () => {
    const res = await mueang.send('PUT', `/api/registers/households/${ids[1]}/incomes/2568`, {
      incomePerPerson: '35000',
    });
    expect(res.statusCode, res.body).toBe(200);
    await expectCurrent();
    // FY2568: household 1 no longer passed; FY2569: its 2568 income makes it a target.
    expect(figures((await summary(mueang, '9501', 2568)).total)).toEqual([5, 3, 1]);
    expect(figures((await summary(mueang, '9501', 2569)).total)).toEqual([5, 1, 0]);
    const added = await mueang.send('PUT', `/api/registers/households/${ids[2]}/incomes/2568`, {
      incomePerPerson: '52000',
    });
    expect(added.statusCode, added.body).toBe(200);
    await expectCurrent();
    expect(figures((await summary(mueang, '9501', 2568)).total)).toEqual([5, 3, 2]);
  });

  it('counts a household moved between villages in its new village only', async () => {
    const [before] = await unitsOf(['950101']);
    const moved = await mueang.send('PATCH', `/api/registers/households/${ids[2]}`, { unitCode: '950103' });
    expect(moved.statusCode, moved.body).toBe(200);
    await expectCurrent();
    const agents = await unitsOf(['950101', '950103']);
    const counts = byCode(await povertyCountsForUnits(t.handle.db, agents, 2568));
    expect(counts.map((c) => [c.code, c.households, c.targets, c.passed])).toEqual([
      ['950101', 3, 1, 0],
      ['950103', 1, 1, 1],
    ]);
    expect(before?.path).toBe('/CDD/95/9501/950101/');
  });

  it('drops a household from the targets when its status changes, and counts it back', async () => {
    const set = (n: number, status: string) =>
      mueang.send('PUT', `/api/registers/households/${ids[n]}/status`, { status });
    expect((await set(5, 'self-reliant')).statusCode).toBe(200);
    await expectCurrent();
    expect(figures((await summary(mueang, '9501', 2568)).total)).toEqual([5, 2, 1]);
    expect((await set(4, 'developable')).statusCode).toBe(200);
    await expectCurrent();
    expect(figures((await summary(mueang, '9501', 2568)).total)).toEqual([5, 3, 1]);
  });

  it('recounts every unit an import touched, in the import', async () => {
    const job = await importHouseholds(
      mueang,
      '9501',
      'list.csv',
      householdCsv([
        household(301, '950102', 'developable', { baseline: 25000, result: 41000 }),
        household(302, '950103', 'developable', { baseline: 25000 }),
        household(303, '950103', 'other', { baseline: 25000, result: 41000 }),
        // A household made by hand above, now developable with a result above the line.
        household(5, '950102', 'developable', { baseline: 10000, result: 60000 }),
      ]),
    );
    expect(job.status, JSON.stringify(job)).toBe('done');
    await expectCurrent();
    expect(figures((await summary(mueang, '9501', 2568)).total)).toEqual([8, 6, 3]);
  });

  it('gives sheet 3 at district, province and department scope and I4 per agent from the rollup', async () => {
    const db = t.handle.db;
    const district = await summary(mueang, '9501', 2568);
    const province = await summary(yala, '95', 2568);
    const nation = await summary(department, 'CDD', 2568);
    const live = await livePovertyByArea(db, { path: '/CDD/', area: 'province', fiscalYear: 2568 });
    expect(live.map((r) => [r.code, r.households, r.targets, r.passed])).toEqual([['95', 8, 6, 3]]);
    expect(figures(district.total)).toEqual([8, 6, 3]);
    expect(province.areas.find((a) => a.unit.code === '9501')).toMatchObject({ targets: 6, passed: 3 });
    expect(nation.areas.find((a) => a.unit.code === '95')).toMatchObject({
      households: 8,
      targets: 6,
      passed: 3,
    });
    const agents = await unitsOf(['95', '9501', '9502']);
    const outcomes = await remainingBelowLine(db, agents, { fiscalYear: 2568, round: 2, asOf: '2025-09-30' });
    expect(outcomes.get('9501')).toMatchObject({ inputs: { targets: '6', passed: '3' }, value: '50' });
    expect(outcomes.get('95')).toMatchObject({ inputs: { targets: '6', passed: '3' } });
    expect(outcomes.get('9502')).toHaveProperty('skipped');
  });

  it('keeps the rollup exact under concurrent edits of one village', async () => {
    const made = Array.from({ length: 12 }, (_, i) => 700 + i);
    for (const n of made) await create(n, '950104', 'welfare-requested', [[2567, '25000']]);
    const answers = await Promise.all(
      made.map((n, i) =>
        i % 2 === 0
          ? mueang.send('PUT', `/api/registers/households/${ids[n]}/status`, { status: 'developable' })
          : mueang.send('PUT', `/api/registers/households/${ids[n]}/incomes/2568`, {
              incomePerPerson: '50000',
            }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    await expectCurrent();
    const counts = await povertyCountsForUnits(t.handle.db, await unitsOf(['950104']), 2568);
    expect(counts.map((c) => [c.households, c.developable, c.targets, c.passed])).toEqual([[12, 6, 6, 0]]);
  });

  it('backfills the rollup from the register as it stands (the migration)', async () => {
    const db = t.handle.db;
    await sql`drop table household_poverty_counts`.execute(db);
    // A migration takes Kysely<unknown> (frozen in time, STYLE §4).
    await migration.up(db as unknown as Kysely<unknown>);
    await expectCurrent();
  });

  it('backfills the district layer from the village rollups (the migration)', async () => {
    const db = t.handle.db as unknown as Kysely<unknown>;
    await districtMigration.down(db);
    await districtMigration.up(db);
    await expectCurrent();
  });
});
