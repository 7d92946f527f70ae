import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createScheduler } from './modules/notifications/scheduler.ts';
import { describeSeed, openAndPrepare } from './startup.ts';

const config = loadConfig();
const { handle, seeded } = await openAndPrepare(config);
if (seeded) console.log(describeSeed(seeded));
const app = await buildApp(config, handle);
await app.listen({ port: config.port, host: config.host });
console.log(`Tidtam พร้อมใช้งานที่ http://localhost:${config.port} (database: ${handle.engine})`);
const scheduler = config.scheduler ? createScheduler(handle.db, config, app.log) : null;
scheduler?.start();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await scheduler?.stop();
    await app.close();
    await handle.close();
    process.exit(0);
  });
}
