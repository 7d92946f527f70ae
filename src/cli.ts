import { Command } from 'commander';
import { type Config, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { roles } from './db/schema.ts';
import { backup, restore } from './modules/backup/service.ts';
import { createUserAsSystem } from './modules/users/service.ts';
import { describeSeed, openAndPrepare } from './startup.ts';
import { whileClaimed } from './startup-lock.ts';

const program = new Command('tidtam').description('Tidtam (ติดตาม) command line');

/**
 * Every command opens the database under the guard the server takes at start-up: on PostgreSQL it waits for a
 * server's (or another command's) migration and seeding; on PGlite it refuses a data directory a server holds.
 */
function withDatabase(work: (config: Config) => Promise<void>): Promise<void> {
  const config = loadConfig();
  return whileClaimed(config, () => work(config));
}

program
  .command('migrate')
  .description('run database migrations (PGlite in TIDTAM_DATA_DIR, or DATABASE_URL)')
  .action(() =>
    withDatabase(async (config) => {
      const handle = await openDatabase(config);
      try {
        const result = await migrateToLatest(handle.db);
        for (const r of result.results ?? []) console.log(`${r.status}: ${r.migrationName}`);
        console.log(`migrations up to date (${handle.engine})`);
      } finally {
        await handle.close();
      }
    }),
  );

program
  .command('seed')
  .description('load the administrative tree (and demo data unless TIDTAM_DEMO=0) into an empty database')
  .action(() =>
    withDatabase(async (config) => {
      const { handle, seeded } = await openAndPrepare(config);
      console.log(seeded ? describeSeed(seeded) : 'database already has units: nothing loaded');
      await handle.close();
    }),
  );

const user = program.command('user').description('manage accounts');
user
  .command('add')
  .description('create an account')
  .requiredOption('--username <username>')
  .requiredOption('--password <password>')
  .requiredOption('--role <role>', roles.join(' | '))
  .requiredOption('--unit <code>', 'unit code, e.g. CDD, 95, 9501, 95-G1')
  .option('--name <displayName>', 'display name (defaults to the username)')
  .option('--position <title>', 'position title, e.g. พัฒนาการอำเภอเมืองยะลา')
  .action(
    (o: {
      username: string;
      password: string;
      role: string;
      unit: string;
      name?: string;
      position?: string;
    }) =>
      withDatabase(async (config) => {
        const { handle } = await openAndPrepare(config);
        try {
          const created = await createUserAsSystem(handle.db, {
            username: o.username,
            password: o.password,
            role: o.role,
            unitCode: o.unit,
            displayName: o.name ?? o.username,
            positionTitle: o.position,
          });
          console.log(
            `created user ${created.username} (${created.role}) at ${created.unit.code} ${created.unit.nameTh}`,
          );
        } finally {
          await handle.close();
        }
      }),
  );

const describeCopy = (summary: { rows: Record<string, number>; files: number }) => {
  const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  const tables = Object.keys(summary.rows).length;
  return `${rows.toLocaleString('th-TH')} แถวใน ${tables} ตาราง, ไฟล์แนบ ${summary.files} ไฟล์ (${rows} rows in ${tables} tables, ${summary.files} files)`;
};

program
  .command('backup')
  .argument('<file>', 'backup file to write (gzip), e.g. tidtam-2568-12-06.tidtam.gz')
  .description('write the database and the uploaded files to one file (PGlite: stop the server first)')
  .action((file: string) =>
    withDatabase(async (config) => {
      const handle = await openDatabase(config);
      try {
        const summary = await backup(handle.db, handle.engine, config.filesDir, file);
        console.log(`สำรองข้อมูลแล้ว (backup written): ${file} — ${describeCopy(summary)}`);
      } finally {
        await handle.close();
      }
    }),
  );

program
  .command('restore')
  .argument('<file>', 'backup file written by tidtam backup')
  .option('--force', 'replace a database that already holds data')
  .description(
    'load a backup into an empty database in one transaction, then migrate (PGlite: stop the server first)',
  )
  .action((file: string, o: { force?: boolean }) =>
    withDatabase(async (config) => {
      const handle = await openDatabase(config);
      try {
        const summary = await restore(handle.db, config.filesDir, file, { force: o.force === true });
        console.log(`กู้คืนข้อมูลแล้ว (restored): ${file} — ${describeCopy(summary)}`);
      } finally {
        await handle.close();
      }
    }),
  );

program.parseAsync().catch((error: Error) => {
  console.error(`ผิดพลาด (error): ${error.message}`);
  process.exit(1);
});
