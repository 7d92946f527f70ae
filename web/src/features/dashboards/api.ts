import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { DashboardTable, DistrictsDashboard } from './types';

export const dashboardKeys = {
  all: ['dashboards'] as const,
  districts: (unit: string | null, kpiSet: number | null) =>
    ['dashboards', 'districts', unit, kpiSet] as const,
};

/** Live figures: scores move with every result entered, so the dashboard is always read fresh. */
export function useDistrictsDashboard(unit: string | null, kpiSet: number | null) {
  return useQuery({
    queryKey: dashboardKeys.districts(unit, kpiSet),
    queryFn: () =>
      apiRequest<DistrictsDashboard>('/dashboards/districts', {
        query: { unit: unit ?? undefined, kpiSet: kpiSet ?? undefined },
      }),
    staleTime: 0,
  });
}

/** A plain download link of one of the page's tables as xlsx or CSV. */
export function districtsExportUrl(
  unit: string,
  kpiSet: number,
  table: DashboardTable,
  format: 'xlsx' | 'csv',
) {
  const query = new URLSearchParams({ unit, kpiSet: String(kpiSet), table, format });
  return `/api/dashboards/districts/export?${query.toString()}`;
}
