import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { Home } from './types';

export const homeKeys = { all: ['home'] as const };

/** The home page's one call (GET /api/home): light reads of the user's own unit. */
export function useHome() {
  return useQuery({ queryKey: homeKeys.all, queryFn: () => apiRequest<Home>('/home'), staleTime: 30_000 });
}
