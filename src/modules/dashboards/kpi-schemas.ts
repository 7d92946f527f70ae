import { z } from 'zod';
import { id, plainString } from '../../http/schemas.ts';

const unitCode = plainString().trim().min(1, 'กรุณาระบุรหัสหน่วยงาน').max(20, 'รหัสหน่วยงานยาวเกิน 20 ตัวอักษร');

/** One KPI of one unit in its round: the KPI page (issue R2-3 §4). */
export const kpiDashboardQuery = z.object({ unit: unitCode, kpi: id });
export type KpiDashboardQuery = z.infer<typeof kpiDashboardQuery>;

export const kpiExportQuery = kpiDashboardQuery.extend({
  format: z.enum(['xlsx', 'csv'], { message: 'รูปแบบไฟล์ต้องเป็น xlsx หรือ csv' }).default('xlsx'),
});
export type KpiExportQuery = z.infer<typeof kpiExportQuery>;
