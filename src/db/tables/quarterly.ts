import type { ColumnType, Generated } from 'kysely';
import type { IsoDate, Numeric } from '../schema.ts';

/** Tables of the quarterly report (issue R2-3), migration 2026-12-07-0200-quarterly-reports. */

export type QuarterlyStatus = 'draft' | 'published';
export type NarrativeKind = 'result' | 'problem' | 'solution' | 'remark';
export type Comparison = 'gte' | 'gt' | 'lte' | 'lt';
export type Light = 'red' | 'yellow' | 'green';

export interface QuarterlyReportsTable {
  id: Generated<number>;
  fiscal_year: number;
  quarter: number;
  title_th: string;
  organisation_th: string;
  source: string | null;
  period_from: IsoDate;
  period_to: IsoDate;
  as_of: ColumnType<string | null, string | null, string | null>;
  status: Generated<QuarterlyStatus>;
  from_paper: Generated<boolean>;
  published_at: Date | null;
  published_by: number | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
  /**
   * Per KPI code, the highest version a removed KPI's entry or any of its region rows had ({} while none was
   * removed), so a KPI added back starts above it (2026-12-10-1000-quarterly-removed-kpi-versions).
   */
  removed_kpi_versions: Generated<Record<string, number>>;
}

export interface QuarterlyStrategicIssuesTable {
  report_id: number;
  no: number;
  display_order: number;
  name_th: string;
  source_line: number | null;
}

export interface QuarterlyKpisTable {
  id: Generated<number>;
  report_id: number;
  strategic_issue_no: number;
  code: string;
  display_order: number;
  name_th: string;
  unit_th: string;
  accumulation: 'flow' | 'stock';
  annual_target: Numeric;
  source_line: number | null;
  threshold_value: Numeric | null;
  threshold_comparison: Comparison | null;
  threshold_line: number | null;
  threshold_result: Numeric | null;
  threshold_result_line: number | null;
  printed_annual_result: Numeric | null;
  printed_annual_percent: Numeric | null;
  printed_colour: Light | null;
  printed_colour_line: number | null;
  region_line: number | null;
  printed_region_target: Numeric | null;
  printed_region_result: Numeric | null;
  printed_region_percent: Numeric | null;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
  /**
   * The highest version a region row of this KPI had when the department removed it (0 while none was), so a region
   * added back starts above it (2026-12-10-0900-quarterly-removed-region-versions).
   */
  removed_region_version: Generated<number>;
}

export interface QuarterlyKpiQuartersTable {
  kpi_id: number;
  quarter: number;
  planned: Numeric | null;
  result: Numeric | null;
  printed_adjusted: Numeric | null;
  printed_percent: Numeric | null;
  printed_adjusted_label_only: Generated<boolean>;
}

/** A region office's figures for one quarter (migration 2026-12-07-0600): its annual target and result to date. */
export interface QuarterlyRegionResultsTable {
  kpi_id: number;
  region: 'N' | 'NE' | 'S' | 'CW' | 'BE';
  quarter: number;
  position: number;
  name_th: string;
  target: Numeric;
  result: Numeric | null;
  printed_percent: Numeric | null;
  narrative_th: string | null;
  entered_by: number | null;
  entered_at: Date | null;
  /** Optimistic concurrency (2026-12-09-1000-row-versions-upserts): bumped by every save. */
  row_version: Generated<number>;
}

export type MeasureRole = 'secondary' | 'part' | 'achievable';

/** A KPI's further measure (migration 2026-12-07-0600): seed 004 item 6's organisations, item 2's 2.1 and 2.2, 2.3's achievable target. */
export interface QuarterlyKpiMeasuresTable {
  kpi_id: number;
  position: number;
  role: MeasureRole;
  name_th: string;
  unit_th: string;
  target: Numeric | null;
  result: Numeric | null;
  printed_result: Numeric | null;
  printed_percent: Numeric | null;
  source_line: number | null;
}

export interface QuarterlyMeasureQuartersTable {
  kpi_id: number;
  position: number;
  quarter: number;
  planned: Numeric | null;
  result: Numeric | null;
  printed_adjusted: Numeric | null;
  printed_percent: Numeric | null;
}

export interface QuarterlyNarrativesTable {
  kpi_id: number;
  position: number;
  kind: NarrativeKind;
  text_th: string;
  source_line: number | null;
}

export type QuarterlyTables = {
  quarterly_reports: QuarterlyReportsTable;
  quarterly_strategic_issues: QuarterlyStrategicIssuesTable;
  quarterly_kpis: QuarterlyKpisTable;
  quarterly_kpi_quarters: QuarterlyKpiQuartersTable;
  quarterly_region_results: QuarterlyRegionResultsTable;
  quarterly_narratives: QuarterlyNarrativesTable;
  quarterly_kpi_measures: QuarterlyKpiMeasuresTable;
  quarterly_measure_quarters: QuarterlyMeasureQuartersTable;
};
