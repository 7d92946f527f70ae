import type { ColumnType } from 'kysely';
import type { IsoDate, Numeric } from '../schema.ts';

/** A KPI's monthly history per unit (issue R2-3), migration 2026-12-07-0300-kpi-result-months. */

/** Where a month's value came from: entered by hand, an approved report, a register, or the demo's history. */
export type KpiMonthSource = 'manual' | 'report' | 'register' | 'demo';

export interface KpiResultMonthsTable {
  kpi_id: number;
  unit_id: number;
  /** The first day of the month of as_of. */
  month: IsoDate;
  value: Numeric | null;
  as_of: IsoDate;
  source: KpiMonthSource;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface KpiHistoryTables {
  kpi_result_months: KpiResultMonthsTable;
}
