import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { CalculatorAnswer, Criteria } from './types';

export type EvaluateRequest = { criteria: Criteria; value: string };

export const scoringKeys = {
  all: ['scoring'] as const,
  evaluate: (request: EvaluateRequest) => ['scoring', 'evaluate', request] as const,
};

/** The public KPI calculator: the same scorer the agreements use, no login needed. */
export function useEvaluation(request: EvaluateRequest | null) {
  return useQuery({
    queryKey: scoringKeys.evaluate(request ?? { criteria: { type: 'project-defined' }, value: '' }),
    queryFn: () =>
      apiRequest<CalculatorAnswer>('/scoring/evaluate', {
        method: 'POST',
        body: request,
        redirectOnUnauthorized: false,
      }),
    enabled: request !== null && request.value.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const apiDocsUrl = '/api/docs';
