import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import { agreementKeys } from '../agreements/api';
import { registerKeys } from '../registers/api';
import type { RegisterBinding } from '../registers/types';

export type RegisterMeasure = { measure: string; labelTh: string; inputs: string[] };

const bindingKeys = {
  bindings: (kpiSetId: number) => [...registerKeys.all, 'bindings', kpiSetId] as const,
  measures: [...registerKeys.all, 'measures'] as const,
};

/** The set's KPIs that take their result from a register; polled while a register write waits for its recompute. */
export function useKpiBindings(kpiSetId: number) {
  return useQuery({
    queryKey: bindingKeys.bindings(kpiSetId),
    queryFn: () =>
      apiRequest<{ items: RegisterBinding[] }>('/registers/bindings', { query: { kpiSet: kpiSetId } }).then(
        (r) => r.items,
      ),
    retry: false,
    refetchInterval: (query) =>
      query.state.data?.some((b) => b.recompute?.state === 'pending') ? 2000 : false,
  });
}

export function useRegisterMeasures() {
  return useQuery({
    queryKey: bindingKeys.measures,
    queryFn: () =>
      apiRequest<{ items: RegisterMeasure[] }>('/registers/bindings/measures').then((r) => r.items),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function useInvalidateBindings(kpiSetId: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: bindingKeys.bindings(kpiSetId) }),
      queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
    ]);
}

export function useBindKpi(kpiSetId: number) {
  const invalidate = useInvalidateBindings(kpiSetId);
  return useMutation({
    mutationFn: ({ kpiId, ...body }: { kpiId: number; measure: string; asOf: string; rowVersion: number }) =>
      apiRequest<{ binding: RegisterBinding; results: unknown[]; rowVersion: number }>(
        `/registers/bindings/${kpiId}`,
        {
          method: 'PUT',
          body,
        },
      ),
    onSuccess: invalidate,
  });
}

export function useUnbindKpi(kpiSetId: number) {
  const invalidate = useInvalidateBindings(kpiSetId);
  return useMutation({
    mutationFn: ({ kpiId, rowVersion }: { kpiId: number; rowVersion: number }) =>
      apiRequest<void>(`/registers/bindings/${kpiId}`, { method: 'DELETE', query: { rowVersion } }),
    onSuccess: invalidate,
  });
}

export function useRecomputeKpi(kpiSetId: number) {
  const invalidate = useInvalidateBindings(kpiSetId);
  return useMutation({
    mutationFn: (kpiId: number) =>
      apiRequest<{ binding: RegisterBinding; results: unknown[] }>(`/registers/bindings/${kpiId}/recompute`, {
        method: 'POST',
      }),
    onSuccess: invalidate,
  });
}
