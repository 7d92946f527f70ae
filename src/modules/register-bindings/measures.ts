import type { Db } from '../../db/database.ts';
import type { RegisterMeasure } from '../../db/tables/registers.ts';

/** A unit a measure is computed for, over its own subtree. */
export type MeasureUnit = { code: string; path: string };

export type MeasureContext = { fiscalYear: number; round: number; asOf: string };

/**
 * A measure's result for one unit: the KPI formula's inputs (the card's formula computes the value from them),
 * the domain's own exact %, and a note; or the Thai reason it cannot be computed yet (no denominator, no data).
 */
export type MeasureOutcome =
  | { readonly inputs: Record<string, string>; readonly value: string; readonly note: string }
  | { readonly skipped: string };

/** A measure's outcomes for units, keyed by unit code: each register module computes its own from its tables. */
export type ComputeMeasure = (
  db: Db,
  units: MeasureUnit[],
  ctx: MeasureContext,
) => Promise<Map<string, MeasureOutcome>>;

/**
 * How every measure is computed, handed in by the composition root (src/register-measures.ts), so that the register
 * modules, which ask for recomputes after their writes, and this module, which runs them, do not import each other.
 */
export type MeasureComputations = Readonly<Record<RegisterMeasure, ComputeMeasure>>;

/** Which register writes change a measure (recomputed after them). */
export type MeasureFamily = 'households' | 'budget' | 'projects' | 'womens_fund' | 'debt_relief';

type MeasureDefinition = {
  readonly labelTh: string;
  readonly family: MeasureFamily;
  /** The ids the KPI's computable formula must use, as the seed cards in data/kpi-sets name them. */
  readonly inputs: readonly string[];
};

export const MEASURES: Readonly<Record<RegisterMeasure, MeasureDefinition>> = {
  // 001 L404–407 (card I4): "(targets − passed) × 100 ÷ targets"
  'households.remaining_below_line': {
    labelTh: 'ทะเบียนครัวเรือนยากจนเป้าหมาย: ร้อยละครัวเรือนที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. คงเหลือ',
    family: 'households',
    inputs: ['targets', 'passed'],
  },
  // 001 L142–145 (card T1): "(disbursed + purchase_orders) × 100 ÷ (allocated − returned_before_cutoff)"
  'budget.spending': {
    labelTh: 'ทะเบียนงบประมาณ: ร้อยละการใช้จ่ายงบประมาณ (เบิกจ่าย + PO)',
    family: 'budget',
    inputs: ['disbursed', 'purchase_orders', 'allocated', 'returned_before_cutoff'],
  },
  // 001 L176 (card T2): "percent_sum ÷ activity_count"
  'budget.plan_achievement': {
    labelTh: 'ทะเบียนโครงการ: ร้อยละความสำเร็จตามแผนปฏิบัติงาน',
    family: 'projects',
    inputs: ['percent_sum', 'activity_count'],
  },
  // 001 L231 (cards T3, I5): "C = B ÷ A × 100"
  'womens_fund.overdue': {
    labelTh: 'กองทุนพัฒนาบทบาทสตรี: ร้อยละหนี้เกินกำหนดชำระ',
    family: 'womens_fund',
    inputs: ['overdue', 'outstanding'],
  },
  // 001 L460 (card I5b): "members × 100 ÷ women"
  'womens_fund.membership': {
    labelTh: 'กองทุนพัฒนาบทบาทสตรี: ร้อยละสมาชิกต่อสตรีอายุ 15 ปีขึ้นไป',
    family: 'womens_fund',
    inputs: ['members', 'women'],
  },
  // 001 L361 (card I3): "reduced × 100 ÷ targets"
  'debt_relief.reduced': {
    labelTh: 'ทะเบียนครัวเรือนบริหารจัดการหนี้: ร้อยละครัวเรือนที่ลดหนี้/ปลดหนี้ได้',
    family: 'debt_relief',
    inputs: ['reduced', 'targets'],
  },
};

export const measuresOf = (family: MeasureFamily) =>
  (Object.keys(MEASURES) as RegisterMeasure[]).filter((m) => MEASURES[m].family === family);
