import type { ApiResponse } from '../../shared/api/api-types';

export type Light = 'red' | 'yellow' | 'green';
export type NarrativeKind = 'result' | 'problem' | 'solution' | 'remark';

export type QuarterlyListItem = ApiResponse<'/api/quarterly/'>[number];

/** A quarter's report: its KPIs by strategic issue with quarters, regions, measures, narratives (decimal strings). */
export type QuarterlyReport = ApiResponse<'/api/quarterly/{fiscalYear}/{quarter}'>;

export type QuarterlyKpi = QuarterlyReport['strategicIssues'][number]['kpis'][number];

export type QuarterView = QuarterlyKpi['quarters'][number];

export type Difference = QuarterlyReport['differences'][number];

/** The data-quality rules a quarter's figures break, with the report's lines at fault. */
export type DataQuality = ApiResponse<'/api/quarterly/{fiscalYear}/{quarter}/data-quality'>;

export type RegionCode = 'N' | 'NE' | 'S' | 'CW' | 'BE';

export type KpiEntry = {
  quarters: { quarter: number; planned: string | null; result: string | null }[];
  regions: { region: RegionCode; target: string; result: string | null }[];
  narratives: { kind: NarrativeKind; textTh: string }[];
  /** The KPI entry's version as the form loaded it. */
  rowVersion: number;
};

/** Which CODI region offices have entered their figures for the quarter. */
export type RegionStatus = ApiResponse<'/api/quarterly/{fiscalYear}/{quarter}/regions'>;

/** One region's KPIs to enter for the quarter, with what it entered before. */
export type RegionEntryView = ApiResponse<'/api/quarterly/{fiscalYear}/{quarter}/regions/{region}'>;

/** Each row with the version of that region's row of the KPI as the page loaded it. */
export type RegionEntry = {
  kpis: { code: string; result: string | null; narrativeTh: string | null; rowVersion: number }[];
};

export type NewKpi = {
  code: string;
  strategicIssueNo: number;
  nameTh: string;
  unitTh: string;
  accumulation: 'flow' | 'stock';
  annualTarget: string;
  planned: (string | null)[];
  threshold: string | null;
};
