import { z } from 'zod';
import { kpiKinds } from '../../db/schema.ts';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import { kpiSchema } from '../../domain/kpi-library/kpi-set-file.ts';
import {
  rowVersionField,
  rowVersionOut,
  savedRowVersionField,
  savedRowVersionOut,
} from '../../http/row-version.ts';
import { fiscalYear, id, isoDate, plainString } from '../../http/schemas.ts';

const round = z.coerce
  .number()
  .int()
  .refine((n): n is 1 | 2 => n === 1 || n === 2, 'รอบการประเมินต้องเป็น 1 หรือ 2');

export const fiscalYearParams = z.object({ fiscalYear });
export const roundParams = z.object({ fiscalYear, number: round });
export const roundDatesBody = z.object({ start: isoDate, end: isoDate, rowVersion: savedRowVersionField });

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
  rowVersion: savedRowVersionField,
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

// ---------------------------------------------------------------- answers

const roundNumber = z.literal([1, 2]);

/** An evaluation round's dates and labels (the department may move them: `custom`). */
export const roundView = z.object({
  custom: z.boolean(),
  labelTh: z.string(),
  labelThDigits: z.string(),
  labelEn: z.string(),
  fiscalYear: z.number(),
  number: roundNumber,
  start: z.string(),
  end: z.string(),
  rowVersion: savedRowVersionOut,
});

export const roundListResponse = z.object({ items: z.array(roundView) });

export const kpiSetView = z.object({
  id: z.number(),
  fiscalYear: z.number(),
  round: z.number(),
  nameTh: z.string(),
  source: z.string().nullable(),
  copiedFromId: z.number().nullable(),
  owner: z.object({ id: z.number(), code: z.string(), nameTh: z.string() }),
  updatedAt: z.string(),
});

/** A KPI card: the 5-level criteria, formula, evidence and contacts as stored (the card file's own shapes). */
export const kpiView = z.object({
  id: z.number(),
  kpiSetId: z.number(),
  key: z.string(),
  number: z.string(),
  kind: z.enum(kpiKinds),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  unitOfMeasure: z.string().nullable(),
  weight: z.string().nullable(),
  definition: z.string().nullable(),
  formulaText: z.string().nullable(),
  formula: z.unknown(),
  formulaWords: z.string().nullable(),
  rationale: z.string().nullable(),
  dataSource: z.string().nullable(),
  levelTexts: z.array(z.string()),
  criteria: z.unknown(),
  evidence: z.unknown(),
  contacts: z.unknown(),
  workGroup: z.string().nullable(),
  measurementDay: z.number().nullable(),
  notes: z.string().nullable(),
  rowVersion: rowVersionOut,
});

export const kpiSetListResponse = z.object({ items: z.array(kpiSetView) });

export const kpiSetYearsResponse = z.object({
  items: z.array(z.object({ fiscalYear: z.number(), rounds: z.array(roundNumber) })),
  latest: z.object({ fiscalYear: z.number(), round: roundNumber }).nullable(),
});

export const kpiSetResponse = z.object({
  set: kpiSetView,
  round: roundView.optional(),
  kpis: z.array(kpiView),
  canEdit: z.boolean(),
});

export const kpiImportResponse = z.object({ created: z.number(), updated: z.number() });

export const kpiResponse = z.object({ kpi: kpiView });

/** PUT /kpi-sets/kpis/:id: the card as POST takes it, with the row version it was loaded at. */
export const kpiEditBody = kpiSchema.safeExtend({ rowVersion: rowVersionField });

/** The formula in words, its value on the sample and the level it scores, or what is wrong with it. */
export const formulaPreviewResponse = z.object({
  words: z.string().nullable(),
  value: z.string().nullable(),
  evaluation: z.object({ level: z.literal([0, 1, 2, 3, 4, 5]), score: z.string() }).nullable(),
  problems: z.array(z.string()),
});

export const resultResponse = z.object({
  kpiId: z.number(),
  unitCode: z.string(),
  value: z.string().nullable(),
  inputs: z
    .object({
      verified: z.array(z.string()).optional(),
      measures: z.record(z.string(), z.string()).optional(),
      formula: z.record(z.string(), z.string()).optional(),
    })
    .nullable(),
  asOf: z.string(),
});
