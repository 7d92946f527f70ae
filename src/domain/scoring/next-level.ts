import { type Bound, type Comparison, describeBoundEnglish, describeBoundThai } from './bound.ts';
import { canonical, type DecimalString } from './decimal.ts';
import type { PassingLevel } from './levels.ts';

/** A value to reach: the HTTP calculator answers `{ level, value }` from it. */
export interface NextValue {
  readonly kind: 'value';
  readonly level: PassingLevel;
  readonly value: DecimalString;
  readonly comparison: Comparison;
  /** "at least 90", "more than 90" */
  readonly description: string;
  /** "ต้องได้ไม่น้อยกว่า 90 จึงจะได้ระดับ 3" */
  readonly text: string;
}

export interface Step {
  readonly id: string;
  readonly label: string;
}

export interface NextSteps {
  readonly kind: 'steps';
  readonly level: PassingLevel;
  /** The steps still missing for that level. */
  readonly steps: readonly Step[];
  readonly text: string;
}

export interface NextCondition {
  readonly measure: string;
  readonly label: string;
  readonly current: DecimalString;
  readonly value: DecimalString;
  readonly comparison: Comparison;
  readonly description: string;
  readonly met: boolean;
}

export interface NextConditions {
  readonly kind: 'conditions';
  readonly level: PassingLevel;
  /** Every condition of that level, met or not. */
  readonly conditions: readonly NextCondition[];
  readonly text: string;
}

export type NextLevel = NextValue | NextSteps | NextConditions;

function reach(level: PassingLevel): string {
  return `จึงจะได้ระดับ ${level}`;
}

export function nextValue(level: PassingLevel, bound: Bound): NextValue {
  return {
    kind: 'value',
    level,
    value: canonical(bound.value),
    comparison: bound.comparison,
    description: describeBoundEnglish(bound),
    text: `ต้องได้${describeBoundThai(bound)} ${reach(level)}`,
  };
}

export function nextSteps(level: PassingLevel, steps: readonly Step[]): NextSteps {
  return {
    kind: 'steps',
    level,
    steps,
    text: `ต้องผ่านขั้นตอน: ${steps.map((step) => step.label).join(', ')} ${reach(level)}`,
  };
}

export function nextConditions(
  level: PassingLevel,
  conditions: readonly {
    readonly measure: string;
    readonly label: string;
    readonly current: DecimalString;
    readonly bound: Bound;
    readonly met: boolean;
  }[],
): NextConditions {
  const unmet = conditions.filter((condition) => !condition.met);
  return {
    kind: 'conditions',
    level,
    conditions: conditions.map(({ bound, ...condition }) => ({
      ...condition,
      value: canonical(bound.value),
      comparison: bound.comparison,
      description: describeBoundEnglish(bound),
    })),
    text: `ต้องได้ ${unmet.map((c) => `${c.label} ${describeBoundThai(c.bound)} (ตอนนี้ ${c.current})`).join(' และ ')} ${reach(level)}`,
  };
}
