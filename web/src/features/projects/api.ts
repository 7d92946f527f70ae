import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../shared/api/api-types';
import { apiRequest } from '../../shared/api/client';
import { uploadFile } from '../../shared/api/upload';
import { registerKeys } from '../registers/api';
import type { NewProject, Project, ProjectChanges, ProjectFilter, ProjectList } from './types';

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
  /** The changes carry the project's rowVersion as loaded: a save over someone else's answers 409 stale. */
  return useProjectWrite(
    ({ id, changes }: { id: number; changes: ProjectChanges & { rowVersion: number } }) =>
      apiRequest<{ project: Project }>(`/registers/projects/${id}`, { method: 'PATCH', body: changes }),
  );
}

/** Imports projects (xlsx/csv in the export's columns): same unit, year, round and name updates, others are added. */
export function useProjectImport(unit: string, fiscalYear: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<ApiResponse<'/api/registers/projects/import', 'post'>>('/registers/projects/import', file, {
        unit,
        fiscalYear,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

/** One evaluation photo (multipart, field `file`): 422 when its content is not JPEG, PNG or WebP, 413 above 20 MB. */
export function useUploadProjectPhoto(projectId: number) {
  return useProjectWrite((file: File) =>
    uploadFile<{ project: Project }>(`/registers/projects/${projectId}/photos`, file),
  );
}

export function useDeleteProjectPhoto(projectId: number) {
  return useProjectWrite((photoId: number) =>
    apiRequest<{ project: Project }>(`/registers/projects/${projectId}/photos/${photoId}`, {
      method: 'DELETE',
    }),
  );
}
