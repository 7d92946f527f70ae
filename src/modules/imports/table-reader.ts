import { AppError } from '../../errors.ts';
import { type ColumnLabels, columnLabel } from './import-errors.ts';
import type { ImportLimits } from './limits.ts';
import { type FileKind, readRows } from './row-reader.ts';

export type TableRow = { row: number; values: Record<string, string> };

const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, '_');

function missingColumns(required: string[], header: string[], labels: ColumnLabels) {
  const absent = required.filter((h) => !header.includes(h)).map((h) => `"${columnLabel(labels, h)}"`);
  return new AppError(422, 'import_invalid', `ไม่พบคอลัมน์ ${absent.join(', ')} ในแถวหัวตาราง`, 'file', [
    {
      row: 1,
      field: required.find((h) => !header.includes(h)),
      column: 'ทั้งไฟล์',
      message: `ไม่พบคอลัมน์ ${absent.join(', ')}`,
    },
  ]);
}

/**
 * Streams the first sheet of an .xlsx, or a .csv, as rows keyed by the machine column names. The header row names
 * each column by its key or by its Thai header (as the template and the exports write them): row 1, or row 2 under a
 * row of Thai headers (the exports write both, and the row of keys under the Thai one is a header too, not data).
 * Blank rows are skipped; row numbers stay those the user sees in Excel.
 */
export async function* readTable(
  file: string,
  kind: FileKind,
  required: string[],
  limits: ImportLimits,
  labels: ColumnLabels = {},
): AsyncGenerator<TableRow> {
  const keyOfLabel = new Map(Object.entries(labels).map(([key, label]) => [normaliseHeader(label), key]));
  const keysOf = (cells: string[]) =>
    cells.map((c) => {
      const name = normaliseHeader(c);
      return keyOfLabel.get(name) ?? name;
    });
  const isHeader = (names: string[]) => required.every((h) => names.includes(h));
  let header: string[] | null = null;
  let headerRow = 0;
  let first: string[] | null = null;
  let sheet: number | null = null;
  for await (const r of readRows(file, kind, limits)) {
    sheet ??= r.sheet;
    if (r.sheet !== sheet) break;
    if (header === null) {
      const names = keysOf(r.cells);
      if (isHeader(names)) {
        header = names;
        headerRow = r.row;
      } else if (r.row === 1) first = names;
      else throw missingColumns(required, first ?? names, labels);
      continue;
    }
    if (r.cells.every((c) => c.trim() === '')) continue;
    if (r.row === headerRow + 1 && isHeader(keysOf(r.cells))) {
      header = keysOf(r.cells);
      continue;
    }
    const cells = r.cells;
    yield { row: r.row, values: Object.fromEntries(header.map((h, col) => [h, (cells[col] ?? '').trim()])) };
  }
  if (header === null && first !== null) throw missingColumns(required, first, labels);
}
