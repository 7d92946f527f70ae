const numberFormat = new Intl.NumberFormat('th-TH');

/** Numbers are grouped the Thai way in both languages, e.g. 7,436. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A decimal as the API sends it, without trailing zeros: "50.0000" → "50", "12.5000" → "12.5". */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
