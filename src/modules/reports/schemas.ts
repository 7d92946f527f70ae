import { z } from 'zod';
import { reportFieldsSchema } from '../../domain/report-form/field.ts';
import { id, isoDate, plainString, yearMonth } from '../../http/schemas.ts';

const unitCode = plainString().trim().min(1).max(20);
const reason = plainString().trim().min(5, 'กรุณาระบุเหตุผลอย่างน้อย 5 ตัวอักษร').max(2000);

const dueDay = z.number().int().min(1, 'วันกำหนดส่งต้องเป็นวันที่ 1–31').max(31, 'วันกำหนดส่งต้องเป็นวันที่ 1–31');
const dueMonth = z.enum(['in-period', 'after-period'], {
  message: 'เดือนกำหนดส่งต้องเป็น in-period (เดือนที่รายงาน) หรือ after-period (เดือนถัดไป)',
});

/** When a report is due: the 10th of the month reported on (seed 002), of the next month, or one dated report. */
export const scheduleSchema = z.discriminatedUnion('frequency', [
  z.object({ frequency: z.literal('monthly'), dueDay, dueMonth }),
  z.object({ frequency: z.literal('quarterly'), dueDay, dueMonth }),
  z.object({ frequency: z.literal('once'), onceDate: isoDate }),
]);
export type ScheduleInput = z.infer<typeof scheduleSchema>;

export const reportTypeBody = z.object({
  nameTh: plainString().trim().min(1, 'กรุณากรอกชื่อแบบรายงาน').max(300),
  workGroupCode: unitCode.nullable().optional(),
  responsibleUserIds: z.array(id).max(50).default([]),
  fields: reportFieldsSchema,
  schedule: scheduleSchema,
  unitScope: z.enum(['all-districts', 'chosen']).default('all-districts'),
  /** The districts that must submit when unitScope is 'chosen'. */
  unitCodes: z.array(unitCode).max(1000).default([]),
  dayCounting: z.enum(['calendar', 'working']).default('calendar'),
  active: z.boolean().default(true),
});
export type ReportTypeInput = z.infer<typeof reportTypeBody>;

export const newReportTypeBody = reportTypeBody.extend({ provinceCode: unitCode });
export type NewReportTypeInput = z.infer<typeof newReportTypeBody>;

export const reportTypeListQuery = z.object({ province: unitCode.optional() });

export const calendarQuery = z.object({ unit: unitCode, month: yearMonth });

export const overrideBody = z.object({
  reportTypeId: id,
  month: yearMonth,
  dueDate: isoDate,
  reason,
});

export const openSubmissionBody = z.object({
  reportTypeId: id,
  unitCode,
  /** The calendar month the report is due in; the period follows from the report type's schedule. */
  month: yearMonth,
});

export const draftBody = z.object({
  /** By field id; numbers may be typed with Thai digits (๑๒๓) and thousands separators. */
  values: z
    .record(plainString().max(40), z.union([plainString().max(5000), z.number(), z.null()]))
    .default({}),
  narrative: plainString().max(20000).nullable().optional(),
});

export const reasonBody = z.object({ reason });

export const fileParams = z.object({ id, fieldId: plainString().max(40) });
export const fileQuery = z.object({ variant: z.enum(['original', 'display']).default('original') });

export const boardQuery = z.object({ province: unitCode, month: yearMonth });
