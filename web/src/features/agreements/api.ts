import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type {
  AgreementBody,
  AgreementRound,
  AgreementSummary,
  AgreementView,
  NewAgreement,
  ResultEntry,
  SignSide,
} from './types';

export const agreementKeys = {
  all: ['agreements'] as const,
  list: (kpiSetId: number) => ['agreements', 'list', kpiSetId] as const,
  rounds: ['agreements', 'rounds'] as const,
  detail: (id: number) => ['agreements', 'detail', id] as const,
};

/** Scores change whenever a result, a card or a signature does: always read them fresh. */
const fresh = { staleTime: 0 };

export function useAgreements(kpiSetId: number) {
  return useQuery({
    queryKey: agreementKeys.list(kpiSetId),
    queryFn: () =>
      apiRequest<{ items: AgreementSummary[] }>('/agreements', { query: { kpiSet: kpiSetId } }).then(
        (r) => r.items,
      ),
    ...fresh,
  });
}

/** The rounds that have agreements the user may read, the latest first. */
export function useAgreementRounds() {
  return useQuery({
    queryKey: agreementKeys.rounds,
    queryFn: () => apiRequest<{ items: AgreementRound[] }>('/agreements/rounds').then((r) => r.items),
    ...fresh,
  });
}

export function useAgreement(id: number) {
  return useQuery({
    queryKey: agreementKeys.detail(id),
    queryFn: () => apiRequest<AgreementView>(`/agreements/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    ...fresh,
  });
}

function useAgreementMutation<V>(mutationFn: (variables: V) => Promise<AgreementView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (view) => {
      queryClient.setQueryData(agreementKeys.detail(view.agreement.id), view);
      return queryClient.invalidateQueries({ queryKey: agreementKeys.all });
    },
  });
}

export function useCreateAgreement() {
  return useAgreementMutation((body: NewAgreement) =>
    apiRequest<AgreementView>('/agreements', { method: 'POST', body }),
  );
}

/** Drafts only; the server answers 409 'locked' once signed, 409 'stale' when saved elsewhere since `rowVersion`. */
export function useUpdateAgreement(id: number) {
  return useAgreementMutation((body: AgreementBody & { rowVersion: number }) =>
    apiRequest<AgreementView>(`/agreements/${id}`, { method: 'PUT', body }),
  );
}

/** 422 'weights_not_100' until each weight list totals 100. */
export function useSignAgreement(id: number) {
  return useAgreementMutation((side: SignSide) =>
    apiRequest<AgreementView>(`/agreements/${id}/sign`, { method: 'POST', body: { side } }),
  );
}

/** A new draft version carrying the items over, with the reason. */
export function useAmendAgreement(id: number) {
  return useAgreementMutation((reason: string) =>
    apiRequest<AgreementView>(`/agreements/${id}/amend`, { method: 'POST', body: { reason } }),
  );
}

/** A unit's result for one KPI (PUT /kpi-results): every agreement scoring that KPI for that unit changes. */
export function useSaveResult() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entry: ResultEntry) => apiRequest<unknown>('/kpi-results', { method: 'PUT', body: entry }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementKeys.all }),
  });
}
