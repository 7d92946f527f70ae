import { AppError } from '../../errors.ts';

/** What one import file may hold; each is checked while the file streams, before the limit is passed. */
export type ImportLimits = {
  /** Rows read, over every sheet (blank ones too). */
  maxRows: number;
  maxColumns: number;
  /** Characters of one cell. */
  maxCellLength: number;
  /** Decompressed bytes of one zip entry of an .xlsx, as they stream and as the zip's directory declares them. */
  maxEntryBytes: number;
  /** Decompressed bytes of all entries read. */
  maxInflatedBytes: number;
  /** Decompressed bytes of each part other than a sheet (shared strings, styles, workbook): the reader keeps them whole. */
  maxCachedBytes: number;
};

const MB = 1024 * 1024;

/** Budget, projects, funds, villages and KPI cards: a few thousand rows in practice. */
export const TABLE_LIMITS: ImportLimits = {
  maxRows: 200_000,
  maxColumns: 200,
  maxCellLength: 2_000,
  maxEntryBytes: 256 * MB,
  maxInflatedBytes: 512 * MB,
  maxCachedBytes: 32 * MB,
};

/**
 * KPI cards: a card's definition or rationale is a paragraph (the seeds' longest is 2,565 characters; a card may
 * hold 20,000), so its cells may be longer; a set has tens of cards.
 */
export const KPI_CARD_LIMITS: ImportLimits = { ...TABLE_LIMITS, maxRows: 10_000, maxCellLength: 20_000 };

/** A province's household workbook: a million households and their activity and plan rows. */
export const HOUSEHOLD_LIMITS: ImportLimits = {
  maxRows: 5_000_000,
  maxColumns: 200,
  maxCellLength: 2_000,
  maxEntryBytes: 8 * 1024 * MB,
  maxInflatedBytes: 12 * 1024 * MB,
  maxCachedBytes: 256 * MB,
};

const count = (n: number) => n.toLocaleString('en-US');
const megabytes = (bytes: number) => `${count(Math.round(bytes / MB))} MB`;

export const tooManyRows = (limits: ImportLimits) =>
  new AppError(422, 'too_many_rows', `ไฟล์มีเกิน ${count(limits.maxRows)} แถว กรุณาแบ่งไฟล์แล้วนำเข้าทีละส่วน`, 'file');

export const tooManyColumns = (limits: ImportLimits, row: number) =>
  new AppError(
    422,
    'too_many_columns',
    `แถวที่ ${count(row)} มีเกิน ${count(limits.maxColumns)} คอลัมน์ กรุณาตรวจสอบแบบฟอร์ม`,
    'file',
  );

export const cellTooLong = (limits: ImportLimits, row?: number) =>
  new AppError(
    422,
    'cell_too_long',
    `${row === undefined ? 'ไฟล์' : `แถวที่ ${count(row)} `}มีช่องที่ยาวเกิน ${count(limits.maxCellLength)} ตัวอักษร`,
    'file',
  );

/** A NUL character: no text column can store it, and no one types it. */
export const nulInCell = (row: number) =>
  new AppError(422, 'invalid_cell', `แถวที่ ${count(row)} มีอักขระ NUL ซึ่งบันทึกไม่ได้ กรุณาตรวจสอบไฟล์`, 'file');

/** Bytes that are not UTF-8: most often a CSV saved by Excel in the Thai Windows code page (TIS-620). */
export const notUtf8 = (kind: 'xlsx' | 'csv') =>
  new AppError(
    422,
    'not_utf8',
    kind === 'csv'
      ? 'ไฟล์ CSV ไม่ได้บันทึกเป็น UTF-8 (ตัวอักษรไทยจะเพี้ยน) ใน Excel ให้เลือก "บันทึกเป็น" ชนิด "CSV UTF-8 (Comma delimited)" หรือนำเข้าเป็นไฟล์ .xlsx'
      : 'ไฟล์ Excel มีข้อความที่ไม่ใช่ UTF-8 กรุณาบันทึกใหม่จาก Excel แล้วลองอีกครั้ง',
    'file',
  );

export const inflatesTooMuch = (bytes: number) =>
  new AppError(
    413,
    'too_large',
    `ไฟล์ Excel เมื่อคลายการบีบอัดมีขนาดเกิน ${megabytes(bytes)} กรุณาแบ่งไฟล์แล้วนำเข้าทีละส่วน`,
    'file',
  );

/** A file the reader could not parse: a Thai message for the user, the parser's own words kept as its cause for the log. */
export function unreadable(kind: 'xlsx' | 'csv', cause: unknown): AppError {
  const error = new AppError(
    422,
    'import_unreadable',
    kind === 'xlsx'
      ? 'อ่านไฟล์ Excel ไม่ได้ กรุณาตรวจสอบว่าเป็นไฟล์ .xlsx ที่ถูกต้อง (บันทึกใหม่จาก Excel แล้วลองอีกครั้ง)'
      : 'อ่านไฟล์ CSV ไม่ได้ กรุณาตรวจสอบว่าเป็นไฟล์ CSV แบบ UTF-8 ที่ถูกต้อง',
    'file',
  );
  error.cause = cause;
  return error;
}
