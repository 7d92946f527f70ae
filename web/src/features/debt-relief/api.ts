import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../shared/api/api-types';
import { apiRequest } from '../../shared/api/client';
import { uploadFile } from '../../shared/api/upload';
import { registerKeys } from '../registers/api';
import type { DebtReliefFilter, DebtReliefList, NewDebtHousehold } from './types';

export const debtReliefKeys = {
  all: [...registerKeys.all, 'debt-relief'] as const,
  list: (unit: string, fiscalYear: number, filter: DebtReliefFilter) =>
    [...registerKeys.all, 'debt-relief', unit, fiscalYear, filter] as const,
};

export const debtReliefExportUrl = (unit: string, fiscalYear: number) =>
  `/api/registers/debt-relief/export.xlsx?unit=${encodeURIComponent(unit)}&fiscalYear=${fiscalYear}`;

export function useDebtRelief(unit: string, fiscalYear: number, filter: DebtReliefFilter) {
  return useQuery({
    queryKey: debtReliefKeys.list(unit, fiscalYear, filter),
    queryFn: () =>
      apiRequest<DebtReliefList>('/registers/debt-relief', { query: { unit, fiscalYear, ...filter } }),
    enabled: unit !== '',
    retry: false,
    placeholderData: keepPreviousData,
  });
}

export function useAddDebtHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewDebtHousehold) =>
      apiRequest<ApiResponse<'/api/registers/debt-relief/', 'post'>>('/registers/debt-relief', {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: debtReliefKeys.all }),
  });
}

export function useDebtReliefImport(unit: string, fiscalYear: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<ApiResponse<'/api/registers/debt-relief/import', 'post'>>(
        '/registers/debt-relief/import',
        file,
        {
          unit,
          fiscalYear,
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: debtReliefKeys.all }),
  });
}
