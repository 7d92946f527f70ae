import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Db, Engine } from '../../src/db/database.ts';
import { migrateTo } from '../../src/db/migrate.ts';
import { dataTables, dropAllTables } from '../../src/modules/backup/queries.ts';
import { backup, restore } from '../../src/modules/backup/service.ts';
import { loadDemo } from '../../src/modules/demo/service.ts';
import { loadAdminUnits } from '../../src/modules/org-units/admin-data.ts';
import { createUserAsSystem } from '../../src/modules/users/service.ts';
import {
  engines,
  loginAs,
  makeUser,
  multipartFile,
  openTestDatabase,
  startTestApp,
  type TestApp,
} from '../helpers.ts';
import { household, householdCsv, importHouseholds } from '../register-fixtures.ts';
import { jpeg } from '../report-fixtures.ts';

/** A database with nothing in it, not even the schema, as a new server would get. */
async function emptyDatabase(engine: Engine): Promise<DatabaseHandle> {
  const handle = await openTestDatabase(engine);
  await dropAllTables(handle.db);
  return handle;
}

/** Each table's row count and a hash of its rows in primary-key order, plus the migrations applied. */
async function digest(db: Db) {
  const tables = await dataTables(db);
  const digests = await Promise.all(
    tables.map(async (t) => {
      const key = sql.join(t.primaryKey.map((c) => sql.ref(`t.${c}`)));
      const { rows } = await sql<{ n: number; hash: string }>`
        select count(*)::int as n, md5(coalesce(string_agg(row_to_json(t)::text, E'\\n' order by ${key}), '')) as hash
        from ${sql.table(t.name)} t`.execute(db);
      return [t.name, rows[0]] as const;
    }),
  );
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return { tables: Object.fromEntries(digests), migrations: rows.map((r) => r.name) };
}

function filesOf(dir: string) {
  if (!fs.existsSync(dir)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(fs.readFileSync(path.join(dir, name)))
          .digest('hex'),
      ]),
  );
}

const tempDir = (label: string) => fs.mkdtempSync(path.join(os.tmpdir(), `tidtam-backup-${label}-`));

describe.each(engines())('tidtam backup and restore on %s', (engine) => {
  const work = tempDir('work');
  const sourceFiles = path.join(work, 'files');
  const file = path.join(work, 'tidtam.backup.gz');
  let t: TestApp;
  let source: Awaited<ReturnType<typeof digest>>;

  beforeAll(async () => {
    t = await startTestApp(engine, { filesDir: sourceFiles });
    await loadDemo(t.handle.db);
    const officer = await makeUser(t.handle, 'district_officer', '9501');
    const mueang = await loginAs(t.app, officer.username, officer.password);
    const rows = [1, 2, 3].map((n) => household(n, '950101', 'developable', { baseline: 30000 + n }));
    expect((await importHouseholds(mueang, '9501', 'households.csv', householdCsv(rows))).status).toBe(
      'done',
    );
    const project = await mueang.send('POST', '/api/registers/projects', {
      unitCode: '9501',
      fiscalYear: 2568,
      round: 2,
      name: 'ส่งเสริมสัมมาชีพชุมชน',
      completionPercent: '40',
    });
    expect(project.statusCode, project.body).toBe(201);
    const { payload, headers } = multipartFile('ภาพกิจกรรม.jpg', await jpeg(64, 48), 'image/jpeg');
    const photo = await mueang.send(
      'POST',
      `/api/registers/projects/${project.json().project.id}/photos`,
      payload,
      headers,
    );
    expect(photo.statusCode, photo.body).toBe(201);
    source = await digest(t.handle.db);
    const summary = await backup(t.handle.db, t.handle.engine, sourceFiles, file);
    expect(summary.files).toBe(2);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('restores every table row for row and every uploaded file into a fresh database', async () => {
    expect(source.tables.households?.n).toBe(3);
    expect(source.tables.project_photos?.n).toBe(1);
    expect(source.tables.users?.n).toBeGreaterThan(10);
    const target = await emptyDatabase(engine);
    const targetFiles = path.join(tempDir('target'), 'files');
    try {
      const summary = await restore(target.db, targetFiles, file, { force: false });
      expect(summary.rows.households).toBe(3);
      expect(await digest(target.db)).toEqual(source);
      expect(filesOf(targetFiles)).toEqual(filesOf(sourceFiles));
      expect(Object.keys(filesOf(targetFiles))).toHaveLength(2);
      // identities continue after the restored ids: a new account does not collide with a restored one
      const created = await createUserAsSystem(target.db, {
        username: 'after-restore',
        password: 'a-long-password-1',
        role: 'viewer',
        unitCode: '95',
        displayName: 'หลังกู้คืน',
      });
      expect(created.id).toBeGreaterThan(
        Math.max(...(await t.handle.db.selectFrom('users').select('id').execute()).map((u) => u.id)),
      );
    } finally {
      await target.close();
    }
  });

  it('refuses a database that holds data unless --force, which replaces it', async () => {
    const target = await openTestDatabase(engine);
    try {
      const before = await digest(target.db);
      await expect(restore(target.db, tempDir('busy'), file, { force: false })).rejects.toThrow(/--force/);
      expect(await digest(target.db)).toEqual(before);
      await restore(target.db, tempDir('forced'), file, { force: true });
      expect(await digest(target.db)).toEqual(source);
    } finally {
      await target.close();
    }
  });

  it('refuses a cut or damaged file and changes nothing, database or files', async () => {
    const whole = fs.readFileSync(file);
    const cut = path.join(work, 'cut.gz');
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.8)));
    const damaged = path.join(work, 'damaged.gz');
    const flipped = Buffer.from(whole);
    const middle = Math.floor(whole.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
    fs.writeFileSync(damaged, flipped);
    const garbage = path.join(work, 'garbage.gz');
    fs.writeFileSync(garbage, 'not a backup at all');

    const target = await openTestDatabase(engine);
    const targetFiles = path.join(tempDir('kept'), 'files');
    try {
      const before = await digest(target.db);
      for (const bad of [cut, damaged, garbage]) {
        await expect(restore(target.db, targetFiles, bad, { force: true })).rejects.toThrow(/ไฟล์/);
        expect(await digest(target.db)).toEqual(before);
        expect(filesOf(targetFiles)).toEqual({});
      }
    } finally {
      await target.close();
    }
  });

  it('restores a backup taken at an older schema, then migrates it to the latest', async () => {
    const older = await emptyDatabase(engine);
    const newer = await emptyDatabase(engine);
    const olderFile = path.join(work, 'older.gz');
    try {
      await migrateTo(older.db, '2026-11-22-0930-project-photos');
      await loadAdminUnits(older.db);
      // Written as the schema of that day had it: the product's own user functions read columns added since.
      const { rows: officers } = await sql<{ id: number; unit_id: number }>`
        insert into users (username, password_hash, display_name, role, unit_id)
        select 'older-officer', 'not-a-hash', 'ก่อนปรับรุ่น', 'district_officer', id from units where code = '9501'
        returning id, unit_id`.execute(older.db);
      const officer = officers[0];
      if (!officer) throw new Error('no district 9501');
      await sql`insert into register_imports (kind, unit_id, user_id, fiscal_year, filename, status)
        values ('households', ${officer.unit_id}, ${officer.id}, 2568, 'old.csv', 'done')`.execute(older.db);
      await backup(older.db, engine, tempDir('older'), olderFile);
      await restore(newer.db, tempDir('newer'), olderFile, { force: false });
      const restored = await digest(newer.db);
      expect(restored.migrations).toEqual(source.migrations);
      const { rows } = await sql<{ filename: string; updated_at: Date }>`
        select filename, updated_at from register_imports`.execute(newer.db);
      expect(rows).toEqual([{ filename: 'old.csv', updated_at: expect.any(Date) }]);
    } finally {
      await older.close();
      await newer.close();
    }
  });
});
