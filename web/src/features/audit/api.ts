import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import { type AuditFilters, type AuditPage, auditPageSize } from './types';

export const auditKeys = {
  list: (filters: AuditFilters) => ['audit', 'list', filters] as const,
};

export function useAuditLog(filters: AuditFilters) {
  return useQuery({
    queryKey: auditKeys.list(filters),
    queryFn: () =>
      apiRequest<AuditPage>('/audit', {
        query: { ...filters, pageSize: auditPageSize },
      }),
    placeholderData: keepPreviousData,
  });
}
