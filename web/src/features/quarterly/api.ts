import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { QuarterlyListItem, QuarterlyReport } from './types';

export const quarterlyKeys = {
  all: ['quarterly'] as const,
  list: ['quarterly', 'list'] as const,
  report: (fiscalYear: number, quarter: number) => ['quarterly', 'report', fiscalYear, quarter] as const,
};

export function useQuarterlyReports() {
  return useQuery({
    queryKey: quarterlyKeys.list,
    queryFn: () => apiRequest<QuarterlyListItem[]>('/quarterly'),
  });
}

export function useQuarterlyReport(fiscalYear: number, quarter: number) {
  return useQuery({
    queryKey: quarterlyKeys.report(fiscalYear, quarter),
    queryFn: () => apiRequest<QuarterlyReport>(`/quarterly/${fiscalYear}/${quarter}`),
    enabled: Number.isInteger(fiscalYear) && Number.isInteger(quarter),
  });
}
