import type { Dec } from '../scoring/decimal.ts';

/** Thousands grouped with commas, as th-TH prints them, on the exact digits (no float conversion). */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `places` decimals rounded half up, grouped by thousands: formatDecimal(40000, 0) → "40,000". */
export function formatDecimal(value: Dec, places: number): string {
  const [whole = '', fraction] = value.toFixed(places).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = `${sign}${groupThousands(whole.replace('-', ''))}`;
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Baht to the satang, grouped by thousands: "1,647,581.13". The seeds print money and percentages with 2 decimals:
 * 003 L276: "รวม	๑๕,๓๙๔,๐๗๗.๕๙	๑๓,๗๔๖,๔๙๖.๔๖	๙๘.๓๐	๑,๖๔๗,๕๘๑.๑๓"
 */
export function formatBaht(value: Dec): string {
  return formatDecimal(value, 2);
}
