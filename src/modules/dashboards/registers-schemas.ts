import { z } from 'zod';
import { fiscalYear } from '../../http/schemas.ts';
import { plan } from '../budget/plan-schemas.ts';
import { format, unitCode } from './schemas.ts';

/** The budget curve of a province (or the nation, or a district's own lines) for a fiscal year; both default. */
export const budgetDashboardQuery = z.object({
  unit: unitCode.optional(),
  fiscalYear: fiscalYear.optional(),
});
export type BudgetDashboardQuery = z.infer<typeof budgetDashboardQuery>;

export const budgetExportQuery = z.object({
  unit: unitCode,
  fiscalYear,
  table: z.enum(['months', 'areas'], {
    message: 'ตารางที่ส่งออกต้องเป็นผลการใช้จ่ายรายเดือน หรือรายจังหวัด',
  }),
  format,
});
export type BudgetExportQuery = z.infer<typeof budgetExportQuery>;

/** Household progress of a district, province or the nation over a survey (fiscal) year's months. */
export const householdsDashboardQuery = z.object({
  unit: unitCode.optional(),
  surveyYear: fiscalYear.optional(),
});
export type HouseholdsDashboardQuery = z.infer<typeof householdsDashboardQuery>;

export const householdsExportQuery = z.object({
  unit: unitCode,
  surveyYear: fiscalYear,
  table: z.enum(['months', 'areas'], { message: 'ตารางที่ส่งออกต้องเป็นความก้าวหน้ารายเดือน หรือรายพื้นที่' }),
  format,
});
export type HouseholdsExportQuery = z.infer<typeof householdsExportQuery>;

const dashboardUnit = z.object({ code: z.string(), nameTh: z.string(), kind: z.string() });

const money = z.string().nullable();

/** The budget curve: spending by month against the plan's quarters, and by area for the nation or a province. */
export const budgetDashboardResponse = z.object({
  unit: dashboardUnit,
  years: z.array(z.number()),
  fiscalYear: z.number(),
  asOf: z.string(),
  asOfTh: z.string(),
  plan: plan.nullable(),
  returnCutoff: z.string().nullable(),
  months: z.array(
    z.object({
      month: z.string(),
      monthLabelTh: z.string(),
      asOf: z.string(),
      allocated: money,
      base: money,
      disbursed: money,
      committed: money,
      spent: money,
      percent: money,
      plan: money,
      quarterEnd: z.boolean(),
      gap: money,
      reason: z.string().nullable(),
    }),
  ),
  areas: z.array(
    z.object({
      code: z.string(),
      nameTh: z.string(),
      base: money,
      spent: money,
      percent: money,
      reason: z.string().nullable(),
      quarterMonthTh: z.string().nullable(),
      plan: money,
      gap: money,
      ownPlan: z.boolean(),
    }),
  ),
});

const householdCounts = { households: z.number(), planned: z.number(), active: z.number() };

/** Households by status, with a plan and with an activity, by month and by area. */
export const householdsDashboardResponse = z.object({
  unit: dashboardUnit,
  years: z.array(z.number()),
  surveyYear: z.number(),
  asOf: z.string(),
  asOfTh: z.string(),
  statuses: z.array(z.object({ key: z.string(), labelTh: z.string() })),
  totals: z.object({ ...householdCounts, byStatus: z.record(z.string(), z.number()) }),
  months: z.array(
    z.object({ month: z.string(), monthLabelTh: z.string(), planned: z.number(), active: z.number() }),
  ),
  areas: z.array(
    z.object({
      ...householdCounts,
      byStatus: z.record(z.string(), z.number()),
      code: z.string(),
      nameTh: z.string(),
    }),
  ),
});
