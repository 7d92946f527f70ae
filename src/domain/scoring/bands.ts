import type { Bound } from './bound.ts';
import type { BandsCriteria } from './criteria.ts';
import type { BandBounds, Direction } from './criteria-checks.ts';
import { canonical, Dec } from './decimal.ts';
import { atLevel, type Level, PASSING_LEVELS, type PassingLevel } from './levels.ts';
import type { ScoringWarning } from './result.ts';

/** A band with exact ends; a label names the target tier an end came from. */
export interface Band extends BandBounds<Dec> {
  readonly minLabel?: string;
  readonly maxLabel?: string;
}

/** Five bands, level 1 first. Thresholds and tiers are evaluated as bands too. */
export interface BandSet {
  readonly direction: Direction;
  readonly bands: readonly Band[];
}

export function bandSetOf(criteria: BandsCriteria): BandSet {
  return {
    direction: criteria.direction,
    bands: criteria.bands.map((band) => ({
      ...band,
      min: band.min === null ? null : new Dec(band.min),
      max: band.max === null ? null : new Dec(band.max),
    })),
  };
}

function aboveMin(band: Band, value: Dec): boolean {
  return band.min === null || (band.minInclusive ? value.gte(band.min) : value.gt(band.min));
}

function belowMax(band: Band, value: Dec): boolean {
  return band.max === null || (band.maxInclusive ? value.lte(band.max) : value.lt(band.max));
}

/** True when the value is past the band on its better side: above it when higher is better, below it otherwise. */
function beyond(band: Band, value: Dec, direction: Direction): boolean {
  return direction === 'higher' ? !belowMax(band, value) : !aboveMin(band, value);
}

function gapWarning(value: Dec, level: PassingLevel): ScoringWarning {
  return {
    code: 'gap',
    message: `ค่า ${canonical(value)} อยู่ในช่องว่างระหว่างเกณฑ์ระดับ ${level} และระดับ ${level + 1} จึงให้ระดับ ${level} ซึ่งเป็นระดับที่ต่ำกว่า`,
    between: [level, level + 1],
  };
}

function outOfRangeWarning(value: Dec): ScoringWarning {
  return {
    code: 'out-of-range',
    message: `ค่า ${canonical(value)} เกินช่วงของเกณฑ์ระดับ 5 จึงให้ระดับ 5`,
  };
}

/**
 * The level whose band holds the value.
 * - A value between two bands gets the LOWER level with a 'gap' warning. The seeds leave such holes:
 *   001 L371–372 "ระหว่างร้อยละ ๖๐ – ๖๙" / "ระหว่างร้อยละ ๗๐ – ๗๙" leave 69.5 in none, and the exact-equality wording
 *   of 001 L472–473 "เพิ่มขึ้น ร้อยละ ๖๕" / "เพิ่มขึ้น ร้อยละ ๗๐" leaves 65 < x < 70 in none.
 * - A value past the level-5 band on its better side gets level 5 with an 'out-of-range' warning
 *   (001 L375 "ร้อยละ ๑๐๐ (๓๐ คน)" is a single point).
 * - A value short of the level-1 band gets level 0, "ไม่ผ่านเกณฑ์": the seeds define no level below
 *   001 L371 "๑ … ระหว่างร้อยละ ๖๐ – ๖๙ (๑๘ – ๒๐ คน)".
 */
export function bandLevel(set: BandSet, value: Dec): { level: Level; warnings: ScoringWarning[] } {
  for (const level of [...PASSING_LEVELS].reverse()) {
    const band = atLevel(set.bands, level);
    if (aboveMin(band, value) && belowMax(band, value)) return { level, warnings: [] };
    if (beyond(band, value, set.direction)) {
      return { level, warnings: [level === 5 ? outOfRangeWarning(value) : gapWarning(value, level)] };
    }
  }
  return { level: 0, warnings: [] };
}

/** What a value must meet to enter a level's band: its lower end when higher is better, its upper end otherwise. */
export function entryBound(set: BandSet, level: PassingLevel): Bound | null {
  const band = atLevel(set.bands, level);
  if (set.direction === 'higher') {
    if (band.min === null) return null;
    return { value: band.min, comparison: band.minInclusive ? 'gte' : 'gt', label: band.minLabel };
  }
  if (band.max === null) return null;
  return { value: band.max, comparison: band.maxInclusive ? 'lte' : 'lt', label: band.maxLabel };
}
