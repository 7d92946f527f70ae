import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { type DatabaseHandle, openPostgres } from '../../src/db/database.ts';
import { engines, openTestDatabase, testConfig } from '../helpers.ts';
import { withDatabase } from '../setup/global-setup.ts';

/**
 * Two app instances on one database, as behind a round-robin proxy: the login limits are counted in the database,
 * so a client meets the limit after the same number of attempts however they are spread over the instances (in
 * process memory each instance counted its own, and two instances let a client try twice as often).
 */

const LIMIT = 3;

describe.each(engines())('login limits shared by two instances on %s', (engine) => {
  let handle: DatabaseHandle;
  let second: DatabaseHandle;
  let apps: Awaited<ReturnType<typeof buildApp>>[];

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    if (engine === 'postgresql') {
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
      second = openPostgres(withDatabase(process.env.TEST_DATABASE_URL ?? '', rows[0]?.name ?? ''));
    } else second = handle;
    const config = testConfig({ loginLimitPerMinute: LIMIT });
    apps = await Promise.all([handle, second].map((h) => buildApp(config, h)));
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    if (second !== handle) await second.close();
    await handle.close();
  });

  const attempt = (i: number, username: string, remoteAddress: string) =>
    apps[i % 2]?.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'not-the-password' },
      remoteAddress,
    });

  it('counts one client’s attempts at one account over both instances together', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= LIMIT; i += 1)
      codes.push((await attempt(i, 'somebody', '203.0.113.50'))?.statusCode ?? 0);
    expect(codes).toEqual([401, 401, 401, 429]);
    const refused = await attempt(LIMIT + 1, 'somebody', '203.0.113.50');
    expect(refused?.json().error).toEqual({
      code: 'rate_limited',
      message: 'พยายามหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่',
    });
    // another account from the same address, and the same account from another address, are not held
    expect((await attempt(0, 'somebody-else', '203.0.113.50'))?.statusCode).toBe(401);
    expect((await attempt(1, 'somebody', '203.0.113.51'))?.statusCode).toBe(401);
  });

  it('caps an address at ten times the limit over all account names, attempts sent at once to both', async () => {
    const names = Array.from({ length: LIMIT * 10 }, (_, i) => attempt(i, `sprayed-${i}`, '198.51.100.60'));
    const codes = (await Promise.all(names)).map((r) => r?.statusCode);
    expect(codes.filter((c) => c === 429)).toHaveLength(0);
    expect((await attempt(0, 'sprayed-last', '198.51.100.60'))?.statusCode).toBe(429);
  });

  it('starts a new window once the minute is over, and keeps no ended windows of others', async () => {
    await sql`update login_attempts set window_end = now() - interval '1 second'`.execute(handle.db);
    expect((await attempt(0, 'somebody', '203.0.113.50'))?.statusCode).toBe(401);
    const rows = await sql<{
      key: string;
      hits: number;
    }>`select key, hits from login_attempts order by key`.execute(handle.db);
    expect(rows.rows).toEqual([
      { key: 'login:203.0.113.50', hits: 1 },
      { key: 'login:203.0.113.50|somebody', hits: 1 },
    ]);
  });
});
