import type { Bound } from '../scoring/bound.ts';
import { meets } from '../scoring/bound.ts';
import { Dec } from '../scoring/decimal.ts';
import { percentOfTarget } from './percent.ts';

export type QuarterNo = 1 | 2 | 3 | 4;

/** One quarter as planned and as reported: null where the report prints "–" or nothing. */
export interface QuarterInput {
  readonly planned: Dec | null;
  readonly result: Dec | null;
}

/** "เป้าสะสม" carries a shortfall forward; "เป้าคงเหลือ" is what remains after a surplus. */
export type AdjustedLabel = 'เป้าสะสม' | 'เป้าคงเหลือ';

export interface QuarterTarget {
  readonly quarter: QuarterNo;
  readonly planned: Dec | null;
  /** The target the quarter's result is measured against; null when there is none (no % then). */
  readonly adjusted: Dec | null;
  /** Printed before the adjusted target when it differs from the planned one. */
  readonly label: AdjustedLabel | null;
  /** True when the adjusted target came from the annual target because the cumulative plan was used up. */
  readonly fromAnnual: boolean;
  readonly result: Dec | null;
  readonly percent: Dec | null;
}

function sum(values: readonly (Dec | null)[]): Dec {
  return values.reduce<Dec>((total, value) => (value === null ? total : total.plus(value)), new Dec(0));
}

function labelOf(adjusted: Dec, planned: Dec): AdjustedLabel | null {
  if (adjusted.gt(planned)) return 'เป้าสะสม';
  if (adjusted.lt(planned)) return 'เป้าคงเหลือ';
  return null;
}

/**
 * The adjusted quarterly target of a flow KPI and the quarter's % against it (seed 004, the rule that reproduces
 * every printed "เป้าสะสม"/"เป้าคงเหลือ" of the summary table):
 * - the cumulative plan to this quarter less the results of the quarters before it; the 4th quarter uses the
 *   annual target instead: 004 L110 "62 ตำบล (เป้าสะสม 369 ตำบล) (ผล 325 ตำบล ร้อยละ 88.08)" = 534 − (21 + 37 + 107),
 *   not 535 − 165 = 370 from the quarterly plans;
 * - a shortfall carried forward: 004 L25 "173 ตำบล (เป้าสะสม 174 ตำบล) (ผล 134 ตำบล ร้อยละ 77.01)" = 39 + 173 − 38;
 * - a surplus taken off: 004 L190 "140 ชุด (เป้าคงเหลือ 125 ชุด) (ผล 99 ชุด ร้อยละ 79.20)" = 20 + 140 − 35;
 * - a plan already exceeded falls back to what the annual target still needs, when the quarter has a result:
 *   004 L64 "2,915 ครัวเรือน (เป้าคงเหลือ 1,122 ครัวเรือน) (ผล 2,260 ครัวเรือน ร้อยละ 201.43)" = 17,000 − 15,878;
 * - nothing left to reach: the planned target and the result, no adjusted target and no %:
 *   004 L105 "400 คน (เป้าคงเหลือ 182 คน) (ผล 2,199 คน)" then "300 คน (ผล 313 คน)";
 * - no plan ("–"): the result only: 004 L165 "- (ผล 34 องค์กร)".
 */
export function quarterTargets(annualTarget: Dec, quarters: readonly QuarterInput[]): QuarterTarget[] {
  if (quarters.length !== 4) throw new RangeError('quarterTargets needs the 4 quarters of a fiscal year');
  return quarters.map((quarter, index) => {
    const no = (index + 1) as QuarterNo;
    const base = { quarter: no, planned: quarter.planned, result: quarter.result };
    if (quarter.planned === null) {
      return { ...base, adjusted: null, label: null, fromAnnual: false, percent: null };
    }
    const resultsBefore = sum(quarters.slice(0, index).map((q) => q.result));
    const cumulativePlan = sum(quarters.slice(0, index + 1).map((q) => q.planned));
    let adjusted = (no === 4 ? annualTarget : cumulativePlan).minus(resultsBefore);
    let fromAnnual = false;
    if (adjusted.lte(0) && quarter.result !== null) {
      adjusted = annualTarget.minus(resultsBefore);
      fromAnnual = no !== 4;
    }
    if (adjusted.lte(0)) {
      return { ...base, adjusted: null, label: null, fromAnnual: false, percent: null };
    }
    const percent = quarter.result === null ? null : percentOfTarget(quarter.result, adjusted);
    return { ...base, adjusted, label: labelOf(adjusted, quarter.planned), fromAnnual, percent };
  });
}

export type PassFail = 'ผ่าน' | 'ไม่ผ่าน';

/**
 * Pass or fail against the agreement threshold, independent of the colour band: an item can be green and fail.
 * 004 L110–113: "เป้าหมาย (ตำบล) | <534 | 534" with "ผล | 490" under "ไม่ผ่าน", while the same row prints
 * "534 ตำบล (ผล 490 ตำบล ร้อยละ 91.76)", green by the legend.
 * 004 L215: "เป้าหมาย | < ร้อยละ 80 | ร้อยละ 80 ขึ้นไป": the pass cell holds the threshold itself ("X ขึ้นไป").
 */
export function passFail(result: Dec, threshold: Bound): PassFail {
  return meets(result, threshold) ? 'ผ่าน' : 'ไม่ผ่าน';
}
