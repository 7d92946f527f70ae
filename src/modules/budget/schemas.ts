import { z } from 'zod';
import { budgetEventKinds } from '../../db/tables/registers.ts';
import { money, searchText, unitCode } from '../../http/fields.ts';
import { percentViewShape } from '../../http/percent-view.ts';
import { rowVersionField, rowVersionOut, savedRowVersionField } from '../../http/row-version.ts';
import { fiscalYear, isoDate, optionalText, text } from '../../http/schemas.ts';
import { exportFormat } from '../files/table-file.ts';
import { registerBinding } from '../register-bindings/schemas.ts';

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
  rowVersion: rowVersionField,
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
export const cutoffBody = z.object({ returnCutoff: isoDate, rowVersion: savedRowVersionField });

export const importQuery = z.object({ unit: unitCode, fiscalYear });

export const budgetExportQuery = z.object({ unit: unitCode, fiscalYear, format: exportFormat });

/** A unit as the answers name it. */
export const unitRef = z.object({ code: z.string(), nameTh: z.string() });

/** A dated allocation, disbursement, PO or return (presentEvent). */
const budgetEvent = z.object({
  id: z.number(),
  kind: z.enum(budgetEventKinds),
  date: z.string(),
  amount: z.string(),
  againstPurchaseOrder: z.boolean(),
  note: z.string().nullable(),
});

/** A line with its events and their sums per kind (presentLine). */
const budgetLine = z.object({
  id: z.number(),
  fiscalYear: z.number(),
  unit: unitRef,
  category: z.string(),
  name: z.string(),
  events: z.array(budgetEvent),
  totals: z.object({
    allocation: z.string(),
    disbursement: z.string(),
    purchaseOrder: z.string(),
    return: z.string(),
  }),
  rowVersion: rowVersionOut,
});

export const lineListResponse = z.object({
  items: z.array(budgetLine),
  matched: z.number(),
  total: z.number(),
  categories: z.array(z.string()),
});

export const lineResponse = z.object({ line: budgetLine });

/** KPI 1's figures of a category or of the total (presentFigures), in baht with 2 decimals. */
const budgetFigures = percentViewShape.extend({
  allocated: z.string(),
  returned: z.string(),
  deductedReturns: z.string(),
  base: z.string(),
  disbursed: z.string(),
  committed: z.string(),
  spent: z.string(),
  remaining: z.string(),
});

export const reportResponse = z.object({
  unit: unitRef,
  fiscalYear: z.number(),
  asOf: z.string(),
  returnCutoff: z.string(),
  rows: z.array(budgetFigures.extend({ category: z.string() })),
  total: budgetFigures,
  bindings: z.array(registerBinding),
});

export const eventImportResponse = z.object({ created: z.number(), lines: z.number() });

export const cutoffsResponse = z.object({
  items: z.array(z.object({ fiscalYear: z.number(), returnCutoff: z.string(), rowVersion: rowVersionOut })),
});
