const numberFormat = new Intl.NumberFormat('th-TH');

/** Numbers are grouped the Thai way in both languages, e.g. 7,436. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
