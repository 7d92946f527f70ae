import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { ImportJob } from '../../shared/api/import-job';
import { uploadFile } from '../../shared/api/upload';
import type {
  HouseholdDetail,
  HouseholdList,
  HouseholdStatus,
  HouseholdSummary,
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

export const householdKeys = {
  all: ['registers', 'households'] as const,
  list: (f: HouseholdFilter, after: number) => ['registers', 'households', 'list', f, after] as const,
  summary: (unit: string, fiscalYear: number) =>
    ['registers', 'households', 'summary', unit, fiscalYear] as const,
  detail: (id: number) => ['registers', 'households', 'detail', id] as const,
};

export const householdTemplateUrl = (fiscalYear: number) =>
  `/api/registers/households/template.xlsx?fiscalYear=${fiscalYear}`;

export const householdExportUrl = (unit: string, fiscalYear: number) =>
  `/api/registers/households/export.xlsx?unit=${encodeURIComponent(unit)}&fiscalYear=${fiscalYear}`;

export function useHouseholdSummary(unit: string, fiscalYear: number) {
  return useQuery({
    queryKey: householdKeys.summary(unit, fiscalYear),
    queryFn: () =>
      apiRequest<HouseholdSummary>('/registers/households/summary', { query: { unit, fiscalYear } }),
    enabled: unit !== '',
  });
}

export function useHouseholdList(filter: HouseholdFilter, after: number) {
  return useQuery({
    queryKey: householdKeys.list(filter, after),
    queryFn: () =>
      apiRequest<HouseholdList>('/registers/households', { query: { ...filter, after, limit: 50 } }),
    enabled: filter.unit !== '',
    placeholderData: keepPreviousData,
  });
}

export function useHousehold(id: number) {
  return useQuery({
    queryKey: householdKeys.detail(id),
    queryFn: () => apiRequest<HouseholdDetail>(`/registers/households/${id}`),
  });
}

/** Any household write changes the lists and the summary; the answer is the household as saved. */
function useHouseholdWrite<T>(request: (input: T) => Promise<HouseholdDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (detail) => {
      queryClient.setQueryData(householdKeys.detail(detail.household.id), detail);
      return queryClient.invalidateQueries({ queryKey: householdKeys.all });
    },
  });
}

export function useAddHousehold() {
  return useHouseholdWrite((input: NewHousehold) =>
    apiRequest<HouseholdDetail>('/registers/households', { method: 'POST', body: input }),
  );
}

/** Edits send the household's rowVersion as loaded: a save over someone else's answers 409 stale. */
export function useChangeStatus(id: number) {
  return useHouseholdWrite(({ status, rowVersion }: { status: HouseholdStatus; rowVersion: number }) =>
    apiRequest<HouseholdDetail>(`/registers/households/${id}/status`, {
      method: 'PUT',
      body: { status, rowVersion },
    }),
  );
}

export function useSetIncome(id: number) {
  return useHouseholdWrite((input: { surveyYear: number; incomePerPerson: string; rowVersion: number }) =>
    apiRequest<HouseholdDetail>(`/registers/households/${id}/incomes/${input.surveyYear}`, {
      method: 'PUT',
      body: { incomePerPerson: input.incomePerPerson, rowVersion: input.rowVersion },
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
    mutationFn: ({ file, unit, fiscalYear }: { file: File; unit: string; fiscalYear: number }) =>
      uploadFile<{ job: ImportJob }>('/registers/households/import', file, { unit, fiscalYear }).then(
        (r) => r.job,
      ),
  });
}
