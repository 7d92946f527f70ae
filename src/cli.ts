import { Command } from 'commander';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { roles } from './db/schema.ts';
import { backup, restore } from './modules/backup/service.ts';
import { createUserAsSystem } from './modules/users/service.ts';
import { describeSeed, openAndPrepare } from './startup.ts';

const program = new Command('tidtam').description('Tidtam (ติดตาม) command line');

program
  .command('migrate')
  .description('run database migrations (PGlite in TIDTAM_DATA_DIR, or DATABASE_URL)')
  .action(async () => {
    const handle = await openDatabase(loadConfig());
    const result = await migrateToLatest(handle.db);
    for (const r of result.results ?? []) console.log(`${r.status}: ${r.migrationName}`);
    console.log(`migrations up to date (${handle.engine})`);
    await handle.close();
  });

program
  .command('seed')
  .description('load the administrative tree (and demo data unless TIDTAM_DEMO=0) into an empty database')
  .action(async () => {
    const { handle, seeded } = await openAndPrepare(loadConfig());
    console.log(seeded ? describeSeed(seeded) : 'database already has units: nothing loaded');
    await handle.close();
  });

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
    async (o: {
      username: string;
      password: string;
      role: string;
      unit: string;
      name?: string;
      position?: string;
    }) => {
      const { handle } = await openAndPrepare(loadConfig());
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
    },
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
  .action(async (file: string) => {
    const config = loadConfig();
    const handle = await openDatabase(config);
    try {
      const summary = await backup(handle.db, handle.engine, config.filesDir, file);
      console.log(`สำรองข้อมูลแล้ว (backup written): ${file} — ${describeCopy(summary)}`);
    } finally {
      await handle.close();
    }
  });

program
  .command('restore')
  .argument('<file>', 'backup file written by tidtam backup')
  .option('--force', 'replace a database that already holds data')
  .description(
    'load a backup into an empty database in one transaction, then migrate (PGlite: stop the server first)',
  )
  .action(async (file: string, o: { force?: boolean }) => {
    const config = loadConfig();
    const handle = await openDatabase(config);
    try {
      const summary = await restore(handle.db, config.filesDir, file, { force: o.force === true });
      console.log(`กู้คืนข้อมูลแล้ว (restored): ${file} — ${describeCopy(summary)}`);
    } finally {
      await handle.close();
    }
  });

program.parseAsync().catch((error: Error) => {
  console.error(`ผิดพลาด (error): ${error.message}`);
  process.exit(1);
});
