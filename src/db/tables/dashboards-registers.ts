import type { ColumnType, Generated } from 'kysely';
import type { HouseholdStatus } from '../../domain/registers/households.ts';
import type { IsoDate, Numeric } from '../schema.ts';

/** Migration 2026-12-07-0500-budget-plans-household-progress: the budget plan and the households rollup. */

type Touched = ColumnType<Date, Date | undefined, Date>;

/** Cumulative % of the allocation planned to be spent by each quarter's end (department default or a province's own). */
export interface BudgetPlansTable {
  fiscal_year: number;
  unit_id: number;
  q1: Numeric;
  q2: Numeric;
  q3: Numeric;
  q4: Numeric;
  demo: ColumnType<boolean, boolean | undefined, boolean>;
  updated_by: number | null;
  updated_at: Touched;
  /** Optimistic concurrency (2026-12-09-1000-row-versions-upserts): bumped by every save. */
  row_version: Generated<number>;
}

export interface HouseholdProgressStatusTable {
  unit_id: number;
  status: HouseholdStatus;
  households: number;
  planned: number;
  active: number;
}

export interface HouseholdProgressMonthsTable {
  unit_id: number;
  month: IsoDate;
  status: HouseholdStatus;
  planned: number;
  active: number;
}

/** A unit's own lines' KPI T1 figures at a month end (migration 2026-12-07-0800-budget-month-figures). */
export interface BudgetMonthFiguresTable {
  unit_id: number;
  fiscal_year: number;
  month: IsoDate;
  allocated: Numeric;
  deducted_returns: Numeric;
  base: Numeric;
  disbursed: Numeric;
  committed: Numeric;
  spent: Numeric;
  reason: string | null;
}

export type DashboardRegisterTables = {
  budget_month_figures: BudgetMonthFiguresTable;
  budget_plans: BudgetPlansTable;
  household_progress_status: HouseholdProgressStatusTable;
  household_progress_months: HouseholdProgressMonthsTable;
};
