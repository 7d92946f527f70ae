import type { Language } from '../../shared/i18n/language';
import { formatIsoDate, formatMonth } from '../../shared/thai-date/month';

/**
 * A report period in the UI language. The API labels it in Thai ("มีนาคม 2568", "ไตรมาสที่ 2 (…)"); in English
 * it is built from the key: "2025-03" → "March 2025", "FY2568-Q2" → "Q2 of fiscal year 2568", a date → the date.
 */
export function periodLabel(key: string, labelTh: string, lang: Language): string {
  if (lang === 'th') return labelTh;
  const quarter = /^FY(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `Q${quarter[2]} of fiscal year ${quarter[1]}`;
  if (/^\d{4}-\d{2}$/.test(key)) return formatMonth(key, lang);
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return formatIsoDate(key, lang);
  return labelTh;
}

/** "1200.5" → "1,200.5": a decimal from the API grouped the Thai way, without going through a float. */
export function groupDecimal(value: string): string {
  const [whole = '', fraction] = value.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
