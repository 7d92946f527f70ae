import { figure } from './figures';
import type { QuarterlyKpi } from './types';

type Threshold = NonNullable<QuarterlyKpi['threshold']>;

/**
 * The two cells of the pass/fail mini-table as seed 004 prints them: "เป้าหมาย (ตำบล) | <534 | 534" (L110–113), and
 * "< ร้อยละ 80 | ร้อยละ 80 ขึ้นไป" (L215): the fail cell is the other side of the bound, the pass cell the bound itself.
 */
export function thresholdCells(threshold: Threshold): { fail: string; pass: string } {
  const value = figure(threshold.value);
  switch (threshold.comparison) {
    case 'gte':
      return { fail: `< ${value}`, pass: `${value} ขึ้นไป` };
    case 'gt':
      return { fail: `≤ ${value}`, pass: `> ${value}` };
    case 'lte':
      return { fail: `> ${value}`, pass: `${value} ลงมา` };
    case 'lt':
      return { fail: `≥ ${value}`, pass: `< ${value}` };
  }
}
