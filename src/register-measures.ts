import { spending } from './modules/budget/measure.ts';
import { debtReduced } from './modules/debt-relief/measure.ts';
import { remainingBelowLine } from './modules/households/measure.ts';
import { planAchievementOf } from './modules/projects/measure.ts';
import type { MeasureComputations } from './modules/register-bindings/measures.ts';
import { membership, overdue } from './modules/womens-fund/measure.ts';

/**
 * Each register measure a KPI may bind to, computed by the register that holds its data. Wired here, at the
 * composition root, for the bindings' routes and the register worker.
 */
export const measureComputations: MeasureComputations = {
  'households.remaining_below_line': remainingBelowLine,
  'budget.spending': spending,
  'budget.plan_achievement': planAchievementOf,
  'womens_fund.overdue': overdue,
  'womens_fund.membership': membership,
  'debt_relief.reduced': debtReduced,
};
