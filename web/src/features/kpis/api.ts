import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import { uploadFile } from '../../shared/api/upload';
import type {
  FormulaPreview,
  FormulaPreviewRequest,
  Kpi,
  KpiCard,
  KpiImportResult,
  KpiSet,
  KpiSetDetail,
  KpiSetYears,
  NewKpiSet,
  Round,
} from './types';

export const kpiKeys = {
  all: ['kpis'] as const,
  sets: (fiscalYear: number | null) => ['kpis', 'sets', fiscalYear] as const,
  set: (id: number) => ['kpis', 'set', id] as const,
  rounds: (fiscalYear: number) => ['kpis', 'rounds', fiscalYear] as const,
  years: ['kpis', 'sets', 'years'] as const,
  formulaPreview: (request: FormulaPreviewRequest) => ['kpis', 'formula-preview', request] as const,
};

/** The fiscal years with KPI sets for the user's unit and the latest round: the set list opens there. */
export function useKpiSetYears() {
  return useQuery({
    queryKey: kpiKeys.years,
    queryFn: () => apiRequest<KpiSetYears>('/kpi-sets/years'),
  });
}

/** The formula editor's live preview (nothing is saved); null while there is nothing to compute. */
export function useFormulaPreview(request: FormulaPreviewRequest | null) {
  return useQuery({
    queryKey: kpiKeys.formulaPreview(request ?? { expression: '', inputs: [], values: {} }),
    queryFn: () => apiRequest<FormulaPreview>('/kpis/formula-preview', { method: 'POST', body: request }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const kpiSetExportUrl = (id: number) => `/api/kpi-sets/${id}/export.xlsx`;

export function useRounds(fiscalYear: number) {
  return useQuery({
    queryKey: kpiKeys.rounds(fiscalYear),
    queryFn: () => apiRequest<{ items: Round[] }>(`/rounds/${fiscalYear}`).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

/** KPI sets of the user's scope; null = every fiscal year (for "copy from an earlier round"). */
export function useKpiSets(fiscalYear: number | null, enabled = true) {
  return useQuery({
    queryKey: kpiKeys.sets(fiscalYear),
    queryFn: () =>
      apiRequest<{ items: KpiSet[] }>('/kpi-sets', { query: { fiscalYear } }).then((r) => r.items),
    enabled,
  });
}

export function useKpiSet(id: number, enabled = true) {
  return useQuery({
    queryKey: kpiKeys.set(id),
    queryFn: () => apiRequest<KpiSetDetail>(`/kpi-sets/${id}`),
    enabled: enabled && Number.isInteger(id) && id > 0,
  });
}

/** Several sets with their KPIs at once (the report-form editor binds a field to any KPI of the province). */
export function useKpiSetDetails(ids: number[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: kpiKeys.set(id),
      queryFn: () => apiRequest<KpiSetDetail>(`/kpi-sets/${id}`),
    })),
  });
}

export function useCreateKpiSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewKpiSet) => apiRequest<KpiSetDetail>('/kpi-sets', { method: 'POST', body: input }),
    onSuccess: (detail) => {
      queryClient.setQueryData(kpiKeys.set(detail.set.id), detail);
      return queryClient.invalidateQueries({ queryKey: ['kpis', 'sets'] });
    },
  });
}

/** Adds a card (id null) or replaces one. */
export function useSaveKpi(kpiSetId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, card, rowVersion }: { id: number | null; card: KpiCard; rowVersion?: number }) =>
      (id === null
        ? apiRequest<{ kpi: Kpi }>(`/kpi-sets/${kpiSetId}/kpis`, { method: 'POST', body: card })
        : apiRequest<{ kpi: Kpi }>(`/kpis/${id}`, { method: 'PUT', body: { ...card, rowVersion } })
      ).then((r) => r.kpi),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kpiKeys.set(kpiSetId) }),
  });
}

export function useDeleteKpi(kpiSetId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rowVersion }: { id: number; rowVersion: number }) =>
      apiRequest<void>(`/kpis/${id}`, { method: 'DELETE', query: { rowVersion } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kpiKeys.set(kpiSetId) }),
  });
}

/** The whole set from an .xlsx file: the server saves every row or none (422 with the rows at fault). */
export function useImportKpis(kpiSetId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile<KpiImportResult>(`/kpi-sets/${kpiSetId}/import`, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kpiKeys.set(kpiSetId) }),
  });
}
