import { z } from 'zod';
import { budgetEventKinds } from '../../db/tables/registers.ts';
import { money, searchText, unitCode } from '../../http/fields.ts';
import { fiscalYear, isoDate, optionalText, text } from '../../http/schemas.ts';
import { exportFormat } from '../files/table-file.ts';

/** `q` looks in the line's name and category; `category` keeps one category, as written. */
export const linesQuery = z.object({
  unit: unitCode,
  fiscalYear,
  q: searchText.optional(),
  category: text('หมวดงบประมาณ', 100).optional(),
});
export type LinesQuery = z.infer<typeof linesQuery>;

export const newLineBody = z.object({
  unitCode,
  fiscalYear,
  category: text('หมวดงบประมาณ', 100),
  name: text('ชื่อโครงการ/กิจกรรม', 300),
});
export type NewLineInput = z.infer<typeof newLineBody>;

export const lineChangesBody = z.object({
  category: text('หมวดงบประมาณ', 100).optional(),
  name: text('ชื่อโครงการ/กิจกรรม', 300).optional(),
});

export const eventBody = z.object({
  kind: z.enum(budgetEventKinds, {
    message: 'ประเภทรายการต้องเป็น allocation, disbursement, purchase-order หรือ return',
  }),
  date: isoDate,
  amount: money,
  /** A disbursement that pays an earlier purchase order (which it settles). */
  againstPurchaseOrder: z.boolean().optional(),
  note: optionalText('หมายเหตุ', 500),
});
export type EventInput = z.infer<typeof eventBody>;

export const reportQuery = z.object({ unit: unitCode, fiscalYear, asOf: isoDate });

export const cutoffParams = z.object({ fiscalYear });
export const cutoffBody = z.object({ returnCutoff: isoDate });

export const importQuery = z.object({ unit: unitCode, fiscalYear });

export const budgetExportQuery = z.object({ unit: unitCode, fiscalYear, format: exportFormat });
