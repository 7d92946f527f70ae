import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { household, householdCsv, importHouseholds } from '../register-fixtures.ts';

describe.each(engines())('the years each register holds, and units out of scope, on %s', (engine) => {
  let t: TestApp;
  let yala: Session;
  let mueang: Session;
  let betong: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
    ]);
    [yala, mueang, betong] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  const years = (s: Session, unit: string) => s.get(`/api/registers/years?unit=${unit}`);

  it('lists the fiscal years with data, newest first, for the unit and the units above it only', async () => {
    for (const fiscalYear of [2565, 2567, 2565]) {
      const line = await mueang.send('POST', '/api/registers/budget/lines', {
        unitCode: '9501',
        fiscalYear,
        category: 'งบดำเนินงาน',
        name: `รายการ ${fiscalYear} ${Math.random()}`,
      });
      expect(line.statusCode).toBe(201);
    }
    const job = await importHouseholds(
      mueang,
      '9501',
      'households.csv',
      householdCsv([household(1, '950101', 'developable', { baseline: 30000, result: 45000 })]),
    );
    expect(job.status).toBe('done');

    const own = await years(mueang, '9501');
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual({
      unit: { code: '9501', nameTh: 'เมืองยะลา', kind: 'district' },
      budget: [2567, 2565],
      projects: [],
      households: [2568, 2567],
      debtRelief: [],
    });
    expect((await years(yala, '95')).json()).toMatchObject({
      budget: [2567, 2565],
      households: [2568, 2567],
    });
    expect((await years(betong, '9502')).json()).toMatchObject({ budget: [], households: [] });
  });

  it('answers 403 for a unit that exists outside the scope, 404 for a code that names no unit', async () => {
    const foreign = await years(mueang, '9502');
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.message).toContain('ไม่มีสิทธิ์ดูข้อมูลของ');
    expect(
      (await mueang.get('/api/registers/budget/report?unit=9502&fiscalYear=2568&asOf=2025-06-30')).statusCode,
    ).toBe(403);
    expect((await betong.get('/api/registers/households?unit=9501')).statusCode).toBe(403);
    const unknown = await years(mueang, '9599');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain('9599');
  });
});
