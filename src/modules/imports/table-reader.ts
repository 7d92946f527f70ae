import { AppError } from '../../errors.ts';
import type { ImportLimits } from './limits.ts';
import { type FileKind, readRows } from './row-reader.ts';

export type TableRow = { row: number; values: Record<string, string> };

const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, '_');

function missingColumns(required: string[], header: string[]) {
  const absent = required.filter((h) => !header.includes(h));
  return new AppError(422, 'import_invalid', `ไม่พบคอลัมน์ ${absent.join(', ')} ในแถวหัวตาราง`, 'file', [
    { row: 1, field: absent[0], message: `ไม่พบคอลัมน์ ${absent.join(', ')}` },
  ]);
}

/**
 * Streams the first sheet of an .xlsx, or a .csv, as rows keyed by the machine column names: in row 1, or in row 2
 * under a row of Thai headers (as the exports write them). Blank rows are skipped; row numbers stay those the user
 * sees in Excel.
 */
export async function* readTable(
  file: string,
  kind: FileKind,
  required: string[],
  limits: ImportLimits,
): AsyncGenerator<TableRow> {
  let header: string[] | null = null;
  let first: string[] | null = null;
  let sheet: number | null = null;
  for await (const r of readRows(file, kind, limits)) {
    sheet ??= r.sheet;
    if (r.sheet !== sheet) break;
    if (header === null) {
      const names = r.cells.map(normaliseHeader);
      if (required.every((h) => names.includes(h))) header = names;
      else if (r.row === 1) first = names;
      else throw missingColumns(required, first ?? names);
      continue;
    }
    if (r.cells.every((c) => c.trim() === '')) continue;
    const cells = r.cells;
    yield { row: r.row, values: Object.fromEntries(header.map((h, col) => [h, (cells[col] ?? '').trim()])) };
  }
  if (header === null && first !== null) throw missingColumns(required, first);
}
