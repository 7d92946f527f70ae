import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** One row of a sheet as text cells (column A first), with its row number as Excel shows it. */
export type SheetRow = { sheet: number; row: number; cells: string[] };

export type FileKind = 'xlsx' | 'csv';

export function fileKindOf(filename: string): FileKind | null {
  const lower = filename.toLowerCase();
  return lower.endsWith('.xlsx') ? 'xlsx' : lower.endsWith('.csv') ? 'csv' : null;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

/** Decodes UTF-8 across chunk boundaries: a Thai character split between two chunks stays whole. */
async function* utf8Chunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/** The two hooks of exceljs's WorkbookReader that hand a zip entry's bytes to its XML parser. */
type ReaderHooks = {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Iterable<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncIterable<unknown>;
};

/**
 * exceljs 4.4's streaming reader decodes each chunk on its own (lib/utils/parse-sax.js: `bufferToString(chunk)`), so a
 * multi-byte character cut by a chunk boundary turns into U+FFFD: about 1 Thai cell in 1,000 of a large sheet came
 * back corrupted ("บ้าน���ลขที่"). Its parser passes strings through untouched, so the sheets and shared strings are
 * handed to it already decoded.
 */
function decodeWhole(reader: ExcelJS.stream.xlsx.WorkbookReader) {
  const hooks = reader as unknown as ReaderHooks;
  const parseWorksheet = hooks._parseWorksheet.bind(reader);
  const parseSharedStrings = hooks._parseSharedStrings.bind(reader);
  hooks._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Chunks(iterator), sheetNo);
  hooks._parseSharedStrings = (entry) => parseSharedStrings(entry.setEncoding('utf8'));
  return reader;
}

/** Streams an .xlsx sheet by sheet (sheet numbers as stored: 1, 2, 3), never holding the workbook in memory. */
async function* xlsxRows(file: string): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Number formats tell date cells from numbers: a date typed in Excel arrives as a Date.
    styles: 'cache',
    entries: 'ignore',
  });
  for await (const worksheet of decodeWhole(reader)) {
    const sheet = Number((worksheet as unknown as { id: string | number }).id);
    for await (const row of worksheet) {
      const values = row.values as ExcelJS.CellValue[];
      yield { sheet, row: row.number, cells: Array.from(values.slice(1), cellText) };
    }
  }
}

/** A CSV holds sheet 1 only; row numbers count records from 1 as a spreadsheet shows them. */
async function* csvRows(file: string): AsyncGenerator<SheetRow> {
  const parser = fs
    .createReadStream(file)
    .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }));
  let row = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    row += 1;
    yield { sheet: 1, row, cells: record };
  }
}

export function readRows(file: string, kind: FileKind): AsyncGenerator<SheetRow> {
  return kind === 'xlsx' ? xlsxRows(file) : csvRows(file);
}
