import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLE_LIMITS } from './limits.ts';
import { readRows } from './row-reader.ts';

type Zip = {
  files: Record<string, { dir: boolean; async(type: 'nodebuffer'): Promise<Buffer> }>;
  file(name: string, data: Buffer): void;
  generateAsync(options: { type: 'nodebuffer'; compression: 'DEFLATE' }): Promise<Buffer>;
};
/** The zip library exceljs writes with (a dependency of exceljs). */
const JSZip = createRequire(import.meta.url)('jszip') as {
  new (): Zip;
  loadAsync(data: Buffer): Promise<Zip>;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-row-reader-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A workbook of `sheets` sheets of `rows` rows, its parts stored as Excel stores them: the sheets last. */
async function excelOrdered(sheets: number, rows: number) {
  const workbook = new ExcelJS.Workbook();
  for (let s = 1; s <= sheets; s += 1) {
    const sheet = workbook.addWorksheet(`แผ่น ${s}`);
    for (let r = 1; r <= rows; r += 1) sheet.addRow([`แผ่น ${s} แถว ${r}`, r]);
  }
  const written = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  const names = Object.keys(written.files).filter((name) => !written.files[name]?.dir);
  const zip = new JSZip();
  const isSheet = (name: string) => name.startsWith('xl/worksheets/');
  for (const name of [...names.filter((n) => !isSheet(n)), ...names.filter(isSheet)]) {
    zip.file(name, await (written.files[name] as Zip['files'][string]).async('nodebuffer'));
  }
  const file = path.join(dir, `excel-ordered-${sheets}.xlsx`);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

describe('readRows on an .xlsx', () => {
  it('reads every sheet when the reader is slow: the entries queued behind a sheet are not dropped', async () => {
    // With the shared strings first, each sheet streams straight from the zip while the importer reads its rows, and
    // the zip reader meanwhile reaches the end of the file: exceljs's own loop then dropped sheets 2 to 6 without a
    // word. The pause stands for a slow importer (a busy server); nothing about speed is asserted.
    const file = await excelOrdered(6, 3);
    const seen: string[] = [];
    for await (const r of readRows(file, 'xlsx', TABLE_LIMITS)) {
      if (seen.length === 0) await sleep(200);
      seen.push(`${r.sheet}:${r.row}:${r.cells.join('|')}`);
    }
    expect(seen).toEqual(
      [1, 2, 3, 4, 5, 6].flatMap((s) => [1, 2, 3].map((r) => `${s}:${r}:แผ่น ${s} แถว ${r}|${r}`)),
    );
  });

  it('reads the sheets exceljs writes before its shared strings and workbook, and stops after the first', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('หนึ่ง').addRow(['ก', 1]);
    workbook.addWorksheet('สอง').addRow(['ข', 2]);
    const file = path.join(dir, 'exceljs-ordered.xlsx');
    fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const all = [];
    for await (const r of readRows(file, 'xlsx', TABLE_LIMITS)) all.push(r);
    expect(all).toEqual([
      { sheet: 1, row: 1, cells: ['ก', '1'] },
      { sheet: 2, row: 1, cells: ['ข', '2'] },
    ]);
    for await (const r of readRows(file, 'xlsx', TABLE_LIMITS)) {
      expect(r.sheet).toBe(1);
      break;
    }
  });
});
