import type { BandSet } from './bands.ts';
import type { Bound, Comparison } from './bound.ts';
import type { ThresholdCriteria } from './criteria.ts';
import type { Direction } from './criteria-checks.ts';
import { Dec, type DecimalString } from './decimal.ts';

export interface ThresholdSeries {
  readonly direction: Direction;
  readonly inclusive: boolean;
  readonly thresholds: readonly (DecimalString | null)[];
}

/**
 * Level L needs:
 * - higher, inclusive: value ≥ t_L; 001 L156: "๑	ไม่น้อยกว่าร้อยละ ๘๐"
 * - higher, strict:    value > t_L; 000 L243: "ผลการดำเนินงานกิจกรรม/โครงการ มากกว่าร้อยละ ๗๕"
 * - lower, inclusive:  value ≤ t_L; 001 L416: "๑	ครัวเรือนยากจนเป้าหมาย … คงเหลือ ไม่เกิน ร้อยละ ๑๔"
 * - lower, strict:     value < t_L; 001 L247: "๒	หนี้เกินกำหนดชำระ ต่ำกว่าร้อยละ ๒๐"
 * A null t1 is "any value" (null here): level 1 then means "worse than level 2", as in
 * 001 L246: "๑	หนี้เกินกำหนดชำระ มากกว่าร้อยละ ๒๐" and 000 L252: "ระดับ ๑ … มีรายได้เพิ่มขึ้น น้อยกว่าร้อยละ ๓".
 */
export function thresholdBounds(series: ThresholdSeries): (Bound | null)[] {
  const comparison: Comparison =
    series.direction === 'higher' ? (series.inclusive ? 'gte' : 'gt') : series.inclusive ? 'lte' : 'lt';
  return series.thresholds.map((threshold) =>
    threshold === null ? null : { value: new Dec(threshold), comparison },
  );
}

/**
 * The same rule as five contiguous bands, level 1 first: when higher is better, level L is
 * [t_L, t_{L+1}) if inclusive or (t_L, t_{L+1}] if strict, and level 5 has no upper end; mirrored when lower is better.
 */
export function thresholdBandSet(criteria: ThresholdCriteria): BandSet {
  const values = criteria.thresholds.map((threshold) => (threshold === null ? null : new Dec(threshold)));
  const { inclusive } = criteria;
  return {
    direction: criteria.direction,
    bands: values.map((entry, index) => {
      const exit = values[index + 1] ?? null;
      return criteria.direction === 'higher'
        ? { min: entry, minInclusive: inclusive, max: exit, maxInclusive: !inclusive }
        : { max: entry, maxInclusive: inclusive, min: exit, minInclusive: !inclusive };
    }),
  };
}
