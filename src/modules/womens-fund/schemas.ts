import { z } from 'zod';
import { portfolioStatuses } from '../../domain/registers/womens-fund-portfolio.ts';
import { count, money, unitCode } from '../../http/fields.ts';
import { percentViewShape } from '../../http/percent-view.ts';
import { rowVersionOut, savedRowVersionField } from '../../http/row-version.ts';
import { fiscalYear, isoDate } from '../../http/schemas.ts';
import { exportFormat } from '../files/table-file.ts';
import { registerBinding } from '../register-bindings/schemas.ts';

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
  rowVersion: savedRowVersionField,
});
export type SnapshotInput = z.infer<typeof snapshotBody>;

export const snapshotsQuery = z.object({ unit: unitCode, fiscalYear: fiscalYear.optional() });
export type SnapshotsQuery = z.infer<typeof snapshotsQuery>;

export const unitExportQuery = z.object({ unit: unitCode, format: exportFormat });

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
  rowVersion: savedRowVersionField,
});
export type PortfolioInput = z.infer<typeof portfolioBody>;

const unitRef = z.object({ code: z.string(), nameTh: z.string() });

/** A debtor snapshot with B and C = B ÷ A × 100, and members ÷ women 15+ × 100 when both are known. */
const snapshot = z.object({
  id: z.number(),
  rowVersion: rowVersionOut,
  unit: unitRef,
  asOf: z.string(),
  outstanding: z.string(),
  notYetDue: z.string(),
  suspended: z.string(),
  litigation: z.string(),
  overdue: z.string(),
  overduePercent: percentViewShape,
  members: z.number().nullable(),
  womenAged15Plus: z.number().nullable(),
  membershipPercent: percentViewShape.nullable(),
});

export const snapshotListResponse = z.object({
  items: z.array(snapshot),
  bindings: z.array(registerBinding),
});
export const snapshotResponse = z.object({ snapshot });

/** How many rows of an import were new and how many replaced a stored unit and date. */
export const replaceImportResponse = z.object({ created: z.number(), replaced: z.number() });

const projectsAmount = z.object({ projects: z.number(), amount: z.string() });

/** A province's portfolio report as checked by the domain: the eight lines, the debtors, the default share, notes. */
const portfolio = z.object({
  id: z.number(),
  rowVersion: rowVersionOut,
  unit: unitRef,
  asOf: z.string(),
  approvedFrom: z.number(),
  approvedTo: z.number(),
  approved: projectsAmount,
  lines: z.array(
    projectsAmount.extend({
      status: z.enum(portfolioStatuses),
      labelTh: z.string(),
      group: z.enum(['debtor', 'relief', 'repaid']),
    }),
  ),
  outstanding: projectsAmount,
  defaultShare: z.object({ projects: percentViewShape, amount: percentViewShape }),
  relief: projectsAmount,
  notes: z.array(
    z.object({
      code: z.enum(['repaid-overlaps-debtors', 'relief-exceeds-defaults', 'amounts-do-not-reconcile']),
      message: z.string(),
    }),
  ),
});

export const portfolioListResponse = z.object({ items: z.array(portfolio) });
export const portfolioResponse = z.object({ portfolio });
