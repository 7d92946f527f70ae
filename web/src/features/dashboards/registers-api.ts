import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';

export type AreaUnit = { code: string; nameTh: string; kind: string };

export type BudgetPlan = {
  fiscalYear: number;
  unitCode: string;
  byDepartment: boolean;
  quarters: string[];
  demo: boolean;
};

export type BudgetPoint = {
  month: string;
  monthLabelTh: string;
  asOf: string;
  base: string | null;
  disbursed: string | null;
  committed: string | null;
  spent: string | null;
  percent: string | null;
  plan: string | null;
  quarterEnd: boolean;
  gap: string | null;
  reason: string | null;
};

export type BudgetDashboard = {
  unit: AreaUnit;
  years: number[];
  fiscalYear: number;
  asOf: string;
  asOfTh: string;
  returnCutoff: string | null;
  plan: BudgetPlan | null;
  months: BudgetPoint[];
  areas: {
    code: string;
    nameTh: string;
    base: string | null;
    spent: string | null;
    percent: string | null;
    reason: string | null;
    quarterMonthTh: string | null;
    plan: string | null;
    gap: string | null;
    ownPlan: boolean;
  }[];
};

export type HouseholdsDashboard = {
  unit: AreaUnit;
  years: number[];
  surveyYear: number;
  asOf: string;
  asOfTh: string;
  statuses: { key: string; labelTh: string }[];
  totals: { households: number; planned: number; active: number; byStatus: Record<string, number> };
  months: { month: string; monthLabelTh: string; planned: number; active: number }[];
  areas: {
    code: string;
    nameTh: string;
    households: number;
    planned: number;
    active: number;
    byStatus: Record<string, number>;
  }[];
};

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
