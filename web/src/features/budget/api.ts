import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../shared/api/api-types';
import { apiRequest } from '../../shared/api/client';
import { uploadFile } from '../../shared/api/upload';
import { registerKeys } from '../registers/api';
import type { BudgetLine, BudgetLineFilter, BudgetLineList, BudgetReport, NewBudgetEvent } from './types';

export const budgetKeys = {
  budget: [...registerKeys.all, 'budget'] as const,
  report: (unit: string, fiscalYear: number, asOf: string) =>
    [...registerKeys.all, 'budget', 'report', unit, fiscalYear, asOf] as const,
  lines: (unit: string, fiscalYear: number, filter: BudgetLineFilter) =>
    [...registerKeys.all, 'budget', 'lines', unit, fiscalYear, filter] as const,
};

export const budgetExportUrl = (unit: string, fiscalYear: number) =>
  `/api/registers/budget/export.xlsx?unit=${encodeURIComponent(unit)}&fiscalYear=${fiscalYear}`;

export function useBudgetReport(unit: string, fiscalYear: number, asOf: string) {
  return useQuery({
    queryKey: budgetKeys.report(unit, fiscalYear, asOf),
    queryFn: () =>
      apiRequest<BudgetReport>('/registers/budget/report', { query: { unit, fiscalYear, asOf } }),
    enabled: unit !== '',
    retry: false,
  });
}

export function useBudgetLines(unit: string, fiscalYear: number, filter: BudgetLineFilter) {
  return useQuery({
    queryKey: budgetKeys.lines(unit, fiscalYear, filter),
    queryFn: () =>
      apiRequest<BudgetLineList>('/registers/budget/lines', { query: { unit, fiscalYear, ...filter } }),
    enabled: unit !== '',
    placeholderData: keepPreviousData,
  });
}

function useBudgetWrite<I, O>(request: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKeys.budget }),
  });
}

/**
 * The department sets a fiscal year's return cut-off (PUT /registers/budget/cutoffs/:fiscalYear), from the row
 * version it loaded (0: none was set): a cut-off set by someone else meanwhile answers 409 stale.
 */
export function useSetCutoff(fiscalYear: number) {
  return useBudgetWrite((body: { returnCutoff: string; rowVersion: number }) =>
    apiRequest<unknown>(`/registers/budget/cutoffs/${fiscalYear}`, { method: 'PUT', body }),
  );
}

export function useAddBudgetLine() {
  return useBudgetWrite((input: { unitCode: string; fiscalYear: number; category: string; name: string }) =>
    apiRequest<{ line: BudgetLine }>('/registers/budget/lines', { method: 'POST', body: input }),
  );
}

export function useAddBudgetEvent(lineId: number) {
  return useBudgetWrite((input: NewBudgetEvent) =>
    apiRequest<{ line: BudgetLine }>(`/registers/budget/lines/${lineId}/events`, {
      method: 'POST',
      body: input,
    }),
  );
}

export function useBudgetImport(unit: string, fiscalYear: number) {
  return useBudgetWrite((file: File) =>
    uploadFile<ApiResponse<'/api/registers/budget/import', 'post'>>('/registers/budget/import', file, {
      unit,
      fiscalYear,
    }),
  );
}
