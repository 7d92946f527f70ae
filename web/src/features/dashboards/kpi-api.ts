import { useQuery } from '@tanstack/react-query';
import type { ApiResponse, Refine } from '../../shared/api/api-types';
import { apiRequest } from '../../shared/api/client';

type KpiDashboardAnswer = ApiResponse<'/api/dashboards/kpi'>;

/** The kinds of unit that hold agreements, the only ones the page is opened for. */
type AgreementUnitKind = 'province' | 'district' | 'work_group';

/** GET /api/dashboards/kpi: one KPI of one unit in its round. */
export type KpiDashboard = Refine<
  KpiDashboardAnswer,
  { unit: Refine<KpiDashboardAnswer['unit'], { kind: AgreementUnitKind }> }
>;

export type TrafficLight = KpiDashboard['legend'][number]['light'];

export type ForecastStatus = Extract<KpiDashboard['forecast'], { kind: 'linear' }>['status'];

export const kpiDashboardKeys = {
  one: (unit: string, kpi: number) => ['dashboards', 'kpi', unit, kpi] as const,
};

/** Live: the months move with every result entered, so the page is always read fresh. */
export function useKpiDashboard(unit: string | null, kpi: number | null) {
  return useQuery({
    queryKey: kpiDashboardKeys.one(unit ?? '', kpi ?? 0),
    queryFn: () =>
      apiRequest<KpiDashboard>('/dashboards/kpi', {
        query: { unit: unit ?? undefined, kpi: kpi ?? undefined },
      }),
    enabled: unit !== null && kpi !== null,
    staleTime: 0,
  });
}

/** The page's month table as a file. */
export function kpiExportUrl(unit: string, kpi: number, format: 'xlsx' | 'csv') {
  return `/api/dashboards/kpi/export?${new URLSearchParams({ unit, kpi: String(kpi), format }).toString()}`;
}

/** Where a unit's KPI opens: the KPI page, linked from every KPI cell. */
export function kpiPageUrl(unit: string, kpi: number) {
  return `/dashboards/kpi?${new URLSearchParams({ unit, kpi: String(kpi) }).toString()}`;
}

/** The page's unit and KPI from its address (?unit=9501&kpi=28); null when missing or malformed. */
export function kpiPageParams(params: URLSearchParams): { unit: string | null; kpi: number | null } {
  const unit = params.get('unit');
  const kpi = Number(params.get('kpi'));
  return {
    unit: unit && /^[\w-]{1,20}$/.test(unit) ? unit : null,
    kpi: Number.isInteger(kpi) && kpi > 0 ? kpi : null,
  };
}

/** Traffic-light colours, the same on screen and on paper (seed 004's legend). */
export const LIGHT_COLOURS: Record<TrafficLight, { background: string; color: string }> = {
  red: { background: '#e03131', color: '#fff' },
  yellow: { background: '#fcc419', color: '#000' },
  green: { background: '#2f9e44', color: '#fff' },
};

export const STATUS_COLOURS: Record<ForecastStatus, string> = {
  'on-track': 'green',
  'at-risk': 'yellow',
  'off-track': 'red',
};
