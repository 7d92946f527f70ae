import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';

export type TableRow = { row: number; values: Record<string, string> };

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
};

const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, '_');

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError(
      422,
      'import_unreadable',
      'อ่านไฟล์ Excel ไม่ได้ กรุณาตรวจสอบว่าเป็นไฟล์ .xlsx ที่ถูกต้อง',
      'file',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    rows[number - 1] = values.slice(1).map(cellText);
  });
  return Array.from(rows, (r) => r ?? []);
}

function readCsv(buffer: Buffer): string[][] {
  try {
    return parse(buffer, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    throw new AppError(422, 'import_unreadable', `อ่านไฟล์ CSV ไม่ได้: ${(e as Error).message}`, 'file');
  }
}

/** Reads the first sheet of an .xlsx or a .csv file into rows keyed by the header row; row numbers are as the user sees them in Excel. */
export async function readTable(buffer: Buffer, filename: string, required: string[]): Promise<TableRow[]> {
  const lower = filename.toLowerCase();
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx')) {
    throw new AppError(415, 'unsupported_file', 'รองรับเฉพาะไฟล์ .csv และ .xlsx', 'file');
  }
  const cells = lower.endsWith('.csv') ? readCsv(buffer) : await readXlsx(buffer);
  const header = (cells[0] ?? []).map(normaliseHeader);
  const missing = required.filter((h) => !header.includes(h));
  if (missing.length > 0) {
    throw new AppError(422, 'import_invalid', `ไม่พบคอลัมน์ ${missing.join(', ')} ในแถวหัวตาราง`, 'file', [
      { row: 1, field: missing[0], message: `ไม่พบคอลัมน์ ${missing.join(', ')}` },
    ]);
  }
  const rows: TableRow[] = [];
  cells.slice(1).forEach((line, i) => {
    if (line.every((c) => c.trim() === '')) return;
    const values: Record<string, string> = {};
    header.forEach((h, col) => {
      values[h] = (line[col] ?? '').trim();
    });
    rows.push({ row: i + 2, values });
  });
  return rows;
}
