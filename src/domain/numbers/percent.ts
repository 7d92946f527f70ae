import { Dec, type DecimalInput } from '../scoring/decimal.ts';

/**
 * The one percent rule: part ÷ whole × 100, multiplied first as the seeds write it ("C = B ÷ A × 100"), exact to
 * 50 significant digits; null when the whole is 0 (nothing to divide by). Callers that also refuse a negative whole
 * (a target) check it before.
 */
export function percentExact(part: DecimalInput | Dec, whole: DecimalInput | Dec): Dec | null {
  const base = new Dec(whole);
  if (base.isZero()) return null;
  return new Dec(part).times(100).div(base);
}

/**
 * The percent as the seeds print it: to `places` decimals, half up, always that many ("66.67", "100.00"); null when
 * the whole is 0. 003 L276: 13,746,496.46 of 15,394,077.59 → "89.30".
 */
export function percentText(part: DecimalInput | Dec, whole: DecimalInput | Dec, places = 2): string | null {
  return percentExact(part, whole)?.toFixed(places) ?? null;
}

/** A percent rounded half up to `places` decimals and kept as a decimal (for sums and comparisons that follow). */
export function percentRounded(part: DecimalInput | Dec, whole: DecimalInput | Dec, places = 2): Dec | null {
  return percentExact(part, whole)?.toDecimalPlaces(places, Dec.ROUND_HALF_UP) ?? null;
}
