/** `field` is the column's key; `column` its Thai header, shown to the user. */
export type ImportRowError = { sheet: number; row: number; field: string; column?: string; message: string };

/** A file import running on the server (the imports runner): read, checked, then saved in one go. */
export type ImportJob = {
  id: number;
  kind: string;
  unit: { code: string; nameTh: string };
  fiscalYear: number;
  filename: string;
  status: 'validating' | 'saving' | 'done' | 'failed';
  rowsTotal: number | null;
  rowsRead: number;
  rowsSaved: number;
  errorCount: number;
  errors: ImportRowError[] | null;
  message: string | null;
  createdAt: string;
  finishedAt: string | null;
};
