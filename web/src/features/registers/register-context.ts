import { useSearchParams } from 'react-router';
import { fiscalYearOf, todayIso } from '../../shared/thai-date/fiscal-year';
import { useCurrentUser } from '../auth/api';
import { type RegisterName, useRegisterYears } from './api';

/**
 * The registers' working context lives in the URL (STYLE rule 8): ?unit= (the user's own by default), ?fiscalYear=
 * (by default the latest year the register holds for the unit, else the current one), ?asOf= (today, or the last day
 * of a year that has ended).
 */
export function useRegisterContext(register: RegisterName) {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') || me.scope.code;
  const yearsQuery = useRegisterYears(unit);
  const years = yearsQuery.data?.[register] ?? [];
  const year = Number(params.get('fiscalYear'));
  const fiscalYear =
    Number.isInteger(year) && year >= 2500 && year <= 2700 ? year : (years[0] ?? fiscalYearOf());
  const asOfParam = params.get('asOf') ?? '';
  // A year that has ended is shown as of its last day (30 September), not as of today.
  const yearEnd = `${fiscalYear - 543}-09-30`;
  const today = todayIso();
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(asOfParam) ? asOfParam : today < yearEnd ? today : yearEnd;
  /** Editors write inside their scope; a unit the server answered for is inside it. */
  const mayWrite = me.permissions.editUnits && yearsQuery.isSuccess;

  const update = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (changes.unit !== undefined && changes.fiscalYear === undefined) next.delete('fiscalYear');
        if (changes.fiscalYear !== undefined && changes.asOf === undefined) next.delete('asOf');
        return next;
      },
      { replace: true },
    );

  return { me, params, unit, fiscalYear, years, yearsQuery, mayWrite, asOf, update };
}

/** A query string that keeps the unit when moving between the register screens (each opens on its own latest year). */
export function unitQuery(unit: string): string {
  return `?unit=${encodeURIComponent(unit)}`;
}

/** A query string that keeps the unit and fiscal year. */
export function contextQuery(unit: string, fiscalYear: number): string {
  return `?unit=${encodeURIComponent(unit)}&fiscalYear=${fiscalYear}`;
}
