import { z } from 'zod';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import { fiscalYear, id, isoDate, plainString } from '../../http/schemas.ts';

const round = z.coerce
  .number()
  .int()
  .refine((n): n is 1 | 2 => n === 1 || n === 2, 'รอบการประเมินต้องเป็น 1 หรือ 2');

export const fiscalYearParams = z.object({ fiscalYear });
export const roundParams = z.object({ fiscalYear, number: round });
export const roundDatesBody = z.object({ start: isoDate, end: isoDate });

export const kpiSetQuery = z.object({ fiscalYear: fiscalYear.optional() });
export const kpiSetIdParams = z.object({ id: id });

export const newKpiSetBody = z.object({
  ownerCode: plainString().trim().min(1).max(20),
  fiscalYear,
  round,
  nameTh: plainString().trim().min(1, 'กรุณากรอกชื่อชุดตัวชี้วัด').max(300),
  copyFromId: id.optional(),
});

/** A decimal as typed: Arabic or Thai digits, at most 4 decimals. */
const decimalText = z
  .union([plainString(), z.number()])
  .transform((v) => fromThaiDigits(String(v).trim()).replaceAll(',', ''))
  .refine((v) => /^-?\d{1,15}(\.\d{1,6})?$/.test(v), 'ต้องเป็นตัวเลข เช่น 89.30 (ใช้เลขไทยได้)');

export const resultBody = z.object({
  kpiId: id,
  unitCode: plainString().trim().min(1).max(20),
  value: decimalText.nullable().optional(),
  verified: z.array(plainString().max(100)).max(100).optional(),
  measures: z.record(plainString().max(100), decimalText).optional(),
  /** The inputs of the KPI's computable formula, e.g. {overdue: "489204.87", outstanding: "33109323.18"}. */
  formula: z.record(plainString().max(100), decimalText).optional(),
  asOf: isoDate,
  note: plainString().max(2000).nullable().optional(),
});

/** The formula editor's live preview: inputs as typed (possibly incomplete), sample values, the card's criteria. */
export const formulaPreviewBody = z.object({
  expression: plainString().max(1000, 'สูตรยาวเกิน 1000 ตัวอักษร'),
  inputs: z
    .array(
      z.object({
        id: plainString().trim().max(100, 'รหัสข้อมูลยาวเกิน 100 ตัวอักษร'),
        labelTh: plainString().max(2000, 'ชื่อข้อมูลยาวเกิน 2000 ตัวอักษร'),
        shortTh: plainString().trim().max(200, 'ชื่อย่อยาวเกิน 200 ตัวอักษร').optional(),
      }),
    )
    .max(50, 'สูตรมีข้อมูลได้ไม่เกิน 50 รายการ'),
  values: z.record(plainString().max(100), plainString().max(60, 'ค่าตัวอย่างยาวเกิน 60 ตัวอักษร')),
  criteria: z.unknown().optional(),
});

export type FormulaPreviewBody = z.output<typeof formulaPreviewBody>;
