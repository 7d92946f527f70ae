import { z } from 'zod';
import { fundTypes } from '../../../db/tables/registers.ts';
import { portfolioStatuses } from '../../../domain/registers/womens-fund-portfolio.ts';
import { count, money, searchText, unitCode, yesNo } from '../../../http/fields.ts';
import { fiscalYear, isoDate, text } from '../../../http/schemas.ts';
import { exportFormat } from '../../files/table-file.ts';

/** 000 L114–128: the four rounds of government capital; phase 2 has no fixed amount per fund. */
const capitalReceipt = z.discriminatedUnion('round', [
  z.object({ round: z.enum(['government-allocation', 'rating-bonus', 'phase-3']) }),
  z.object({ round: z.literal('phase-2'), amount: money }),
]);

const fundType = z.enum(fundTypes, { message: 'ประเภทกองทุนต้องเป็น หมู่บ้าน ชุมชนเมือง หรือชุมชนทหาร' });

const fundFields = {
  name: text('ชื่อกองทุน', 300),
  type: fundType,
  juristicPerson: z.boolean().default(false),
  capital: z.array(capitalReceipt).max(4).default([]),
  savings: money.nullable().optional(),
};

/** `q` looks in the fund's name; `type` and `juristicPerson` keep the funds of that kind. */
export const fundsQuery = z.object({
  unit: unitCode,
  q: searchText.optional(),
  type: fundType.optional(),
  juristicPerson: yesNo('การเป็นนิติบุคคล').optional(),
});
export type FundsQuery = z.infer<typeof fundsQuery>;

export const newFundBody = z.object({ unitCode, ...fundFields });
export type NewFundInput = z.infer<typeof newFundBody>;

export const fundChangesBody = z.object({
  name: fundFields.name.optional(),
  type: fundFields.type.optional(),
  juristicPerson: z.boolean().optional(),
  capital: z.array(capitalReceipt).max(4).optional(),
  savings: money.nullable().optional(),
});
export type FundChanges = z.infer<typeof fundChangesBody>;

/** 001 L223–227: the LM debtor snapshot; B = A − not yet due − suspended − litigation. */
export const snapshotBody = z.object({
  unitCode,
  asOf: isoDate,
  outstanding: money,
  notYetDue: money.default('0'),
  suspended: money.default('0'),
  litigation: money.default('0'),
  members: count.nullable().optional(),
  womenAged15Plus: count.nullable().optional(),
});
export type SnapshotInput = z.infer<typeof snapshotBody>;

export const snapshotsQuery = z.object({ unit: unitCode, fiscalYear: fiscalYear.optional() });

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
});
export type DebtChanges = z.infer<typeof debtChangesBody>;

export const unitExportQuery = z.object({ unit: unitCode, format: exportFormat });
export const yearExportQuery = z.object({ unit: unitCode, fiscalYear, format: exportFormat });
export const fundImportQuery = z.object({ unit: unitCode });
export const debtImportQuery = z.object({ unit: unitCode, fiscalYear: fiscalYear.optional() });

const portfolioLine = z.object({ projects: count, amount: money });

/** 003 L1135–1151: a province's report on its approved projects as of a date, with the eight status lines. */
export const portfolioBody = z.object({
  unitCode,
  asOf: isoDate,
  approvedFrom: fiscalYear,
  approvedTo: fiscalYear,
  approvedProjects: count,
  approvedAmount: money,
  statuses: z.record(z.enum(portfolioStatuses), portfolioLine),
});
export type PortfolioInput = z.infer<typeof portfolioBody>;
