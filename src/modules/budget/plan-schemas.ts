import { z } from 'zod';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import { unitCode } from '../../http/fields.ts';
import { rowVersionOut, savedRowVersionField } from '../../http/row-version.ts';
import { fiscalYear, plainString } from '../../http/schemas.ts';
import { unitRef } from './schemas.ts';

/** A quarter's cumulative %, typed with Thai or Arabic digits; the range and order are checked by the domain. */
const quarterPercent = (quarter: number) =>
  z
    .union([plainString(), z.number()], { message: `ไตรมาส ${quarter}: กรุณาระบุร้อยละสะสม` })
    .transform((v) => fromThaiDigits(String(v).trim()))
    .refine((v) => /^\d{1,3}(\.\d+)?$/.test(v), `ไตรมาส ${quarter}: ต้องเป็นตัวเลขร้อยละ 0 ถึง 100`);

export const plansQuery = z.object({ unit: unitCode, fiscalYear });

export const planParams = z.object({ fiscalYear });

/** The department's plan for every province (its own unit code) or a province's own; Q4 is 100 unless stated. */
export const planBody = z.object({
  unitCode,
  q1: quarterPercent(1),
  q2: quarterPercent(2),
  q3: quarterPercent(3),
  q4: quarterPercent(4).default('100'),
  rowVersion: savedRowVersionField,
});
export type PlanInput = z.infer<typeof planBody>;

/** A quarterly plan (presentPlan): cumulative % at each quarter end, 2 decimals. */
export const plan = z.object({
  fiscalYear: z.number(),
  unitCode: z.string(),
  byDepartment: z.boolean(),
  quarters: z.array(z.string()),
  demo: z.boolean(),
  updatedAt: z.date(),
  rowVersion: rowVersionOut,
});

export const plansResponse = z.object({
  fiscalYear: z.number(),
  department: unitRef.nullable(),
  province: unitRef.nullable(),
  national: plan.nullable(),
  own: plan.nullable(),
  effective: plan.nullable(),
  canEditNational: z.boolean(),
  canEditOwn: z.boolean(),
});
