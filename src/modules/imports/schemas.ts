import { z } from 'zod';

/** A row's error: `field` the column's key, `column` its Thai header as the template writes it. */
const importRowError = z.object({
  sheet: z.number(),
  row: z.number(),
  field: z.string(),
  column: z.string().optional(),
  message: z.string(),
});

/** An import job as presentJob answers it: its progress while it runs, then its row errors or its failure. */
export type ImportRowError = z.infer<typeof importRowError>;

export const importJob = z.object({
  id: z.number(),
  kind: z.string(),
  unit: z.object({ code: z.string(), nameTh: z.string() }),
  fiscalYear: z.number(),
  filename: z.string(),
  status: z.enum(['validating', 'saving', 'done', 'failed']),
  rowsTotal: z.number().nullable(),
  rowsRead: z.number(),
  rowsSaved: z.number(),
  errorCount: z.number(),
  errors: z.array(importRowError).nullable(),
  message: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const importJobResponse = z.object({ job: importJob });
