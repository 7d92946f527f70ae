import { useSearchParams } from 'react-router';
import { currentMonth, isIsoMonth } from '../../shared/thai-date/month';
import type { Me, Role } from '../auth/types';

/** Who edits report forms and the calendar, and reviews (src/modules/reports/report-types.ts requireProvinceEditor). */
const provinceEditors: Role[] = ['department_admin', 'province_admin', 'province_staff'];

export function canEditReportTypes(me: Me): boolean {
  return provinceEditors.includes(me.role);
}

/** District users see their own reports; the province and the department see the board. */
export function isDistrictUser(me: Me): boolean {
  return me.scope.kind === 'district';
}

/** The province a province-level user works in; '' for the department, who chooses one. */
export function homeProvince(me: Me): string {
  return me.scope.kind === 'province' ? me.scope.code : '';
}

/** A district officer's province: a district's code is its province's two digits and two more (9501 → 95). */
export function districtProvince(me: Me): string {
  return me.scope.kind === 'district' ? me.scope.code.slice(0, 2) : '';
}

/**
 * The reports' working context lives in the URL (STYLE rule 8): ?month=YYYY-MM (this month by default),
 * ?province= for the board, the league table and the forms, ?unit= for one district's reports.
 */
export function useReportContext(me: Me) {
  const [searchParams, setSearchParams] = useSearchParams();
  const monthParam = searchParams.get('month');
  const month = isIsoMonth(monthParam) ? monthParam : currentMonth();
  const province = searchParams.get('province') || homeProvince(me);
  const unit = searchParams.get('unit') || (isDistrictUser(me) ? me.unit.code : '');

  const update = (changes: Record<string, string>) =>
    setSearchParams(
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

  return {
    month,
    province,
    unit,
    setMonth: (next: string) => update({ month: next }),
    setProvince: (next: string) => update({ province: next }),
  };
}

/** A link inside the reports section that keeps the month (and the province when one is chosen). */
export function reportsLink(
  path: string,
  params: { month?: string; province?: string; unit?: string },
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
