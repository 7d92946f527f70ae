import { toCommonEraYear } from './era.ts';
import { daysInMonth, toIsoDate, toIsoMonth } from './iso-date.ts';

/**
 * Rules for a date or month a person typed (a form field, a query, an import cell), stricter than
 * parsing: it must exist on the calendar and fall inside a sane window, B.E. 2500–2600 = C.E. 1957–2057.
 * A year inside the B.E. window typed where C.E. is expected (2568-09-30) is the commonest slip, so it
 * is told apart and answered with the C.E. date the person most likely meant.
 */
export const FIRST_ENTRY_YEAR = 1957;
export const LAST_ENTRY_YEAR = 2057;
export const FIRST_BUDDHIST_YEAR = 2500;
export const LAST_BUDDHIST_YEAR = 2600;

export type EntryProblem =
  | { kind: 'format' }
  | { kind: 'no_such_date' }
  | { kind: 'buddhist_year'; year: number; suggestion: string }
  | { kind: 'out_of_window' };

const ENTERED_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ENTERED_MONTH = /^(\d{4})-(\d{2})$/;

const inWindow = (year: number) => year >= FIRST_ENTRY_YEAR && year <= LAST_ENTRY_YEAR;
const isBuddhistYear = (year: number) => year >= FIRST_BUDDHIST_YEAR && year <= LAST_BUDDHIST_YEAR;

function yearProblem(year: number, suggest: (commonEraYear: number) => string | null): EntryProblem | null {
  if (inWindow(year)) return null;
  const suggestion = isBuddhistYear(year) ? suggest(toCommonEraYear(year)) : null;
  return suggestion ? { kind: 'buddhist_year', year, suggestion } : { kind: 'out_of_window' };
}

/** Why a typed 'YYYY-MM-DD' is not an acceptable C.E. date, or null when it is. */
export function dateEntryProblem(text: string): EntryProblem | null {
  const match = ENTERED_DATE.exec(text);
  if (!match) return { kind: 'format' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const exists = (y: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(y, month);
  const problem = yearProblem(year, (ce) => (exists(ce) ? toIsoDate({ year: ce, month, day }) : null));
  if (problem?.kind === 'buddhist_year') return problem;
  if (!exists(year)) return { kind: 'no_such_date' };
  return problem;
}

/** Why a typed 'YYYY-MM' is not an acceptable C.E. month, or null when it is. */
export function monthEntryProblem(text: string): EntryProblem | null {
  const match = ENTERED_MONTH.exec(text);
  if (!match) return { kind: 'format' };
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return { kind: 'no_such_date' };
  return yearProblem(year, (ce) => toIsoMonth({ year: ce, month }));
}
