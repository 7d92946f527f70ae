import type { ApiResponse } from '../../shared/api/api-types';

/** The community funds register's answers, as the server's response schemas declare them (src/modules/community-funds). */

/** `items` (`matched` of them) follow the search; `total` and the follow-up form totals count every fund of the unit. */
export type CommunityFundList = ApiResponse<'/api/registers/community-funds/'>;
export type CommunityFund = CommunityFundList['items'][number];
export type CommunityFundReport = CommunityFundList['report'];

export const fundTypes = ['village', 'urban', 'military'] as const;
export type FundType = (typeof fundTypes)[number];

export const fixedRounds = ['government-allocation', 'rating-bonus', 'phase-3'] as const;
export type CapitalReceipt = { round: (typeof fixedRounds)[number] } | { round: 'phase-2'; amount: string };

export type FundChanges = {
  name: string;
  type: FundType;
  juristicPerson: boolean;
  capital: CapitalReceipt[];
  savings: string | null;
};

/** A yes/no filter as the query string carries it. */
export const yesNo = ['true', 'false'] as const;
export type YesNo = (typeof yesNo)[number];

export type CommunityFundFilter = { q?: string; type?: FundType; juristicPerson?: YesNo };
