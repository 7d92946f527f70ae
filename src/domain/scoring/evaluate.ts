import { type BandSet, bandLevel, bandSetOf, entryBound } from './bands.ts';
import { compositeLevel } from './composite.ts';
import type { Criteria } from './criteria.ts';
import { Dec, type DecimalInput, scoreString, toDecimal } from './decimal.ts';
import { ScoringInputError } from './errors.ts';
import { interpolatedScore } from './interpolate.ts';
import { type Level, levelAbove, levelLabel, PASSING_LEVELS } from './levels.ts';
import { milestoneLevel } from './milestones.ts';
import { type NextLevel, nextValue } from './next-level.ts';
import type { Evaluation, ScoringWarning } from './result.ts';
import { thresholdBandSet } from './threshold.ts';
import { tierBandSet } from './tiers.ts';

/** The measured result; each kind of criteria reads its own part. */
export interface EvaluationInput {
  /** threshold, bands, tiers: the KPI's value, e.g. "89.30" (%). */
  readonly value?: DecimalInput;
  /** tiers: the unit's target amounts by tier id, e.g. { minimum: "100000", standard: "150000", high: "200000" }. */
  readonly targets?: Readonly<Record<string, DecimalInput>>;
  /** milestones: ids of the steps verified as done. */
  readonly verified?: readonly string[];
  /** composite: each measure's value by measure id. */
  readonly measures?: Readonly<Record<string, DecimalInput>>;
}

export interface EvaluateOptions {
  /** Overrides the criteria's own `interpolate` (threshold, bands and tiers only). */
  readonly interpolate?: boolean;
}

function required<T>(value: T | undefined, field: string, what: string): T {
  if (value === undefined) throw new ScoringInputError(field, `ต้องระบุ${what}`);
  return value;
}

function result(
  level: Level,
  score: Dec,
  next: NextLevel | null,
  warnings: readonly ScoringWarning[],
): Evaluation {
  return { level, score: scoreString(score), label: levelLabel(level), next, warnings };
}

function evaluateBands(set: BandSet, input: EvaluationInput, interpolate: boolean): Evaluation {
  const value = toDecimal(required(input.value, 'value', 'ผลการดำเนินงาน'), 'value');
  const { level, warnings } = bandLevel(set, value);
  const above = levelAbove(level);
  const bound = above === null ? null : entryBound(set, above);
  const entries = PASSING_LEVELS.map((passing) => entryBound(set, passing)?.value ?? null);
  const score = interpolate ? interpolatedScore(level, value, entries) : new Dec(level);
  return result(level, score, above === null || bound === null ? null : nextValue(above, bound), warnings);
}

function refuseInterpolation(options: EvaluateOptions, kind: string): void {
  if (options.interpolate === true) {
    throw new ScoringInputError('interpolate', `เกณฑ์แบบ ${kind} ให้คะแนนเท่ากับระดับ ไม่เทียบสัดส่วนระหว่างระดับ`);
  }
}

/**
 * Scores one KPI result against its criteria: the level (0–5), the score (4 decimals: the level, or the
 * interpolated score when asked), what the next level needs, and any warnings (gap, out-of-range, not-counted).
 * Throws ScoringInputError (Thai message) when the input lacks what the criteria need.
 */
export function evaluate(
  criteria: Criteria,
  input: EvaluationInput,
  options: EvaluateOptions = {},
): Evaluation {
  switch (criteria.type) {
    case 'threshold':
      return evaluateBands(thresholdBandSet(criteria), input, options.interpolate ?? criteria.interpolate);
    case 'bands':
      return evaluateBands(bandSetOf(criteria), input, options.interpolate ?? criteria.interpolate);
    case 'tiers': {
      const targets = required(input.targets, 'targets', 'ค่าเป้าหมายของหน่วยงาน');
      return evaluateBands(
        tierBandSet(criteria, targets),
        input,
        options.interpolate ?? criteria.interpolate,
      );
    }
    case 'milestones': {
      refuseInterpolation(options, 'ขั้นตอนความสำเร็จ');
      const { level, next, warnings } = milestoneLevel(
        criteria,
        required(input.verified, 'verified', 'ขั้นตอนที่ผ่านแล้ว'),
      );
      return result(level, new Dec(level), next, warnings);
    }
    case 'composite': {
      refuseInterpolation(options, 'หลายเงื่อนไข');
      const { level, next } = compositeLevel(
        criteria,
        required(input.measures, 'measures', 'ค่าของแต่ละเงื่อนไข'),
      );
      return result(level, new Dec(level), next, []);
    }
    case 'project-defined':
      // 001 L509: "ระดับค่าคะแนนให้เป็นไปตามโครงการที่เสนอผ่านอำเภอ/จังหวัด"
      return evaluate(
        required(criteria.unitCriteria, 'criteria.unitCriteria', 'เกณฑ์ตามโครงการที่เสนอผ่านอำเภอ/จังหวัด'),
        input,
        options,
      );
  }
}
