import type { ApiResponse } from '../../shared/api/api-types';

/** The projects register's answers, as the server's response schemas declare them (src/modules/projects). */

/** `items` (`matched` of them) follow the search; `total`, the late and photo-short counts and KPI 2 count every project of the year (and round). */
export type ProjectList = ApiResponse<'/api/registers/projects/'>;

/** A project with its photos (the evaluation needs at least 3, 003 L297) and, once completed, its evaluation. */
export type Project = ProjectList['items'][number];

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
