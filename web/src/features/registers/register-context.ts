import { useSearchParams } from 'react-router';
import { fiscalYearOf, todayIso } from '../../shared/thai-date/fiscal-year';
import { useCurrentUser } from '../auth/api';

/** The registers' working context lives in the URL (STYLE rule 8): ?unit= (the user's own by default), ?fiscalYear=, ?asOf=. */
export function useRegisterContext() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') || me.scope.code;
  const year = Number(params.get('fiscalYear'));
  const fiscalYear = Number.isInteger(year) && year >= 2500 && year <= 2700 ? year : fiscalYearOf();
  const asOfParam = params.get('asOf') ?? '';
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(asOfParam) ? asOfParam : todayIso();

  const update = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return { me, params, unit, fiscalYear, asOf, update };
}

/** A query string that keeps the unit and fiscal year when moving between the register screens. */
export function contextQuery(unit: string, fiscalYear: number): string {
  return `?unit=${encodeURIComponent(unit)}&fiscalYear=${fiscalYear}`;
}
