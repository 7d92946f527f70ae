import { countNeeded } from '../scoring/count-needed.ts';
import type { ThresholdCriteria } from '../scoring/criteria.ts';
import { Dec } from '../scoring/decimal.ts';
import { atLevel, PASSING_LEVELS, type PassingLevel } from '../scoring/levels.ts';
import { RegisterInputError } from './errors.ts';
import { toCount } from './inputs.ts';
import { type Percentage, percentage } from './percentage.ts';

/**
 * KPI I4's criteria are on the remaining %, lower is better, inclusive:
 * 001 L416: "๑	ครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. คงเหลือ ไม่เกิน ร้อยละ ๑๔" … L420: "๕ … ไม่เกิน ร้อยละ ๑๐".
 * By the rule, the fewest that must pass for remaining ≤ t is n − ⌊t × n / 100⌋ = ⌈n × (100 − t) / 100⌉, exactly
 * (scoring's countNeeded): 214 targets at ≤ 14 % → 214 × 0.86 = 184.04 → 185.
 */
function ruleCount(criteria: ThresholdCriteria, level: PassingLevel, targets: number, passed: number) {
  return countNeeded({
    criteria,
    level,
    denominator: targets,
    achieved: passed,
    percentOf: 'remaining',
    unit: 'ครัวเรือน',
  }).rule;
}

export interface LevelNeed {
  readonly level: PassingLevel;
  /** At least this many targets must pass; null when the level cannot be reached. */
  readonly required: number | null;
  /** required − passed so far, never below 0; null when the level cannot be reached. */
  readonly stillNeeded: number | null;
}

/** Households that must pass, and still need to, for each level; null when there are no targets (no % to meet). */
export function householdsNeeded(
  criteria: ThresholdCriteria,
  targets: number,
  passed: number,
): LevelNeed[] | null {
  if (toCount(targets, 'targets') === 0) return null;
  if (toCount(passed, 'passed') > targets) {
    throw new RegisterInputError('passed', `ครัวเรือนที่ผ่านเกณฑ์ (${passed}) มากกว่าครัวเรือนเป้าหมาย (${targets})`);
  }
  return PASSING_LEVELS.map((level) => {
    const rule = ruleCount(criteria, level, targets, passed);
    return { level, required: rule?.target ?? null, stillNeeded: rule?.stillNeeded ?? null };
  });
}

/**
 * One row of a per-district target table, as 001 L433–442 prints it: developable households and, for levels 1–5,
 * the households that "must pass income criterion 29". Data (loaded from a file), never derived by this module.
 */
export interface TargetTableRow {
  readonly district: string;
  readonly developable: number;
  /** Level 1 first. */
  readonly mustPass: readonly number[];
}

export interface LevelComparison {
  readonly level: PassingLevel;
  /** By the rule; null when the level cannot be reached. */
  readonly rule: number | null;
  readonly table: number;
  readonly differs: boolean;
  /** The remaining % if exactly the table's count passes: (n − table) ÷ n × 100. */
  readonly tableRemaining: Percentage;
  /** Whether passing the table's count reaches the level by the rule. */
  readonly tableReachesLevel: boolean;
}

export interface TargetTableComparison {
  readonly district: string;
  readonly developable: number;
  readonly levels: readonly LevelComparison[];
  /** True when any level differs. */
  readonly differs: boolean;
}

function checkedRow(row: TargetTableRow, at: string): TargetTableRow {
  const developable = toCount(row.developable, `${at}.developable`);
  if (developable === 0) {
    throw new RegisterInputError(
      `${at}.developable`,
      `อำเภอ${row.district}: ตารางต้องมีครัวเรือนพัฒนาได้อย่างน้อย 1 ครัวเรือน`,
    );
  }
  if (row.mustPass.length !== PASSING_LEVELS.length) {
    throw new RegisterInputError(
      `${at}.mustPass`,
      `อำเภอ${row.district}: ตารางต้องมีจำนวนที่ต้องผ่านเกณฑ์ครบ 5 ระดับ (ได้รับ ${row.mustPass.length})`,
    );
  }
  row.mustPass.forEach((count, index) => {
    if (toCount(count, `${at}.mustPass[${index}]`) > developable) {
      throw new RegisterInputError(
        `${at}.mustPass[${index}]`,
        `อำเภอ${row.district} ระดับ ${index + 1}: ต้องผ่านเกณฑ์ ${count} ครัวเรือน มากกว่าครัวเรือนพัฒนาได้ ${developable} ครัวเรือน`,
      );
    }
  });
  return row;
}

/** The table's counts next to the rule's, per district and level, flagging where they differ. */
export function compareTargetTable(
  criteria: ThresholdCriteria,
  rows: readonly TargetTableRow[],
): TargetTableComparison[] {
  return rows.map((input, index) => {
    const row = checkedRow(input, `rows[${index}]`);
    const levels = PASSING_LEVELS.map((level): LevelComparison => {
      const table = atLevel(row.mustPass, level);
      const rule = ruleCount(criteria, level, row.developable, 0)?.target ?? null;
      return {
        level,
        rule,
        table,
        differs: table !== rule,
        tableRemaining: percentage(new Dec(row.developable - table).times(100).div(row.developable)),
        tableReachesLevel: rule !== null && table >= rule,
      };
    });
    return {
      district: row.district,
      developable: row.developable,
      levels,
      differs: levels.some((level) => level.differs),
    };
  });
}
