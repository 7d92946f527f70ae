import { z } from 'zod';
import { fiscalYear, id, plainString } from '../../http/schemas.ts';

const unitCode = plainString().trim().min(1, 'กรุณาระบุรหัสหน่วยงาน').max(20, 'รหัสหน่วยงานยาวเกิน 20 ตัวอักษร');

/**
 * A unit's dashboard for a round: the unit defaults to the user's own province or district, the round to the latest
 * that has agreements under the unit.
 */
export const unitsDashboardQuery = z.object({
  unit: unitCode.optional(),
  kpiSet: id.optional(),
  // From the nation and region dashboards: the province's own KPI set of that fiscal year and round.
  fiscalYear: fiscalYear.optional(),
  round: z.coerce.number({ message: 'รอบการประเมินต้องเป็น 1 หรือ 2' }).int().min(1).max(2).optional(),
});
export type UnitsDashboardQuery = z.infer<typeof unitsDashboardQuery>;

export const unitsExportQuery = z.object({
  unit: unitCode,
  kpiSet: id,
  table: z.enum(['ranking', 'levels', 'timeliness'], {
    message: 'ตารางที่ส่งออกต้องเป็นคะแนนและอันดับ ระดับรายตัวชี้วัด หรือความตรงเวลาการส่งรายงาน',
  }),
  format: z.enum(['xlsx', 'csv'], { message: 'รูปแบบไฟล์ต้องเป็น xlsx หรือ csv' }).default('xlsx'),
});
export type UnitsExportQuery = z.infer<typeof unitsExportQuery>;
