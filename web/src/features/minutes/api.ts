import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type {
  Minutes,
  MinutesBody,
  MinutesDefaults,
  MinutesHeader,
  MinutesList,
  MinutesTable,
} from './types';

export type MinutesFilter = { q?: string; number?: string; from?: string; to?: string };

export const minutesKeys = {
  all: ['minutes'] as const,
  list: (filter: MinutesFilter) => ['minutes', 'list', filter] as const,
  one: (id: number) => ['minutes', 'one', id] as const,
  defaults: (date: string) => ['minutes', 'defaults', date] as const,
};

const clean = (filter: MinutesFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''));

export function useMinutesList(filter: MinutesFilter) {
  return useQuery({
    queryKey: minutesKeys.list(filter),
    queryFn: () => apiRequest<MinutesList>('/minutes', { query: clean(filter) }),
  });
}

export function useMinutesDefaults(date: string, enabled: boolean) {
  return useQuery({
    queryKey: minutesKeys.defaults(date),
    queryFn: () => apiRequest<MinutesDefaults>('/minutes/defaults', { query: { date } }),
    enabled,
  });
}

export function useMinutes(id: number) {
  return useQuery({
    queryKey: minutesKeys.one(id),
    queryFn: () => apiRequest<Minutes>(`/minutes/${id}`),
    enabled: Number.isInteger(id),
  });
}

export function useCreateMinutes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MinutesHeader & { copyAttendees: boolean }) =>
      apiRequest<Minutes>('/minutes', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: minutesKeys.all }),
  });
}

export function useSaveMinutes(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    /** `rowVersion`: the minutes' version the editor started from (409 stale over someone else's save). */
    mutationFn: (input: MinutesHeader & { body: MinutesBody; rowVersion: number }) =>
      apiRequest<Minutes>(`/minutes/${id}`, { method: 'PUT', body: input }),
    onSuccess: (saved) => {
      queryClient.setQueryData(minutesKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: ['minutes', 'list'] });
    },
  });
}

export function useMinutesAction(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: { kind: 'finish' } | { kind: 'amend'; reason: string }) =>
      apiRequest<Minutes>(`/minutes/${id}/${action.kind}`, {
        method: 'POST',
        body: action.kind === 'finish' ? { confirm: true } : { reason: action.reason },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: minutesKeys.all }),
  });
}

/** A live table as of the meeting date, to be inserted into an item (and kept there as it was). */
export function fetchLiveTable(id: number, kind: 'budget' | 'kpi' | 'timeliness') {
  return apiRequest<MinutesTable>(`/minutes/${id}/live-table`, { query: { kind } });
}

export const docxUrl = (id: number) => `/api/minutes/${id}/export.docx`;
