import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';

export type BudgetPlan = {
  fiscalYear: number;
  unitCode: string;
  byDepartment: boolean;
  quarters: string[];
  demo: boolean;
};

export type BudgetPlans = {
  fiscalYear: number;
  department: { code: string; nameTh: string } | null;
  province: { code: string; nameTh: string } | null;
  national: BudgetPlan | null;
  own: BudgetPlan | null;
  effective: BudgetPlan | null;
  canEditNational: boolean;
  canEditOwn: boolean;
};

const planKey = (unit: string, year: number) => ['registers', 'budget-plans', unit, year] as const;

export function useBudgetPlans(unit: string, fiscalYear: number) {
  return useQuery({
    queryKey: planKey(unit, fiscalYear),
    queryFn: () => apiRequest<BudgetPlans>('/registers/budget/plans', { query: { unit, fiscalYear } }),
    enabled: unit !== '',
  });
}

export type PlanInput = { unitCode: string; q1: string; q2: string; q3: string; q4: string };

/** The department's plan or a province's own (PUT /registers/budget/plans/:fiscalYear); the dashboards read it. */
export function useSetBudgetPlan(fiscalYear: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanInput) =>
      apiRequest<BudgetPlans>(`/registers/budget/plans/${fiscalYear}`, { method: 'PUT', body: input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['registers', 'budget-plans'] });
      await queryClient.invalidateQueries({ queryKey: ['dashboards'] });
    },
  });
}
