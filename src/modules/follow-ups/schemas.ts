import { z } from 'zod';
import { searchText, unitCode } from '../../http/fields.ts';
import { id, isoDate, plainString } from '../../http/schemas.ts';

/** The inputs and answers of the filled follow-up forms (issue R2-5 item 2); messages are Thai and name the field. */

export const followUpStatuses = ['draft', 'finished'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const clientIdParams = z.object({
  clientId: plainString()
    .trim()
    .refine((v) => UUID.test(v), 'รหัสแบบฟอร์มของเครื่อง (clientId) ต้องเป็น UUID เช่น 3f2c…-…')
    .transform((v) => v.toLowerCase()),
});

export const photoParams = z.object({ id, fileId: id });
export const photoQuery = z.object({
  variant: z
    .enum(['display', 'original'], { message: 'ชนิดภาพต้องเป็น display หรือ original' })
    .default('display'),
});

export const photoUploadQuery = z.object({
  field: plainString()
    .trim()
    .min(1, 'กรุณาระบุช่องรูปถ่าย (field)')
    .max(40, 'รหัสช่องรูปถ่าย (field) ยาวเกิน 40 ตัวอักษร'),
});

export const listQuery = z.object({
  unit: unitCode.optional(),
  q: searchText.optional(),
  status: z.enum(followUpStatuses, { message: 'สถานะต้องเป็น ร่าง (draft) หรือ จบแล้ว (finished)' }).optional(),
  template: plainString().trim().min(1).max(60, 'รหัสแบบฟอร์มยาวเกิน 60 ตัวอักษร').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const prefillQuery = z.object({
  template: id,
  unit: unitCode,
  date: isoDate.optional(),
});
export type PrefillQuery = z.infer<typeof prefillQuery>;

/** The answers as sent: any JSON object; the template's definition checks each field (domain checkValues). */
const valuesInput = z.record(z.string(), z.unknown(), { message: 'คำตอบของแบบฟอร์ม (values) ต้องเป็นออบเจ็กต์' });

export const draftBody = z.object({
  templateId: id,
  unit: unitCode,
  followUpDate: isoDate.nullable(),
  values: valuesInput,
  baseRevision: z
    .number({ message: 'ฉบับที่แก้ไขต่อจาก (baseRevision) ต้องเป็นจำนวนเต็มบวกหรือ null' })
    .int('ฉบับที่แก้ไขต่อจาก (baseRevision) ต้องเป็นจำนวนเต็มบวกหรือ null')
    .min(1, 'ฉบับที่แก้ไขต่อจาก (baseRevision) ต้องเป็นจำนวนเต็มบวกหรือ null')
    .nullable(),
});
export type DraftInput = z.infer<typeof draftBody>;

/* Answers. */

const problem = z.object({ path: z.string(), messageTh: z.string() });

const templateRef = z.object({ id: z.number(), code: z.string(), version: z.number(), titleTh: z.string() });

export const followUpSummary = z.object({
  id: z.number(),
  clientId: z.string(),
  template: templateRef,
  unit: z.object({ code: z.string(), nameTh: z.string(), kind: z.string() }),
  status: z.enum(followUpStatuses),
  version: z.number(),
  followUpDate: z.string().nullable(),
  informant: z.string().nullable(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const followUpListResponse = z.object({
  followUps: z.array(followUpSummary),
  canCreate: z.boolean(),
});

export const followUpResponse = followUpSummary.extend({
  revision: z.number(),
  template: templateRef.extend({
    definition: z.record(z.string(), z.unknown()).describe('FormDefinition ของแบบฟอร์มฉบับนี้'),
  }),
  values: z.record(z.string(), z.unknown()).describe('FormValues'),
  problems: z.array(problem).describe('สิ่งที่ยังขาดก่อนจบแบบฟอร์ม (ตรวจแบบจบ)'),
  amendsId: z.number().nullable(),
  photos: z.array(
    z.object({
      id: z.number(),
      fieldKey: z.string(),
      filename: z.string(),
      url: z.string(),
      uploadedAt: z.string(),
    }),
  ),
  versions: z.array(z.object({ id: z.number(), version: z.number(), status: z.enum(followUpStatuses) })),
  canEdit: z.boolean(),
  canAmend: z.boolean(),
});

export const prefillResponse = z.object({
  values: z.record(z.string(), z.unknown()),
  sources: z.array(z.object({ key: z.string(), labelTh: z.string(), asOfTh: z.string() })),
});

export const problemsResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    /** The form's problems, each with its field's path; absent when the refusal is about the request (a template). */
    problems: z.array(problem).optional(),
  }),
});

export const photoResponse = z.object({ fileId: z.number() });
