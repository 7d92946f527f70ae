import { z } from 'zod';
import { fiscalYear, plainString } from '../../http/schemas.ts';

const unitCode = plainString().trim().min(1, 'กรุณาระบุรหัสหน่วยงาน').max(20, 'รหัสหน่วยงานยาวเกิน 20 ตัวอักษร');
const format = z.enum(['xlsx', 'csv'], { message: 'รูปแบบไฟล์ต้องเป็น xlsx หรือ csv' }).default('xlsx');

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
