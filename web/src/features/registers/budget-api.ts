import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import { registerKeys } from './api';

export const budgetEventKinds = ['allocation', 'disbursement', 'purchase-order', 'return'] as const;
export type BudgetEventKind = (typeof budgetEventKinds)[number];

export type Percent = { exact: string; text: string } | null;

import type { RegisterBinding } from './types';

export type { RegisterBinding };

export type BudgetFigures = {
  allocated: string;
  returned: string;
  deductedReturns: string;
  base: string;
  disbursed: string;
  committed: string;
  spent: string;
  remaining: string;
  percent: Percent;
  reason: string | null;
};

export type BudgetReport = {
  unit: { code: string; nameTh: string };
  fiscalYear: number;
  asOf: string;
  returnCutoff: string;
  rows: (BudgetFigures & { category: string })[];
  total: BudgetFigures;
  bindings: RegisterBinding[];
};

export type BudgetEvent = {
  id: number;
  kind: BudgetEventKind;
  date: string;
  amount: string;
  againstPurchaseOrder: boolean;
  note: string | null;
};

export type BudgetLine = {
  id: number;
  fiscalYear: number;
  unit: { code: string; nameTh: string };
  category: string;
  name: string;
  events: BudgetEvent[];
  totals: { allocation: string; disbursement: string; purchaseOrder: string; return: string };
};

/** The lines that match `q` and `category` (`items`, `matched` of them); `total` and `categories` count every line of the year. */
export type BudgetLineList = { items: BudgetLine[]; matched: number; total: number; categories: string[] };

export type BudgetLineFilter = { q?: string; category?: string };

export type NewBudgetEvent = {
  kind: BudgetEventKind;
  date: string;
  amount: string;
  againstPurchaseOrder?: boolean;
  note?: string | null;
};

export type WomensFundSnapshot = {
  id: number;
  unit: { code: string; nameTh: string };
  asOf: string;
  outstanding: string;
  notYetDue: string;
  suspended: string;
  litigation: string;
  overdue: string;
  overduePercent: { percent: Percent; reason: string | null };
  members: number | null;
  womenAged15Plus: number | null;
  membershipPercent: { percent: Percent; reason: string | null } | null;
};

export type SnapshotInput = {
  unitCode: string;
  asOf: string;
  outstanding: string;
  notYetDue: string;
  suspended: string;
  litigation: string;
  members: number | null;
  womenAged15Plus: number | null;
};

export const budgetKeys = {
  budget: [...registerKeys.all, 'budget'] as const,
  report: (unit: string, fiscalYear: number, asOf: string) =>
    [...registerKeys.all, 'budget', 'report', unit, fiscalYear, asOf] as const,
  lines: (unit: string, fiscalYear: number, filter: BudgetLineFilter) =>
    [...registerKeys.all, 'budget', 'lines', unit, fiscalYear, filter] as const,
  womensFund: (unit: string) => [...registerKeys.all, 'womens-fund', unit] as const,
};

export function useBudgetReport(unit: string, fiscalYear: number, asOf: string) {
  return useQuery({
    queryKey: budgetKeys.report(unit, fiscalYear, asOf),
    queryFn: () =>
      apiRequest<BudgetReport>('/registers/budget/report', { query: { unit, fiscalYear, asOf } }),
    enabled: unit !== '',
    retry: false,
  });
}

export function useBudgetLines(unit: string, fiscalYear: number, filter: BudgetLineFilter) {
  return useQuery({
    queryKey: budgetKeys.lines(unit, fiscalYear, filter),
    queryFn: () =>
      apiRequest<BudgetLineList>('/registers/budget/lines', { query: { unit, fiscalYear, ...filter } }),
    enabled: unit !== '',
    placeholderData: keepPreviousData,
  });
}

function useBudgetWrite<I, O>(request: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKeys.budget }),
  });
}

/** The department sets a fiscal year's return cut-off (PUT /registers/budget/cutoffs/:fiscalYear). */
export function useSetCutoff(fiscalYear: number) {
  return useBudgetWrite((returnCutoff: string) =>
    apiRequest<unknown>(`/registers/budget/cutoffs/${fiscalYear}`, { method: 'PUT', body: { returnCutoff } }),
  );
}

export function useAddBudgetLine() {
  return useBudgetWrite((input: { unitCode: string; fiscalYear: number; category: string; name: string }) =>
    apiRequest<{ line: BudgetLine }>('/registers/budget/lines', { method: 'POST', body: input }),
  );
}

export function useAddBudgetEvent(lineId: number) {
  return useBudgetWrite((input: NewBudgetEvent) =>
    apiRequest<{ line: BudgetLine }>(`/registers/budget/lines/${lineId}/events`, {
      method: 'POST',
      body: input,
    }),
  );
}

export function useBudgetImport(unit: string, fiscalYear: number) {
  return useBudgetWrite((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<{ created: number; lines: number }>('/registers/budget/import', {
      method: 'POST',
      query: { unit, fiscalYear },
      body: form,
    });
  });
}

export function useWomensFund(unit: string) {
  return useQuery({
    queryKey: budgetKeys.womensFund(unit),
    queryFn: () =>
      apiRequest<{ items: WomensFundSnapshot[]; bindings: RegisterBinding[] }>('/registers/womens-fund', {
        query: { unit },
      }),
    enabled: unit !== '',
  });
}

export function useSaveSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SnapshotInput) =>
      apiRequest<{ snapshot: WomensFundSnapshot }>('/registers/womens-fund', { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...registerKeys.all, 'womens-fund'] }),
  });
}
