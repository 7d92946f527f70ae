import { Decimal } from 'decimal.js';
import { fromThaiDigits } from '../calendar/thai-digits.ts';
import { ScoringInputError } from './errors.ts';
import { thaiFieldOf } from './field-names.ts';

/** Exact decimals for every percentage, amount and score: 50 significant digits, rounding half up. */
export const Dec = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** A number as it arrives from JSON or a form: 89.3, "89.30", "๘๙.๓๐". */
export type DecimalInput = string | number;

/** A canonical decimal string: plain notation, no trailing zeros ("90", "13.5", "-0.25"). */
export type DecimalString = string;

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The exact decimal written in `input`, or null when it is not a plain finite decimal (no exponent, no grouping). */
export function parseDecimal(input: DecimalInput): Dec | null {
  if (typeof input === 'number') return Number.isFinite(input) ? new Dec(input) : null;
  const text = fromThaiDigits(input.trim());
  return DECIMAL_TEXT.test(text) ? new Dec(text) : null;
}

/**
 * The exact decimal in `input`, or a ScoringInputError for `field` (the key, for programs) whose message names it in
 * Thai: `name`, by default the field's Thai name ('value' → "ผลการดำเนินงาน ต้องเป็นตัวเลข …").
 */
export function toDecimal(input: DecimalInput, field: string, name = thaiFieldOf(field)): Dec {
  const value = parseDecimal(input);
  if (value === null) {
    throw new ScoringInputError(field, `${name} ต้องเป็นตัวเลข เช่น "89.30" (ได้รับ ${JSON.stringify(input)})`);
  }
  return value;
}

export function canonical(value: Dec): DecimalString {
  return value.toFixed();
}

/** Scores always print with 4 decimals: "2.0000", "3.5000". */
export function scoreString(value: Dec): string {
  return value.toFixed(4);
}
