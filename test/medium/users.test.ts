import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, loginAs, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

describe.each(engines())('users and audit on %s', (engine) => {
  let t: TestApp;
  let yalaAdmin: Session;
  let yalaAdminName: string;
  let dept: Session;
  let district: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const p = await makeUser(t.handle, 'province_admin', '95');
    const a = await makeUser(t.handle, 'department_admin', 'CDD');
    const d = await makeUser(t.handle, 'district_officer', '9501');
    yalaAdminName = p.username;
    [yalaAdmin, dept, district] = await Promise.all([
      loginAs(t.app, p.username, p.password),
      loginAs(t.app, a.username, a.password),
      loginAs(t.app, d.username, d.password),
    ]);
  });
  afterAll(() => t.close());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    username: 'betong.officer',
    password: 'betong-2568!',
    displayName: 'นางสาวทดสอบ ระบบ',
    positionTitle: 'พัฒนาการอำเภอเบตง',
    role: 'district_officer',
    unitCode: '9502',
    ...overrides,
  });

  it('lets a province admin create a district officer who can then log in, and audits it', async () => {
    const res = await yalaAdmin.send('POST', '/api/users', newUser());
    expect(res.statusCode).toBe(201);
    const created = res.json().user;
    expect(created).toMatchObject({
      username: 'betong.officer',
      role: 'district_officer',
      unit: { code: '9502', nameTh: 'เบตง' },
    });
    const s = await loginAs(t.app, 'Betong.Officer', 'betong-2568!');
    expect((await s.get('/api/auth/me')).json().user.unit.code).toBe('9502');
    expect((await s.get('/api/units/9502')).statusCode).toBe(200);
    expect((await s.get('/api/units/9501')).statusCode).toBe(403);

    const audit = (await yalaAdmin.get('/api/audit?entity=user&action=create')).json();
    const entry = audit.items.find((e: { entityId: string }) => e.entityId === String(created.id));
    expect(entry).toMatchObject({
      action: 'create',
      entity: 'user',
      user: { username: yalaAdminName },
      unit: { code: '9502' },
      before: null,
    });
    expect(entry.after).toMatchObject({ username: 'betong.officer', role: 'district_officer' });
    expect(JSON.stringify(entry.after)).not.toMatch(/argon2|password_hash/);
  });

  it('refuses a duplicate username whatever its case, naming the field', async () => {
    const res = await yalaAdmin.send('POST', '/api/users', newUser({ username: 'BETONG.officer' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({
      code: 'conflict',
      message: 'ชื่อผู้ใช้ "BETONG.officer" มีอยู่แล้ว',
      field: 'username',
    });
  });

  it('refuses an unknown unit code, a foreign province, a role above its own and a role that does not fit the unit', async () => {
    const unknown = await yalaAdmin.send(
      'POST',
      '/api/users',
      newUser({ username: 'user1', unitCode: '9999' }),
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({ field: 'unitCode', message: 'ไม่พบหน่วยงานรหัส "9999"' });
    expect(
      (await yalaAdmin.send('POST', '/api/users', newUser({ username: 'user2', unitCode: '2401' })))
        .statusCode,
    ).toBe(403);
    const above = await yalaAdmin.send(
      'POST',
      '/api/users',
      newUser({ username: 'user3', role: 'department_admin', unitCode: 'CDD' }),
    );
    expect(above.statusCode).toBe(403);
    const misfit = await yalaAdmin.send(
      'POST',
      '/api/users',
      newUser({ username: 'user4', role: 'district_officer', unitCode: '95' }),
    );
    expect(misfit.statusCode).toBe(422);
    expect(misfit.json().error).toMatchObject({
      field: 'role',
      message: 'บทบาท "พัฒนาการอำเภอ / เจ้าหน้าที่อำเภอ" ไม่สามารถสังกัดหน่วยงานระดับจังหวัดได้',
    });
    const short = await yalaAdmin.send(
      'POST',
      '/api/users',
      newUser({ username: 'user5', password: 'short' }),
    );
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe('password');
    const count = await t.handle.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('username', 'in', ['user1', 'user2', 'user3', 'user4', 'user5'])
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });

  it('lists users inside the scope only, and not for a district officer', async () => {
    await dept.send(
      'POST',
      '/api/users',
      newUser({ username: 'chachoengsao.staff', role: 'province_staff', unitCode: '24-G4' }),
    );
    const mine = (await yalaAdmin.get('/api/users'))
      .json()
      .items.map((u: { unit: { code: string } }) => u.unit.code);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c: string) => c.startsWith('95'))).toBe(true);
    const all = (await dept.get('/api/users?role=province_staff')).json().items;
    expect(all.map((u: { username: string }) => u.username)).toContain('chachoengsao.staff');
    expect((await district.get('/api/users')).statusCode).toBe(403);
    expect((await district.get('/api/audit')).statusCode).toBe(403);
  });

  it('audits a change with before and after, and hides other provinces from a province admin', async () => {
    const target = (await yalaAdmin.get('/api/users?q=betong.officer')).json().items[0];
    const res = await yalaAdmin.send('PATCH', `/api/users/${target.id}`, {
      positionTitle: 'รักษาราชการแทน พัฒนาการอำเภอเบตง',
    });
    expect(res.statusCode).toBe(200);
    const audit = (await yalaAdmin.get('/api/audit?action=update&entity=user')).json();
    expect(audit.items[0].before.positionTitle).toBe('พัฒนาการอำเภอเบตง');
    expect(audit.items[0].after.positionTitle).toBe('รักษาราชการแทน พัฒนาการอำเภอเบตง');
    const yalaView = (await yalaAdmin.get('/api/audit?pageSize=200')).json();
    expect(
      yalaView.items.some(
        (e: { after: { username?: string } }) => e.after?.username === 'chachoengsao.staff',
      ),
    ).toBe(false);
    const deptView = (await dept.get('/api/audit?entity=user&action=create&pageSize=200')).json();
    expect(
      deptView.items.some(
        (e: { after: { username?: string } }) => e.after?.username === 'chachoengsao.staff',
      ),
    ).toBe(true);
    expect(deptView.total).toBe(deptView.items.length);
  });
});
