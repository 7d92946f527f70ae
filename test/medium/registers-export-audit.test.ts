import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { household, householdCsv, importHouseholds } from '../register-fixtures.ts';

describe.each(engines())('household exports in the audit log (PDPA) on %s', (engine) => {
  let t: TestApp;
  let mueang: Session;
  let department: Session;
  let ids: { mueang: number; department: number };

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    ids = { mueang: users[0].id, department: users[1].id };
    [mueang, department] = await loginEach(t.app, users);
    const csv = householdCsv([household(1, '950101', 'developable', { baseline: 30000 })]);
    expect((await importHouseholds(mueang, '9501', 'households.csv', csv)).status).toBe('done');
  });
  afterAll(() => t.close());

  const exportsBy = (userId: number) =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'after'])
      .where('user_id', '=', userId)
      .where('action', '=', 'export')
      .execute();

  it('records who took a file with heads’ names and ID numbers, and not a file without them', async () => {
    const withNames = await mueang.get('/api/registers/households/export.xlsx?unit=9501&fiscalYear=2568');
    expect(withNames.statusCode).toBe(200);
    expect(await exportsBy(ids.mueang)).toEqual([
      { action: 'export', entity: 'household', after: { fiscalYear: 2568, personalData: true } },
    ]);
    const withoutNames = await department.get(
      '/api/registers/households/export.xlsx?unit=9501&fiscalYear=2568',
    );
    expect(withoutNames.statusCode).toBe(200);
    expect(await exportsBy(ids.department)).toEqual([]);
  });
});
