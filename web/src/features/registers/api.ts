import { type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../shared/api/api-types';
import { apiRequest } from '../../shared/api/client';
import type { ImportJob } from '../../shared/api/import-job';

export const registerKeys = {
  all: ['registers'] as const,
  importJob: (id: number) => ['registers', 'imports', id] as const,
  years: (unit: string) => ['registers', 'years', unit] as const,
};

/** The fiscal years (B.E.) each register holds at or below a unit, newest first. */
export type RegisterYears = ApiResponse<'/api/registers/years'>;
export type RegisterName = Exclude<keyof RegisterYears, 'unit'>;

export function useRegisterYears(unit: string) {
  return useQuery({
    queryKey: registerKeys.years(unit),
    queryFn: () => apiRequest<RegisterYears>('/registers/years', { query: { unit } }),
    enabled: unit !== '',
    retry: false,
  });
}

const finished = (job: ImportJob | undefined) => job?.status === 'done' || job?.status === 'failed';

/** Polls an import job every second until it is done or failed; then the register it fed (`refresh`) is read again. */
export function useImportJob(id: number | null, refresh: QueryKey) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: registerKeys.importJob(id ?? 0),
    queryFn: async () => {
      const { job } = await apiRequest<{ job: ImportJob }>(`/registers/imports/${id}`);
      if (finished(job)) await queryClient.invalidateQueries({ queryKey: refresh });
      return job;
    },
    enabled: id !== null,
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
  });
}
