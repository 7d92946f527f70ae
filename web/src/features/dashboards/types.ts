import type { ApiResponse } from '../../shared/api/api-types';

/** The districts (or a region's provinces) of one round, ranked, with each KPI's level and the reporting rates. */
export type DistrictsDashboard = ApiResponse<'/api/dashboards/districts'>;

export type DashboardKpi = DistrictsDashboard['kpis'][number];

export type DistrictRow = DistrictsDashboard['units'][number];

export type MonthRates = DistrictsDashboard['timeliness'][number];

export type DashboardTable = 'ranking' | 'levels' | 'timeliness';
