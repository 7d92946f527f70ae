import { z } from 'zod';
import { agreementPairs, kpiKinds } from '../../db/schema.ts';
import { rowVersionField, rowVersionOut } from '../../http/row-version.ts';
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
  rowVersion: rowVersionField,
});
export type AgreementBody = z.infer<typeof agreementBody>;

export const newAgreementBody = agreementBody.omit({ rowVersion: true }).extend({
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

// ---------------------------------------------------------------- answers

const level = z.literal([0, 1, 2, 3, 4, 5]);
const passingLevel = z.literal([1, 2, 3, 4, 5]);
const comparison = z.enum(['gte', 'gt', 'lte', 'lt']);

/** What the next level needs: a value to reach, steps still to verify, or measures' conditions. */
export const nextLevelView = z.union([
  z.object({
    kind: z.literal('value'),
    level: passingLevel,
    value: z.string(),
    comparison,
    description: z.string(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('steps'),
    level: passingLevel,
    steps: z.array(z.object({ id: z.string(), label: z.string() })).readonly(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('conditions'),
    level: passingLevel,
    conditions: z
      .array(
        z.object({
          measure: z.string(),
          label: z.string(),
          current: z.string(),
          value: z.string(),
          comparison,
          description: z.string(),
          met: z.boolean(),
        }),
      )
      .readonly(),
    text: z.string(),
  }),
]);

/** A KPI's level and score under its criteria, what the next level needs, and why it may be doubtful. */
export const evaluationView = z.object({
  level,
  score: z.string(),
  label: z.string(),
  next: nextLevelView.nullable(),
  warnings: z
    .array(
      z.union([
        z.object({
          code: z.literal('gap'),
          message: z.string(),
          between: z.tuple([z.number(), z.number()]).readonly(),
        }),
        z.object({ code: z.literal('out-of-range'), message: z.string() }),
        z.object({
          code: z.literal('not-counted'),
          message: z.string(),
          steps: z.array(z.string()).readonly(),
        }),
      ]),
    )
    .readonly(),
});

const side = z.object({ id: z.number(), code: z.string(), nameTh: z.string() });
const signature = z.object({ at: z.string(), name: z.string().nullable(), position: z.string().nullable() });
const agreementStatus = z.enum(['draft', 'signed', 'superseded']);

export const agreementView = z.object({
  id: z.number(),
  kpiSetId: z.number(),
  pair: z.enum(agreementPairs),
  pairLabel: z.string(),
  version: z.number(),
  status: agreementStatus,
  optionalRequired: z.number(),
  amendmentReason: z.string().nullable(),
  principal: side,
  agent: side,
  principalSigned: signature.nullable(),
  agentSigned: signature.nullable(),
  rowVersion: rowVersionOut,
});

const weightCheck = z.object({
  group: z.enum(['team', 'individual']),
  sum: z.string(),
  is100: z.boolean(),
  message: z.string().nullable(),
});

const weightChecks = z.array(weightCheck).readonly();

const coverage = { reported: z.number(), expected: z.number(), unscorable: z.number() };

export const agreementListResponse = z.object({
  items: z.array(
    agreementView.extend({ score: z.string().nullable(), weightChecks: weightChecks, ...coverage }),
  ),
});

export const agreementRoundsResponse = z.object({
  items: z.array(
    z.object({
      kpiSetId: z.number(),
      fiscalYear: z.number(),
      round: z.number(),
      nameTh: z.string(),
      agreements: z.number(),
    }),
  ),
});

const countNeeded = z.object({ target: z.number(), stillNeeded: z.number() });

/** One agreement with its KPIs' results, levels and scores, the total, and what the reader may do with it. */
export const agreementResponse = z.object({
  agreement: agreementView,
  items: z.array(
    z.object({
      id: z.number(),
      kpiId: z.number(),
      key: z.string(),
      number: z.string(),
      nameTh: z.string(),
      unitOfMeasure: z.string().nullable(),
      section: z.enum(kpiKinds),
      weight: z.string(),
      selected: z.boolean(),
      targets: z.unknown(),
      unitCriteria: z.unknown(),
      levelTexts: z.unknown(),
      criteria: z.unknown(),
      formula: z.unknown(),
      formulaWords: z.string().nullable(),
      workGroup: z.string().nullable(),
      result: z
        .object({
          value: z.string().nullable(),
          inputs: z.unknown(),
          source: z.string(),
          asOf: z.string(),
          note: z.string().nullable(),
          rowVersion: rowVersionOut,
        })
        .nullable(),
      evaluation: evaluationView.nullable(),
      resultError: z.string().nullable(),
      needed: z
        .object({
          level: passingLevel,
          denominator: z.number(),
          achieved: z.number(),
          rule: countNeeded.nullable(),
          table: countNeeded.nullable(),
          text: z.string(),
        })
        .nullable(),
      contribution: z.string().nullable(),
    }),
  ),
  total: z
    .object({
      score: z.string(),
      sections: z
        .array(z.object({ id: z.string(), weightSum: z.string(), score: z.string().nullable() }))
        .readonly(),
    })
    .nullable(),
  weightChecks,
  ...coverage,
  warnings: z.array(z.string()).readonly(),
  canEdit: z.boolean(),
  canSign: z.array(z.enum(['principal', 'agent'])),
});

/** The level scale and its status, for the home page's agreement card. */
export { agreementStatus, level as scoreLevel };
