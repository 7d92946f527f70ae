import type { ColumnType, Generated } from 'kysely';
import type { BudgetEvent } from '../../domain/registers/budget.ts';
import type { HouseholdStatus } from '../../domain/registers/households.ts';
import type { PortfolioStatus } from '../../domain/registers/womens-fund-portfolio.ts';
import type { IsoDate, JsonValue, Numeric } from '../schema.ts';

/** Tables of the registers that feed KPIs (issue R1-4), migration 2026-11-21-1600-registers. */

/** The five TPMAP dimensions a household's problems are recorded in. */
export const problemDimensions = ['health', 'living', 'education', 'income', 'access'] as const;
export type ProblemDimension = (typeof problemDimensions)[number];

export const budgetEventKinds = [
  'allocation',
  'disbursement',
  'purchase-order',
  'return',
] as const satisfies readonly BudgetEvent['kind'][];
export type BudgetEventKind = BudgetEvent['kind'];

export const fundTypes = ['village', 'urban', 'military'] as const;

export const registerMeasures = [
  'households.remaining_below_line',
  'budget.spending',
  'budget.plan_achievement',
  'womens_fund.overdue',
  'womens_fund.membership',
  'debt_relief.reduced',
] as const;
export type RegisterMeasure = (typeof registerMeasures)[number];

export type ImportStatus = 'validating' | 'saving' | 'done' | 'failed';

/** Updated by the application; filled by the database on insert. */
type Touched = ColumnType<Date, Date | undefined, Date>;

export interface HouseholdsTable {
  id: Generated<number>;
  unit_id: number;
  house_code: string;
  address: string | null;
  members: number;
  status: HouseholdStatus;
  status_set_by: number | null;
  status_set_at: Touched;
  problem_health: Generated<boolean>;
  problem_living: Generated<boolean>;
  problem_education: Generated<boolean>;
  problem_income: Generated<boolean>;
  problem_access: Generated<boolean>;
  head_name: string | null;
  head_citizen_id: string | null;
  updated_at: Touched;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface HouseholdIncomesTable {
  household_id: number;
  survey_year: number;
  income_per_person: Numeric;
}

export interface HouseholdPlanItemsTable {
  id: Generated<number>;
  household_id: number;
  dimension: ProblemDimension | null;
  item: string;
  agency: string | null;
  due_on: IsoDate | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface HouseholdActivitiesTable {
  id: Generated<number>;
  household_id: number;
  activity: string;
  method: string | null;
  done_on: IsoDate;
  place: string | null;
  agency: string | null;
  agency_role: 'lead' | 'support' | null;
  result: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface BudgetLinesTable {
  id: Generated<number>;
  fiscal_year: number;
  unit_id: number;
  category: string;
  name: string;
  created_at: Generated<Date>;
  updated_at: Touched;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface BudgetEventsTable {
  id: Generated<number>;
  line_id: number;
  kind: BudgetEventKind;
  occurred_on: IsoDate;
  amount: Numeric;
  against_purchase_order: Generated<boolean>;
  note: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface BudgetCutoffsTable {
  fiscal_year: number;
  return_cutoff: IsoDate;
  updated_at: Touched;
  /** Optimistic concurrency (2026-12-09-1000-row-versions-upserts): bumped by every save. */
  row_version: Generated<number>;
}

export interface ProjectsTable {
  id: Generated<number>;
  unit_id: number;
  fiscal_year: number;
  round: number;
  name: string;
  budget_line_id: number | null;
  completion_percent: ColumnType<string, string | undefined, string>;
  completed_on: IsoDate | null;
  evaluation_submitted_on: IsoDate | null;
  updated_at: Touched;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

/** A project evaluation photo (003 L297: at least 3), stored under its sha256 in filesDir with a display copy. */
export interface ProjectPhotosTable {
  id: Generated<number>;
  project_id: number;
  sha256: string;
  mime: string;
  filename: string;
  size: number;
  display_path: string;
  uploaded_by: number | null;
  uploaded_at: Generated<Date>;
}

export interface CommunityFundsTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  type: (typeof fundTypes)[number];
  juristic_person: Generated<boolean>;
  capital: JsonValue;
  savings: Numeric | null;
  updated_at: Touched;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface WomensFundSnapshotsTable {
  id: Generated<number>;
  unit_id: number;
  as_of: IsoDate;
  outstanding: Numeric;
  not_yet_due: Numeric;
  suspended: Numeric;
  litigation: Numeric;
  members: number | null;
  women_aged_15_plus: number | null;
  updated_at: Touched;
  /** Optimistic concurrency (2026-12-09-1000-row-versions-upserts): bumped by every save. */
  row_version: Generated<number>;
}

/** A province's women's fund report on the revolving-fund projects it approved, as of a date (003 L1135). */
export interface WomensFundPortfoliosTable {
  id: Generated<number>;
  unit_id: number;
  as_of: IsoDate;
  approved_from: number;
  approved_to: number;
  approved_projects: number;
  approved_amount: Numeric;
  updated_at: Touched;
  /** Optimistic concurrency (2026-12-09-1000-row-versions-upserts): bumped by every save. */
  row_version: Generated<number>;
}

/** One of the eight overlapping status lines of a portfolio (migration 2026-11-22-0900-womens-fund-portfolio). */
export interface WomensFundPortfolioLinesTable {
  portfolio_id: number;
  status: PortfolioStatus;
  projects: number;
  amount: Numeric;
}

export interface DebtReliefHouseholdsTable {
  id: Generated<number>;
  unit_id: number;
  fiscal_year: number;
  label: string;
  entered_process: boolean;
  debt_restructured: boolean;
  occupational_promotion: boolean;
  updated_at: Touched;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface RegisterBindingsTable {
  kpi_id: number;
  measure: RegisterMeasure;
  as_of: IsoDate;
  updated_by: number | null;
  updated_at: Touched;
  /** Optimistic concurrency (2026-12-09-1000-row-versions-upserts): bumped by every save. */
  row_version: Generated<number>;
}

export interface RegisterImportsTable {
  id: Generated<number>;
  kind: 'households';
  unit_id: number;
  user_id: number;
  fiscal_year: number;
  filename: string;
  status: ColumnType<ImportStatus, ImportStatus | undefined, ImportStatus>;
  rows_total: number | null;
  rows_read: Generated<number>;
  rows_saved: Generated<number>;
  error_count: Generated<number>;
  errors: ColumnType<unknown, string | undefined, string>;
  message: string | null;
  created_at: Generated<Date>;
  updated_at: Touched;
  finished_at: Date | null;
}

export interface RegisterRecomputeRequestsTable {
  kpi_id: number;
  generation: Generated<number>;
  requested_at: Touched;
  failed_generation: number | null;
  error: string | null;
}

export type RegisterTables = {
  households: HouseholdsTable;
  household_incomes: HouseholdIncomesTable;
  household_plan_items: HouseholdPlanItemsTable;
  household_activities: HouseholdActivitiesTable;
  budget_lines: BudgetLinesTable;
  budget_events: BudgetEventsTable;
  budget_cutoffs: BudgetCutoffsTable;
  projects: ProjectsTable;
  project_photos: ProjectPhotosTable;
  community_funds: CommunityFundsTable;
  womens_fund_snapshots: WomensFundSnapshotsTable;
  womens_fund_portfolios: WomensFundPortfoliosTable;
  womens_fund_portfolio_lines: WomensFundPortfolioLinesTable;
  debt_relief_households: DebtReliefHouseholdsTable;
  register_bindings: RegisterBindingsTable;
  register_imports: RegisterImportsTable;
  register_recompute_requests: RegisterRecomputeRequestsTable;
};
