import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import type { Db, Engine } from '../../db/database.ts';
import { migrateTo, migrateToLatest, migrationNames } from '../../db/migrate.ts';
import {
  appliedMigrations,
  checkDeferredConstraints,
  dataTables,
  dropAllTables,
  foreignKeys,
  hasUnits,
  insertRows,
  readOnlySnapshot,
  resetIdentities,
  rowsPage,
  setSelfReferencesDeferrable,
  type TableInfo,
  truncateTables,
} from './queries.ts';

/**
 * A Tidtam backup is one gzip file of UTF-8 lines `<tag>\t<body>`, written and read as a stream on either engine:
 *   manifest  {format:"tidtam-backup", version:1, createdAt, engine, migrations:[names], tables:[{name,columns,primaryKey}]}
 *   table     {name}            then one `row` line per row: PostgreSQL's row_to_json text, in primary-key order
 *   file      {name,bytes}      then `data` lines: the file's bytes in base64 (uploaded files, by their sha256 name)
 *   end       {rows:{table:n}, files:n, sha256}   sha256 of every line before it, so a cut or altered file is refused
 * Tables come parents first (foreign keys); a restore migrates to the backup's schema, loads, then migrates to latest.
 */

const FORMAT = 'tidtam-backup';
const VERSION = 1;
const PAGE = 5000;
const BATCH_ROWS = 1000;
const BATCH_CHARS = 8 * 1024 * 1024;
const FILE_CHUNK = 48 * 1024;

type Manifest = {
  format: string;
  version: number;
  createdAt: string;
  engine: Engine;
  migrations: string[];
  tables: TableInfo[];
};

type Trailer = { rows: Record<string, number>; files: number; sha256: string };

export type BackupSummary = { rows: Record<string, number>; files: number; bytes: number };

const fail = (thai: string, english: string) => new Error(`${thai} (${english})`);

/** Parents before children, so every row's foreign keys point at rows already loaded (self-references are deferred). */
export function parentsFirst(tables: string[], keys: { table: string; references: string }[]): string[] {
  const waiting = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const k of keys) if (k.table !== k.references) waiting.get(k.table)?.add(k.references);
  const order: string[] = [];
  while (waiting.size > 0) {
    const ready = [...waiting].filter(([, parents]) => [...parents].every((p) => !waiting.has(p)));
    if (ready.length === 0)
      throw fail('ตารางอ้างอิงกันเป็นวง', `foreign keys form a cycle: ${[...waiting.keys()]}`);
    for (const [t] of ready.sort(([a], [b]) => a.localeCompare(b))) {
      order.push(t);
      waiting.delete(t);
    }
  }
  return order;
}

function lineWriter(file: string) {
  const gzip = createGzip();
  const done = pipelineAsync(gzip, fs.createWriteStream(file));
  done.catch(() => {});
  const hash = createHash('sha256');
  return {
    async write(tag: string, body: string) {
      const line = `${tag}\t${body}\n`;
      if (tag !== 'end') hash.update(line);
      if (!gzip.write(line)) await once(gzip, 'drain');
    },
    digest: () => hash.digest('hex'),
    async close() {
      gzip.end();
      await done;
    },
  };
}

async function storedFiles(filesDir: string): Promise<string[]> {
  const entries = await fs.promises.readdir(filesDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** Writes FILE from one consistent snapshot of the database plus the uploaded files; FILE appears only when complete. */
export async function backup(db: Db, engine: Engine, filesDir: string, file: string): Promise<BackupSummary> {
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  const out = lineWriter(partial);
  try {
    const rows: Record<string, number> = {};
    await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await readOnlySnapshot(trx);
        const tables = await dataTables(trx);
        const byName = new Map(tables.map((t) => [t.name, t]));
        const order = parentsFirst([...byName.keys()], await foreignKeys(trx));
        const manifest: Manifest = {
          format: FORMAT,
          version: VERSION,
          createdAt: new Date().toISOString(),
          engine,
          migrations: await appliedMigrations(trx),
          tables: order.map((name) => byName.get(name) as TableInfo),
        };
        await out.write('manifest', JSON.stringify(manifest));
        for (const table of manifest.tables) {
          await out.write('table', JSON.stringify({ name: table.name }));
          let count = 0;
          let after: string[] | null = null;
          for (;;) {
            const page = await rowsPage(trx, table, after, PAGE);
            for (const r of page) await out.write('row', r.json);
            count += page.length;
            if (page.length < PAGE) break;
            after = page[page.length - 1]?.key ?? null;
          }
          rows[table.name] = count;
        }
      });
    const names = await storedFiles(filesDir);
    for (const name of names) {
      const source = path.join(filesDir, name);
      await out.write('file', JSON.stringify({ name, bytes: (await fs.promises.stat(source)).size }));
      for await (const chunk of fs.createReadStream(source, { highWaterMark: FILE_CHUNK })) {
        await out.write('data', (chunk as Buffer).toString('base64'));
      }
    }
    const trailer: Trailer = { rows, files: names.length, sha256: out.digest() };
    await out.write('end', JSON.stringify(trailer));
    await out.close();
    await fs.promises.rename(partial, file);
    return { rows, files: names.length, bytes: (await fs.promises.stat(file)).size };
  } finally {
    await out.close().catch(() => {});
    await fs.promises.rm(partial, { force: true });
  }
}

/** The file's lines as they are read and unzipped; a gzip error (cut or damaged file) surfaces here. */
async function* backupLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  pipeline(fs.createReadStream(file), gunzip, () => {});
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of gunzip) {
    const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

function splitLine(line: string): [string, string] {
  const tab = line.indexOf('\t');
  if (tab < 0) throw fail('พบบรรทัดที่อ่านไม่ได้', 'unreadable line');
  return [line.slice(0, tab), line.slice(tab + 1)];
}

function checkManifest(body: string): Manifest {
  const manifest = JSON.parse(body) as Manifest;
  if (manifest.format !== FORMAT || manifest.version !== VERSION || !Array.isArray(manifest.migrations)) {
    throw fail('ไม่ใช่ไฟล์สำรองของ Tidtam รุ่นนี้', `not a Tidtam backup, version ${VERSION}`);
  }
  const known = [...migrationNames].sort();
  const last = manifest.migrations.at(-1);
  if (!last || manifest.migrations.some((m, i) => known[i] !== m)) {
    throw fail(
      'ไฟล์สำรองมาจาก Tidtam รุ่นที่ใหม่กว่าหรือต่างจากรุ่นนี้ กรุณาใช้ Tidtam รุ่นเดียวกันหรือใหม่กว่า',
      `the backup's migrations are not a prefix of this version's: ${last}`,
    );
  }
  return manifest;
}

async function readManifest(file: string): Promise<Manifest> {
  let body: string | null = null;
  try {
    for await (const line of backupLines(file)) {
      const [tag, rest] = splitLine(line);
      if (tag === 'manifest') body = rest;
      break;
    }
  } catch (error) {
    throw fail('ไฟล์นี้ไม่ใช่ไฟล์สำรองของ Tidtam หรือเสียหาย', `not a Tidtam backup: ${(error as Error).message}`);
  }
  if (body === null) throw fail('ไฟล์นี้ไม่ใช่ไฟล์สำรองของ Tidtam', 'not a Tidtam backup');
  return checkManifest(body);
}

/** The schema the migrations made must be the one the backup was taken from, table by table and column by column. */
function checkSchema(manifest: Manifest, tables: TableInfo[]) {
  const here = JSON.stringify(tables.map((t) => [t.name, t.columns]).sort());
  const there = JSON.stringify(manifest.tables.map((t) => [t.name, t.columns]).sort());
  if (here !== there) throw fail('โครงสร้างตารางในไฟล์สำรองไม่ตรงกับรุ่นของไฟล์', 'tables differ from the schema');
}

type Loader = {
  line: (tag: string, body: string) => Promise<void>;
  finish: (trailer: Trailer) => Promise<void>;
};

/** Loads rows in batches and writes files into the staging folder as the lines come. */
function loader(trx: Db, manifest: Manifest, staging: string): Loader {
  const tables = new Set(manifest.tables.map((t) => t.name));
  const rows: Record<string, number> = {};
  let table: string | null = null;
  let batch: string[] = [];
  let batchChars = 0;
  let file: { name: string; bytes: number; written: number; handle: fs.promises.FileHandle } | null = null;
  let files = 0;

  async function flush() {
    if (table === null || batch.length === 0) return;
    await insertRows(trx, table, `[${batch.join(',')}]`);
    batch = [];
    batchChars = 0;
  }
  async function closeFile() {
    if (!file) return;
    await file.handle.close();
    if (file.written !== file.bytes) throw fail(`ไฟล์ ${file.name} ไม่ครบ`, 'file cut short');
    file = null;
  }

  return {
    async line(tag, body) {
      if (tag === 'row') {
        if (table === null) throw fail('พบแถวข้อมูลก่อนชื่อตาราง', 'row before table');
        batch.push(body);
        batchChars += body.length;
        rows[table] = (rows[table] ?? 0) + 1;
        if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) await flush();
      } else if (tag === 'data') {
        if (!file) throw fail('พบข้อมูลไฟล์ก่อนชื่อไฟล์', 'data before file');
        const bytes = Buffer.from(body, 'base64');
        await file.handle.write(bytes);
        file.written += bytes.length;
      } else if (tag === 'table') {
        await flush();
        const { name } = JSON.parse(body) as { name: string };
        if (!tables.has(name) || name in rows) throw fail(`ตาราง ${name} ไม่อยู่ในรายการ`, 'unexpected table');
        table = name;
        rows[name] = 0;
      } else if (tag === 'file') {
        await flush();
        await closeFile();
        table = null;
        const { name, bytes } = JSON.parse(body) as { name: string; bytes: number };
        if (!/^[0-9a-f]{64}(\.display\.jpg)?$/.test(name))
          throw fail(`ชื่อไฟล์ ${name} ไม่ถูกต้อง`, 'bad file name');
        file = { name, bytes, written: 0, handle: await fs.promises.open(path.join(staging, name), 'w') };
        files += 1;
      } else {
        throw fail(`พบบรรทัดชนิด ${tag} ที่ไม่รู้จัก`, 'unknown line');
      }
    },
    async finish(trailer) {
      await flush();
      await closeFile();
      const expected = JSON.stringify(Object.entries(trailer.rows).sort());
      if (expected !== JSON.stringify(Object.entries(rows).sort()) || trailer.files !== files) {
        throw fail('จำนวนแถวหรือไฟล์ไม่ตรงกับที่บันทึกไว้ท้ายไฟล์', 'row or file counts differ from the trailer');
      }
    },
  };
}

export type RestoreOptions = { force: boolean };

/**
 * Replaces the database (and adds the uploaded files) with the backup's content, in one transaction: a refused,
 * damaged or cut file changes nothing. A database holding units is refused unless force is given.
 */
export async function restore(
  db: Db,
  filesDir: string,
  file: string,
  options: RestoreOptions,
): Promise<BackupSummary> {
  const manifest = await readManifest(file);
  const refuseNonEmpty = async (d: Db) => {
    if (!options.force && (await hasUnits(d))) {
      throw fail(
        'ฐานข้อมูลปลายทางมีข้อมูลอยู่แล้ว ใช้ --force เพื่อแทนที่ทั้งหมด',
        'the target database is not empty: use --force to replace it',
      );
    }
  };
  await refuseNonEmpty(db);
  const staging = `${filesDir}.restore-${randomBytes(4).toString('hex')}`;
  await fs.promises.mkdir(staging, { recursive: true });
  try {
    let summary: BackupSummary = { rows: {}, files: 0, bytes: (await fs.promises.stat(file)).size };
    await db.transaction().execute(async (trx) => {
      await refuseNonEmpty(trx);
      await dropAllTables(trx);
      await migrateTo(trx, manifest.migrations.at(-1) as string);
      const tables = await dataTables(trx);
      checkSchema(manifest, tables);
      await truncateTables(
        trx,
        tables.map((t) => t.name),
      );
      await setSelfReferencesDeferrable(trx, true);
      const load = loader(trx, manifest, staging);
      const hash = createHash('sha256');
      let trailer: Trailer | null = null;
      try {
        for await (const line of backupLines(file)) {
          if (trailer) throw fail('พบข้อมูลหลังท้ายไฟล์', 'data after the end');
          const [tag, body] = splitLine(line);
          if (tag === 'end') {
            trailer = JSON.parse(body) as Trailer;
            if (trailer.sha256 !== hash.digest('hex')) throw fail('ค่าตรวจสอบไม่ตรง', 'checksum mismatch');
            await load.finish(trailer);
          } else {
            hash.update(`${line}\n`);
            if (tag !== 'manifest') await load.line(tag, body);
          }
        }
      } catch (error) {
        throw fail(
          'ไฟล์สำรองเสียหายหรือไม่ครบ ไม่ได้เปลี่ยนแปลงข้อมูลใด',
          `corrupt backup: ${(error as Error).message}`,
        );
      }
      if (!trailer) throw fail('ไฟล์สำรองไม่ครบ (ขาดส่วนท้าย) ไม่ได้เปลี่ยนแปลงข้อมูลใด', 'truncated backup');
      await checkDeferredConstraints(trx);
      await setSelfReferencesDeferrable(trx, false);
      await resetIdentities(trx);
      await migrateToLatest(trx);
      summary = { ...summary, rows: trailer.rows, files: trailer.files };
    });
    await moveFiles(staging, filesDir);
    return summary;
  } finally {
    await fs.promises.rm(staging, { recursive: true, force: true });
  }
}

/** Files are named by their content's hash: one already there is the same file and stays. */
async function moveFiles(staging: string, filesDir: string) {
  await fs.promises.mkdir(filesDir, { recursive: true });
  for (const name of await fs.promises.readdir(staging)) {
    const target = path.join(filesDir, name);
    if (!fs.existsSync(target)) await fs.promises.rename(path.join(staging, name), target);
  }
}
