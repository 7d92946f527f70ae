import { z } from 'zod';

const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/, 'ต้องเป็นตัวเลข เช่น "510" หรือ "92.83"');
const line = z.number().int().positive();

/** What the report printed for a quarter, kept to compare with what the rules compute. */
const printedQuarterSchema = z.object({
  adjusted: decimalText.nullable(),
  percent: decimalText.nullable(),
  /** The label is printed with no number: 004 L86 "(เป้าสะสม ครัวเรือน)". */
  adjustedLabelOnly: z.boolean().optional(),
});

const regionCode = z.enum(['N', 'NE', 'S', 'CW', 'BE']);

export const quarterlyKpiSchema = z.object({
  code: z.string().min(1),
  strategicIssueNo: z.number().int().positive(),
  displayOrder: z.number().int().positive(),
  nameTh: z.string().min(1),
  unitTh: z.string().min(1),
  line,
  accumulation: z.enum(['flow', 'stock']),
  annualTarget: decimalText,
  quarters: z
    .array(
      z.object({
        planned: decimalText.nullable(),
        result: decimalText.nullable(),
        printed: printedQuarterSchema,
      }),
    )
    .length(4),
  printed: z.object({ annualResult: decimalText.nullable(), annualPercent: decimalText.nullable() }),
  threshold: z
    .object({
      value: decimalText,
      comparison: z.enum(['gte', 'gt', 'lte', 'lt']),
      line,
      /** The result its pass/fail table prints; null in a report typed in here (the KPI's own result is used). */
      printedResult: decimalText.nullable(),
      resultLine: line,
    })
    .optional(),
  regions: z
    .object({
      line,
      rows: z.array(
        z.object({
          region: regionCode,
          nameTh: z.string().min(1),
          target: decimalText,
          /** The region's result to date ("ผลสะสม") at the report's quarter; null until its office enters it. */
          result: decimalText.nullable(),
          printedPercent: decimalText.nullable().optional(),
          /** Its results to date at the earlier quarters, Q1 first: 004 L197 prints 7.1's regions by quarter. */
          earlier: z.array(decimalText.nullable()).max(3).optional(),
          /** What the region office wrote for the quarter. */
          narrativeTh: z.string().nullable().optional(),
        }),
      ),
      printedTotal: z.object({
        target: decimalText,
        result: decimalText,
        percent: decimalText.nullable().optional(),
      }),
    })
    .optional(),
  /**
   * Further measures of the item (seed 004 §5.4 "dual targets"): a secondary measure with its own target and
   * quarters (item 6's organisations, 004 L174), parts of the whole (item 2's 2.1 and 2.2, 004 L64; 2.3's built,
   * building and ready households, 004 L81) and an achievable target the annual % is measured against (2.3's 5,029).
   */
  measures: z
    .array(
      z.object({
        role: z.enum(['secondary', 'part', 'achievable']),
        nameTh: z.string().min(1),
        unitTh: z.string().min(1),
        line,
        target: decimalText.nullable(),
        /** Entered directly when the measure has no quarters. */
        result: decimalText.nullable(),
        quarters: z
          .array(
            z.object({
              planned: decimalText.nullable(),
              result: decimalText.nullable(),
              printed: printedQuarterSchema,
            }),
          )
          .length(4)
          .optional(),
        printed: z.object({ result: decimalText.nullable(), percent: decimalText.nullable() }),
      }),
    )
    .optional(),
  narratives: z
    .array(
      z.object({
        kind: z.enum(['result', 'problem', 'solution', 'remark']),
        line,
        textTh: z.string().min(1),
      }),
    )
    .optional(),
});
export type QuarterlyKpi = z.infer<typeof quarterlyKpiSchema>;

/** A quarterly report as entered: seed 004's Q4 FY2562 is data/demo/codi-q4-2562.json. */
export const quarterlyReportFileSchema = z.object({
  source: z.string().min(1),
  /** False for a report entered in Tidtam: it has no paper version to compare with. */
  fromPaper: z.boolean().optional(),
  titleTh: z.string().min(1),
  organisationTh: z.string().min(1),
  fiscalYear: z.number().int(),
  quarter: z.number().int().min(1).max(4),
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  /** Null in a new quarter until the department sets it. */
  asOf: z.iso.date().nullable(),
  /** Display order differs from the issue's number: 004 shows SI-1, SI-3, SI-2, SI-4 (L24, L104, L173, L189). */
  strategicIssues: z.array(
    z.object({
      no: z.number().int().positive(),
      displayOrder: z.number().int().positive(),
      nameTh: z.string(),
      line,
    }),
  ),
  kpis: z.array(quarterlyKpiSchema),
  printedColours: z.array(
    z.object({
      kpi: z.string(),
      figure: z.literal('annual'),
      colour: z.enum(['red', 'yellow', 'green']),
      line,
    }),
  ),
});
export type QuarterlyReportFile = z.infer<typeof quarterlyReportFileSchema>;
