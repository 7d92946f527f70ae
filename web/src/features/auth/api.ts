import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { apiRequest, setCsrfToken } from '../../shared/api/client';
import type { Me, Session } from './types';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

async function fetchMe(): Promise<Me> {
  const session = await apiRequest<Session>('/auth/me');
  setCsrfToken(session.csrfToken);
  return session.user;
}

export function useMe() {
  return useQuery({ queryKey: authKeys.me, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY });
}

/** For pages inside the signed-in layout, where the session is already loaded. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside RequireAuth');
  return data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) =>
      apiRequest<Session>('/auth/login', {
        method: 'POST',
        body: credentials,
        redirectOnUnauthorized: false,
      }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(authKeys.me, session.user);
    },
  });
}

/** The login page clears what the browser held (data cached for another account must not leak). */
export function useEndSession() {
  const queryClient = useQueryClient();
  useEffect(() => {
    setCsrfToken(null);
    queryClient.clear();
  }, [queryClient]);
}

export function useLogout() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => apiRequest<void>('/auth/logout', { method: 'POST' }),
    onSettled: () => navigate('/login'),
  });
}
