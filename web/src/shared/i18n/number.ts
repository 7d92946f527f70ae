import Decimal from 'decimal.js';

const numberFormat = new Intl.NumberFormat('th-TH');

/** Numbers are grouped the Thai way in both languages, e.g. 7,436. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A decimal as the API sends it, without trailing zeros: "50.0000" → "50", "12.5000" → "12.5". */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/**
 * A result as a person reads it: a value computed from a register carries every digit of its division
 * (1.47754415679360317…); the screen and the printouts show such a value to 4 decimals, as scores are printed, rounded
 * half up, and a value typed with fewer decimals as it was typed. The stored value keeps every digit.
 */
export function resultValueText(value: string): string {
  const decimal = new Decimal(value);
  return decimal.decimalPlaces() > 4 ? decimal.toFixed(4, Decimal.ROUND_HALF_UP) : value;
}

/** The exact sum of decimals as the API sends them, without trailing zeros: ["33.3", "33.3", "33.4"] → "100". */
export function sumDecimals(values: readonly string[]): string {
  return values.reduce((total, value) => total.plus(value), new Decimal(0)).toFixed();
}
