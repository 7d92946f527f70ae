import { percentRounded } from '../numbers/percent.ts';
import type { Dec } from '../scoring/decimal.ts';

/**
 * % of target: result ÷ target × 100, rounded half up to 2 decimals; no % without a positive target.
 * 004 L25: "510 ตำบล (ผล 518 ตำบล ร้อยละ 101.57)" (518 ÷ 510 × 100 = 101.568… → 101.57);
 * 004 L25: "77 ตำบล (เป้าสะสม 256 ตำบล) (ผล 264 ตำบล ร้อยละ 103.13)" (103.125 → 103.13, half up).
 */
export function percentOfTarget(result: Dec, target: Dec): Dec | null {
  if (target.lte(0)) return null;
  return percentRounded(result, target);
}

/** The % as the report prints it: always 2 decimals ("100.00", "125.00"). */
export function percentText(percent: Dec): string {
  return percent.toFixed(2);
}
