import { describe, expect, it } from 'vitest';
import { parseFormula } from '../formula/parse.ts';
import { countBasis } from './count-basis.ts';

const of = (expression: string) => countBasis(parseFormula(expression));

describe('countBasis', () => {
  it("reads seed 001's remaining poor households and debt-relief shares", () => {
    expect(of('(targets - passed) * 100 / targets')).toEqual({
      achieved: 'passed',
      denominator: 'targets',
      percentOf: 'remaining',
    });
    expect(of('reduced * 100 / targets')).toEqual({
      achieved: 'reduced',
      denominator: 'targets',
      percentOf: 'achieved',
    });
    expect(of('100 * members / women')).toEqual({
      achieved: 'members',
      denominator: 'women',
      percentOf: 'achieved',
    });
    expect(of('members / women * 100')).toEqual({
      achieved: 'members',
      denominator: 'women',
      percentOf: 'achieved',
    });
  });

  it('refuses formulas that are not a counted share', () => {
    expect(of('(disbursed + purchase_orders) * 100 / (allocated - returned_before_cutoff)')).toBeNull();
    expect(of('percent_sum / activity_count')).toBeNull();
    expect(of('targets * 100 / targets')).toBeNull();
    expect(of('(passed - targets) * 100 / targets')).toBeNull();
    expect(of('reduced * 10 / targets')).toBeNull();
  });
});
