import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { NewUser, User, UserChanges, UserFilters } from './types';

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
};

export function useUsers(filters: UserFilters, enabled = true) {
  return useQuery({
    queryKey: userKeys.list(filters),
    queryFn: () => apiRequest<{ items: User[] }>('/users', { query: filters }).then((r) => r.items),
    enabled,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) =>
      apiRequest<{ user: User }>('/users', { method: 'POST', body: user }).then((r) => r.user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    /** `user` is the account as loaded: its rowVersion goes back with the changes (409 stale over another save). */
    mutationFn: ({ user, changes }: { user: Pick<User, 'id' | 'rowVersion'>; changes: UserChanges }) =>
      apiRequest<{ user: User }>(`/users/${user.id}`, {
        method: 'PATCH',
        body: { ...changes, rowVersion: user.rowVersion },
      }).then((r) => r.user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
