import { z } from 'zod';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import { round, searchText, unitCode } from '../../http/fields.ts';
import { percentViewShape } from '../../http/percent-view.ts';
import { rowVersionField, rowVersionOut } from '../../http/row-version.ts';
import { fiscalYear, id, isoDate, plainString, text } from '../../http/schemas.ts';
import { exportFormat } from '../files/table-file.ts';
import { registerBinding } from '../register-bindings/schemas.ts';

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
  rowVersion: rowVersionField,
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

/** An evaluation photo (presentPhoto): the display copy at `displayUrl`, the original at `url`. */
const projectPhoto = z.object({
  id: z.number(),
  filename: z.string(),
  mime: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  url: z.string(),
  displayUrl: z.string(),
});

/** A project with its photos and, once completed, its evaluation (presentProject). */
const project = z.object({
  id: z.number(),
  unit: z.object({ code: z.string(), nameTh: z.string() }),
  fiscalYear: z.number(),
  round: z.number(),
  name: z.string(),
  budgetLineId: z.number().nullable(),
  completionPercent: z.string(),
  completedOn: z.string().nullable(),
  evaluationSubmittedOn: z.string().nullable(),
  photoCount: z.number(),
  photos: z.array(projectPhoto),
  evaluation: z
    .object({ dueDate: z.string(), late: z.boolean(), daysLate: z.number(), missingPhotos: z.number() })
    .nullable(),
  rowVersion: rowVersionOut,
});

export const projectListResponse = z.object({
  asOf: z.string(),
  items: z.array(project),
  matched: z.number(),
  total: z.number(),
  late: z.number(),
  missingPhotos: z.number(),
  planAchievement: percentViewShape.extend({ projects: z.number(), completionSum: z.string() }),
  bindings: z.array(registerBinding),
});

export const projectResponse = z.object({ project });

export const projectImportResponse = z.object({ created: z.number(), updated: z.number() });
