import type { ApiResponse } from '../../shared/api/api-types';

/** The debt-relief register's answers, as the server's response schemas declare them (src/modules/debt-relief). */

/** `items` (`matched` of them) follow the search; `total` and the share that reduced debt count every household of the year. */
export type DebtReliefList = ApiResponse<'/api/registers/debt-relief/'>;
export type DebtHousehold = DebtReliefList['items'][number];

/** A yes/no filter as the query string carries it. */
export const yesNo = ['true', 'false'] as const;
export type YesNo = (typeof yesNo)[number];

export type DebtReliefFilter = { q?: string; reduced?: YesNo };

export type NewDebtHousehold = {
  unitCode: string;
  fiscalYear: number;
  label: string;
  enteredProcess: boolean;
  debtRestructured: boolean;
  occupationalPromotion: boolean;
};
