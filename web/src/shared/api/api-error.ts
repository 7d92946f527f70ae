/** `field` is the column's key, `column` its Thai header (shown to the user). */
export type RowError = { row: number; field?: string; column?: string; message: string };

export type ApiErrorBody = {
  code: string;
  message: string;
  field?: string;
  rows?: RowError[];
};

/** An error answer from /api: the server's code, its Thai message and, where given, the field or rows at fault. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly rows: RowError[];

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    this.rows = body.rows ?? [];
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** The server's message for one form field, when the error names that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return isApiError(error) && error.field === field ? error.message : undefined;
}

/** The server's message when the error names `field` or a path under it ('criteria' matches 'criteria.thresholds'). */
export function fieldErrorUnder(error: unknown, field: string): string | undefined {
  if (!isApiError(error) || error.field === undefined) return undefined;
  return error.field === field || error.field.startsWith(`${field}.`) || error.field.startsWith(`${field}[`)
    ? error.message
    : undefined;
}
