import type { Language } from '../../shared/i18n/language';
import type { Round } from './types';

/** "รอบการประเมินที่ 2 (1 เมษายน 2568 – 30 กันยายน 2568)" / "Round 2 (1 April 2025 – 30 September 2025)". */
export function roundLabel(round: Round, lang: Language): string {
  return lang === 'th' ? round.labelTh : round.labelEn;
}

/** "รอบการประเมินที่ 2/2568", as KPI names end in the seeds (001 L391). */
export function roundShortLabel(round: Pick<Round, 'number' | 'fiscalYear'>): string {
  return `รอบการประเมินที่ ${round.number}/${round.fiscalYear}`;
}

const thaiMonth = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: 'UTC', month: 'long' });
const thaiYear = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: 'UTC', year: 'numeric' });

function beYear(date: Date): string {
  return thaiYear.format(date).replace(/\D/g, '');
}

/** The round's months as the follow-up form heads them: "เมษายน – กันยายน 2568", across years "ตุลาคม 2567 – มีนาคม 2568". */
export function roundMonths(round: Pick<Round, 'start' | 'end'>): string {
  const start = new Date(`${round.start}T00:00:00Z`);
  const end = new Date(`${round.end}T00:00:00Z`);
  const startYear = beYear(start);
  const endYear = beYear(end);
  const first = startYear === endYear ? thaiMonth.format(start) : `${thaiMonth.format(start)} ${startYear}`;
  return `${first} – ${thaiMonth.format(end)} ${endYear}`;
}
