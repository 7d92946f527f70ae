import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { createRegisterWorker } from './register-worker.ts';
import { createScheduler } from './reminder-scheduler.ts';
import { describeSeed, openAndPrepare } from './startup.ts';

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
 * PGlite is one process per data directory and has no lock of its own: a second server on the same ./data would
 * open the same files with its own buffers and lose or corrupt writes. The first server writes its pid beside the
 * database; another one refuses to start while that process lives. A file left by a killed server is taken over.
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

async function prepare(config: Config) {
  if (!config.databaseUrl) {
    const release = claimPgliteDir(config.dataDir);
    process.once('exit', release);
    return openAndPrepare(config);
  }
  const endTurn = await startupTurn(config.databaseUrl);
  try {
    return await openAndPrepare(config);
  } finally {
    await endTurn();
  }
}

const config = loadConfig();
const { handle, seeded, interruptedImports } = await prepare(config);
if (seeded) console.log(describeSeed(seeded));
if (interruptedImports > 0) {
  console.log(
    `การนำเข้าที่ค้างจากการทำงานครั้งก่อน ${interruptedImports} งาน ถูกบันทึกว่าไม่สำเร็จ (interrupted imports marked failed)`,
  );
}
const app = await buildApp(config, handle);
await app.listen({ port: config.port, host: config.host });
console.log(`Tidtam พร้อมใช้งานที่ http://localhost:${config.port} (database: ${handle.engine})`);
const scheduler = config.scheduler ? createScheduler(handle.db, config, app.log) : null;
scheduler?.start();
const registerWorker = createRegisterWorker(handle.db, handle.engine, app.log);
registerWorker.start();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await scheduler?.stop();
    await registerWorker.stop();
    await app.close();
    await handle.close();
    process.exit(0);
  });
}
