import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type {
  HouseholdDetail,
  HouseholdList,
  HouseholdStatus,
  HouseholdSummary,
  ImportJob,
  NewActivity,
  NewHousehold,
  NewPlanItem,
  ProblemDimension,
} from './types';

export type HouseholdFilter = {
  unit: string;
  status?: HouseholdStatus;
  problem?: ProblemDimension;
  q?: string;
};

export const registerKeys = {
  all: ['registers'] as const,
  households: ['registers', 'households'] as const,
  householdList: (f: HouseholdFilter, after: number) =>
    ['registers', 'households', 'list', f, after] as const,
  householdSummary: (unit: string, fiscalYear: number) =>
    ['registers', 'households', 'summary', unit, fiscalYear] as const,
  household: (id: number) => ['registers', 'households', 'detail', id] as const,
  importJob: (id: number) => ['registers', 'imports', id] as const,
  years: (unit: string) => ['registers', 'years', unit] as const,
};

/** The fiscal years (B.E.) each register holds at or below a unit, newest first. */
export type RegisterYears = {
  unit: { code: string; nameTh: string; kind: string };
  budget: number[];
  projects: number[];
  households: number[];
  debtRelief: number[];
};
export type RegisterName = Exclude<keyof RegisterYears, 'unit'>;

export function useRegisterYears(unit: string) {
  return useQuery({
    queryKey: registerKeys.years(unit),
    queryFn: () => apiRequest<RegisterYears>('/registers/years', { query: { unit } }),
    enabled: unit !== '',
    retry: false,
  });
}

export const householdTemplateUrl = (fiscalYear: number) =>
  `/api/registers/households/template.xlsx?fiscalYear=${fiscalYear}`;

export const householdExportUrl = (unit: string, fiscalYear: number) =>
  `/api/registers/households/export.xlsx?unit=${encodeURIComponent(unit)}&fiscalYear=${fiscalYear}`;

export function useHouseholdSummary(unit: string, fiscalYear: number) {
  return useQuery({
    queryKey: registerKeys.householdSummary(unit, fiscalYear),
    queryFn: () =>
      apiRequest<HouseholdSummary>('/registers/households/summary', { query: { unit, fiscalYear } }),
    enabled: unit !== '',
  });
}

export function useHouseholdList(filter: HouseholdFilter, after: number) {
  return useQuery({
    queryKey: registerKeys.householdList(filter, after),
    queryFn: () =>
      apiRequest<HouseholdList>('/registers/households', { query: { ...filter, after, limit: 50 } }),
    enabled: filter.unit !== '',
    placeholderData: keepPreviousData,
  });
}

export function useHousehold(id: number) {
  return useQuery({
    queryKey: registerKeys.household(id),
    queryFn: () => apiRequest<HouseholdDetail>(`/registers/households/${id}`),
  });
}

/** Any household write changes the lists and the summary; the answer is the household as saved. */
function useHouseholdWrite<T>(request: (input: T) => Promise<HouseholdDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (detail) => {
      queryClient.setQueryData(registerKeys.household(detail.household.id), detail);
      return queryClient.invalidateQueries({ queryKey: registerKeys.households });
    },
  });
}

export function useAddHousehold() {
  return useHouseholdWrite((input: NewHousehold) =>
    apiRequest<HouseholdDetail>('/registers/households', { method: 'POST', body: input }),
  );
}

export function useChangeStatus(id: number) {
  return useHouseholdWrite((status: HouseholdStatus) =>
    apiRequest<HouseholdDetail>(`/registers/households/${id}/status`, { method: 'PUT', body: { status } }),
  );
}

export function useSetIncome(id: number) {
  return useHouseholdWrite((input: { surveyYear: number; incomePerPerson: string }) =>
    apiRequest<HouseholdDetail>(`/registers/households/${id}/incomes/${input.surveyYear}`, {
      method: 'PUT',
      body: { incomePerPerson: input.incomePerPerson },
    }),
  );
}

export function useAddPlanItem(id: number) {
  return useHouseholdWrite((input: NewPlanItem) =>
    apiRequest<HouseholdDetail>(`/registers/households/${id}/plan-items`, { method: 'POST', body: input }),
  );
}

export function useAddActivity(id: number) {
  return useHouseholdWrite((input: NewActivity) =>
    apiRequest<HouseholdDetail>(`/registers/households/${id}/activities`, { method: 'POST', body: input }),
  );
}

export function useStartHouseholdImport() {
  return useMutation({
    mutationFn: ({ file, unit, fiscalYear }: { file: File; unit: string; fiscalYear: number }) => {
      const form = new FormData();
      form.append('file', file);
      return apiRequest<{ job: ImportJob }>('/registers/households/import', {
        method: 'POST',
        query: { unit, fiscalYear },
        body: form,
      }).then((r) => r.job);
    },
  });
}

const finished = (job: ImportJob | undefined) => job?.status === 'done' || job?.status === 'failed';

/** Polls an import job every second until it is done or failed; then the registers are read again. */
export function useImportJob(id: number | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: registerKeys.importJob(id ?? 0),
    queryFn: async () => {
      const { job } = await apiRequest<{ job: ImportJob }>(`/registers/imports/${id}`);
      if (finished(job)) await queryClient.invalidateQueries({ queryKey: registerKeys.households });
      return job;
    },
    enabled: id !== null,
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
  });
}
