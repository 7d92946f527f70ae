import { type IsoDate, type IsoMonth, parseIsoDate, parseIsoMonth } from './iso-date.ts';

export type Digits = 'arabic' | 'thai';

export interface ThaiDateOptions {
  /** 'arabic' (default): "1 เมษายน 2568"; 'thai': "๑ เมษายน ๒๕๖๘". */
  readonly digits?: Digits;
  /** 'long' (default): "1 เมษายน 2568"; 'short': "1 เม.ย. 68". */
  readonly style?: 'long' | 'short';
}

/**
 * Intl does the calendar work: 'th-TH-u-ca-buddhist' gives B.E. years and Thai month names, '-nu-thai' Thai digits.
 * Every formatter works in UTC on a UTC midnight, so the machine's time zone never shifts the date.
 */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
}

const THAI_LOCALE: Record<Digits, string> = {
  arabic: 'th-TH-u-ca-buddhist-nu-latn',
  thai: 'th-TH-u-ca-buddhist-nu-thai',
};
const ENGLISH_LOCALE = 'en-GB-u-ca-gregory-nu-latn';

const THAI_DATE = {
  long: {
    arabic: formatter(THAI_LOCALE.arabic, { day: 'numeric', month: 'long', year: 'numeric' }),
    thai: formatter(THAI_LOCALE.thai, { day: 'numeric', month: 'long', year: 'numeric' }),
  },
  short: {
    arabic: formatter(THAI_LOCALE.arabic, { day: 'numeric', month: 'short', year: '2-digit' }),
    thai: formatter(THAI_LOCALE.thai, { day: 'numeric', month: 'short', year: '2-digit' }),
  },
};
const THAI_MONTH = {
  arabic: formatter(THAI_LOCALE.arabic, { month: 'long', year: 'numeric' }),
  thai: formatter(THAI_LOCALE.thai, { month: 'long', year: 'numeric' }),
};
const ENGLISH_DATE = formatter(ENGLISH_LOCALE, { day: 'numeric', month: 'long', year: 'numeric' });
const ENGLISH_MONTH = formatter(ENGLISH_LOCALE, { month: 'long', year: 'numeric' });

/** Joins day, month and year with single spaces, whatever literals the ICU version puts between them. */
function render(format: Intl.DateTimeFormat, year: number, month: number, day: number): string {
  const parts = format.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return [part('day'), part('month'), part('year')].filter((value) => value !== undefined).join(' ');
}

/** formatThaiDate('2025-04-01') → "1 เมษายน 2568"; { digits: 'thai' } → "๑ เมษายน ๒๕๖๘"; { style: 'short' } → "1 เม.ย. 68". */
export function formatThaiDate(date: IsoDate, options: ThaiDateOptions = {}): string {
  const { year, month, day } = parseIsoDate(date);
  return render(THAI_DATE[options.style ?? 'long'][options.digits ?? 'arabic'], year, month, day);
}

/** formatThaiMonth('2024-10') → "ตุลาคม 2567"; { digits: 'thai' } → "ตุลาคม ๒๕๖๗". */
export function formatThaiMonth(month: IsoMonth, options: Pick<ThaiDateOptions, 'digits'> = {}): string {
  const yearMonth = parseIsoMonth(month);
  return render(THAI_MONTH[options.digits ?? 'arabic'], yearMonth.year, yearMonth.month, 1);
}

/** formatEnglishDate('2025-04-01') → "1 April 2025". */
export function formatEnglishDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return render(ENGLISH_DATE, year, month, day);
}

/** formatEnglishMonth('2024-10') → "October 2024". */
export function formatEnglishMonth(month: IsoMonth): string {
  const yearMonth = parseIsoMonth(month);
  return render(ENGLISH_MONTH, yearMonth.year, yearMonth.month, 1);
}
