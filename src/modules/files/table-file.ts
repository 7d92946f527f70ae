import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { csvCell } from '../imports/csv-cell.ts';

/**
 * Flat register tables in and out (issue R1-4 item 5): row 1 the Thai headers (Thai only: the importers read a
 * column by its Thai header as well as by its key), then one row per record. Money is written as a number with 2
 * decimals.
 */
export type TableColumn = { key: string; header: string; kind?: 'money' | 'text' | 'number'; width?: number };

export type Cell = string | number | boolean | null;

/** A table's Thai headers by key, for the importer that reads it back (its errors name the header). */
export const labelsOf = (columns: readonly TableColumn[]): Record<string, string> =>
  Object.fromEntries(columns.map((c) => [c.key, c.header]));

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

export const exportFormat = z.enum(['xlsx', 'csv']).default('xlsx');

const cellOf = (column: TableColumn, value: Cell): string | number | null => {
  if (value === null || value === '') return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (column.kind === 'money' || column.kind === 'number') return Number(value);
  return value;
};

function xlsxStream(sheetName: string, columns: TableColumn[], rows: Record<string, Cell>[]) {
  const stream = new PassThrough();
  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
    const sheet = workbook.addWorksheet(sheetName);
    sheet.columns = columns.map((c) => ({
      key: c.key,
      width: c.width ?? 18,
      ...(c.kind === 'money' ? { style: { numFmt: '#,##0.00' } } : {}),
    }));
    const thai = sheet.addRow(columns.map((c) => c.header));
    thai.font = { bold: true };
    thai.commit();
    for (const r of rows) sheet.addRow(columns.map((c) => cellOf(c, r[c.key] ?? null))).commit();
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) =>
    stream.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return stream;
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** A cell as CSV text: numbers the system writes stay numbers; text goes through csvCell (formula injection). */
function csvText(column: TableColumn, value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (column.kind === 'money' && value !== '') return Number(value).toFixed(2);
  if (column.kind === 'number' || typeof value === 'number') return String(value);
  return csvCell(value);
}

/** The same table as CSV (UTF-8 with BOM so Excel shows Thai), quoting only where needed. */
function csvBuffer(columns: TableColumn[], rows: Record<string, Cell>[]) {
  const lines = [
    columns.map((c) => quote(csvCell(c.header))).join(','),
    ...rows.map((r) => columns.map((c) => quote(csvText(c, r[c.key] ?? null))).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

export function tableFile(
  format: 'xlsx' | 'csv',
  base: string,
  sheetName: string,
  columns: TableColumn[],
  rows: Record<string, Cell>[],
) {
  return format === 'csv'
    ? { filename: `${base}.csv`, contentType: CSV_TYPE, body: csvBuffer(columns, rows) }
    : { filename: `${base}.xlsx`, contentType: XLSX_TYPE, body: xlsxStream(sheetName, columns, rows) };
}

/** A yes/no cell: 1, ใช่, มี, true, x or ✓ is yes; blank, 0, ไม่, ไม่มี or false is no; anything else is undefined. */
export function flagCell(value: string | undefined): boolean | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (['1', 'ใช่', 'มี', 'true', 'x', '✓', 'yes', 'y'].includes(v)) return true;
  if (['', '0', 'ไม่', 'ไม่ใช่', 'ไม่มี', 'false', 'no', 'n', '-'].includes(v)) return false;
  return undefined;
}

/** Answers a table file as a download. */
export function sendTable(reply: FastifyReply, file: ReturnType<typeof tableFile>) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.body);
}
