import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import { registerKeys } from './api';
import type { Percent, RegisterBinding } from './budget-api';

export type ProjectEvaluation = {
  dueDate: string;
  late: boolean;
  daysLate: number;
  missingPhotos: number;
};

/** An evaluation photo: `displayUrl` the resized JPEG for thumbnails, `url` the original as uploaded. */
export type ProjectPhoto = {
  id: number;
  filename: string;
  mime: string;
  size: number;
  uploadedAt: string;
  url: string;
  displayUrl: string;
};

export type Project = {
  id: number;
  unit: { code: string; nameTh: string };
  fiscalYear: number;
  round: number;
  name: string;
  budgetLineId: number | null;
  completionPercent: string;
  completedOn: string | null;
  evaluationSubmittedOn: string | null;
  /** The photos stored: the evaluation needs at least 3 (003 L297). */
  photoCount: number;
  photos: ProjectPhoto[];
  evaluation: ProjectEvaluation | null;
};

/** `items` (`matched` of them) follow the search; `total`, the late and photo-short counts and KPI 2 count every project of the year (and round). */
export type ProjectList = {
  asOf: string;
  items: Project[];
  matched: number;
  total: number;
  late: number;
  missingPhotos: number;
  planAchievement: {
    projects: number;
    completionSum: string;
    percent: Percent;
    reason: string | null;
  };
  bindings: RegisterBinding[];
};

export const projectStatuses = ['late', 'missing-photos', 'incomplete'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export type ProjectFilter = { round?: '1' | '2'; q?: string; status?: ProjectStatus };

export type ProjectChanges = {
  name: string;
  budgetLineId: number | null;
  completionPercent: string;
  completedOn: string | null;
  evaluationSubmittedOn: string | null;
};

export type NewProject = ProjectChanges & { unitCode: string; fiscalYear: number; round: number };

export const projectKeys = {
  all: [...registerKeys.all, 'projects'] as const,
  list: (unit: string, fiscalYear: number, filter: ProjectFilter) =>
    [...registerKeys.all, 'projects', unit, fiscalYear, filter] as const,
};

export const projectsExportUrl = (unit: string, fiscalYear: number) =>
  `/api/registers/projects/export.xlsx?unit=${encodeURIComponent(unit)}&fiscalYear=${fiscalYear}`;

export function useProjects(unit: string, fiscalYear: number, filter: ProjectFilter) {
  return useQuery({
    queryKey: projectKeys.list(unit, fiscalYear, filter),
    queryFn: () => apiRequest<ProjectList>('/registers/projects', { query: { unit, fiscalYear, ...filter } }),
    enabled: unit !== '',
    retry: false,
    placeholderData: keepPreviousData,
  });
}

function useProjectWrite<I>(request: (input: I) => Promise<{ project: Project }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

export function useAddProject() {
  return useProjectWrite((input: NewProject) =>
    apiRequest<{ project: Project }>('/registers/projects', { method: 'POST', body: input }),
  );
}

export function useChangeProject() {
  return useProjectWrite(({ id, changes }: { id: number; changes: ProjectChanges }) =>
    apiRequest<{ project: Project }>(`/registers/projects/${id}`, { method: 'PATCH', body: changes }),
  );
}

/** Imports projects (xlsx/csv in the export's columns): same unit, year, round and name updates, others are added. */
export function useProjectImport(unit: string, fiscalYear: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return apiRequest<{ created: number; updated: number }>('/registers/projects/import', {
        method: 'POST',
        query: { unit, fiscalYear },
        body: form,
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

/** One evaluation photo (multipart, field `file`): 422 when its content is not JPEG, PNG or WebP, 413 above 20 MB. */
export function useUploadProjectPhoto(projectId: number) {
  return useProjectWrite((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<{ project: Project }>(`/registers/projects/${projectId}/photos`, {
      method: 'POST',
      body: form,
    });
  });
}

export function useDeleteProjectPhoto(projectId: number) {
  return useProjectWrite((photoId: number) =>
    apiRequest<{ project: Project }>(`/registers/projects/${projectId}/photos/${photoId}`, {
      method: 'DELETE',
    }),
  );
}
