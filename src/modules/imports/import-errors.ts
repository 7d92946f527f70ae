import { AppError, type RowError } from '../../errors.ts';

/** A table's Thai column headers by key, as its template and export write them ("members" → "จำนวนสมาชิก (คน)"). */
export type ColumnLabels = Readonly<Record<string, string>>;

/** The Thai name of a column for a message: its header, or "ทั้งไฟล์" for an error of the file itself. */
export const columnLabel = (labels: ColumnLabels, field: string) =>
  labels[field] ?? (field === 'file' ? 'ทั้งไฟล์' : field);

/** The errors of one import file, each "แถวที่ N ช่อง "หัวคอลัมน์": …"; any at all refuses the whole file. */
export class ImportErrors {
  readonly rows: RowError[] = [];

  constructor(private readonly labels: ColumnLabels = {}) {}

  add(row: number, field: string, message: string): void {
    const column = columnLabel(this.labels, field);
    this.rows.push({ row, field, column, message: `แถวที่ ${row} ช่อง "${column}": ${message}` });
  }

  /** 422 naming every bad row, sorted as the file is, each with its column's Thai header; nothing has been written. */
  refuseAny(): void {
    if (this.rows.length === 0) return;
    this.rows.sort((a, b) => a.row - b.row);
    const rows = this.rows.map((r) =>
      r.column === undefined && r.field !== undefined
        ? { ...r, column: columnLabel(this.labels, r.field) }
        : r,
    );
    throw new AppError(
      422,
      'import_invalid',
      `พบข้อผิดพลาด ${this.rows.length} รายการ ไม่มีการบันทึกข้อมูล`,
      'file',
      rows,
    );
  }
}
