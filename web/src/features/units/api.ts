import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import { uploadFile } from '../../shared/api/upload';
import type { Unit, UnitDetail, UnitSearchResult } from './types';

export const unitKeys = {
  all: ['units'] as const,
  detail: (code: string) => ['units', 'detail', code] as const,
  search: (query: string) => ['units', 'search', query] as const,
};

export const villageTemplateUrl = '/api/units/villages/template.xlsx';

function fetchUnit(code: string): Promise<UnitDetail> {
  return apiRequest<UnitDetail>(`/units/${encodeURIComponent(code)}`);
}

export function useUnit(code: string, enabled = true) {
  return useQuery({ queryKey: unitKeys.detail(code), queryFn: () => fetchUnit(code), enabled });
}

export function useUnits(codes: string[]) {
  return useQueries({
    queries: codes.map((code) => ({ queryKey: unitKeys.detail(code), queryFn: () => fetchUnit(code) })),
  });
}

export function useUnitSearch(query: string) {
  return useQuery({
    queryKey: unitKeys.search(query),
    queryFn: () =>
      apiRequest<{ items: UnitSearchResult[] }>('/units', { query: { q: query, limit: 20 } }).then(
        (r) => r.items,
      ),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}

export type NewVillage = { number: number; nameTh: string; nameEn?: string };

export function useAddVillage(subdistrictCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (village: NewVillage) =>
      apiRequest<{ unit: Unit }>(`/units/${encodeURIComponent(subdistrictCode)}/villages`, {
        method: 'POST',
        body: village,
      }).then((r) => r.unit),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}

export function useImportVillages() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile<{ created: number }>('/units/villages/import', file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitKeys.all }),
  });
}
