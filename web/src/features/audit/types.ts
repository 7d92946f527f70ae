import type { auditActions } from './audit-names';

export type AuditAction = (typeof auditActions)[number];

export type AuditEntry = {
  id: number;
  at: string;
  user: { id: number; username: string; displayName: string } | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  unit: { code: string; nameTh: string } | null;
  before: unknown;
  after: unknown;
};

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
