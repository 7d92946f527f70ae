import { fromThaiDigits } from '../i18n/thai-digits';

/**
 * A date as an officer types it — "30/9/2568" (day/month/B.E. year, as in Thai documents and Excel), "30/9/2025",
 * Thai digits, or "2025-09-30" — to "2025-09-30"; null when it is not a real date. A year above 2400 is B.E.
 * The server reads import cells the same way (src/modules/registers/households/workbook-layout.ts cellDate).
 */
export function parseDateText(text: string): string | null {
  const clean = fromThaiDigits(text.trim());
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(clean);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(clean);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const year = y > 2400 ? y - 543 : y;
  const date = new Date(Date.UTC(year, m - 1, d));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** "2025-09-30" as the officer would type it: "30/9/2568" in Thai (B.E.), "30/9/2025" in English. */
export function dateText(iso: string, buddhistEra: boolean): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}/${m}/${buddhistEra ? y + 543 : y}`;
}
