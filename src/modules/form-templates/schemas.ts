import { z } from 'zod';
import { formDefinitionShape } from '../../domain/forms/definition.ts';
import { rowVersionField, rowVersionOut } from '../../http/row-version.ts';
import { optionalText, plainString } from '../../http/schemas.ts';

/** The inputs and answers of /api/form-templates (issue R2-5 item 2); messages are Thai and name the field. */

export const templateStatuses = ['draft', 'published', 'retired'] as const;

const CODE = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * A definition is checked by the service, not here, so that a bad one answers 422 with every problem and its path
 * ("sections.1.fields.3.expression: …") rather than the first only.
 */
const definition = z
  .unknown()
  .describe(
    'แบบฟอร์ม (FormDefinition ใน src/domain/forms/definition.ts) ตรวจโดยเซิร์ฟเวอร์: 422 พร้อมทุกปัญหาและตำแหน่ง',
  );

export const listQuery = z.object({
  q: optionalText('คำค้น', 200),
  status: z
    .enum(templateStatuses, { message: 'สถานะต้องเป็น ฉบับร่าง (draft) เผยแพร่ (published) หรือเลิกใช้ (retired)' })
    .optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const createBody = z.object({
  code: plainString()
    .trim()
    .regex(CODE, 'รหัสแบบฟอร์มต้องขึ้นต้นด้วย a–z และมีได้เฉพาะ a–z, 0–9 และ - ยาว 2–40 ตัวอักษร เช่น "fund-follow-up"'),
  definition,
  /** The province that owns it; omitted: department-wide for the department, the user's own province otherwise. */
  unit: plainString().trim().min(1, 'กรุณาระบุหน่วยงาน').max(20, 'รหัสหน่วยงานยาวเกิน 20 ตัวอักษร').optional(),
});
export type CreateInput = z.infer<typeof createBody>;

export const updateBody = z.object({ definition, rowVersion: rowVersionField });

export const previewBody = z.object({ definition, values: z.unknown() });

const problem = z.object({ path: z.string(), messageTh: z.string() });

export const templateSummary = z.object({
  id: z.number(),
  code: z.string(),
  version: z.number(),
  status: z.enum(templateStatuses),
  titleTh: z.string(),
  /** null: department-wide. */
  unit: z.object({ code: z.string(), nameTh: z.string() }).nullable(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});

export const templateResponse = templateSummary.extend({
  definition: formDefinitionShape,
  versions: z.array(z.object({ id: z.number(), version: z.number(), status: z.enum(templateStatuses) })),
  rowVersion: rowVersionOut,
  /** The user may change it: a draft the user writes. */
  canEdit: z.boolean(),
  /** The user may start its next version: no draft of the code yet and the user writes it. */
  canVersion: z.boolean(),
});

export const listResponse = z.object({
  templates: z.array(templateSummary),
  /** The user may create templates (department or province admin). */
  canCreate: z.boolean(),
});

export const previewResponse = z.object({
  values: z.record(z.string(), z.unknown()),
  problems: z.array(problem),
});
