import type { ApiResponse } from '../../shared/api/api-types';

/** The budget register's answers, as the server's response schemas declare them (src/modules/budget). */

export const budgetEventKinds = ['allocation', 'disbursement', 'purchase-order', 'return'] as const;
export type BudgetEventKind = (typeof budgetEventKinds)[number];

export type BudgetReport = ApiResponse<'/api/registers/budget/report'>;
export type BudgetFigures = BudgetReport['total'];

/** The lines that match `q` and `category` (`items`, `matched` of them); `total` and `categories` count every line of the year. */
export type BudgetLineList = ApiResponse<'/api/registers/budget/lines'>;
export type BudgetLine = BudgetLineList['items'][number];

export type BudgetLineFilter = { q?: string; category?: string };

export type NewBudgetEvent = {
  kind: BudgetEventKind;
  date: string;
  amount: string;
  againstPurchaseOrder?: boolean;
  note?: string | null;
};

export type BudgetPlans = ApiResponse<'/api/registers/budget/plans'>;
export type BudgetPlan = NonNullable<BudgetPlans['national']>;

/** rowVersion: the plan's as loaded, 0 when the unit had none (a plan saved meanwhile answers 409 stale). */
export type PlanInput = {
  unitCode: string;
  q1: string;
  q2: string;
  q3: string;
  q4: string;
  rowVersion: number;
};
