import { type BandSet, bandSetOf, entryBound } from './bands.ts';
import type { BandsCriteria, ThresholdCriteria } from './criteria.ts';
import { Dec } from './decimal.ts';
import { ScoringInputError } from './errors.ts';
import { thaiFieldOf } from './field-names.ts';
import type { PassingLevel } from './levels.ts';
import { thresholdBandSet } from './threshold.ts';

export interface CountNeededInput {
  /** The KPI's criteria, on a percentage of the denominator. */
  readonly criteria: ThresholdCriteria | BandsCriteria;
  readonly level: PassingLevel;
  /** Households / persons in the target group, e.g. 214 developable households. */
  readonly denominator: number;
  /** How many have passed so far. */
  readonly achieved: number;
  /**
   * What the percentage counts: 'achieved' (higher is better, 001 L371 "ลดหนี้/ปลดหนี้ได้ … ร้อยละ ๖๐ – ๖๙ (๑๘ – ๒๐ คน)")
   * or 'remaining' (lower is better, 001 L416 "ครัวเรือนยากจนเป้าหมาย … คงเหลือ ไม่เกิน ร้อยละ ๑๔").
   */
  readonly percentOf: 'achieved' | 'remaining';
  /** The unit word: 'ครัวเรือน', 'คน'. */
  readonly unit: string;
  /** The count a per-unit target table prints for this level, when one exists (001 L434–442). */
  readonly tableTarget?: number;
}

export interface CountTarget {
  /** At least this many must pass. */
  readonly target: number;
  readonly stillNeeded: number;
}

export interface CountNeeded {
  readonly level: PassingLevel;
  readonly denominator: number;
  readonly achieved: number;
  /** From the criteria's own rule; null when the level cannot be reached even if every one passes. */
  readonly rule: CountTarget | null;
  readonly table: CountTarget | null;
  /** "ต้องผ่านเกณฑ์อีก 3 ครัวเรือน จึงจะได้ระดับ 1" */
  readonly text: string;
}

const PERCENT_OF: Readonly<Record<CountNeededInput['percentOf'], string>> = {
  achieved: 'ร้อยละของจำนวนที่ผ่านเกณฑ์',
  remaining: 'ร้อยละของจำนวนที่ยังเหลือ',
};
const DIRECTION: Readonly<Record<'higher' | 'lower', string>> = {
  higher: 'ค่ายิ่งมากยิ่งดี',
  lower: 'ค่ายิ่งน้อยยิ่งดี',
};

function assertCount(value: number, field: string, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new ScoringInputError(
      field,
      `${thaiFieldOf(field)} ต้องเป็นจำนวนเต็มตั้งแต่ ${minimum} ขึ้นไป (ได้รับ ${value})`,
    );
  }
}

/**
 * The fewest that must pass so that the percentage meets the level's entry bound.
 * With share = bound × denominator / 100:
 * - achieved, ≥ bound: ⌈share⌉; > bound: ⌊share⌋ + 1
 * - remaining, ≤ bound: denominator − ⌊share⌋; < bound: denominator − (⌈share⌉ − 1)
 * 001-I4, Mueang Yala (001 L439: "๖	เมืองยะลา	๒๑๔	๑๘๔ …"): ≤ 14 % of 214 remaining allows ⌊29.96⌋ = 29,
 * so 185 must pass, while the district table prints 184 (which leaves 14.02 %).
 */
function ruleTarget(set: BandSet, input: CountNeededInput): number | null {
  const bound = entryBound(set, input.level);
  if (bound === null) return 0;
  const share = bound.value.times(input.denominator).div(100);
  const count = (() => {
    switch (bound.comparison) {
      case 'gte':
        return share.ceil();
      case 'gt':
        return share.floor().plus(1);
      case 'lte':
        return new Dec(input.denominator).minus(share.floor());
      case 'lt':
        return new Dec(input.denominator).minus(share.ceil().minus(1));
    }
  })();
  if (count.gt(input.denominator)) return null;
  return Math.max(0, count.toNumber());
}

function target(count: number, achieved: number): CountTarget {
  return { target: count, stillNeeded: Math.max(0, count - achieved) };
}

function sentence(stillNeeded: number, unit: string, level: PassingLevel): string {
  return stillNeeded === 0
    ? `ผ่านเกณฑ์ระดับ ${level} แล้ว`
    : `ต้องผ่านเกณฑ์อีก ${stillNeeded} ${unit} จึงจะได้ระดับ ${level}`;
}

/** How many more households / persons must pass to reach a level, by the rule and by the per-unit table. */
export function countNeeded(input: CountNeededInput): CountNeeded {
  assertCount(input.denominator, 'denominator', 1);
  assertCount(input.achieved, 'achieved', 0);
  if (input.tableTarget !== undefined) assertCount(input.tableTarget, 'tableTarget', 0);
  if (input.achieved > input.denominator) {
    throw new ScoringInputError(
      'achieved',
      `จำนวนที่ผ่านเกณฑ์ (${input.achieved}) ต้องไม่เกินจำนวนทั้งหมด (${input.denominator})`,
    );
  }
  const expected = input.percentOf === 'achieved' ? 'higher' : 'lower';
  if (input.criteria.direction !== expected) {
    throw new ScoringInputError(
      'percentOf',
      `${PERCENT_OF[input.percentOf]}ใช้กับเกณฑ์ที่${DIRECTION[expected]}เท่านั้น (เกณฑ์นี้${DIRECTION[input.criteria.direction]})`,
    );
  }
  const set =
    input.criteria.type === 'threshold' ? thresholdBandSet(input.criteria) : bandSetOf(input.criteria);
  const ruleCount = ruleTarget(set, input);
  const rule = ruleCount === null ? null : target(ruleCount, input.achieved);
  const table = input.tableTarget === undefined ? null : target(input.tableTarget, input.achieved);
  const { level, unit } = input;
  const ruleText =
    rule === null
      ? `ไม่สามารถถึงระดับ ${level} ได้ แม้ผ่านเกณฑ์ครบทั้ง ${input.denominator} ${unit}`
      : sentence(rule.stillNeeded, unit, level);
  const tableText =
    table === null || table.target === rule?.target
      ? ''
      : ` (ตามตารางเป้าหมาย: ${table.stillNeeded === 0 ? 'ผ่านแล้ว' : `อีก ${table.stillNeeded} ${unit}`})`;
  return {
    level,
    denominator: input.denominator,
    achieved: input.achieved,
    rule,
    table,
    text: `${ruleText}${tableText}`,
  };
}
