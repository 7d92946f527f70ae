import type { ColumnType, Generated } from 'kysely';
import type { IsoDate, JsonValue, Timestamp } from '../schema.ts';

export type ReportFrequency = 'monthly' | 'quarterly' | 'once';
export type DueMonthColumn = 'in-period' | 'after-period';
export type UnitScope = 'all-districts' | 'chosen';
export type DayCountingColumn = 'calendar' | 'working';
export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'approved';
export type SubmissionAction = 'submit' | 'return' | 'resubmit' | 'approve' | 'reopen';
export type OutboxChannel = 'inapp' | 'email' | 'line';
export type OutboxStatus = 'pending' | 'sent' | 'failed';

/** A report form in a province's monthly calendar (แบบรายงาน). */
export interface ReportTypesTable {
  id: Generated<number>;
  owner_unit_id: number;
  name_th: string;
  work_group_id: number | null;
  frequency: ReportFrequency;
  due_day: number | null;
  due_month: DueMonthColumn | null;
  once_date: IsoDate | null;
  unit_scope: Generated<UnitScope>;
  day_counting: Generated<DayCountingColumn>;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

/** A report form's field set as it stood from one edit to the next; each submission keeps the one it was opened with. */
export interface ReportTypeVersionsTable {
  report_type_id: number;
  version: number;
  /** [{id, kind, labelTh, unit?, required, kpiId?, min?, max?}] (src/domain/report-form/field.ts). */
  fields: JsonValue;
  created_by: number | null;
  created_at: Generated<Date>;
}

/** The units that must submit a report type whose unit_scope is 'chosen'. */
export interface ReportTypeUnitsTable {
  report_type_id: number;
  unit_id: number;
}

/** The provincial officers responsible for a report type (นักวิชาการจังหวัดผู้รับผิดชอบรายงาน). */
export interface ReportTypeResponsiblesTable {
  report_type_id: number;
  user_id: number;
}

export interface DueDateOverridesTable {
  report_type_id: number;
  period_key: string;
  due_date: IsoDate;
  reason: string;
  changed_by: number | null;
  changed_at: Timestamp;
  /** Optimistic concurrency (2026-12-09-1000-row-versions-upserts): bumped by every save. */
  row_version: Generated<number>;
}

export interface SubmissionsTable {
  id: Generated<number>;
  report_type_id: number;
  unit_id: number;
  period_key: string;
  /** The version of the report type's fields this submission was opened with. */
  report_type_version: number;
  /** The due date in force (an override included); timeliness is computed from submission_events. */
  due_date: IsoDate;
  status: Generated<SubmissionStatus>;
  values: ColumnType<unknown, string | undefined, string>;
  narrative: string | null;
  first_submitted_at: Timestamp | null;
  submitted_at: Timestamp | null;
  approved_at: Timestamp | null;
  approved_by: number | null;
  changed_since_approval: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface SubmissionEventsTable {
  id: Generated<number>;
  submission_id: number;
  at: Timestamp;
  user_id: number | null;
  action: SubmissionAction;
  reason: string | null;
}

export interface SubmissionFilesTable {
  id: Generated<number>;
  submission_id: number;
  field_id: string;
  original_name: string;
  sha256: string;
  /** As sniffed from the content, never as declared by the browser. */
  mime: string;
  bytes: number;
  stored_path: string;
  display_path: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface UnitLineGroupsTable {
  unit_id: number;
  group_id: string;
  updated_at: Generated<Date>;
  /** Optimistic concurrency (2026-12-09-1000-row-versions-upserts): bumped by every save. */
  row_version: Generated<number>;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  at: Timestamp;
  title: string;
  body: string;
  link: string | null;
  read_at: Timestamp | null;
}

export interface OutboxTable {
  id: Generated<number>;
  idempotency_key: string;
  channel: OutboxChannel;
  recipient: string;
  payload: JsonValue;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  sent_at: Timestamp | null;
  created_at: Timestamp;
}

/** Tables of monthly progress reports (issue R1-3) and the notifications they send. */
export type ReportTables = {
  report_types: ReportTypesTable;
  report_type_versions: ReportTypeVersionsTable;
  report_type_units: ReportTypeUnitsTable;
  report_type_responsibles: ReportTypeResponsiblesTable;
  due_date_overrides: DueDateOverridesTable;
  submissions: SubmissionsTable;
  submission_events: SubmissionEventsTable;
  submission_files: SubmissionFilesTable;
  unit_line_groups: UnitLineGroupsTable;
  notifications: NotificationsTable;
  outbox: OutboxTable;
};
