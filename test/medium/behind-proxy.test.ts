import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from '../helpers.ts';

/**
 * Behind a reverse proxy every request comes from the proxy's address: without TIDTAM_TRUST_PROXY the login limits
 * (per address and account name, and per address) would count a whole province's logins as one client's. With
 * it, the address is the client's as the trusted proxy forwards it, and a header sent by anyone else is ignored.
 */

const PROXY = '127.0.0.1';
const LIMIT = 2;

const attempt = (t: TestApp, remoteAddress: string, forwardedFor?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'no-such-officer', password: 'not-the-password' },
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });

async function codes(t: TestApp, times: number, remoteAddress: string, forwardedFor?: string) {
  const seen: number[] = [];
  for (let i = 0; i < times; i += 1) seen.push((await attempt(t, remoteAddress, forwardedFor)).statusCode);
  return seen;
}

describe.each(engines())('the client address behind a reverse proxy on %s', (engine) => {
  let trusting: TestApp;
  let direct: TestApp;
  beforeAll(async () => {
    // One after the other: a PGlite loading its data holds the event loop, and a second app's plugins waiting
    // meanwhile can overrun Fastify's start-up timeout on a busy machine.
    trusting = await startTestApp(engine, { loginLimitPerMinute: LIMIT, trustProxy: PROXY });
    direct = await startTestApp(engine, { loginLimitPerMinute: LIMIT });
  });
  afterAll(async () => {
    await Promise.all([trusting?.close(), direct?.close()]);
  });

  it('limits each client the trusted proxy forwards on its own', async () => {
    expect(await codes(trusting, LIMIT + 1, PROXY, '203.0.113.10')).toEqual([401, 401, 429]);
    const limited = (await attempt(trusting, PROXY, '203.0.113.10')).json();
    expect(limited.error.message).toContain('พยายามหลายครั้งเกินไป');
    // another officer behind the same proxy is not held by the first one's attempts
    expect(await codes(trusting, LIMIT, PROXY, '203.0.113.11')).toEqual([401, 401]);
    // a chain of proxies: the client is the address the trusted one received the request from
    expect(await codes(trusting, 1, PROXY, '198.51.100.1, 203.0.113.12')).toEqual([401]);
  });

  it('ignores X-Forwarded-For from an address that is not the proxy', async () => {
    expect(await codes(trusting, LIMIT, '198.51.100.20', '203.0.113.30')).toEqual([401, 401]);
    // a forged header cannot buy a fresh allowance: the peer's own address was counted
    expect(await codes(trusting, 1, '198.51.100.20', '203.0.113.31')).toEqual([429]);
  });

  it('without the setting counts every request through the proxy as one client', async () => {
    expect(await codes(direct, LIMIT, PROXY, '203.0.113.40')).toEqual([401, 401]);
    expect(await codes(direct, 1, PROXY, '203.0.113.41')).toEqual([429]);
  });
});
