import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { FollowUp, FollowUpList, Prefill } from './types';

export type FollowUpFilter = { q?: string; status?: string; template?: string; from?: string; to?: string };

export const followUpKeys = {
  all: ['follow-ups'] as const,
  list: (filter: FollowUpFilter) => ['follow-ups', 'list', filter] as const,
  one: (id: number) => ['follow-ups', 'one', id] as const,
  prefill: (template: number, unit: string, date: string) =>
    ['follow-ups', 'prefill', template, unit, date] as const,
};

const clean = (filter: FollowUpFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''));

export function useFollowUps(filter: FollowUpFilter) {
  return useQuery({
    queryKey: followUpKeys.list(filter),
    queryFn: () => apiRequest<FollowUpList>('/follow-ups', { query: clean(filter) }),
    placeholderData: keepPreviousData,
  });
}

export function useFollowUp(id: number) {
  return useQuery({
    queryKey: followUpKeys.one(id),
    queryFn: () => apiRequest<FollowUp>(`/follow-ups/${id}`),
    enabled: Number.isInteger(id),
  });
}

/** The starting values of a new follow-up: fetched when the user presses start, not while choosing. */
export function fetchPrefill(template: number, unit: string, date: string) {
  return apiRequest<Prefill>('/follow-ups/prefill', { query: { template, unit, date } });
}

/** Finishing or amending answers the follow-up as it now is: keep it, and let the lists reload. */
function useFollowUpAction(path: (id: number) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<FollowUp>(path(id), { method: 'POST' }),
    onSuccess: (saved) => {
      queryClient.setQueryData(followUpKeys.one(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: ['follow-ups', 'list'] });
    },
  });
}

export const useFinishFollowUp = () => useFollowUpAction((id) => `/follow-ups/${id}/finish`);

/** A new draft version of a finished follow-up (its own client id). */
export const useAmendFollowUp = () => useFollowUpAction((id) => `/follow-ups/${id}/versions`);

/** Uploads one photo for a photo field; answers its file id. */
export async function uploadPhoto(id: number, field: string, file: File): Promise<number> {
  const body = new FormData();
  body.append('file', file);
  const answer = await apiRequest<{ fileId: number }>(`/follow-ups/${id}/photos`, {
    method: 'POST',
    query: { field },
    body,
  });
  return answer.fileId;
}

export const photoUrl = (id: number, fileId: number) => `/api/follow-ups/${id}/photos/${fileId}`;
