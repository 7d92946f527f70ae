import type { ApiResponse, Refine } from '../../shared/api/api-types';
import type { auditActions } from './audit-names';

export type AuditAction = (typeof auditActions)[number];

type AuditAnswer = ApiResponse<'/api/audit/'>;

/** The server writes the action as text; the web names the ones it knows (audit-names.ts). */
export type AuditEntry = Refine<AuditAnswer['items'][number], { action: AuditAction }>;

/** One page of the audit log and the number of entries matching the filters. */
export type AuditPage = Refine<AuditAnswer, { items: AuditEntry[] }>;

/** Dates are YYYY-MM-DD (C.E.), as the API takes them; page counts from 1. */
export type AuditFilters = {
  entity: string;
  action: string;
  username: string;
  from: string;
  to: string;
  page: number;
};

export const auditPageSize = 50;
