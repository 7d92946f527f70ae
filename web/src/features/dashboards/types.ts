export type DashboardUnitKind = 'province' | 'district';

export type DashboardRound = { kpiSetId: number; fiscalYear: number; round: number; nameTh: string };

export type DashboardKpi = { kpiId: number; key: string; number: string | null; nameTh: string };

export type DistrictRow = {
  rank: number | null;
  agreementId: number;
  status: string;
  code: string;
  nameTh: string;
  score: string | null;
  reported: number;
  expected: number;
  /** `nextTh`: what the next level needs, as the agreement page says it; null at level 5 or without a result. */
  levels: {
    kpiId: number;
    level: number | null;
    score: string | null;
    nextTh: string | null;
    /** % of target (2 decimals) and seed 004's traffic light; null without a single-number target or a result. */
    percent?: string | null;
    light?: 'red' | 'yellow' | 'green' | null;
    lightTh?: string | null;
    /** The end-of-round forecast's status (on track / at risk / off track), from the round's months. */
    forecastStatus?: 'on-track' | 'at-risk' | 'off-track' | null;
    forecastStatusTh?: string | null;
  }[];
};

export type MonthRates = {
  month: string;
  monthLabelTh: string;
  rates: {
    expected: number;
    submitted: number;
    onTime: number;
    submittedPercent: string | null;
    onTimePercent: string | null;
  };
};

export type DistrictsDashboard = {
  /** Null for a department or region user who has not chosen a province yet. */
  unit: { code: string; nameTh: string; kind: DashboardUnitKind } | null;
  choices: { code: string; nameTh: string; kind: DashboardUnitKind }[];
  rounds: DashboardRound[];
  round: DashboardRound | null;
  kpis: DashboardKpi[];
  units: DistrictRow[];
  /** Reporting rates of the unit's districts over the province's last months with reports, oldest first. */
  timeliness: MonthRates[];
};

export type DashboardTable = 'ranking' | 'levels' | 'timeliness';
