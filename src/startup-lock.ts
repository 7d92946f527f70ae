import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Config } from './config.ts';

/**
 * One process at a time prepares a database: the server at start-up and every `tidtam` command that opens it
 * (migrate, seed, user add, backup, restore) take the same guard, so none of them migrates, seeds or restores
 * under another.
 */

/** The advisory-lock class of start-up ('tidt' + 2; the outbox uses 'tidt', the register worker 'tidt' + 1). */
const STARTUP_LOCK = 0x7469_6476;

/**
 * Instances started at once on one PostgreSQL database take turns to migrate, seed and backfill: two of them on an
 * empty database would both load the administrative tree (the second failing on units_code_key). The lock is a
 * session advisory lock on a connection of its own, released when that connection ends.
 */
async function startupTurn(databaseUrl: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('select pg_advisory_lock($1, 0)', [STARTUP_LOCK]);
  return () => client.end();
}

/**
 * PGlite is one process per data directory and has no lock of its own: a second process on the same ./data would
 * open the same files with its own buffers and lose or corrupt writes. The first one writes its pid beside the
 * database; another one refuses to open it while that process lives. A file left by a killed process is taken over.
 */
function claimPgliteDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'pglite.pid');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `มีเซิร์ฟเวอร์ติดตามอีกตัว (pid ${holder}) ใช้ฐานข้อมูลใน ${dataDir} อยู่: PGlite ใช้ได้ทีละโปรเซส ` +
          'หากต้องการหลายเซิร์ฟเวอร์ให้ใช้ PostgreSQL (DATABASE_URL) ' +
          `(another server, pid ${holder}, is using ${dataDir}; if it is gone, delete ${file})`,
      );
    }
    fs.rmSync(file, { force: true });
  }
  throw new Error(`เปิดฐานข้อมูลใน ${dataDir} ไม่ได้ (could not claim ${file})`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the guard of the configured database and answers its release: on PostgreSQL the start-up turn (waiting for
 * the process that holds it), on PGlite the data directory (refused at once while another process holds it; given
 * back at the latest when this process exits).
 */
export async function claimDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<() => Promise<void>> {
  if (config.databaseUrl) return startupTurn(config.databaseUrl);
  const release = claimPgliteDir(config.dataDir);
  process.once('exit', release);
  return async () => {
    process.off('exit', release);
    release();
  };
}

/** Runs `work` while this process holds the database's guard, and gives the guard back after it, however it ends. */
export async function whileClaimed<T>(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  work: () => Promise<T>,
): Promise<T> {
  const release = await claimDatabase(config);
  try {
    return await work();
  } finally {
    await release();
  }
}
