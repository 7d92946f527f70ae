import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, loginAs, makeUser, startTestApp, type TestApp } from '../helpers.ts';

describe.each(engines())('CSRF bound to the session on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const markRead = (cookies: Record<string, string>, token: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      cookies,
      headers: { 'x-csrf-token': token },
    });

  it('refuses a token of one login with another session cookie, and of an earlier login', async () => {
    const [a, b] = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
    ]);
    const [sa, sb] = [
      await loginAs(t.app, a.username, a.password),
      await loginAs(t.app, b.username, b.password),
    ];
    expect(sa.csrfToken).not.toBe(sb.csrfToken);
    expect((await markRead(sa.cookies, sa.csrfToken)).statusCode).toBeLessThan(300);

    const crossed = await markRead(sb.cookies, sa.csrfToken);
    expect(crossed.statusCode).toBe(403);
    expect(crossed.json().error.code).toBe('csrf');
    expect(crossed.json().error.message).toMatch(/CSRF/);

    // A second login of the same user gets a new token; the first login's token does not fit it.
    const again = await loginAs(t.app, a.username, a.password);
    expect(again.csrfToken).not.toBe(sa.csrfToken);
    expect((await markRead(again.cookies, sa.csrfToken)).statusCode).toBe(403);
    expect((await markRead(again.cookies, again.csrfToken)).statusCode).toBeLessThan(300);
    expect((await markRead(again.cookies, '')).statusCode).toBe(403);
  });

  it('hands the same token out on /me and drops it at logout, which itself needs it', async () => {
    const u = await makeUser(t.handle, 'viewer', '95');
    const s = await loginAs(t.app, u.username, u.password);
    expect((await s.get('/api/auth/me')).json().csrfToken).toBe(s.csrfToken);

    const forged = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies: s.cookies });
    expect(forged.statusCode).toBe(403);
    expect((await s.get('/api/auth/me')).statusCode).toBe(200);

    expect((await s.send('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);
    expect((await markRead(s.cookies, s.csrfToken)).statusCode).toBe(401);
    // A stale cookie can still be cleared without a token.
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies: s.cookies })).statusCode,
    ).toBe(204);
  });
});
