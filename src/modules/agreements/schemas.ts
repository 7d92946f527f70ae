import { z } from 'zod';
import { agreementPairs } from '../../db/schema.ts';
import { id, plainString } from '../../http/schemas.ts';

const weight = z
  .union([plainString(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{1,3}(\.\d{1,4})?$/.test(v), 'น้ำหนักต้องเป็นตัวเลข 0–999 ทศนิยมไม่เกิน 4 ตำแหน่ง');

export const agreementItemBody = z.object({
  kpiId: id,
  section: z.enum(['team', 'individual', 'optional']).optional(),
  weight,
  selected: z.boolean().optional(),
  targets: z.record(plainString(), z.unknown()).nullable().optional(),
  unitCriteria: z.unknown().optional(),
});

export const agreementBody = z.object({
  optionalRequired: z.number().int().min(0).max(20).optional(),
  items: z.array(agreementItemBody).max(60),
});
export type AgreementBody = z.infer<typeof agreementBody>;

export const newAgreementBody = agreementBody.extend({
  kpiSetId: id,
  pair: z.enum(agreementPairs, { message: 'คู่คำรับรองไม่ถูกต้อง' }),
  agentCode: plainString().trim().min(1).max(20),
});

export const agreementIdParams = z.object({ id: id });

export const signBody = z.object({ side: z.enum(['principal', 'agent']) });

export const amendBody = z.object({
  reason: plainString().trim().min(5, 'กรุณาระบุเหตุผลการแก้ไขอย่างน้อย 5 ตัวอักษร').max(2000),
});

export const agreementListQuery = z.object({ kpiSet: id });
