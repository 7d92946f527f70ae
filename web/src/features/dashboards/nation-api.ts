import { useQuery } from '@tanstack/react-query';
import type { ApiResponse } from '../../shared/api/api-types';
import { apiRequest } from '../../shared/api/client';

export type Grouping = 'codi' | 'geo';
export type Round = { fiscalYear: number; round: number };

/** GET /api/dashboards/nation: the regions and provinces of one round, ranked. */
export type NationDashboard = ApiResponse<'/api/dashboards/nation'>;

/** GET /api/dashboards/region: one region's provinces of one round, ranked. */
export type RegionDashboard = ApiResponse<'/api/dashboards/region'>;

export type RegionRow = NationDashboard['regions'][number];

export type ProvinceRow = NationDashboard['provinces'][number];

export type UnrankedProvince = NationDashboard['withoutAgreement'][number];

export type NationTable = 'regions' | 'provinces' | 'levels';

export const nationKeys = {
  nation: (grouping: Grouping, round: Round | null) => ['dashboards', 'nation', grouping, round] as const,
  region: (code: string, round: Round | null) => ['dashboards', 'region', code, round] as const,
};

const roundQuery = (round: Round | null) =>
  round ? { fiscalYear: round.fiscalYear, round: round.round } : {};

/** Read fresh: the scores behind it change with every result entered (kept on write, read at once). */
export function useNationDashboard(grouping: Grouping, round: Round | null) {
  return useQuery({
    queryKey: nationKeys.nation(grouping, round),
    queryFn: () =>
      apiRequest<NationDashboard>('/dashboards/nation', { query: { grouping, ...roundQuery(round) } }),
    staleTime: 0,
  });
}

export function useRegionDashboard(code: string, round: Round | null) {
  return useQuery({
    queryKey: nationKeys.region(code, round),
    queryFn: () =>
      apiRequest<RegionDashboard>('/dashboards/region', { query: { code, ...roundQuery(round) } }),
    staleTime: 0,
  });
}

/** A download link of one table: the nation's (grouping) or one region's (region code). */
export function nationExportUrl(
  scope: { grouping: Grouping } | { region: string },
  round: Round,
  table: NationTable,
  format: 'xlsx' | 'csv',
) {
  const query = new URLSearchParams({
    ...('grouping' in scope ? { grouping: scope.grouping } : { code: scope.region }),
    fiscalYear: String(round.fiscalYear),
    round: String(round.round),
    table,
    format,
  });
  return `/api/dashboards/${'grouping' in scope ? 'nation' : 'region'}/export?${query.toString()}`;
}

/** The URL state of the nation and region views: grouping, region, fiscal year and round. */
export function nationParams(params: URLSearchParams) {
  const year = Number(params.get('fiscalYear'));
  const round = Number(params.get('round'));
  return {
    grouping: (params.get('grouping') === 'geo' ? 'geo' : 'codi') as Grouping,
    region: params.get('region'),
    round: year > 0 && round > 0 ? { fiscalYear: year, round } : null,
  };
}

/** Where a province opens: the districts dashboard of that province and round (the region kept for the crumbs). */
export const provinceUrl = (code: string, round: Round, region?: string) =>
  `/dashboards?unit=${code}&fiscalYear=${round.fiscalYear}&round=${round.round}${region ? `&region=${region}` : ''}`;

export const regionUrl = (code: string, round: Round | null) =>
  `/dashboards/region?region=${code}${round ? `&fiscalYear=${round.fiscalYear}&round=${round.round}` : ''}`;
