import { type DateRange, fiscalMonthIndex, fiscalMonthsRange, fiscalYearOf } from './fiscal-year.ts';
import { type IsoDate, parseIsoDate } from './iso-date.ts';

export type RoundNumber = 1 | 2;

/** An evaluation round (รอบการประเมิน): two per fiscal year. */
export interface EvaluationRound extends DateRange {
  readonly fiscalYear: number;
  readonly number: RoundNumber;
}

// Default dates: round 1 = October – March, round 2 = April – September.
// 001 L175: "รอบการประเมินที่ ๑ (ตุลาคม – มีนาคม) ใช้ข้อมูลผลการรายงาน ณ วันที่ ๓๑ มีนาคม ๒๕๖๘"
// 001 L175: "รอบการประเมินที่ ๒ (เมษายน – กันยายน) ใช้ข้อมูลผลการรายงาน ณ วันที่ ๓๐ กันยายน ๒๕๖๘"
const ROUND_MONTHS: Record<RoundNumber, readonly [number, number]> = { 1: [0, 5], 2: [6, 11] };

/**
 * The round with its default dates, or with dates the department set instead:
 * 001 L175: "หรือในช่วงระยะเวลา ตามที่กรมการพัฒนาชุมชนกำหนด และแจ้งให้ทราบทั่วกัน"
 */
export function evaluationRound(
  fiscalYear: number,
  number: RoundNumber,
  dates: Partial<DateRange> = {},
): EvaluationRound {
  const [first, last] = ROUND_MONTHS[number];
  const defaults = fiscalMonthsRange(fiscalYear, first, last);
  const start = dates.start ?? defaults.start;
  const end = dates.end ?? defaults.end;
  parseIsoDate(start);
  parseIsoDate(end);
  if (start > end) {
    throw new RangeError(`Round ${number}/${fiscalYear} starts (${start}) after it ends (${end})`);
  }
  return { fiscalYear, number, start, end };
}

export function evaluationRounds(fiscalYear: number): [EvaluationRound, EvaluationRound] {
  return [evaluationRound(fiscalYear, 1), evaluationRound(fiscalYear, 2)];
}

/** The default round a date falls in. */
export function roundOf(date: IsoDate): EvaluationRound {
  return evaluationRound(fiscalYearOf(date), fiscalMonthIndex(date) < 6 ? 1 : 2);
}

export function roundContains(round: EvaluationRound, date: IsoDate): boolean {
  parseIsoDate(date);
  return round.start <= date && date <= round.end;
}
