import { AppError, type RowError } from '../../errors.ts';

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
