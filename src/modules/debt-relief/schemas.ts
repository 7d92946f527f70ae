import { z } from 'zod';
import { searchText, unitCode, yesNo } from '../../http/fields.ts';
import { percentShape } from '../../http/percent-view.ts';
import { rowVersionField, rowVersionOut } from '../../http/row-version.ts';
import { fiscalYear, text } from '../../http/schemas.ts';
import { exportFormat } from '../files/table-file.ts';
import { registerBinding } from '../register-bindings/schemas.ts';

/** `q` looks in the household's code or short name; `reduced` keeps those that did (true) or did not (false) take all three steps. */
export const debtQuery = z.object({
  unit: unitCode,
  fiscalYear,
  q: searchText.optional(),
  reduced: yesNo('การลดหนี้/ปลดหนี้ได้').optional(),
});
export type DebtQuery = z.infer<typeof debtQuery>;

const debtFlags = {
  enteredProcess: z.boolean().default(false),
  debtRestructured: z.boolean().default(false),
  occupationalPromotion: z.boolean().default(false),
};

export const newDebtBody = z.object({
  unitCode,
  fiscalYear,
  label: text('รหัสหรือชื่อย่อครัวเรือนเป้าหมาย', 200),
  ...debtFlags,
});
export type NewDebtInput = z.infer<typeof newDebtBody>;

export const debtChangesBody = z.object({
  label: text('รหัสหรือชื่อย่อครัวเรือนเป้าหมาย', 200).optional(),
  enteredProcess: z.boolean().optional(),
  debtRestructured: z.boolean().optional(),
  occupationalPromotion: z.boolean().optional(),
  rowVersion: rowVersionField,
});
export type DebtChanges = z.infer<typeof debtChangesBody>;

export const yearExportQuery = z.object({ unit: unitCode, fiscalYear, format: exportFormat });
export const debtImportQuery = z.object({ unit: unitCode, fiscalYear: fiscalYear.optional() });

/** A target household and whether it counts as having reduced or cleared its debt (all three steps). */
const household = z.object({
  id: z.number(),
  unit: z.object({ code: z.string(), nameTh: z.string() }),
  fiscalYear: z.number(),
  label: z.string(),
  enteredProcess: z.boolean(),
  debtRestructured: z.boolean(),
  occupationalPromotion: z.boolean(),
  reduced: z.boolean(),
  rowVersion: rowVersionOut,
});

/** The households that match (`items`, `matched`) and the share of all the year's households that reduced debt. */
export const householdListResponse = z.object({
  items: z.array(household),
  matched: z.number(),
  total: z.number(),
  relief: z.object({
    reduced: z.number(),
    target: z.number(),
    percent: percentShape.nullable(),
    reason: z.string().nullable(),
  }),
  bindings: z.array(registerBinding),
});

export const householdResponse = z.object({ household });

/** How many rows of an import were new households and how many updated stored ones. */
export const debtImportResponse = z.object({ created: z.number(), updated: z.number() });
