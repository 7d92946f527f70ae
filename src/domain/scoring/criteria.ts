import { z } from 'zod';
import {
  bandOrderProblems,
  duplicateProblems,
  type Problem,
  repeatedLevelProblems,
  thresholdOrderProblems,
} from './criteria-checks.ts';
import { canonical, Dec, parseDecimal, toDecimal } from './decimal.ts';
import { thaiErrors } from './thai-issues.ts';

/**
 * KPI scoring criteria as JSON (HTTP API and KPI data files). Numbers may arrive as JSON numbers or strings
 * (Thai digits allowed) and leave as canonical decimal strings: 89.30 → "89.3". Every message is Thai and
 * starts with the field it is about in Thai: "เกณฑ์การให้คะแนน ค่าเกณฑ์แต่ละระดับ ต้องมี 5 ค่า (ได้รับ 4 ค่า)".
 */
const ROOT = 'criteria';
const thai = thaiErrors(ROOT);
const five = thaiErrors(ROOT, { count: 5 });

function decimalSchema(root: string, expected = 'ตัวเลข เช่น 89.30 หรือ "89.30"') {
  const errors = thaiErrors(root, { expected });
  return z
    .union([z.string(), z.number()], errors)
    .superRefine((input, ctx) => {
      if (parseDecimal(input) === null) {
        // Fatal: the checks of the whole criteria (order of levels, bands) must never read a value that is no number.
        ctx.addIssue({
          code: 'custom',
          input,
          continue: false,
          params: { reason: `ต้องเป็น${expected} (ได้รับ ${JSON.stringify(input)})` },
        });
      }
    })
    .transform((input) => canonical(toDecimal(input, root)));
}

function report(ctx: z.RefinementCtx, input: unknown, problems: readonly Problem[]): void {
  for (const { path, reason } of problems)
    ctx.addIssue({ code: 'custom', input, path: [...path], params: { reason } });
}

const decimal = decimalSchema(ROOT);
const laterThreshold = decimalSchema(ROOT, 'ตัวเลข (เว้นว่างได้เฉพาะระดับ 1)');
const text = z.string(thai).trim().min(1, thai);
const direction = z.enum(['higher', 'lower'], thai);
const interpolate = z.boolean(thai).default(false);
/** Milestones and composites have no single value to place between two levels, so never interpolate. */
const noInterpolation = z
  .literal(
    false,
    thaiErrors(ROOT, { problem: 'ใช้กับเกณฑ์แบบนี้ไม่ได้ เพราะให้คะแนนเท่ากับระดับ ไม่เทียบสัดส่วนระหว่างระดับ' }),
  )
  .optional();

/**
 * Level L needs value ≥ t_L (inclusive) or > t_L (strict) when higher is better, ≤ / < when lower is better.
 * t1 null = any value reaches level 1, as where level 1 is "everything worse than level 2":
 * 001 L246–247: "๑ หนี้เกินกำหนดชำระ มากกว่าร้อยละ ๒๐" / "๒ หนี้เกินกำหนดชำระ ต่ำกว่าร้อยละ ๒๐"
 */
const thresholds = z.tuple(
  [decimal.nullable(), laterThreshold, laterThreshold, laterThreshold, laterThreshold],
  five,
);

export const thresholdCriteriaSchema = z
  .strictObject(
    {
      type: z.literal('threshold', thai),
      direction,
      inclusive: z.boolean(thai),
      thresholds,
      interpolate,
    },
    thai,
  )
  .superRefine((criteria, ctx) =>
    report(
      ctx,
      criteria,
      thresholdOrderProblems(criteria.thresholds, criteria.direction, true, ['thresholds']),
    ),
  );

/** One level's range; a null end is unbounded. 001 L371: "ระหว่างร้อยละ ๖๐ – ๖๙" = { min: 60, max: 69 }. */
const band = z.strictObject(
  {
    min: decimal.nullable(),
    max: decimal.nullable(),
    minInclusive: z.boolean(thai).default(true),
    maxInclusive: z.boolean(thai).default(true),
  },
  thai,
);

export const bandsCriteriaSchema = z
  .strictObject(
    {
      type: z.literal('bands', thai),
      direction,
      bands: z.tuple([band, band, band, band, band], five),
      interpolate,
    },
    thai,
  )
  .superRefine((criteria, ctx) => {
    const bands = criteria.bands.map((b) => ({
      ...b,
      min: b.min === null ? null : new Dec(b.min),
      max: b.max === null ? null : new Dec(b.max),
    }));
    report(ctx, criteria, bandOrderProblems(bands, criteria.direction));
  });

/**
 * Bands whose ends are named target tiers; each unit's agreement supplies the amounts.
 * 000 L251: "ยอดจำหน่ายผลิตภัณฑ์ชุมชน OTOP เท่ากับค่าเป้าหมายขั้นต่ำ … เท่ากับค่าเป้าหมายขั้นมาตรฐาน"
 */
const tierBand = z.strictObject(
  {
    min: text.nullable(),
    max: text.nullable(),
    minInclusive: z.boolean(thai).default(true),
    maxInclusive: z.boolean(thai).default(true),
  },
  thai,
);

export const tiersCriteriaSchema = z
  .strictObject(
    {
      type: z.literal('tiers', thai),
      direction,
      /** Tier names from the smallest amount to the largest, e.g. minimum, standard, high. */
      tiers: z.array(z.strictObject({ id: text, label: text }, thai), thai).min(1, thai),
      bands: z.tuple([tierBand, tierBand, tierBand, tierBand, tierBand], five),
      interpolate,
    },
    thai,
  )
  .superRefine((criteria, ctx) => {
    const ids = criteria.tiers.map((tier) => tier.id);
    const unknown: Problem[] = criteria.bands.flatMap((b, index) =>
      (['min', 'max'] as const)
        .filter((end) => b[end] !== null && !ids.includes(b[end] ?? ''))
        .map((end) => ({
          path: ['bands', index, end],
          reason: `ต้องเป็นรหัสของขั้นค่าเป้าหมาย: ${ids.join(', ')}`,
        })),
    );
    report(ctx, criteria, [...duplicateProblems(ids, ['tiers']), ...unknown]);
    if (unknown.length > 0) return;
    // Amounts rise in the order the tiers are listed, so their ranks order the bands as any amounts would.
    const rank = (id: string | null) => (id === null ? null : new Dec(ids.indexOf(id)));
    const ranked = criteria.bands.map((b) => ({ ...b, min: rank(b.min), max: rank(b.max) }));
    report(ctx, criteria, bandOrderProblems(ranked, criteria.direction));
  });

/** 001 L643: "๑ อำเภอมีฐานข้อมูลหรือทะเบียนหมู่บ้าน กข.คจ. และมีรายชื่อคณะกรรมการ กข.คจ. รายหมู่บ้าน ครบทุกหมู่บ้าน" */
const steps = z.array(z.strictObject({ id: text, label: text }, thai), thai).min(1, thai);

export const milestonesCriteriaSchema = z
  .strictObject(
    {
      type: z.literal('milestones', thai),
      levels: z.tuple([steps, steps, steps, steps, steps], five),
      interpolate: noInterpolation,
    },
    thai,
  )
  .superRefine((criteria, ctx) =>
    report(
      ctx,
      criteria,
      duplicateProblems(
        criteria.levels.flat().map((step) => step.id),
        ['levels'],
      ),
    ),
  );

/**
 * One measure of a composite, with its own five thresholds. 001 L289: "รายได้จากการจำหน่ายเพิ่มขึ้นไม่น้อยกว่าร้อยละ ๗ ทั้งปี
 * และ … แต่ละผลิตภัณฑ์ไม่น้อยกว่า ๑ ช่องทาง มีการเผยแพร่ไม่น้อยกว่า ๑ ครั้ง/เดือน"
 */
const measure = z.strictObject(
  { id: text, label: text, direction, inclusive: z.boolean(thai), thresholds },
  thai,
);

export const compositeCriteriaSchema = z
  .strictObject(
    {
      type: z.literal('composite', thai),
      measures: z.array(measure, thai).min(1, thai),
      interpolate: noInterpolation,
    },
    thai,
  )
  .superRefine((criteria, ctx) =>
    report(ctx, criteria, [
      ...duplicateProblems(
        criteria.measures.map((m) => m.id),
        ['measures'],
      ),
      ...criteria.measures.flatMap((m, index) =>
        thresholdOrderProblems(m.thresholds, m.direction, false, ['measures', index, 'thresholds']),
      ),
      ...repeatedLevelProblems(criteria.measures),
    ]),
  );

export const concreteCriteriaSchema = z.discriminatedUnion(
  'type',
  [
    thresholdCriteriaSchema,
    bandsCriteriaSchema,
    tiersCriteriaSchema,
    milestonesCriteriaSchema,
    compositeCriteriaSchema,
  ],
  thai,
);

/**
 * The KPI leaves the five levels to each unit's own project; the unit's agreement fills in `unitCriteria`.
 * 001 L509: "ระดับค่าคะแนนให้เป็นไปตามโครงการที่เสนอผ่านอำเภอ/จังหวัด"
 */
export const projectDefinedCriteriaSchema = z.strictObject(
  { type: z.literal('project-defined', thai), unitCriteria: concreteCriteriaSchema.optional() },
  thai,
);

export const criteriaSchema = z.discriminatedUnion(
  'type',
  [
    thresholdCriteriaSchema,
    bandsCriteriaSchema,
    tiersCriteriaSchema,
    milestonesCriteriaSchema,
    compositeCriteriaSchema,
    projectDefinedCriteriaSchema,
  ],
  thai,
);

/** The measured input for `evaluate`, its fields named in Thai: "ผลการดำเนินงาน ต้องเป็นตัวเลข …". */
const inputDecimal = decimalSchema('');
const inputErrors = thaiErrors('');
export const evaluationInputSchema = z.object(
  {
    value: inputDecimal.optional(),
    targets: z.record(z.string(inputErrors), inputDecimal, inputErrors).optional(),
    verified: z.array(z.string(inputErrors), inputErrors).optional(),
    measures: z.record(z.string(inputErrors), inputDecimal, inputErrors).optional(),
  },
  inputErrors,
);

export type ThresholdCriteria = z.output<typeof thresholdCriteriaSchema>;
export type BandsCriteria = z.output<typeof bandsCriteriaSchema>;
export type TiersCriteria = z.output<typeof tiersCriteriaSchema>;
export type MilestonesCriteria = z.output<typeof milestonesCriteriaSchema>;
export type CompositeCriteria = z.output<typeof compositeCriteriaSchema>;
export type ConcreteCriteria = z.output<typeof concreteCriteriaSchema>;
export type Criteria = z.output<typeof criteriaSchema>;
/** Criteria as written in JSON, before numbers are normalised. */
export type CriteriaInput = z.input<typeof criteriaSchema>;
