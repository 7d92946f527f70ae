import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';

/**
 * The real server (src/server.ts) as a child process, for the tests that kill it, restart it or run two side by
 * side, and a logged-in browser whose cookie and CSRF token can be carried to any of them.
 */

const ROOT = path.resolve(import.meta.dirname, '..');

export type ServerProcess = { base: string; child: ChildProcess; output: () => string };

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts src/server.ts with `env` over quiet defaults (no demo, silent log, a high login limit); DATABASE_URL is
 * never inherited. `until` is 'up' (answers /api/health) or 'exit' (expected to refuse to start).
 */
export async function launchServer(
  env: Record<string, string>,
  until: 'up' | 'exit' = 'up',
): Promise<ServerProcess> {
  const port = await freePort();
  const { DATABASE_URL: _notInherited, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: {
      ...inherited,
      TIDTAM_DEMO: '0',
      TIDTAM_LOG_LEVEL: 'silent',
      TIDTAM_LOGIN_LIMIT: '1000',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const server = { base: `http://127.0.0.1:${port}`, child, output: () => output };
  if (until === 'exit') {
    if (child.exitCode === null) await once(child, 'exit');
    return server;
  }
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${output}`);
    const up = await fetch(`${server.base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await pause(200);
  }
  throw new Error(`server did not start: ${output}`);
}

/** Stops the server with `signal` (SIGKILL: a crash) and waits for it to exit; SIGTERM turns into SIGKILL after 10 s. */
export async function stopServer(server: ServerProcess | undefined, signal: NodeJS.Signals = 'SIGTERM') {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = once(server.child, 'exit');
  server.child.kill(signal);
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A browser of one user: its session cookie and CSRF token, sent to whichever server `base` names. */
export type Browser = {
  cookie: string;
  csrfToken: string;
  get: (base: string, url: string, signal?: AbortSignal) => Promise<Response>;
  send: (
    base: string,
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Response>;
};

export async function logIn(base: string, user: { username: string; password: string }): Promise<Browser> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  if (res.status !== 200) throw new Error(`login ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    cookie,
    csrfToken,
    get: (b, url, signal) => fetch(`${b}${url}`, { headers: { cookie }, signal }),
    send: (b, method, url, body, headers = {}) =>
      fetch(`${b}${url}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(body === undefined || Buffer.isBuffer(body) ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body:
          body === undefined
            ? undefined
            : Buffer.isBuffer(body)
              ? new Uint8Array(body)
              : JSON.stringify(body),
      }),
  };
}
