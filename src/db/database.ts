import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PreparingClient } from './prepared.ts';
import type { Database } from './schema.ts';

export type Engine = 'pglite' | 'postgresql';

export type Db = Kysely<Database>;

export type DatabaseHandle = {
  db: Db;
  engine: Engine;
  close: () => Promise<void>;
};

const INT8 = 20;
const DATE = 1082;

/** Both engines hand back the same JS types: int8 as number (counts and ids stay far below 2^53), date as 'YYYY-MM-DD', numeric as string. */
const parsers = {
  [INT8]: (value: string) => Number(value),
  [DATE]: (value: string) => value,
};

/**
 * A pool of at most `max` connections (TIDTAM_DB_POOL_MAX, 10 unless set), each preparing its statements once
 * (prepared.ts).
 */
export function openPostgres(connectionString: string, max = 10): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max,
    Client: PreparingClient,
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') => {
        const parser = parsers[oid as keyof typeof parsers];
        return parser ?? pg.types.getTypeParser(oid, format as 'text');
      },
    } as pg.CustomTypesConfig,
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgresql', close: () => db.destroy() };
}

/** PGlite in a data directory, or in memory when dataDir is undefined; loadDataDir restores a dump (tests use it). */
export async function createPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<PGlite> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  return PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir, parsers });
}

export function pgliteHandle(pglite: PGlite): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    engine: 'pglite',
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  return pgliteHandle(await createPglite(options));
}

export function pgliteDirOf(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

export async function openDatabase(config: {
  databaseUrl?: string;
  dataDir: string;
  dbPoolMax?: number;
}): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.dbPoolMax);
  return openPglite({ dataDir: pgliteDirOf(config.dataDir) });
}
