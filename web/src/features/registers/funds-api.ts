import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import { registerKeys } from './api';
import type { Percent, RegisterBinding } from './budget-api';

export const fundTypes = ['village', 'urban', 'military'] as const;
export type FundType = (typeof fundTypes)[number];

export const fixedRounds = ['government-allocation', 'rating-bonus', 'phase-3'] as const;
export type CapitalReceipt = { round: (typeof fixedRounds)[number] } | { round: 'phase-2'; amount: string };

export type CommunityFund = {
  id: number;
  unit: { code: string; nameTh: string };
  name: string;
  type: FundType;
  juristicPerson: boolean;
  capital: CapitalReceipt[];
  savings: string | null;
};

export type CommunityFundReport = {
  total: number;
  byType: Record<FundType, number>;
  juristicPersons: { registered: number; remaining: number; percent: Percent; reason: string | null };
  rounds: {
    round: string;
    label: string;
    years: string;
    funds: number;
    amount: string;
    millionBaht: string;
  }[];
  withoutPhase3: string[];
  account1: { amount: string; millionBaht: string };
  account2: { funds: number; amount: string; millionBaht: string };
};

export type FundChanges = {
  name: string;
  type: FundType;
  juristicPerson: boolean;
  capital: CapitalReceipt[];
  savings: string | null;
};

export type DebtHousehold = {
  id: number;
  unit: { code: string; nameTh: string };
  fiscalYear: number;
  label: string;
  enteredProcess: boolean;
  debtRestructured: boolean;
  occupationalPromotion: boolean;
  reduced: boolean;
};

/** A yes/no filter as the query string carries it. */
export const yesNo = ['true', 'false'] as const;
export type YesNo = (typeof yesNo)[number];

/** `items` (`matched` of them) follow the search; `total` and the follow-up form totals count every fund of the unit. */
export type CommunityFundList = {
  items: CommunityFund[];
  matched: number;
  total: number;
  report: CommunityFundReport;
};

export type CommunityFundFilter = { q?: string; type?: FundType; juristicPerson?: YesNo };

/** `items` (`matched` of them) follow the search; `total` and the share that reduced debt count every household of the year. */
export type DebtReliefList = {
  items: DebtHousehold[];
  matched: number;
  total: number;
  relief: { reduced: number; target: number; percent: Percent; reason: string | null };
  bindings: RegisterBinding[];
};

export type DebtReliefFilter = { q?: string; reduced?: YesNo };

export type NewDebtHousehold = {
  unitCode: string;
  fiscalYear: number;
  label: string;
  enteredProcess: boolean;
  debtRestructured: boolean;
  occupationalPromotion: boolean;
};

export const portfolioStatuses = [
  'principal-repaid',
  'paying',
  'in-default',
  'debt-acknowledged',
  'restructured',
  'moratorium',
  'penalty-waived',
  'litigation',
] as const;
export type PortfolioStatus = (typeof portfolioStatuses)[number];

export type PortfolioLine = { projects: number; amount: string };

/** A province's women's fund report as the server checked it: eight overlapping lines and what they imply. */
export type WomensFundPortfolio = {
  id: number;
  unit: { code: string; nameTh: string };
  asOf: string;
  approvedFrom: number;
  approvedTo: number;
  approved: PortfolioLine;
  lines: (PortfolioLine & {
    status: PortfolioStatus;
    labelTh: string;
    group: 'repaid' | 'debtor' | 'relief';
  })[];
  outstanding: PortfolioLine;
  defaultShare: {
    projects: { percent: Percent; reason: string | null };
    amount: { percent: Percent; reason: string | null };
  };
  relief: PortfolioLine;
  notes: { code: string; message: string }[];
};

/** Years and counts go as typed; the server reads them as whole numbers or says in Thai why not. */
export type PortfolioInput = {
  unitCode: string;
  asOf: string;
  approvedFrom: string;
  approvedTo: string;
  approvedProjects: string;
  approvedAmount: string;
  statuses: Record<PortfolioStatus, { projects: string; amount: string }>;
};

const q = encodeURIComponent;
export const fundExportUrls = {
  portfolio: (unit: string) => `/api/registers/womens-fund/portfolio/export.xlsx?unit=${q(unit)}`,
  communityFunds: (unit: string) => `/api/registers/community-funds/export.xlsx?unit=${q(unit)}`,
  womensFund: (unit: string) => `/api/registers/womens-fund/export.xlsx?unit=${q(unit)}`,
  debtRelief: (unit: string, fiscalYear: number) =>
    `/api/registers/debt-relief/export.xlsx?unit=${q(unit)}&fiscalYear=${fiscalYear}`,
};

export const fundKeys = {
  community: [...registerKeys.all, 'community-funds'] as const,
  communityList: (unit: string, filter: CommunityFundFilter) =>
    [...registerKeys.all, 'community-funds', unit, filter] as const,
  debt: [...registerKeys.all, 'debt-relief'] as const,
  debtList: (unit: string, fiscalYear: number, filter: DebtReliefFilter) =>
    [...registerKeys.all, 'debt-relief', unit, fiscalYear, filter] as const,
  womensFund: [...registerKeys.all, 'womens-fund'] as const,
  portfolio: [...registerKeys.all, 'womens-fund-portfolio'] as const,
  portfolioList: (unit: string) => [...registerKeys.all, 'womens-fund-portfolio', unit] as const,
};

/** One uploaded file as multipart form data, the way every register import takes it. */
function fileForm(file: File) {
  const form = new FormData();
  form.append('file', file);
  return form;
}

export function useCommunityFunds(unit: string, filter: CommunityFundFilter) {
  return useQuery({
    queryKey: fundKeys.communityList(unit, filter),
    queryFn: () =>
      apiRequest<CommunityFundList>('/registers/community-funds', { query: { unit, ...filter } }),
    enabled: unit !== '',
    retry: false,
    placeholderData: keepPreviousData,
  });
}

export function useSaveFund() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, unitCode, fund }: { id: number | null; unitCode: string; fund: FundChanges }) =>
      id === null
        ? apiRequest<{ fund: CommunityFund }>('/registers/community-funds', {
            method: 'POST',
            body: { unitCode, ...fund },
          })
        : apiRequest<{ fund: CommunityFund }>(`/registers/community-funds/${id}`, {
            method: 'PATCH',
            body: fund,
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundKeys.community }),
  });
}

export function useCommunityFundImport(unit: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      apiRequest<{ created: number }>('/registers/community-funds/import', {
        method: 'POST',
        query: { unit },
        body: fileForm(file),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundKeys.community }),
  });
}

export function useDebtRelief(unit: string, fiscalYear: number, filter: DebtReliefFilter) {
  return useQuery({
    queryKey: fundKeys.debtList(unit, fiscalYear, filter),
    queryFn: () =>
      apiRequest<DebtReliefList>('/registers/debt-relief', { query: { unit, fiscalYear, ...filter } }),
    enabled: unit !== '',
    retry: false,
    placeholderData: keepPreviousData,
  });
}

export function useAddDebtHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewDebtHousehold) =>
      apiRequest<{ household: DebtHousehold }>('/registers/debt-relief', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundKeys.debt }),
  });
}

export function useDebtReliefImport(unit: string, fiscalYear: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      apiRequest<{ created: number; updated: number }>('/registers/debt-relief/import', {
        method: 'POST',
        query: { unit, fiscalYear },
        body: fileForm(file),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundKeys.debt }),
  });
}

export function useWomensFundImport(unit: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      apiRequest<{ created: number; replaced: number }>('/registers/womens-fund/import', {
        method: 'POST',
        query: { unit },
        body: fileForm(file),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundKeys.womensFund }),
  });
}

export function usePortfolioImport(unit: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      apiRequest<{ created: number; replaced: number }>('/registers/womens-fund/portfolio/import', {
        method: 'POST',
        query: { unit },
        body: fileForm(file),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundKeys.portfolio }),
  });
}

export function usePortfolios(unit: string) {
  return useQuery({
    queryKey: fundKeys.portfolioList(unit),
    queryFn: () =>
      apiRequest<{ items: WomensFundPortfolio[] }>('/registers/womens-fund/portfolio', { query: { unit } }),
    enabled: unit !== '',
    retry: false,
  });
}

export function useSavePortfolio() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PortfolioInput) =>
      apiRequest<{ portfolio: WomensFundPortfolio }>('/registers/womens-fund/portfolio', {
        method: 'PUT',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundKeys.portfolio }),
  });
}
