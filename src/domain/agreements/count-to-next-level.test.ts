import { describe, expect, it } from 'vitest';
import { formulaSchema } from '../formula/schema.ts';
import { criteriaSchema } from '../scoring/criteria.ts';
import { evaluate } from '../scoring/evaluate.ts';
import { countToNextLevel } from './count-to-next-level.ts';

const remaining = criteriaSchema.parse({
  type: 'threshold',
  direction: 'lower',
  inclusive: true,
  thresholds: ['14', '13', '12', '11', '10'],
});
const formula = formulaSchema.parse({
  expression: '(targets - passed) * 100 / targets',
  inputs: [
    { id: 'targets', labelTh: 'ครัวเรือนเป้าหมาย', unit: 'ครัวเรือน' },
    { id: 'passed', labelTh: 'ผ่านเกณฑ์', unit: 'ครัวเรือน' },
  ],
});

const at = (targets: number, passed: number, table?: number[]) => {
  const value = (((targets - passed) * 100) / targets).toString();
  const evaluation = evaluate(remaining, { value });
  return countToNextLevel({
    criteria: remaining,
    formula,
    evaluation,
    values: { targets: String(targets), passed: String(passed) },
    tableTargets: table,
  });
};

describe('countToNextLevel', () => {
  it('tells Mueang Yala (214 developable households) how many more must pass, by the rule and by its table', () => {
    // 180 of 214 passed → 15.89 % remaining → level 0; level 1 needs ≤ 14 % remaining: 185 by the rule, 184 in the table.
    const needed = at(214, 180, [184, 186, 188, 190, 193]);
    expect(needed?.level).toBe(1);
    expect(needed?.rule).toEqual({ target: 185, stillNeeded: 5 });
    expect(needed?.table).toEqual({ target: 184, stillNeeded: 4 });
    expect(needed?.text).toBe('ต้องผ่านเกณฑ์อีก 5 ครัวเรือน จึงจะได้ระดับ 1 (ตามตารางเป้าหมาย: อีก 4 ครัวเรือน)');
  });

  it('looks one level up from where the district stands, and stops at level 5', () => {
    expect(at(20, 17)?.level).toBe(1);
    expect(at(100, 87)?.level).toBe(3);
    expect(at(100, 87)?.rule).toEqual({ target: 88, stillNeeded: 1 });
    expect(at(20, 18)).toBeNull();
  });

  it('gives nothing for values that are not whole counts', () => {
    const evaluation = evaluate(remaining, { value: '15' });
    expect(
      countToNextLevel({
        criteria: remaining,
        formula,
        evaluation,
        values: { targets: '214.5', passed: '180' },
        tableTargets: undefined,
      }),
    ).toBeNull();
    expect(
      countToNextLevel({
        criteria: remaining,
        formula,
        evaluation,
        values: undefined,
        tableTargets: undefined,
      }),
    ).toBeNull();
  });
});
