import type { Db } from '../../db/database.ts';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import { AppError, type RowError } from '../../errors.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { unitsByCodes } from '../org-units/service.ts';
import { type RegisterUnit, writableUnit } from './scope.ts';
import { readRegisterTable } from './table-file.ts';

/** The errors of one import file, each "แถวที่ N ช่อง X: …"; any at all refuses the whole file. */
export class ImportErrors {
  readonly rows: RowError[] = [];

  add(row: number, field: string, message: string): void {
    this.rows.push({ row, field, message: `แถวที่ ${row} ช่อง ${field}: ${message}` });
  }

  /** 422 naming every bad row, sorted as the file is; nothing has been written. */
  refuseAny(): void {
    if (this.rows.length === 0) return;
    this.rows.sort((a, b) => a.row - b.row);
    throw new AppError(
      422,
      'import_invalid',
      `พบข้อผิดพลาด ${this.rows.length} รายการ ไม่มีการบันทึกข้อมูล`,
      'file',
      this.rows,
    );
  }
}

/** A blank cell as undefined (the API's default applies), anything else trimmed. */
export const optionalCell = (value: string | undefined) => {
  const v = (value ?? '').trim();
  return v === '' ? undefined : v;
};

/** A count cell: blank is null; Thai digits and thousands commas are read ("๕๒,๐๐๐" → "52000"). */
export const countCell = (value: string | undefined) => {
  const v = fromThaiDigits((value ?? '').trim()).replaceAll(',', '');
  return v === '' ? null : v;
};

/**
 * The unit of each parsed row, by its unit_code (one query for the file): it must exist, be readable and lie in the
 * import's area; a row that names another is an error on unit_code and is left out.
 */
export async function rowsInArea<T extends { row: number }>(
  db: Db,
  user: AuthUser,
  area: RegisterUnit,
  parsed: T[],
  errors: ImportErrors,
  unitCodeOf: (row: T) => string,
): Promise<(T & { unit: RegisterUnit })[]> {
  const units = new Map(
    (await unitsByCodes(db, [...new Set(parsed.map(unitCodeOf))])).map((u) => [u.code, u]),
  );
  return parsed.flatMap((p) => {
    const code = unitCodeOf(p);
    const unit = units.get(code);
    if (!unit || !canRead(user, unit) || !unit.path.startsWith(area.path)) {
      errors.add(p.row, 'unit_code', `ไม่พบหน่วยงานรหัส ${code} ในพื้นที่${area.name_th}`);
      return [];
    }
    return [{ ...p, unit }];
  });
}

/**
 * The start of every register import: the unit imported into (the user must be able to write it), the file's rows
 * (xlsx or csv, with the required columns), refused in Thai when it has none, and the error list for its rows.
 */
export async function openImport(
  db: Db,
  user: AuthUser,
  unitCode: string,
  file: { buffer: Buffer; filename: string },
  required: string[],
  emptyMessage: string,
) {
  const area = await writableUnit(db, user, unitCode, 'unit');
  const table = await readRegisterTable(file.buffer, file.filename, required);
  if (table.length === 0) throw new AppError(422, 'import_empty', emptyMessage, 'file');
  return { area, table, errors: new ImportErrors() };
}
