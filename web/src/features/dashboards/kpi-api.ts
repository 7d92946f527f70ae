import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';

export type TrafficLight = 'red' | 'yellow' | 'green';
export type ForecastStatus = 'on-track' | 'at-risk' | 'off-track';

/** GET /api/dashboards/kpi: one KPI of one unit in its round. */
export type KpiDashboard = {
  unit: { code: string; nameTh: string; kind: 'province' | 'district' | 'work_group' };
  round: {
    kpiSetId: number;
    fiscalYear: number;
    round: number;
    start: string;
    end: string;
    labelTh: string;
  };
  kpi: {
    id: number;
    key: string;
    number: string | null;
    nameTh: string;
    unitOfMeasure: string | null;
    definition: string | null;
    formulaWords: string | null;
    levelTexts: string[];
  };
  agreement: {
    id: number;
    version: number;
    status: 'draft' | 'signed' | 'superseded';
    pairLabel: string;
    itemId: number;
    weight: string;
    selected: boolean;
  } | null;
  months: { month: string; labelTh: string; value: string | null }[];
  current: {
    value: string | null;
    asOf: string;
    source: string;
    level: number | null;
    score: string | null;
    label: string | null;
  } | null;
  next: { level: number; textTh: string; value: string | null } | null;
  neededTh: string | null;
  target:
    | { kind: 'value'; value: string; comparison: string; textTh: string }
    | { kind: 'none'; reasonTh: string };
  percent:
    | { kind: 'percent'; percent: string; light: TrafficLight; lightTh: string }
    | { kind: 'none'; reasonTh: string };
  legend: { light: TrafficLight; textTh: string }[];
  forecast:
    | {
        kind: 'linear';
        months: number;
        value: string;
        perMonth: string;
        low: string | null;
        high: string | null;
        standardError: string | null;
        status: ForecastStatus;
        statusTh: string;
        reachesNextLevel: boolean | null;
        methodTh: string;
      }
    | { kind: 'none'; months: number; reasonTh: string };
};

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
