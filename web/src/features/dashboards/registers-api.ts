import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../shared/api/api-types';
import { apiRequest } from '../../shared/api/client';

/** GET /api/dashboards/budget: a unit's spending by month and by area against its plan. */
export type BudgetDashboard = ApiResponse<'/api/dashboards/budget'>;

/** GET /api/dashboards/households: a unit's households by status, by month and by area. */
export type HouseholdsDashboard = ApiResponse<'/api/dashboards/households'>;

export type BudgetPlan = NonNullable<BudgetDashboard['plan']>;

export const registerDashboardKeys = {
  budget: (unit: string | null, year: number | null) => ['dashboards', 'budget', unit, year] as const,
  households: (unit: string | null, year: number | null) => ['dashboards', 'households', unit, year] as const,
};

/** Live figures, read fresh: every budget event and household write moves them. */
export function useBudgetDashboard(unit: string | null, fiscalYear: number | null) {
  return useQuery({
    queryKey: registerDashboardKeys.budget(unit, fiscalYear),
    queryFn: () =>
      apiRequest<BudgetDashboard>('/dashboards/budget', {
        query: { unit: unit ?? undefined, fiscalYear: fiscalYear ?? undefined },
      }),
    staleTime: 0,
  });
}

export function useHouseholdsDashboard(unit: string | null, surveyYear: number | null) {
  return useQuery({
    queryKey: registerDashboardKeys.households(unit, surveyYear),
    queryFn: () =>
      apiRequest<HouseholdsDashboard>('/dashboards/households', {
        query: { unit: unit ?? undefined, surveyYear: surveyYear ?? undefined },
      }),
    staleTime: 0,
  });
}

/** A download link of one of the two sections' tables. */
export function registerExportUrl(
  section: 'budget' | 'households',
  unit: string,
  year: number,
  table: 'months' | 'areas',
  format: 'xlsx' | 'csv',
) {
  const query = new URLSearchParams({
    unit,
    [section === 'budget' ? 'fiscalYear' : 'surveyYear']: String(year),
    table,
    format,
  });
  return `/api/dashboards/${section}/export?${query.toString()}`;
}
