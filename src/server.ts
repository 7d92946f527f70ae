import { buildApp } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { createRegisterWorker } from './register-worker.ts';
import { createScheduler } from './reminder-scheduler.ts';
import { describeSeed, openAndPrepare } from './startup.ts';
import { claimDatabase, whileClaimed } from './startup-lock.ts';

/** On PGlite the server keeps the data directory for as long as it runs; on PostgreSQL others start after its turn. */
async function prepare(config: Config) {
  if (config.databaseUrl) return whileClaimed(config, () => openAndPrepare(config));
  await claimDatabase(config);
  return openAndPrepare(config);
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
