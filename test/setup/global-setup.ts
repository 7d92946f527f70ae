import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPglite, openPostgres, pgliteHandle } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { loadAdminUnits } from '../../src/modules/org-units/admin-data.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    postgresTemplate: string | null;
  }
}

/**
 * Migrate once and load the real administrative tree once; every test file then starts from a copy:
 * a PGlite dump on disk, and (when TEST_DATABASE_URL is set) a PostgreSQL template database.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-test-'));
  const pglite = await createPglite({});
  const handle = pgliteHandle(pglite);
  await migrateToLatest(handle.db);
  await loadAdminUnits(handle.db);
  const dumpFile = path.join(dir, 'template.tar');
  const dump = await pglite.dumpDataDir('none');
  fs.writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteDump', dumpFile);

  const url = process.env.TEST_DATABASE_URL;
  let template: string | null = null;
  if (url) {
    template = `tidtam_tpl_${randomBytes(4).toString('hex')}`;
    await adminQuery(url, `create database ${template}`);
    const handle = openPostgres(withDatabase(url, template));
    await migrateToLatest(handle.db);
    await loadAdminUnits(handle.db);
    await handle.close();
  }
  project.provide('postgresTemplate', template);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (url && template) await adminQuery(url, `drop database if exists ${template}`);
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
