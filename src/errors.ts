/** A row of an import at fault: `field` the column's key, `column` its Thai header as the template writes it. */
export type RowError = { row: number; field?: string; column?: string; message: string };

/** An error the API answers with: HTTP status, a stable code, a Thai message, and the field or rows at fault. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly rows?: RowError[],
  ) {
    super(message);
  }
}

export const notFound = (what: string, field?: string) =>
  new AppError(404, 'not_found', `ไม่พบ${what}`, field);

export const forbidden = (message = 'คุณไม่มีสิทธิ์ทำรายการนี้') => new AppError(403, 'forbidden', message);

export const invalid = (field: string, message: string) => new AppError(400, 'invalid', message, field);

export const conflict = (field: string, message: string) => new AppError(409, 'conflict', message, field);
