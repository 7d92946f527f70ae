import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../shared/api/api-types';
import { apiRequest } from '../../shared/api/client';
import { uploadFile } from '../../shared/api/upload';
import { registerKeys } from '../registers/api';
import type { CommunityFundFilter, CommunityFundList, FundChanges } from './types';

type SavedFund = ApiResponse<'/api/registers/community-funds/{id}', 'patch'>;

export const communityFundKeys = {
  all: [...registerKeys.all, 'community-funds'] as const,
  list: (unit: string, filter: CommunityFundFilter) =>
    [...registerKeys.all, 'community-funds', unit, filter] as const,
};

export const communityFundsExportUrl = (unit: string) =>
  `/api/registers/community-funds/export.xlsx?unit=${encodeURIComponent(unit)}`;

export function useCommunityFunds(unit: string, filter: CommunityFundFilter) {
  return useQuery({
    queryKey: communityFundKeys.list(unit, filter),
    queryFn: () =>
      apiRequest<CommunityFundList>('/registers/community-funds', { query: { unit, ...filter } }),
    enabled: unit !== '',
    retry: false,
    placeholderData: keepPreviousData,
  });
}

export function useSaveFund() {
  const queryClient = useQueryClient();
  return useMutation({
    /** An edit names the fund's rowVersion as loaded (`editing`): a save over someone else's answers 409 stale. */
    mutationFn: ({
      editing,
      unitCode,
      fund,
    }: {
      editing: { id: number; rowVersion: number } | null;
      unitCode: string;
      fund: FundChanges;
    }) =>
      editing === null
        ? apiRequest<SavedFund>('/registers/community-funds', { method: 'POST', body: { unitCode, ...fund } })
        : apiRequest<SavedFund>(`/registers/community-funds/${editing.id}`, {
            method: 'PATCH',
            body: { ...fund, rowVersion: editing.rowVersion },
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communityFundKeys.all }),
  });
}

export function useCommunityFundImport(unit: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<ApiResponse<'/api/registers/community-funds/import', 'post'>>(
        '/registers/community-funds/import',
        file,
        { unit },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communityFundKeys.all }),
  });
}
