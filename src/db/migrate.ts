import { type MigrationResultSet, Migrator } from 'kysely/migration';
import type { Db } from './database.ts';
import { migrations } from './migrations/index.ts';

function migratorOf(db: Db) {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function resultOf(result: MigrationResultSet): MigrationResultSet {
  if (result.error) throw result.error;
  return result;
}

/** Runs in the caller's transaction when given one (a restore migrates, loads and migrates again atomically). */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  return resultOf(await migratorOf(db).migrateToLatest());
}

/** Up to and including the named migration: the schema a backup was taken at. */
export async function migrateTo(db: Db, name: string): Promise<MigrationResultSet> {
  return resultOf(await migratorOf(db).migrateTo(name));
}

export const migrationNames = Object.keys(migrations);
