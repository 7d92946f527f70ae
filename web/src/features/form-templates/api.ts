import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import type { FormDefinition, FormValues, PreviewAnswer, Template, TemplateList } from './types';

export type TemplateFilter = { q?: string; status?: string };

export const templateKeys = {
  all: ['form-templates'] as const,
  list: (filter: TemplateFilter) => ['form-templates', 'list', filter] as const,
  one: (id: number) => ['form-templates', 'one', id] as const,
  preview: (request: PreviewRequest) => ['form-templates', 'preview', request] as const,
};

type PreviewRequest = { definition: FormDefinition; values: FormValues };

export function useTemplates(filter: TemplateFilter) {
  return useQuery({
    queryKey: templateKeys.list(filter),
    queryFn: () =>
      apiRequest<TemplateList>('/form-templates', {
        query: { q: filter.q, status: filter.status },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useTemplate(id: number) {
  return useQuery({
    queryKey: templateKeys.one(id),
    queryFn: () => apiRequest<Template>(`/form-templates/${id}`),
    enabled: Number.isInteger(id),
  });
}

/** Every write answers the template as it now is: keep it, and let the lists reload. */
function useTemplateWrite<I>(request: (input: I) => Promise<Template>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (saved) => {
      queryClient.setQueryData(templateKeys.one(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: templateKeys.all });
    },
  });
}

export function useCreateTemplate() {
  return useTemplateWrite((input: { code: string; definition: FormDefinition; unit?: string }) =>
    apiRequest<Template>('/form-templates', { method: 'POST', body: input }),
  );
}

export function useSaveTemplate(id: number) {
  return useTemplateWrite(({ definition, rowVersion }: { definition: FormDefinition; rowVersion: number }) =>
    apiRequest<Template>(`/form-templates/${id}`, { method: 'PUT', body: { definition, rowVersion } }),
  );
}

export function usePublishTemplate(id: number) {
  return useTemplateWrite(() => apiRequest<Template>(`/form-templates/${id}/publish`, { method: 'POST' }));
}

/** A draft copy of a template as its next version. */
export function useNewVersion() {
  return useTemplateWrite((id: number) =>
    apiRequest<Template>(`/form-templates/${id}/versions`, { method: 'POST' }),
  );
}

/** The designer's live preview: the server's check of sample values (computed fields filled in). */
export function usePreview(request: PreviewRequest | null) {
  return useQuery({
    queryKey: templateKeys.preview(
      request ?? { definition: { titleTh: '', subject: 'district', sections: [] }, values: {} },
    ),
    queryFn: () => apiRequest<PreviewAnswer>('/form-templates/preview', { method: 'POST', body: request }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
