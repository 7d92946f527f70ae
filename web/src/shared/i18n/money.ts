const fixed = (digits: number) =>
  new Intl.NumberFormat('th-TH', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const money = fixed(2);

/** Baht as the API sends it ("33109323.18") with Thai grouping and 2 decimals: "33,109,323.18". */
export function formatMoney(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return money.format(Number(value));
}

/** A percentage to 2 decimals ("1.4775…" → "1.48"); the server's exact decimal, rounded for display only. */
export function formatPercent(value: { exact: string } | null | undefined): string {
  return value ? money.format(Number(value.exact)) : '—';
}
