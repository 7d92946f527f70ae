import { z } from 'zod';

/**
 * Data-quality rules declared as data, like DHIS2's validation rules: a left side, an operator, a right side,
 * an importance and a Thai message with placeholders. The seeds are full of figures that contradict each other
 * (seed 003's savings-group and volunteer-centre tables, its จปฐ. table; seed 004's summary and region tables);
 * every rule here names a kind of check those errors break.
 */

/** One figure of a report: a number ("1,670" stored as "1670"), "-" for none/0, an ISO date or a typed colour. */
export const figureSchema = z.object({
  value: z.string().nullable(),
  /** What the figure is, in the report's words: "ผลการจัดตั้ง (จำนวนกลุ่ม)" */
  label: z.string().min(1),
  /** The row it sits on: "อำเภอเมืองฉะเชิงเทรา", "ไตรมาส 2" */
  row: z.string().optional(),
  /** The seed line the figure was copied from. */
  line: z.number().int().positive(),
});
export type Figure = z.infer<typeof figureSchema>;
export type Figures = Readonly<Record<string, Figure>>;

export type Expression =
  | { readonly figure: string }
  | { readonly sum: readonly string[] }
  | { readonly minus: readonly [string, string] }
  | { readonly constant: string };

export const expressionSchema: z.ZodType<Expression> = z.union([
  z.object({ figure: z.string() }),
  z.object({ sum: z.array(z.string()).min(1) }),
  z.object({ minus: z.tuple([z.string(), z.string()]) }),
  z.object({ constant: z.string() }),
]);

/** The kinds of inconsistency the issue names; each rule says which one it checks. */
export const CHECKS = [
  'sum-regions',
  'sum-quarters',
  'last-quarter',
  'sum-parts',
  'printed-percent',
  'shares-100',
  'as-of-date',
  'typed-colour',
  'repeated-figure',
  'threshold-target',
] as const;
export type Check = (typeof CHECKS)[number];

export const CHECK_THAI: Readonly<Record<Check, string>> = {
  'sum-regions': 'ผลรวมรายภาคต้องเท่ากับยอดรวมประเทศ',
  'sum-quarters': 'ผลรวมรายไตรมาสต้องเท่ากับยอดทั้งปี',
  'last-quarter': 'ยอดสะสมไตรมาสสุดท้ายต้องเท่ากับยอดทั้งปี',
  'sum-parts': 'ผลรวมของส่วนย่อยต้องเท่ากับยอดรวม',
  'printed-percent': 'ร้อยละที่พิมพ์ต้องตรงกับร้อยละที่คำนวณใหม่',
  'shares-100': 'สัดส่วนรวมกันต้องได้ร้อยละ 100',
  'as-of-date': 'วันที่ของข้อมูลต้องอยู่ในช่วงที่รายงาน',
  'typed-colour': 'สีต้องได้จากการคำนวณ ไม่ใช่พิมพ์เอง',
  'repeated-figure': 'ตัวเลขเดียวกันต้องเท่ากันทุกที่ที่ปรากฏ',
  'threshold-target': 'เกณฑ์ผ่านต้องเท่ากับเป้าหมายที่อ้างถึง',
};

export const importanceSchema = z.enum(['high', 'medium', 'low']);
export type Importance = z.infer<typeof importanceSchema>;

const ruleBase = {
  id: z.string().min(1),
  check: z.enum(CHECKS),
  importance: importanceSchema,
  /** Placeholders: {left} {right} {leftLabel} {rightLabel} {row} {difference} */
  message: z.string().min(1),
};

export const validationRuleSchema = z.discriminatedUnion('kind', [
  /** left operator right, exact unless a tolerance is given (shares of 100 printed to 1 decimal: "0.1"). */
  z.object({
    ...ruleBase,
    kind: z.literal('compare'),
    left: expressionSchema,
    operator: z.enum(['eq', 'lte', 'gte']),
    right: expressionSchema,
    tolerance: z.string().optional(),
  }),
  /** A typed % against part ÷ whole × 100, compared at the precision the % was printed with. */
  z.object({
    ...ruleBase,
    kind: z.literal('printed-percent'),
    printed: z.string(),
    part: expressionSchema,
    whole: expressionSchema,
  }),
  /** A typed colour against the band of part ÷ whole × 100 (seed 004's legend). */
  z.object({
    ...ruleBase,
    kind: z.literal('typed-colour'),
    colour: z.string(),
    part: expressionSchema,
    whole: expressionSchema,
  }),
  /** An as-of date inside the reporting period (ISO dates, both ends inclusive). */
  z.object({
    ...ruleBase,
    kind: z.literal('date-within'),
    date: z.string(),
    from: z.iso.date(),
    to: z.iso.date(),
  }),
]);
export type ValidationRule = z.infer<typeof validationRuleSchema>;
