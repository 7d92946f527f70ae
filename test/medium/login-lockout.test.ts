import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAsSystem } from '../../src/modules/users/service.ts';
import { engines, loginAs, makeUser, startTestApp, type TestApp } from '../helpers.ts';

const attempt = (t: TestApp, username: string, password: string, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

describe.each(engines())('login lockout and password policy on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { loginLimitPerMinute: 100 });
  });
  afterAll(() => t.close());

  it('locks an account after 5 wrong passwords, refuses the right one with when to retry, and audits it', async () => {
    const u = await makeUser(t.handle, 'district_officer', '9501');
    const codes = [];
    for (let i = 0; i < 5; i += 1) codes.push((await attempt(t, u.username, `wrong-guess-${i}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401]);
    const right = await attempt(t, u.username, u.password, '10.9.9.9');
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('locked');
    expect(right.json().error.message).toMatch(
      /ถูกล็อกชั่วคราว.*ลองใหม่หลังเวลา \d{2}:\d{2}:\d{2} น\. \(อีกประมาณ 1 นาที\)/,
    );

    const row = await t.handle.db
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(row.failed_logins).toBe(5);
    const seconds = ((row.locked_until?.getTime() ?? 0) - Date.now()) / 1000;
    expect(seconds).toBeGreaterThan(50);
    expect(seconds).toBeLessThanOrEqual(60);

    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(u.id))
      .where('action', '=', 'lockout')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ username: u.username, failures: 5 });
  });

  it('doubles the lock for each further wrong password and lets the right one in once it has passed', async () => {
    const u = await makeUser(t.handle, 'viewer', '95');
    await t.handle.db
      .updateTable('users')
      .set({ failed_logins: 6, locked_until: null })
      .where('id', '=', u.id)
      .execute();
    expect((await attempt(t, u.username, 'still-wrong-1')).statusCode).toBe(401);
    const row = await t.handle.db
      .selectFrom('users')
      .select('locked_until')
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    // The 7th wrong password: 1 min × 2 × 2 = 4 minutes.
    expect(((row.locked_until?.getTime() ?? 0) - Date.now()) / 1000).toBeGreaterThan(230);

    await t.handle.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('id', '=', u.id)
      .execute();
    expect((await attempt(t, u.username, u.password)).statusCode).toBe(200);
    const cleared = await t.handle.db
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(cleared).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('does not let other accounts tried from a shared office address block a right password', async () => {
    const limited = await startTestApp(engine, { loginLimitPerMinute: 3 });
    try {
      const u = await makeUser(limited.handle, 'district_officer', '9502');
      for (let i = 0; i < 6; i += 1)
        await attempt(limited, `colleague-${i % 2}`, 'mistyped-pass', '203.0.113.7');
      expect((await attempt(limited, 'colleague-0', 'mistyped-pass', '203.0.113.7')).statusCode).toBe(429);
      expect((await attempt(limited, u.username, u.password, '203.0.113.7')).statusCode).toBe(200);
      // Ever new account names from one address meet the address's own cap, 10 × the limit a minute.
      const names = Array.from({ length: 30 }, (_, i) =>
        attempt(limited, `sprayed-${i}`, 'guess-1234', '198.51.100.9'),
      );
      const codes = (await Promise.all(names)).map((r) => r.statusCode);
      expect(codes.filter((c) => c === 429)).toHaveLength(0);
      const over = await attempt(limited, 'sprayed-31', 'guess-1234', '198.51.100.9');
      expect(over.statusCode).toBe(429);
      expect(over.json().error.message).toBe('พยายามหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่');
    } finally {
      await limited.close();
    }
  });

  it('refuses short, common and username-like passwords wherever a password is set', async () => {
    const admin = await makeUser(t.handle, 'province_admin', '95');
    const s = await loginAs(t.app, admin.username, admin.password);
    const create = (username: string, password: string) =>
      s.send('POST', '/api/users', {
        username,
        password,
        displayName: 'นายทดสอบ รหัสผ่าน',
        role: 'district_officer',
        unitCode: '9503',
      });
    const short = await create('pw.short', 'abc-12345');
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ field: 'password' });
    expect(short.json().error.message).toMatch(/อย่างน้อย 10 ตัวอักษร/);
    const common = await create('pw.common', 'Password123');
    expect(common.statusCode).toBe(422);
    expect(common.json().error).toMatchObject({
      code: 'weak_password',
      field: 'password',
      message: 'รหัสผ่านนี้ใช้กันทั่วไปและเดาได้ง่าย กรุณาตั้งรหัสผ่านอื่น',
    });
    expect((await create('pw.thai', 'ฟหกดเ้่าสว')).statusCode).toBe(422);
    expect((await create('pw.year', 'password2568')).statusCode).toBe(422);
    const own = await create('somchai.d', 'SomChai.D-2568');
    expect(own.statusCode).toBe(422);
    expect(own.json().error.message).toMatch(/ชื่อผู้ใช้/);

    const ok = await create('pw.good', 'ยะลา-ฝนตก-2568');
    expect(ok.statusCode).toBe(201);
    const reset = await s.send('PATCH', `/api/users/${ok.json().user.id}`, { password: 'qwertyuiop' });
    expect(reset.statusCode).toBe(422);
    expect(reset.json().error.code).toBe('weak_password');
    const resetToName = await s.send('PATCH', `/api/users/${ok.json().user.id}`, {
      password: 'xx-pw.good-xx',
    });
    expect(resetToName.statusCode).toBe(422);
    // The command line (`tidtam user add`) goes through the same rule.
    await expect(
      createUserAsSystem(t.handle.db, {
        username: 'cli.user',
        password: 'welcome2568',
        role: 'viewer',
        unitCode: '95',
        displayName: 'ผู้ใช้จากคำสั่ง',
      }),
    ).rejects.toMatchObject({ status: 422, code: 'weak_password' });
  });
});
