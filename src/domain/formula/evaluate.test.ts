import { describe, expect, it } from 'vitest';
import { criteriaSchema } from '../scoring/criteria.ts';
import { Dec } from '../scoring/decimal.ts';
import { evaluate } from '../scoring/evaluate.ts';
import { FormulaError } from './errors.ts';
import { evaluateFormula, type FormulaValues } from './evaluate.ts';
import { parseFormula } from './parse.ts';

const run = (text: string, values: FormulaValues) => evaluateFormula(parseFormula(text), values);
const twoPlaces = (value: string) => new Dec(value).toFixed(2);

/** The FormulaError evaluateFormula throws. */
function failure(text: string, values: FormulaValues): FormulaError {
  try {
    run(text, values);
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error(`evaluated: ${text}`);
}

/** 001 L246–250: "มากกว่าร้อยละ ๒๐" / "ต่ำกว่าร้อยละ ๒๐" / "๑๕" / "๑๐" / "๕" */
const overdueCriteria = criteriaSchema.parse({
  type: 'threshold',
  direction: 'lower',
  inclusive: false,
  thresholds: [null, 20, 15, 10, 5],
});

/** 001 L156–160 and 003 L321–325: "ไม่น้อยกว่าร้อยละ ๘๐" … "ร้อยละ ๑๐๐" */
const budgetCriteria = criteriaSchema.parse({
  type: 'threshold',
  direction: 'higher',
  inclusive: true,
  thresholds: [80, 85, 90, 95, 100],
});

describe('evaluateFormula', () => {
  it('001-T3 worked example: 489,204.87 × 100 / 33,109,323.18 = 1.48 → level 5 (001 L235–237)', () => {
    const value = run('overdue * 100 / outstanding', { overdue: '489204.87', outstanding: 33109323.18 });
    expect(value.startsWith('1.47754415679')).toBe(true);
    expect(twoPlaces(value)).toBe('1.48');
    expect(evaluate(overdueCriteria, { value })).toMatchObject({ level: 5, score: '5.0000', next: null });
  });

  it('003 budget as of 30 Aug 2565: 13,746,496.46 × 100 / 15,394,077.59 = 89.30, not the printed 98.30 → level 2', () => {
    const value = run('disbursed_po * 100 / allocated', {
      disbursed_po: '๑๓๗๔๖๔๙๖.๔๖',
      allocated: '15394077.59',
    });
    expect(twoPlaces(value)).toBe('89.30');
    expect(evaluate(budgetCriteria, { value })).toMatchObject({ level: 2, next: { level: 3, value: '90' } });
  });

  it('computes the budget formula with the returned budget deducted (001 L137–138)', () => {
    const budget = '(disbursed + purchase_orders) * 100 / (allocated - returned_before_cutoff)';
    expect(
      run(budget, {
        disbursed: 900000,
        purchase_orders: '50000',
        allocated: '1000000',
        returned_before_cutoff: 50000,
      }),
    ).toBe('100');
  });

  it('remaining poor households: Mueang Yala 214 developable, 193 pass → 9.81 % ≤ 10 (001 L439)', () => {
    const value = run('(targets - passed) * 100 / targets', { targets: 214, passed: 193 });
    expect(twoPlaces(value)).toBe('9.81');
  });

  it('is exact where binary floating point is not', () => {
    expect(run('a + b', { a: 0.1, b: 0.2 })).toBe('0.3');
    expect(run('a * 3 - 1', { a: '0.1' })).toBe('-0.7');
    expect(run('-(a - b)', { a: 1, b: 3 })).toBe('2');
  });

  it('refuses division by zero with a Thai message naming the divisor, never Infinity', () => {
    const error = failure('(targets - passed) * 100 / (targets - returned)', {
      targets: 5,
      passed: 1,
      returned: 5,
    });
    expect(error).toMatchObject({
      code: 'division-by-zero',
      message: 'หารด้วยศูนย์ไม่ได้: ตัวหาร targets - returned มีค่าเป็น 0',
      inputs: ['targets', 'returned'],
    });
    expect(failure('1 / 0', {}).message).toBe('หารด้วยศูนย์ไม่ได้: ตัวหาร 0 มีค่าเป็น 0');
  });

  it('names every missing input, and an input that is not a number', () => {
    expect(failure('(disbursed + purchase_orders) * 100 / allocated', { purchase_orders: 1 })).toMatchObject({
      code: 'missing-input',
      message: 'ไม่มีค่าของข้อมูล: disbursed, allocated',
      inputs: ['disbursed', 'allocated'],
    });
    expect(failure('overdue * 100 / outstanding', { overdue: '1,000', outstanding: 5 })).toMatchObject({
      code: 'invalid-input',
      message: 'ข้อมูล overdue ต้องเป็นตัวเลข เช่น "89.30" (ได้รับ "1,000")',
      inputs: ['overdue'],
    });
    expect(failure('a / b', { a: 1, b: Number.POSITIVE_INFINITY }).code).toBe('invalid-input');
  });

  it('reads only the values it was given, never inherited ones', () => {
    expect(failure('constructor * 2', {}).message).toBe('ไม่มีค่าของข้อมูล: constructor');
    expect(run('constructor * 2', { constructor: 4, unused: 'x' })).toBe('8');
  });
});
