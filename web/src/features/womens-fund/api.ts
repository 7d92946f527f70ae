import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../shared/api/api-types';
import { apiRequest } from '../../shared/api/client';
import { uploadFile } from '../../shared/api/upload';
import { registerKeys } from '../registers/api';
import type { PortfolioInput, SnapshotInput, WomensFundList } from './types';

type Replaced = ApiResponse<'/api/registers/womens-fund/import', 'post'>;

export const womensFundKeys = {
  all: [...registerKeys.all, 'womens-fund'] as const,
  list: (unit: string) => [...registerKeys.all, 'womens-fund', unit] as const,
  portfolios: [...registerKeys.all, 'womens-fund-portfolio'] as const,
  portfolioList: (unit: string) => [...registerKeys.all, 'womens-fund-portfolio', unit] as const,
};

const q = encodeURIComponent;
export const womensFundExportUrls = {
  snapshots: (unit: string) => `/api/registers/womens-fund/export.xlsx?unit=${q(unit)}`,
  portfolio: (unit: string) => `/api/registers/womens-fund/portfolio/export.xlsx?unit=${q(unit)}`,
};

export function useWomensFund(unit: string) {
  return useQuery({
    queryKey: womensFundKeys.list(unit),
    queryFn: () => apiRequest<WomensFundList>('/registers/womens-fund', { query: { unit } }),
    enabled: unit !== '',
  });
}

export function useSaveSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SnapshotInput) =>
      apiRequest<ApiResponse<'/api/registers/womens-fund/', 'put'>>('/registers/womens-fund', {
        method: 'PUT',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: womensFundKeys.all }),
  });
}

export function useWomensFundImport(unit: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile<Replaced>('/registers/womens-fund/import', file, { unit }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: womensFundKeys.all }),
  });
}

export function usePortfolioImport(unit: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<Replaced>('/registers/womens-fund/portfolio/import', file, { unit }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: womensFundKeys.portfolios }),
  });
}

export function usePortfolios(unit: string) {
  return useQuery({
    queryKey: womensFundKeys.portfolioList(unit),
    queryFn: () =>
      apiRequest<ApiResponse<'/api/registers/womens-fund/portfolio'>>('/registers/womens-fund/portfolio', {
        query: { unit },
      }),
    enabled: unit !== '',
    retry: false,
  });
}

export function useSavePortfolio() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PortfolioInput) =>
      apiRequest<ApiResponse<'/api/registers/womens-fund/portfolio', 'put'>>(
        '/registers/womens-fund/portfolio',
        {
          method: 'PUT',
          body: input,
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: womensFundKeys.portfolios }),
  });
}
