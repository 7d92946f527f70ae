import { percentText } from '../numbers/percent.ts';
import { Dec } from '../scoring/decimal.ts';

/** A percentage with exactly two decimals, rounded half up: "66.67", "100.00". */
export type PercentString = string;

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} is a whole number ≥ 0, got ${value}`);
}

/** part / whole × 100 to 2 decimals, or null when whole is 0 (no division by zero: nothing was expected). */
export function percentOf(part: number, whole: number): PercentString | null {
  assertCount(part, 'part');
  assertCount(whole, 'whole');
  return percentText(part, whole);
}

/** Orders percent strings numerically: negative when a < b. */
export function comparePercent(a: PercentString, b: PercentString): number {
  return new Dec(a).comparedTo(new Dec(b));
}
