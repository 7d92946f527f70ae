import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  engines,
  loginAs,
  loginEach,
  makeUser,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';
import { household, householdCsv, importHouseholds } from '../register-fixtures.ts';

/** A Chachoengsao (24) house code that is registered there, and one that is not. */
const REGISTERED_24 = '24010000001';
const UNREGISTERED_24 = '24010000002';

describe.each(engines())('house codes probed across provinces on %s', (engine) => {
  let t: TestApp;
  let mueang: Session;
  let betong: Session;
  let chachoengsao: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
      makeUser(t.handle, 'district_officer', '2401'),
    ]);
    [mueang, betong, chachoengsao] = await loginEach(t.app, users);
    const own = await chachoengsao.send('POST', '/api/registers/households', {
      unitCode: '240101',
      houseCode: REGISTERED_24,
      status: 'developable',
      members: 3,
    });
    expect(own.statusCode, own.body).toBe(201);
  });
  afterAll(() => t.close());

  const create = (s: Session, unitCode: string, houseCode: string) =>
    s.send('POST', '/api/registers/households', { unitCode, houseCode, status: 'developable', members: 3 });
  const withoutCode = (body: string, code: string) => body.replaceAll(code, '<code>');
  const count = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('households')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('answers a code of another province the same whether it is registered there or not', async () => {
    const before = await count();
    const registered = await create(mueang, '950101', REGISTERED_24);
    const unregistered = await create(mueang, '950101', UNREGISTERED_24);
    expect(registered.statusCode).toBe(422);
    expect(unregistered.statusCode).toBe(422);
    expect(registered.json().error).toMatchObject({ code: 'house_code_province', field: 'houseCode' });
    expect(registered.json().error.message).toMatch(/ขึ้นต้นด้วยรหัสจังหวัด 95/);
    expect(registered.json().error.message).not.toMatch(/มีอยู่ในทะเบียน/);
    expect(withoutCode(registered.body, REGISTERED_24)).toBe(withoutCode(unregistered.body, UNREGISTERED_24));
    expect(await count()).toBe(before);
  });

  it('keeps the 409 for a code already registered in the same province', async () => {
    expect((await create(mueang, '950101', '95010000001')).statusCode).toBe(201);
    const again = await create(betong, '950201', '95010000001');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('รหัสบ้าน 95010000001 มีอยู่ในทะเบียนแล้ว');
  });

  it('does not move a household into another province', async () => {
    const admin = await makeUser(t.handle, 'department_admin', 'CDD');
    const department = await loginAs(t.app, admin.username, admin.password);
    const list = (await department.get('/api/registers/households?unit=2401')).json();
    const moved = await department.send('PATCH', `/api/registers/households/${list.items[0].id}`, {
      unitCode: '950101',
    });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().error.code).toBe('house_code_province');
  });

  it('names a foreign code in an import the same way, registered or not', async () => {
    const row = (code: string) => ({ ...household(1, '950101', 'developable'), house_code: code });
    const registered = await importHouseholds(mueang, '9501', 'a.csv', householdCsv([row(REGISTERED_24)]));
    const unregistered = await importHouseholds(
      mueang,
      '9501',
      'b.csv',
      householdCsv([row(UNREGISTERED_24)]),
    );
    expect(registered.status).toBe('failed');
    expect(registered.errors.map((e) => e.field)).toEqual(['house_code']);
    expect(registered.errors[0]?.message).toMatch(/ขึ้นต้นด้วยรหัสจังหวัด 95/);
    expect(registered.errors[0]?.message).not.toMatch(/หน่วยงานอื่น/);
    expect(withoutCode(JSON.stringify(registered.errors), REGISTERED_24)).toBe(
      withoutCode(JSON.stringify(unregistered.errors), UNREGISTERED_24),
    );
  });
});
