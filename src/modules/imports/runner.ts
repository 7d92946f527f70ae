import fs from 'node:fs/promises';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import { type ColumnLabels, ImportErrors } from './import-errors.ts';
import { importSlots } from './import-slots.ts';
import { type ImportLimits, TABLE_LIMITS } from './limits.ts';
import { fileKindOf } from './row-reader.ts';
import { readTable, type TableRow } from './table-reader.ts';
import type { Upload } from './upload.ts';

/** What an importer gives the runner: its columns, how to read a row, what to check across rows, and how to save. */
export type Importer<Row, Plan, Result> = {
  /** The machine column names the file must have. */
  columns: string[];
  /** The Thai header of each column (errors name it, and a file may head its columns with it instead of the key). */
  labels?: ColumnLabels;
  /** Thai, for a file with a header and no rows. */
  emptyMessage: string;
  limits?: ImportLimits;
  /** One row, or null once its errors are added. */
  parseRow(row: TableRow, errors: ImportErrors): Row | null;
  /** Checks across rows and against what is stored; adds errors and returns what to save. */
  check(rows: Row[], errors: ImportErrors): Promise<Plan>;
  /** Writes everything inside the import's one transaction. */
  save(trx: Db, plan: Plan, filename: string): Promise<Result>;
};

/**
 * Every table import: receives the upload to a temporary file, then, in one of the server's import slots, streams
 * its rows (the limits checked as they are read), parses each, checks the file, refuses it whole with every bad row
 * named (`แถวที่ N ช่อง X: …`) or saves it in one transaction. The temporary file is always deleted.
 */
export async function runImport<Row, Plan, Result>(
  db: Db,
  receive: () => Promise<Upload>,
  importer: Importer<Row, Plan, Result>,
): Promise<Result> {
  const upload = await receive();
  try {
    const kind = fileKindOf(upload.filename);
    if (!kind) throw new AppError(415, 'unsupported_file', 'รองรับเฉพาะไฟล์ .csv และ .xlsx', 'file');
    return await importSlots.run(async () => {
      const errors = new ImportErrors(importer.labels ?? {});
      const rows: Row[] = [];
      let read = 0;
      const limits = importer.limits ?? TABLE_LIMITS;
      for await (const r of readTable(upload.file, kind, importer.columns, limits, importer.labels ?? {})) {
        read += 1;
        const row = importer.parseRow(r, errors);
        if (row) rows.push(row);
      }
      if (read === 0) throw new AppError(422, 'import_empty', importer.emptyMessage, 'file');
      const plan = await importer.check(rows, errors);
      errors.refuseAny();
      return inTransaction(db, (trx) => importer.save(trx, plan, upload.filename));
    });
  } finally {
    await fs.rm(upload.file, { force: true });
  }
}
