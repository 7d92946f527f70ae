import { fiscalMonthIndex, fiscalYearMonths, fiscalYearOf, monthRange } from '../calendar/fiscal-year.ts';
import type { IsoDate, IsoMonth } from '../calendar/iso-date.ts';
import { type AllocationLine, type BudgetFigures, budgetSpending } from '../registers/budget.ts';
import { RegisterInputError } from '../registers/errors.ts';
import { type PercentResult, percentOf } from '../registers/percentage.ts';
import { Dec, type DecimalInput } from '../scoring/decimal.ts';

/**
 * The budget curve (issue R2-3): KPI T1's spending % as it stood at the end of each month of a fiscal year, computed
 * by the register's own formula (budgetSpending: disbursed + PO over allocated − returns deducted by the cut-off,
 * 001 L142–145), never by a second one, against the quarterly spending plan.
 */

export interface MonthEnd {
  readonly month: IsoMonth;
  /** The month's last day, or the data date for the month it falls in. */
  readonly asOf: IsoDate;
}

/** The months of a fiscal year up to the data date, each evaluated at its end (the current month at `asOf`). */
export function monthEnds(fiscalYear: number, asOf: IsoDate): MonthEnd[] {
  return fiscalYearMonths(fiscalYear)
    .map((month) => ({ month, ...monthRange(month) }))
    .filter((m) => m.start <= asOf)
    .map((m) => ({ month: m.month, asOf: m.end < asOf ? m.end : asOf }));
}

export type CurvePoint = MonthEnd &
  (
    | { readonly figures: BudgetFigures; readonly reason: null }
    | { readonly figures: null; readonly reason: string }
  );

/**
 * Spending as of each month end. A month where the register's own rule refuses the figures (a PO paid beyond what was
 * ordered, more spent than allocated, as the events stood then) carries the register's Thai reason instead.
 */
export function spendingByMonth(
  lines: readonly AllocationLine[],
  returnCutoff: IsoDate,
  months: readonly MonthEnd[],
): CurvePoint[] {
  return months.map((m) => {
    try {
      return { ...m, figures: budgetSpending(lines, { returnCutoff, asOf: m.asOf }).total, reason: null };
    } catch (error) {
      if (error instanceof RegisterInputError) return { ...m, figures: null, reason: error.message };
      throw error;
    }
  });
}

/** A set of lines' figures at a month end, as the register computes them: amounts, and spent ÷ base as a %. */
export interface MonthTotals {
  readonly allocated: Dec;
  readonly deductedReturns: Dec;
  readonly base: Dec;
  readonly disbursed: Dec;
  readonly committed: Dec;
  readonly spent: Dec;
  readonly percent: PercentResult;
}

export type MonthParts = Record<
  'allocated' | 'deductedReturns' | 'base' | 'disbursed' | 'committed' | 'spent',
  DecimalInput
>;

/**
 * The figures of several units together: the register's figures of a set of lines are the sums of its lines'
 * amounts (allocated, returns deducted, disbursed, PO outstanding), and its % is total spent ÷ total base, never a
 * mean of the parts' % (budgetSpending's `figures`).
 */
export function sumMonth(parts: readonly MonthParts[]): MonthTotals {
  const of = (key: keyof MonthParts) => parts.reduce((total, p) => total.plus(p[key]), new Dec(0));
  const base = of('base');
  const spent = of('spent');
  return {
    allocated: of('allocated'),
    deductedReturns: of('deductedReturns'),
    base,
    disbursed: of('disbursed'),
    committed: of('committed'),
    spent,
    percent: percentOf(spent, base, 'ไม่มีงบประมาณที่ได้รับจัดสรร (หลังหักเงินส่งคืน) จึงคำนวณร้อยละการใช้จ่ายไม่ได้'),
  };
}

export type QuarterPlan = readonly [Dec, Dec, Dec, Dec];

export interface PlanProblem {
  readonly field: 'q1' | 'q2' | 'q3' | 'q4';
  readonly message: string;
}

const QUARTER_FIELDS = ['q1', 'q2', 'q3', 'q4'] as const;

/**
 * A plan is the cumulative % of the allocation to be spent by each quarter's end: each 0–100 with at most 2 decimals,
 * never lower than the quarter before. The seeds state no quarterly figures (มาตรการเร่งรัดการเบิกจ่าย is named,
 * 001 L147, not quantified), so the department enters them.
 */
export function planProblems(values: readonly DecimalInput[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  let previous: Dec | null = null;
  QUARTER_FIELDS.forEach((field, index) => {
    const label = `ไตรมาส ${index + 1}`;
    let value: Dec;
    try {
      value = new Dec(values[index] ?? Number.NaN);
    } catch {
      problems.push({ field, message: `${label}: ต้องเป็นตัวเลขร้อยละ 0 ถึง 100` });
      return;
    }
    if (!value.isFinite() || value.lt(0) || value.gt(100))
      problems.push({ field, message: `${label}: ต้องเป็นร้อยละ 0 ถึง 100` });
    else if (value.decimalPlaces() > 2) problems.push({ field, message: `${label}: ทศนิยมได้ไม่เกิน 2 ตำแหน่ง` });
    else if (previous !== null && value.lt(previous))
      problems.push({
        field,
        message: `${label}: เป้าสะสม ${value.toFixed(2)} ต้องไม่น้อยกว่าไตรมาส ${index} (${previous.toFixed(2)})`,
      });
    if (value.isFinite()) previous = value;
  });
  return problems;
}

/** The plan's step at a month: the target of the quarter the month belongs to, and whether the month closes it. */
export function planAt(fiscalYear: number, plan: QuarterPlan, month: IsoMonth) {
  // From the month's place in its fiscal year (0 = October): the nation's curve asks this of every province's month.
  const first: IsoDate = `${month}-01`;
  if (fiscalYearOf(first) !== fiscalYear) return null;
  const index = fiscalMonthIndex(first);
  const quarter = Math.floor(index / 3);
  const target = plan[quarter];
  if (target === undefined) return null;
  return { quarter: quarter + 1, target, quarterEnd: index % 3 === 2 };
}

/**
 * Where spending stands against the plan at a quarter's end: actual − planned, in percentage points. Only quarter
 * ends are compared: the plan states nothing about the months in between.
 */
export function gapAt(actualPercent: Dec | null, step: ReturnType<typeof planAt>): Dec | null {
  if (actualPercent === null || step === null || !step.quarterEnd) return null;
  return actualPercent.minus(step.target);
}
