import { parseFormula } from '../formula/parse.ts';
import type { Formula } from '../formula/schema.ts';
import { type CountNeeded, countNeeded } from '../scoring/count-needed.ts';
import type { Criteria } from '../scoring/criteria.ts';
import type { PassingLevel } from '../scoring/levels.ts';
import type { Evaluation } from '../scoring/result.ts';
import { countBasis } from './count-basis.ts';

export interface CountContext {
  readonly criteria: Criteria | null;
  readonly formula: Formula | null;
  readonly evaluation: Evaluation | null;
  /** The formula inputs the unit entered, e.g. { targets: "214", passed: "180" }. */
  readonly values: Readonly<Record<string, string>> | undefined;
  /** Per-level counts a target table prints for this unit (seed 001's district table: mustPass L1..L5). */
  readonly tableTargets: readonly number[] | undefined;
}

const whole = (text: string | undefined) => (text !== undefined && /^\d+$/.test(text) ? Number(text) : null);

/**
 * For a KPI that is a share of counted households or persons, how many more must pass for the next level:
 * "ต้องผ่านเกณฑ์อีก 3 ครัวเรือน จึงจะได้ระดับ 2", by the rule and, where the agreement carries one, by the table.
 */
export function countToNextLevel(c: CountContext): CountNeeded | null {
  const { criteria, formula, evaluation, values } = c;
  if (!criteria || !formula || !evaluation || !values || evaluation.level === 5) return null;
  if (criteria.type !== 'threshold' && criteria.type !== 'bands') return null;
  const basis = countBasis(parseFormula(formula.expression));
  if (!basis) return null;
  const denominator = whole(values[basis.denominator]);
  const achieved = whole(values[basis.achieved]);
  if (denominator === null || achieved === null || denominator < 1 || achieved > denominator) return null;
  const expected = basis.percentOf === 'achieved' ? 'higher' : 'lower';
  if (criteria.direction !== expected) return null;
  const level = (evaluation.level + 1) as PassingLevel;
  return countNeeded({
    criteria,
    level,
    denominator,
    achieved,
    percentOf: basis.percentOf,
    unit: formula.inputs.find((i) => i.id === basis.denominator)?.unit ?? 'ราย',
    ...(c.tableTargets?.[level - 1] === undefined ? {} : { tableTarget: c.tableTargets[level - 1] }),
  });
}
