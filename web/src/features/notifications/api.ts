import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { LineGroupList, NotificationList, SavedLineGroup } from './types';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  unread: ['notifications', 'unread'] as const,
};

/** The header bell: the unread count only (GET /api/notifications?unread=true&limit=1), checked every minute. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () =>
      apiRequest<NotificationList>('/notifications', { query: { unread: 'true', limit: 1 } }).then(
        (r) => r.unread,
      ),
    staleTime: 0,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.list,
    queryFn: () => apiRequest<NotificationList>('/notifications', { query: { limit: 200 } }),
    staleTime: 0,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      apiRequest<{ unread: number }>(`/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<{ marked: number; unread: number }>('/notifications/read-all', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export const lineGroupKeys = {
  all: ['line-groups'] as const,
  under: (unit: string) => ['line-groups', unit] as const,
};

/** The LINE groups of a province (or district) and the units below it. */
export function useLineGroups(unit: string) {
  return useQuery({
    queryKey: lineGroupKeys.under(unit),
    queryFn: () => apiRequest<LineGroupList>('/notifications/line-groups', { query: { unit } }),
    enabled: unit !== '',
    staleTime: 0,
  });
}

/** Sets a unit's group (groupId null removes it), from the row version the page loaded (0: it had none). */
export function useSetLineGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitCode, ...body }: { unitCode: string; groupId: string | null; rowVersion: number }) =>
      apiRequest<SavedLineGroup>(`/notifications/line-groups/${encodeURIComponent(unitCode)}`, {
        method: 'PUT',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lineGroupKeys.all }),
  });
}
