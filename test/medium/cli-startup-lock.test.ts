import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPglite, openPostgres, pgliteDirOf } from '../../src/db/database.ts';
import { launchServer, type ServerProcess, stopServer } from '../child-server.ts';
import { engines } from '../helpers.ts';
import { adminQuery, withDatabase } from '../setup/global-setup.ts';

/**
 * The `tidtam` command line takes the server's start-up guard (src/startup-lock.ts): commands started at once on one
 * PostgreSQL database take turns, and on PGlite a command refuses a data directory a running server holds.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

type Outcome = { code: number; stdout: string; stderr: string };

/** Runs `tidtam <args>` with `env` (DATABASE_URL never inherited) and answers its exit code and output. */
async function tidtam(env: Record<string, string>, ...args: string[]): Promise<Outcome> {
  const { DATABASE_URL: _notInherited, ...inherited } = process.env;
  return run(process.execPath, ['bin/tidtam.mjs', ...args], {
    cwd: ROOT,
    env: { ...inherited, TIDTAM_DEMO: '0', ...env },
    timeout: 120_000,
  }).then(
    (done) => ({ code: 0, stdout: done.stdout, stderr: done.stderr }),
    (failed: Outcome) => ({ code: failed.code, stdout: failed.stdout, stderr: failed.stderr }),
  );
}

describe('tidtam on a PGlite data directory a running server holds', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-cli-held-'));
  const env = { TIDTAM_DATA_DIR: dir, TIDTAM_FILES_DIR: path.join(dir, 'files') };
  let server: ServerProcess;

  beforeAll(async () => {
    const loaded = await openPglite({
      dataDir: pgliteDirOf(dir),
      loadDataDir: new Blob([fs.readFileSync(inject('pgliteDump'))]),
    });
    await loaded.close();
    server = await launchServer({ ...env, TIDTAM_SCHEDULER: '0' });
  }, 180_000);

  afterAll(async () => {
    await stopServer(server, 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses every command that opens the database with exit 1 and the Thai message; the server keeps working', async () => {
    const backupFile = path.join(dir, 'copy.tidtam.gz');
    const commands = [
      ['migrate'],
      ['seed'],
      [
        'user',
        'add',
        '--username',
        'x.held',
        '--password',
        'long-enough-1',
        '--role',
        'viewer',
        '--unit',
        '95',
      ],
      ['backup', backupFile],
      ['restore', backupFile, '--force'],
    ];
    const outcomes = await Promise.all(commands.map((args) => tidtam(env, ...args)));
    for (const [i, outcome] of outcomes.entries()) {
      expect(outcome.code, commands[i]?.join(' ')).toBe(1);
      expect(outcome.stderr).toContain(`มีเซิร์ฟเวอร์ติดตามอีกตัว (pid ${server.child.pid}) ใช้ฐานข้อมูลใน ${dir} อยู่`);
      expect(outcome.stdout).toBe('');
    }
    expect(fs.existsSync(backupFile)).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'pglite.pid'), 'utf8')).toBe(String(server.child.pid));

    expect(await (await fetch(`${server.base}/api/health`)).json()).toEqual({
      status: 'ok',
      database: 'pglite',
    });
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x.held', password: 'long-enough-1' }),
    });
    expect(login.status).toBe(401);

    // Once the server is gone the directory is the command's, and given back after it.
    await stopServer(server);
    const migrate = await tidtam(env, 'migrate');
    expect(migrate).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('migrations up to date (pglite)'),
    });
    expect(fs.existsSync(path.join(dir, 'pglite.pid'))).toBe(false);
  }, 120_000);
});

describe.each(engines().filter((e) => e === 'postgresql'))(
  'tidtam seed twice at once on an empty %s database',
  () => {
    const url = process.env.TEST_DATABASE_URL ?? '';
    const database = `tidtam_t_${randomBytes(6).toString('hex')}`;

    beforeAll(() => adminQuery(url, `create database ${database}`));
    afterAll(() => adminQuery(url, `drop database if exists ${database} with (force)`));

    it('migrates and loads the tree once: both exit 0, one of them loads it', async () => {
      const env = { DATABASE_URL: withDatabase(url, database) };
      const outcomes = await Promise.all([tidtam(env, 'seed'), tidtam(env, 'seed')]);
      expect(outcomes.map((o) => o.code)).toEqual([0, 0]);
      const loaders = outcomes.filter((o) => /loaded \d+ org units/.test(o.stdout));
      expect(loaders).toHaveLength(1);
      expect(
        outcomes.filter((o) => o.stdout.includes('database already has units: nothing loaded')),
      ).toHaveLength(1);
      const loaded = Number(/loaded (\d+) org units/.exec(loaders[0]?.stdout ?? '')?.[1]);
      expect(loaded).toBeGreaterThan(8000);
      const handle = openPostgres(withDatabase(url, database));
      try {
        const units = await handle.db
          .selectFrom('units')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(units.n)).toBe(loaded);
      } finally {
        await handle.close();
      }
    }, 180_000);
  },
);
