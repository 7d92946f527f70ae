import type { MessageKey } from '../../shared/i18n/dictionary';
import { knownMessageKey } from '../../shared/i18n/optional-message';

/** Every entity the server records in the audit log (recordAudit in src), each named in web/src/shared/i18n/messages/audit.ts. */
export const auditEntities = [
  'user',
  'unit',
  'units',
  'session',
  'demo',
  'evaluation_round',
  'kpi_set',
  'kpi',
  'kpi_result',
  'agreement',
  'report_type',
  'due_date_override',
  'submission',
  'submission_file',
  'unit_line_group',
  'household',
  'household_income',
  'household_plan_item',
  'household_activity',
  'budget_line',
  'budget_event',
  'budget_cutoff',
  'budget_plan',
  'project',
  'project_photo',
  'community_fund',
  'womens_fund_snapshot',
  'womens_fund_portfolio',
  'debt_relief_household',
  'register_binding',
  'meeting_minutes',
  'form_template',
  'follow_up',
  'follow_up_photo',
  'visit_plan',
  'visit_topic',
  'quarterly_report',
  'quarterly_issue',
  'quarterly_kpi',
  'quarterly_region_entry',
] as const;

/** Every action the server records: writes, sign-ins and the steps of a district report's review. */
export const auditActions = [
  'create',
  'update',
  'delete',
  'import',
  'export',
  'login',
  'lockout',
  'submit',
  'resubmit',
  'return',
  'approve',
  'reopen',
  'finish',
  'publish',
  'retire',
] as const;

/** An entity's name in the UI language; one the UI does not know yet is "another record", never its code name. */
export function entityKey(entity: string): MessageKey {
  return knownMessageKey(`entity.${entity}`) ?? 'audit.otherEntity';
}

export function actionKey(action: string): MessageKey {
  return knownMessageKey(`action.${action}`) ?? 'audit.otherAction';
}
