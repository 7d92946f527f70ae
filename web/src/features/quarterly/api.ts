import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type {
  DataQuality,
  KpiEntry,
  NewKpi,
  QuarterlyListItem,
  QuarterlyReport,
  RegionEntry,
  RegionEntryView,
  RegionStatus,
} from './types';

export const quarterlyKeys = {
  all: ['quarterly'] as const,
  list: ['quarterly', 'list'] as const,
  report: (fiscalYear: number, quarter: number) => ['quarterly', 'report', fiscalYear, quarter] as const,
  dataQuality: (fiscalYear: number, quarter: number) =>
    ['quarterly', 'data-quality', fiscalYear, quarter] as const,
  regions: (fiscalYear: number, quarter: number) => ['quarterly', 'regions', fiscalYear, quarter] as const,
  region: (fiscalYear: number, quarter: number, region: string) =>
    ['quarterly', 'regions', fiscalYear, quarter, region] as const,
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

export function useDataQuality(fiscalYear: number, quarter: number) {
  return useQuery({
    queryKey: quarterlyKeys.dataQuality(fiscalYear, quarter),
    queryFn: () => apiRequest<DataQuality>(`/quarterly/${fiscalYear}/${quarter}/data-quality`),
    enabled: Number.isInteger(fiscalYear) && Number.isInteger(quarter),
  });
}

/** Publishes (confirming any warnings) or reopens a quarter; the report and the list follow. */
export function useQuarterStatus(fiscalYear: number, quarter: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'publish' | 'reopen') =>
      apiRequest<{ status: string }>(`/quarterly/${fiscalYear}/${quarter}/${action}`, {
        method: 'POST',
        body: action === 'publish' ? { confirmWarnings: true } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quarterlyKeys.all }),
  });
}

/** Saves one KPI's quarters, region offices and narratives; the report, its warnings and the list follow. */
export function useEnterKpi(fiscalYear: number, quarter: number, code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: KpiEntry) =>
      apiRequest<QuarterlyReport>(`/quarterly/${fiscalYear}/${quarter}/kpis/${encodeURIComponent(code)}`, {
        method: 'PUT',
        body: entry,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quarterlyKeys.all }),
  });
}

/** Sets the date the report's figures are as of, from the report's version the page loaded. */
export function useSetAsOf(fiscalYear: number, quarter: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { asOf: string; rowVersion: number }) =>
      apiRequest<QuarterlyReport>(`/quarterly/${fiscalYear}/${quarter}/as-of`, {
        method: 'PUT',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quarterlyKeys.all }),
  });
}

/** Creates a quarter's report from the one before it or from nothing; the list follows. */
export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fiscalYear: number; quarter: number; from: 'previous' | 'empty' }) =>
      apiRequest<QuarterlyReport>(`/quarterly/${input.fiscalYear}/${input.quarter}`, {
        method: 'POST',
        body: { from: input.from },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quarterlyKeys.all }),
  });
}

export function useRegionStatus(fiscalYear: number, quarter: number) {
  return useQuery({
    queryKey: quarterlyKeys.regions(fiscalYear, quarter),
    queryFn: () => apiRequest<RegionStatus>(`/quarterly/${fiscalYear}/${quarter}/regions`),
  });
}

export function useRegionEntry(fiscalYear: number, quarter: number, region: string) {
  return useQuery({
    queryKey: quarterlyKeys.region(fiscalYear, quarter, region),
    queryFn: () =>
      apiRequest<RegionEntryView>(
        `/quarterly/${fiscalYear}/${quarter}/regions/${encodeURIComponent(region)}`,
      ),
    enabled: Number.isInteger(fiscalYear) && Number.isInteger(quarter),
  });
}

/** Saves a region office's results to date and narratives; the report, its warnings and the status follow. */
export function useEnterRegion(fiscalYear: number, quarter: number, region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: RegionEntry) =>
      apiRequest<RegionEntryView>(
        `/quarterly/${fiscalYear}/${quarter}/regions/${encodeURIComponent(region)}`,
        {
          method: 'PUT',
          body: entry,
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quarterlyKeys.all }),
  });
}

/** Adds a strategic issue or a KPI to a draft, or removes a KPI (from its version shown); the report follows. */
export function useEditStructure(fiscalYear: number, quarter: number) {
  const queryClient = useQueryClient();
  const base = `/quarterly/${fiscalYear}/${quarter}`;
  return useMutation({
    mutationFn: (
      edit:
        | { kind: 'issue'; no: number; nameTh: string }
        | { kind: 'kpi'; body: NewKpi }
        | { kind: 'remove'; code: string; rowVersion: number },
    ) =>
      edit.kind === 'issue'
        ? apiRequest<QuarterlyReport>(`${base}/issues`, {
            method: 'POST',
            body: { no: edit.no, nameTh: edit.nameTh },
          })
        : edit.kind === 'kpi'
          ? apiRequest<QuarterlyReport>(`${base}/kpis`, { method: 'POST', body: edit.body })
          : apiRequest<QuarterlyReport>(`${base}/kpis/${encodeURIComponent(edit.code)}`, {
              method: 'DELETE',
              query: { rowVersion: edit.rowVersion },
            }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quarterlyKeys.all }),
  });
}
