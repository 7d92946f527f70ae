import { z } from 'zod';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import { round, searchText, unitCode } from '../../http/fields.ts';
import { fiscalYear, id, isoDate, plainString, text } from '../../http/schemas.ts';
import { exportFormat } from '../files/table-file.ts';

const percent = z
  .union([plainString(), z.number()])
  .transform((v) => fromThaiDigits(String(v).trim()))
  .refine(
    (v) => /^\d{1,3}(\.\d{1,2})?$/.test(v) && Number(v) <= 100,
    'ร้อยละความสำเร็จต้องอยู่ระหว่าง 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง',
  );

const budgetLineId = z
  .number({ message: 'รหัสรายการงบประมาณต้องเป็นจำนวนเต็มบวก' })
  .int('รหัสรายการงบประมาณต้องเป็นจำนวนเต็มบวก')
  .positive('รหัสรายการงบประมาณต้องเป็นจำนวนเต็มบวก')
  .nullable()
  .optional();

/** The project list's status filter: evaluation late, photos short of 3, or completion below 100 %. */
export const projectStatuses = ['late', 'missing-photos', 'incomplete'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const projectsQuery = z.object({
  unit: unitCode,
  fiscalYear,
  round: round.optional(),
  asOf: isoDate.optional(),
  q: searchText.optional(),
  status: z
    .enum(projectStatuses, { message: 'สถานะโครงการต้องเป็น late, missing-photos หรือ incomplete' })
    .optional(),
});
export type ProjectsQuery = z.infer<typeof projectsQuery>;

export const newProjectBody = z.object({
  unitCode,
  fiscalYear,
  round,
  name: text('ชื่อโครงการ/กิจกรรม', 300),
  budgetLineId,
  completionPercent: percent.default('0'),
  completedOn: isoDate.nullable().optional(),
  evaluationSubmittedOn: isoDate.nullable().optional(),
});
export type NewProjectInput = z.infer<typeof newProjectBody>;

export const projectChangesBody = z.object({
  name: text('ชื่อโครงการ/กิจกรรม', 300).optional(),
  budgetLineId,
  completionPercent: percent.optional(),
  completedOn: isoDate.nullable().optional(),
  evaluationSubmittedOn: isoDate.nullable().optional(),
});
export type ProjectChanges = z.infer<typeof projectChangesBody>;

export const photoParams = z.object({
  id: id,
  photoId: id,
});

/** The display copy (JPEG, at most 1600 px) unless the original is asked for. */
export const photoQuery = z.object({ variant: z.enum(['display', 'original']).default('display') });

export const importQuery = z.object({ unit: unitCode, fiscalYear });

export const exportQuery = z.object({ unit: unitCode, fiscalYear, format: exportFormat });
