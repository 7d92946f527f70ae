import {
  type Digits,
  formatEnglishDate,
  formatEnglishMonth,
  formatThaiDate,
  formatThaiMonth,
} from './date-format.ts';
import { fiscalYearRange } from './fiscal-year.ts';
import type { IsoMonth } from './iso-date.ts';
import type { FiscalQuarter } from './quarter.ts';
import type { EvaluationRound } from './round.ts';
import { toThaiDigits } from './thai-digits.ts';

/** Thai labels (default), with Arabic digits unless `digits: 'thai'`; or English labels with C.E. dates. */
export type LabelOptions = { readonly lang?: 'th'; readonly digits?: Digits } | { readonly lang: 'en' };

/** The seeds put an en dash between the two ends of a period: 001 L11 "(๑ เมษายน ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘)". */
const RANGE_DASH = ' – ';

function thaiNumber(value: number, digits: Digits | undefined): string {
  return digits === 'thai' ? toThaiDigits(value) : String(value);
}

// 001 L53: "ตัวชี้วัดและค่าเป้าหมายการประเมินผลการปฏิบัติราชการ ปีงบประมาณ พ.ศ. ๒๕๖๘"
/** "ปีงบประมาณ พ.ศ. 2568"; English: "Fiscal year B.E. 2568 (1 October 2024 – 30 September 2025)". */
export function fiscalYearLabel(fiscalYear: number, options: LabelOptions = {}): string {
  const { start, end } = fiscalYearRange(fiscalYear);
  if (options.lang === 'en') {
    return `Fiscal year B.E. ${fiscalYear} (${formatEnglishDate(start)}${RANGE_DASH}${formatEnglishDate(end)})`;
  }
  return `ปีงบประมาณ พ.ศ. ${thaiNumber(fiscalYear, options.digits)}`;
}

// 001 L11: "รอบการประเมินที่ ๒ (๑ เมษายน ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘)"
/** "รอบการประเมินที่ 2 (1 เมษายน 2568 – 30 กันยายน 2568)"; English: "Round 2 (1 April 2025 – 30 September 2025)". */
export function roundLabel(round: EvaluationRound, options: LabelOptions = {}): string {
  if (options.lang === 'en') {
    return `Round ${round.number} (${formatEnglishDate(round.start)}${RANGE_DASH}${formatEnglishDate(round.end)})`;
  }
  const { digits } = options;
  const start = formatThaiDate(round.start, { digits });
  const end = formatThaiDate(round.end, { digits });
  return `รอบการประเมินที่ ${thaiNumber(round.number, digits)} (${start}${RANGE_DASH}${end})`;
}

// 001 L391 (a KPI name): "(รอบการประเมินที่ ๒/๒๕๖๘)"
/** "รอบการประเมินที่ 2/2568"; English: "Round 2/2568". */
export function roundShortLabel(round: EvaluationRound, options: LabelOptions = {}): string {
  if (options.lang === 'en') return `Round ${round.number}/${round.fiscalYear}`;
  const { digits } = options;
  return `รอบการประเมินที่ ${thaiNumber(round.number, digits)}/${thaiNumber(round.fiscalYear, digits)}`;
}

/** "ตุลาคม 2567"; English: "October 2024". */
export function monthLabel(month: IsoMonth, options: LabelOptions = {}): string {
  return options.lang === 'en'
    ? formatEnglishMonth(month)
    : formatThaiMonth(month, { digits: options.digits });
}

// 001 L138: "ไตรมาสที่ ๓ - ๔ (เดือนเมษายน ๒๕๖๘ - กันยายน ๒๕๖๘)"
/** "ไตรมาสที่ 1 (ตุลาคม 2567 – ธันวาคม 2567)"; English: "Quarter 1 (October 2024 – December 2024)". */
export function quarterLabel(quarter: FiscalQuarter, options: LabelOptions = {}): string {
  const first = monthLabel(quarter.start.slice(0, 7), options);
  const last = monthLabel(quarter.end.slice(0, 7), options);
  if (options.lang === 'en') return `Quarter ${quarter.number} (${first}${RANGE_DASH}${last})`;
  return `ไตรมาสที่ ${thaiNumber(quarter.number, options.digits)} (${first}${RANGE_DASH}${last})`;
}
