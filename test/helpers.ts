import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type DatabaseHandle, type Engine, openPglite, openPostgres } from '../src/db/database.ts';
import type { Role } from '../src/db/schema.ts';
import { createUserAsSystem } from '../src/modules/users/service.ts';
import { createRegisterWorker, type RegisterWorker } from '../src/register-worker.ts';
import { adminQuery, withDatabase } from './setup/global-setup.ts';

/** The engines every database test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function engines(): Engine[] {
  return inject('postgresTemplate') ? ['pglite', 'postgresql'] : ['pglite'];
}

/** A fresh database holding the migrated schema and the real administrative tree, dropped by close(). */
export async function openTestDatabase(engine: Engine): Promise<DatabaseHandle> {
  if (engine === 'pglite') {
    const dump = fs.readFileSync(inject('pgliteDump'));
    return openPglite({ loadDataDir: new Blob([dump]) });
  }
  const url = process.env.TEST_DATABASE_URL ?? '';
  const name = `tidtam_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name} template ${inject('postgresTemplate')}`);
  const handle = openPostgres(withDatabase(url, name));
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(url, `drop database if exists ${name}`);
    },
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      TIDTAM_LOG_LEVEL: 'silent',
      TIDTAM_LOGIN_LIMIT: '1000',
      TIDTAM_WEB_DIST: process.env.TIDTAM_WEB_DIST,
      // Tests read their own writes made as other users at once; the view cache is tested on its own (view-cache.test.ts).
      TIDTAM_VIEW_CACHE_SECONDS: '0',
    }),
    ...overrides,
  };
}

/** `worker` is the registers' background worker, not started: tests settle it when they need its work done. */
export type TestApp = {
  app: FastifyInstance;
  handle: DatabaseHandle;
  worker: RegisterWorker;
  close: () => Promise<void>;
};

export async function startTestApp(engine: Engine, overrides: Partial<Config> = {}): Promise<TestApp> {
  const handle = await openTestDatabase(engine);
  const app = await buildApp(testConfig(overrides), handle);
  await app.ready();
  const worker = createRegisterWorker(handle.db, handle.engine);
  return {
    app,
    handle,
    worker,
    close: async () => {
      await worker.stop();
      await app.close();
      await handle.close();
    },
  };
}

let counter = 0;

/** A user made the way the CLI makes one; the password is returned for logging in. */
export async function makeUser(handle: DatabaseHandle, role: Role, unitCode: string) {
  counter += 1;
  const username = `${role.replace('_', '-')}-${unitCode.toLowerCase()}-${counter}-${randomBytes(2).toString('hex')}`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const user = await createUserAsSystem(handle.db, {
    username,
    password,
    role,
    unitCode,
    displayName: `ผู้ทดสอบ ${username}`,
  });
  return { ...user, password };
}

export type Session = {
  get: (url: string) => Promise<LightMyRequestResponse>;
  send: (
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
  cookies: Record<string, string>;
  csrfToken: string;
};

/** Logs in through the API and returns a client that carries the cookies and the CSRF token. */
export async function loginAs(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  return {
    cookies,
    csrfToken,
    get: (url) => app.inject({ method: 'GET', url, cookies }),
    send: (method, url, payload, headers = {}) =>
      app.inject({
        method,
        url,
        cookies,
        headers: { 'x-csrf-token': csrfToken, ...headers },
        ...(payload === undefined
          ? {}
          : typeof payload === 'string' || Buffer.isBuffer(payload)
            ? { payload }
            : { payload: payload as object }),
      }),
  };
}

/** Logs every user in at once, keeping the tuple's shape. */
export function loginEach<T extends readonly { username: string; password: string }[]>(
  app: FastifyInstance,
  users: T,
): Promise<{ [K in keyof T]: Session }> {
  return Promise.all(users.map((u) => loginAs(app, u.username, u.password))) as Promise<{
    [K in keyof T]: Session;
  }>;
}

/** A multipart/form-data body with one file in the field `file`, as a browser sends an upload. */
export function multipartFile(
  filename: string,
  content: Buffer | string,
  contentType = 'application/octet-stream',
) {
  const boundary = `----tidtam${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
