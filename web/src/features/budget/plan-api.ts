import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { BudgetPlans, PlanInput } from './types';

const planKey = (unit: string, year: number) => ['registers', 'budget-plans', unit, year] as const;

export function useBudgetPlans(unit: string, fiscalYear: number) {
  return useQuery({
    queryKey: planKey(unit, fiscalYear),
    queryFn: () => apiRequest<BudgetPlans>('/registers/budget/plans', { query: { unit, fiscalYear } }),
    enabled: unit !== '',
  });
}

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
