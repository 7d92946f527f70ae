import { percentExact } from '../numbers/percent.ts';
import type { Dec } from '../scoring/decimal.ts';
import { formatDecimal } from './format.ts';

/**
 * A percentage kept two ways. `exact` is the quotient to 50 significant digits (exact whenever it terminates);
 * every KPI level is computed from it. `text` is what the seeds print, 2 decimals half up:
 * 001 L235: "มีหนี้เกินกำหนดชำระ เป็นเงินจำนวน ๔๘๙,๒๐๔.๘๗ บาท มีลูกหนี้คงเหลือ เป็นเงินจำนวน ๓๓,๑๐๙,๓๒๓.๑๘ บาท
 * คิดเป็นร้อยละ ๑.๔๘" (exact 1.47754…).
 */
export interface Percentage {
  readonly exact: Dec;
  readonly text: string;
}

/** A percentage, or the Thai reason it cannot be computed (an empty denominator). */
export type PercentResult =
  | { readonly percent: Percentage; readonly reason: null }
  | { readonly percent: null; readonly reason: string };

export function percentage(exact: Dec): Percentage {
  return { exact, text: formatDecimal(exact, 2) };
}

/** part × 100 ÷ whole, in the seeds' order of operations; a zero `whole` gives `emptyReason`. */
export function percentOf(part: Dec, whole: Dec, emptyReason: string): PercentResult {
  const exact = percentExact(part, whole);
  return exact === null
    ? { percent: null, reason: emptyReason }
    : { percent: percentage(exact), reason: null };
}
