// Scratch databases for the national benches: a PostgreSQL database created on TEST_DATABASE_URL's (or
// DATABASE_URL's) server and dropped afterwards, or an in-memory PGlite; both migrated.
import { randomBytes } from 'node:crypto';
import { type DatabaseHandle, openPglite, openPostgres } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { adminQuery, withDatabase } from '../../test/setup/global-setup.ts';

export const postgresServer = () => process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** A migrated scratch database of the engine; close() drops it (PostgreSQL) or frees it (PGlite). */
export async function scratchDatabase(engine: 'pglite' | 'postgresql'): Promise<DatabaseHandle> {
  if (engine === 'pglite') {
    const handle = await openPglite({});
    await migrateToLatest(handle.db);
    return handle;
  }
  const url = postgresServer();
  if (!url) throw new Error('PostgreSQL needs TEST_DATABASE_URL or DATABASE_URL');
  const name = `tidtam_nation_${randomBytes(4).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  const handle = openPostgres(withDatabase(url, name));
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await adminQuery(url, `drop database if exists ${name}`);
    },
  };
}
