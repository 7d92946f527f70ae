import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, loginAs, makeUser, startTestApp, type TestApp } from '../helpers.ts';

describe.each(engines())('auth on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('answers health with the engine name', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: engine });
  });

  it('logs in, tells who I am with my scope and permissions, and logs out', async () => {
    const u = await makeUser(t.handle, 'province_staff', '95-G1');
    const s = await loginAs(t.app, u.username, u.password);
    expect(s.cookies.tidtam_session).toBeTruthy();
    const me = await s.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.user.unit.code).toBe('95-G1');
    expect(body.user.scope).toMatchObject({ code: '95', nameTh: 'ยะลา', childCount: 12 });
    expect(body.user.permissions).toEqual({ manageUsers: false, viewAudit: false, editUnits: true });
    expect((await s.send('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a wrong password and an unknown user with the same Thai message', async () => {
    const u = await makeUser(t.handle, 'viewer', '95');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: 'not-it-123' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody-here', password: 'whatever1' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({
      code: 'invalid_credentials',
      message: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
      field: 'password',
    });
    expect(unknown.json().error).toEqual(wrong.json().error);
  });

  it('names the missing field of a malformed login in Thai', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'abc' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid');
    expect(res.json().error.field).toBe('password');
    expect(res.json().error.message).toMatch(/ข้อมูลไม่ถูกต้อง/);
  });

  it('refuses anonymous reads and writes without the CSRF token', async () => {
    expect((await t.app.inject({ url: '/api/units/CDD' })).statusCode).toBe(401);
    const u = await makeUser(t.handle, 'province_admin', '95');
    const s = await loginAs(t.app, u.username, u.password);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/units/950101/villages',
      cookies: s.cookies,
      payload: { number: 40, nameTh: 'บ้านทดสอบ' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
    const count = await t.handle.db
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('code', '=', '95010140')
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });

  it('refuses a deactivated account', async () => {
    const admin = await makeUser(t.handle, 'department_admin', 'CDD');
    const u = await makeUser(t.handle, 'viewer', '24');
    const s = await loginAs(t.app, admin.username, admin.password);
    const victim = await loginAs(t.app, u.username, u.password);
    expect((await s.send('PATCH', `/api/users/${u.id}`, { active: false })).statusCode).toBe(200);
    expect((await victim.get('/api/auth/me')).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: u.password },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.message).toBe('บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้ดูแลระบบ');
  });
});

describe.each(engines())('login rate limit on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { loginLimitPerMinute: 3 });
  });
  afterAll(() => t.close());

  it('answers 429 in Thai after the limit', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'guess', password: 'guess-1234' },
      });
    const codes = [];
    for (let i = 0; i < 4; i += 1) codes.push((await attempt()).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    expect((await attempt()).json().error).toEqual({
      code: 'rate_limited',
      message: 'พยายามหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่',
    });
  });
});
