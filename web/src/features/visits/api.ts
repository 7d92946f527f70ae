import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { PlanBody, Topic, TopicList, TopicTemplate, VisitPlan, VisitPlanList } from './types';

export type VisitPlanFilter = { q?: string; month?: string };

export const visitKeys = {
  all: ['visits'] as const,
  list: (filter: VisitPlanFilter) => ['visits', 'list', filter] as const,
  one: (id: number) => ['visits', 'one', id] as const,
  topics: (unit: string) => ['visits', 'topics', unit] as const,
};

const clean = (filter: VisitPlanFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''));

export function useVisitPlans(filter: VisitPlanFilter) {
  return useQuery({
    queryKey: visitKeys.list(filter),
    queryFn: () => apiRequest<VisitPlanList>('/visits', { query: clean(filter) }),
  });
}

export function useVisitPlan(id: number) {
  return useQuery({
    queryKey: visitKeys.one(id),
    queryFn: () => apiRequest<VisitPlan>(`/visits/${id}`),
    enabled: Number.isInteger(id),
  });
}

export function useCreateVisitPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (month: string) => apiRequest<VisitPlan>('/visits', { method: 'POST', body: { month } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitKeys.all }),
  });
}

export function useSaveVisitPlan(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    /** `rowVersion`: the plan's version the editor started from (409 stale over someone else's save). */
    mutationFn: ({ body, rowVersion }: { body: PlanBody; rowVersion: number }) =>
      apiRequest<VisitPlan>(`/visits/${id}`, { method: 'PUT', body: { body, rowVersion } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(visitKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: ['visits', 'list'] });
    },
  });
}

export function useVisitPlanAction(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: { kind: 'finish' } | { kind: 'amend'; reason: string }) =>
      apiRequest<VisitPlan>(`/visits/${id}/${action.kind}`, {
        method: 'POST',
        body: action.kind === 'finish' ? { confirm: true } : { reason: action.reason },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitKeys.all }),
  });
}

export function useTopics(unit: string) {
  return useQuery({
    queryKey: visitKeys.topics(unit),
    queryFn: () => apiRequest<TopicList>('/visits/topics', { query: { unit } }),
  });
}

/** Adds a topic template (id null) or rewrites one; deletes with `remove`. */
export function useTopicMutations(unit: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: visitKeys.topics(unit) });
  const save = useMutation({
    mutationFn: ({
      id,
      topic,
      rowVersion,
    }: {
      id: number | null;
      topic: Topic;
      rowVersion?: number | undefined;
    }) =>
      apiRequest<TopicTemplate>(id === null ? '/visits/topics' : `/visits/topics/${id}`, {
        method: id === null ? 'POST' : 'PUT',
        body: id === null ? { ...topic, unitCode: unit } : { ...topic, unitCode: unit, rowVersion },
      }),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: (id: number) => apiRequest<{ deleted: true }>(`/visits/topics/${id}`, { method: 'DELETE' }),
    onSuccess,
  });
  return { save, remove };
}
