import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, pipeline, Readable } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';
import { unneutralisedCell } from './csv-cell.ts';
import {
  cellTooLong,
  type ImportLimits,
  inflatesTooMuch,
  notUtf8,
  nulInCell,
  tooManyColumns,
  tooManyRows,
  unreadable,
} from './limits.ts';
import { zipEntrySizes } from './zip-directory.ts';

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

/** The zip reader exceljs itself streams with (a dependency of exceljs), so both see the same entries. */
const unzipper = createRequire(import.meta.url)('unzipper') as {
  Parse(options: { forceStream: true }): NodeJS.ReadWriteStream;
};
type ZipEntry = NodeJS.ReadableStream & { path: string; autodrain(): unknown };

const isSheet = (path: string) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path);

/**
 * The entries of a zip file in stored order. unzipper's Parse emits 'end' as soon as it has read the whole file, while
 * entries it has already parsed may still wait in its queue for a slow consumer; a reader that stops at that 'end' (a
 * `pipe`, exceljs's lib/utils/iterate-stream.js) drops them. Node's own async iterator hands out every queued entry
 * before it honours the end, so Parse is read with it, directly. Each entry must be read or autodrained in turn.
 */
function zipEntries(file: string) {
  const input = fs.createReadStream(file);
  const zip = unzipper.Parse({ forceStream: true });
  pipeline(input, zip, () => undefined);
  return { input, entries: zip as unknown as AsyncIterable<ZipEntry> };
}

/** A sheet may be large; every other part (shared strings, styles, workbook) is held in memory whole. */
const entryLimit = (limits: ImportLimits, path: string) =>
  isSheet(path) ? limits.maxEntryBytes : limits.maxCachedBytes;

/** Refuses at once a zip whose central directory declares an entry or a total past the limits. */
async function checkDeclaredSizes(file: string, limits: ImportLimits) {
  const entries = await zipEntrySizes(file, limits.maxCachedBytes);
  if (!entries) throw unreadable('xlsx', new Error('no zip central directory'));
  let total = 0;
  for (const entry of entries) {
    const limit = entryLimit(limits, entry.name);
    if (entry.size > limit) throw inflatesTooMuch(limit);
    total += entry.size;
  }
  if (total > limits.maxInflatedBytes) throw inflatesTooMuch(limits.maxInflatedBytes);
}

/**
 * Inflates every entry once, counting the bytes as they stream and stopping at the first limit passed: a directory
 * can lie, and parseEntries writes a sheet that comes before the shared strings (as Excel orders them) to a temporary
 * file without counting. Nothing is kept.
 */
async function checkInflatedSizes(file: string, limits: ImportLimits) {
  const { input, entries } = zipEntries(file);
  let total = 0;
  try {
    for await (const entry of entries) {
      const limit = entryLimit(limits, entry.path);
      let bytes = 0;
      for await (const chunk of entry.pipe(new PassThrough()) as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        total += chunk.length;
        if (bytes > limit) throw inflatesTooMuch(limit);
        if (total > limits.maxInflatedBytes) throw inflatesTooMuch(limits.maxInflatedBytes);
      }
    }
  } catch (error) {
    throw error instanceof AppError ? error : unreadable('xlsx', error);
  } finally {
    input.destroy();
  }
}

/**
 * Decodes UTF-8 across chunk boundaries, so a Thai character split between two chunks stays whole; bytes that are not
 * UTF-8 refuse the file instead of turning into U+FFFD in a stored cell.
 */
async function* utf8Text(chunks: AsyncIterable<Buffer | string>, kind: FileKind): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer) => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw notUtf8(kind);
    }
  };
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decode(chunk);
    if (text !== '') yield text;
  }
  const rest = decode();
  if (rest !== '') yield rest;
}

/**
 * The XML of a sheet or of the shared strings as text (utf8Text), refusing a run
 * of XML between two tags longer than any allowed cell could make (with entities, 8 characters a character): the
 * parser would otherwise build that text whole before any row reaches the cell check.
 */
async function* xmlText(
  chunks: AsyncIterable<Buffer | string>,
  limits: ImportLimits,
): AsyncGenerator<string> {
  const maxRun = limits.maxCellLength * 8 + 1024;
  let run = 0;
  const check = (text: string) => {
    let start = 0;
    for (let tag = text.indexOf('<'); tag !== -1; tag = text.indexOf('<', start)) {
      if (run + tag - start > maxRun) throw cellTooLong(limits);
      run = 0;
      start = tag + 1;
    }
    run += text.length - start;
    if (run > maxRun) throw cellTooLong(limits);
  };
  for await (const text of utf8Text(chunks, 'xlsx')) {
    check(text);
    yield text;
  }
}

/** The hooks of exceljs's WorkbookReader that hand a sheet's or the shared strings' bytes to its XML parser. */
type ReaderHooks = {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Iterable<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncIterable<unknown>;
};

/**
 * exceljs 4.4's streaming reader decodes each chunk on its own (lib/utils/parse-sax.js: `bufferToString(chunk)`), so a
 * multi-byte character cut by a chunk boundary turns into U+FFFD: about 1 Thai cell in 1,000 of a large sheet came
 * back corrupted ("บ้าน���ลขที่"). Its parser passes strings through untouched, so the sheets and shared strings are
 * handed to it already decoded (and their text runs bounded).
 */
function decodeWhole(reader: ExcelJS.stream.xlsx.WorkbookReader, limits: ImportLimits) {
  const hooks = reader as unknown as ReaderHooks;
  const parseWorksheet = hooks._parseWorksheet.bind(reader);
  const parseSharedStrings = hooks._parseSharedStrings.bind(reader);
  hooks._parseWorksheet = (iterator, sheetNo) => parseWorksheet(xmlText(iterator, limits), sheetNo);
  hooks._parseSharedStrings = (entry) =>
    parseSharedStrings(Readable.from(xmlText(entry.pipe(new PassThrough()), limits)));
  return reader;
}

/** The parts of exceljs's WorkbookReader that read one zip entry each, and what they leave on the reader. */
type ReaderParts = ReaderHooks & {
  _parseRels(entry: ZipEntry): Promise<void>;
  _parseWorkbook(entry: ZipEntry): Promise<void>;
  _parseStyles(entry: ZipEntry): Promise<void>;
  sharedStrings?: unknown[];
  workbookRels?: unknown[];
  parse(): AsyncGenerator<unknown>;
};

/**
 * exceljs's own zip loop (WorkbookReader.parse) walks the entries with iterate-stream.js, which stops at Parse's early
 * 'end' (zipEntries): when writing a sheet to a temporary file took longer than inflating the rest of the file, the
 * entries after it were lost, most often xl/workbook.xml, which exceljs writes last ("Cannot read properties of
 * undefined (reading 'sheets')": a valid file refused, about 1 import in 300 under load; exceljs#3064), or the shared
 * strings, whose cells then read empty. This is the same loop over zipEntries; a sheet that comes before the shared
 * strings waits in a temporary file of ours, deleted when the reading ends or is abandoned.
 */
async function* parseEntries(reader: ReaderParts, file: string): AsyncGenerator<unknown> {
  const { input, entries } = zipEntries(file);
  const waiting: { sheetNo: string; path: string }[] = [];
  try {
    for await (const entry of entries) {
      const sheetNo = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.path)?.[1];
      if (entry.path === 'xl/_rels/workbook.xml.rels') await reader._parseRels(entry);
      else if (entry.path === 'xl/workbook.xml') await reader._parseWorkbook(entry);
      else if (entry.path === 'xl/sharedStrings.xml') yield* reader._parseSharedStrings(entry);
      else if (entry.path === 'xl/styles.xml') await reader._parseStyles(entry);
      else if (sheetNo && reader.sharedStrings && reader.workbookRels)
        yield* reader._parseWorksheet(entry, sheetNo);
      else if (sheetNo) {
        const spooled = path.join(os.tmpdir(), `tidtam-sheet-${randomUUID()}.xml`);
        waiting.push({ sheetNo, path: spooled });
        await pipelineAsync(entry, fs.createWriteStream(spooled));
      }
      entry.autodrain();
    }
    for (const sheet of waiting)
      yield* reader._parseWorksheet(fs.createReadStream(sheet.path), sheet.sheetNo);
  } finally {
    input.destroy();
    await Promise.all(waiting.map((sheet) => fs.promises.rm(sheet.path, { force: true })));
  }
}

/** A row's cells, refused when it has more columns or a longer cell than the limits allow, or a NUL. */
function checkedCells(
  values: readonly unknown[],
  row: number,
  limits: ImportLimits,
  text: (v: never) => string,
) {
  if (values.length > limits.maxColumns) throw tooManyColumns(limits, row);
  // One pass a cell (this runs for every row of a file of a million); a long cell is named before a NUL, as ever.
  const cells = new Array<string>(values.length);
  let nul = false;
  for (let i = 0; i < values.length; i += 1) {
    const cell = text(values[i] as never);
    if (cell.length > limits.maxCellLength) throw cellTooLong(limits, row);
    nul ||= cell.includes('\u0000');
    cells[i] = cell;
  }
  if (nul) throw nulInCell(row);
  return cells;
}

/** Streams an .xlsx sheet by sheet (sheet numbers as stored: 1, 2, 3), never holding the workbook in memory. */
async function* xlsxRows(file: string, limits: ImportLimits): AsyncGenerator<SheetRow> {
  await checkDeclaredSizes(file, limits);
  await checkInflatedSizes(file, limits);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Number formats tell date cells from numbers: a date typed in Excel arrives as a Date.
    styles: 'cache',
    entries: 'ignore',
  });
  const parts = decodeWhole(reader, limits) as unknown as ReaderParts;
  parts.parse = () => parseEntries(parts, file);
  let rows = 0;
  try {
    for await (const worksheet of reader) {
      const sheet = Number((worksheet as unknown as { id: string | number }).id);
      for await (const row of worksheet) {
        rows += 1;
        if (rows > limits.maxRows) throw tooManyRows(limits);
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        yield { sheet, row: row.number, cells: checkedCells(values, row.number, limits, cellText) };
      }
    }
  } catch (error) {
    throw error instanceof AppError ? error : unreadable('xlsx', error);
  }
}

/**
 * Refuses a line longer than a full row of the longest cells could be before the CSV parser builds it: a line of
 * commas alone would make a record of millions of empty cells.
 */
async function* boundedLines(chunks: AsyncIterable<string>, limits: ImportLimits): AsyncGenerator<string> {
  const maxLine = limits.maxColumns * (limits.maxCellLength * 2 + 3);
  let line = 0;
  let lines = 1;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      if (line + end - start > maxLine) throw tooManyColumns(limits, lines);
      line = 0;
      lines += 1;
      start = end + 1;
    }
    line += chunk.length - start;
    if (line > maxLine) throw tooManyColumns(limits, lines);
    yield chunk;
  }
}

/** A CSV holds sheet 1 only; row numbers count records from 1 as a spreadsheet shows them. */
async function* csvRows(file: string, limits: ImportLimits): AsyncGenerator<SheetRow> {
  const input = fs.createReadStream(file);
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    trim: true,
    // The characters of one record's cells together (separators and empty cells do not count).
    max_record_size: limits.maxColumns * limits.maxCellLength,
  });
  pipeline(Readable.from(boundedLines(utf8Text(input, 'csv'), limits)), parser, () => undefined);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      if (row > limits.maxRows) throw tooManyRows(limits);
      yield { sheet: 1, row, cells: checkedCells(record, row, limits, unneutralisedCell) };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') throw cellTooLong(limits, row + 1);
    throw unreadable('csv', error);
  } finally {
    input.destroy();
    parser.destroy();
  }
}

/** The rows of an .xlsx or .csv file, streamed, with the limits checked as they are read. */
export function readRows(file: string, kind: FileKind, limits: ImportLimits): AsyncGenerator<SheetRow> {
  return kind === 'xlsx' ? xlsxRows(file, limits) : csvRows(file, limits);
}
