import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

import type { AgreementRollupTables } from './tables/agreement-rollups.ts';
import type { DashboardRegisterTables } from './tables/dashboards-registers.ts';
import type { FollowUpTables } from './tables/follow-ups.ts';
import type { FormTemplateTables } from './tables/forms.ts';
import type { HouseholdDistrictTables } from './tables/household-districts.ts';
import type { HouseholdPovertyTables } from './tables/household-poverty.ts';
import type { KpiHistoryTables } from './tables/kpi-history.ts';
import type { MinutesTables } from './tables/minutes.ts';
import type { QuarterlyTables } from './tables/quarterly.ts';
import type { RegisterTables } from './tables/registers.ts';
import type { ReportTables } from './tables/reports.ts';
import type { VisitTables } from './tables/visits.ts';

/** Column types shared by every capability's tables (src/db/tables/*.ts). */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json = ColumnType<unknown, string | null, string | null>;

export const unitKinds = [
  'department',
  'region',
  'province',
  'district',
  'subdistrict',
  'village',
  'work_group',
] as const;
export type UnitKind = (typeof unitKinds)[number];

export const roles = [
  'department_admin',
  'province_admin',
  'province_staff',
  'district_officer',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

export interface UnitsTable {
  id: Generated<number>;
  kind: UnitKind;
  code: string;
  name_th: string;
  name_en: string | null;
  parent_id: number | null;
  path: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UnitMembershipsTable {
  group_id: number;
  member_id: number;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  display_name: string;
  position_title: string | null;
  email: string | null;
  role: Role;
  unit_id: number;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Wrong passwords since the last successful login. */
  failed_logins: Generated<number>;
  /** Until when a login is refused after too many wrong passwords; null when not locked. */
  locked_until: Date | null;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

/** Login attempts a minute per key (client address, address and account name), shared by every instance. */
export interface LoginAttemptsTable {
  key: string;
  window_end: Timestamp;
  hits: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  user_id: number | null;
  unit_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json;
  after: Json;
}

export type JsonValue = ColumnType<unknown, string, string>;
/** NUMERIC travels as a string both ways: exact decimals, never floats. */
export type Numeric = ColumnType<string, string, string>;
/** DATE travels as 'YYYY-MM-DD' both ways (src/db/database.ts sets the parser). */
export type IsoDate = ColumnType<string, string, string>;

export const kpiKinds = ['team', 'individual', 'optional'] as const;
export type KpiKind = (typeof kpiKinds)[number];
export const agreementPairs = ['dg_province', 'province_district', 'province_work_group'] as const;
export type AgreementPair = (typeof agreementPairs)[number];
export type AgreementStatus = 'draft' | 'signed' | 'superseded';

export interface EvaluationRoundsTable {
  fiscal_year: number;
  number: number;
  start_date: IsoDate;
  end_date: IsoDate;
  updated_at: Generated<Date>;
  /** Optimistic concurrency (2026-12-09-1000-row-versions-upserts): bumped by every save. */
  row_version: Generated<number>;
}

export interface KpiSetsTable {
  id: Generated<number>;
  owner_unit_id: number;
  fiscal_year: number;
  round: number;
  name_th: string;
  source: string | null;
  copied_from_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface KpisTable {
  id: Generated<number>;
  kpi_set_id: number;
  key: string;
  number: string;
  kind: KpiKind;
  name_th: string;
  name_en: string | null;
  unit_of_measure: string | null;
  weight: Numeric | null;
  definition: string | null;
  formula_text: string | null;
  formula: JsonValue | null;
  rationale: string | null;
  data_source: string | null;
  level_texts: JsonValue;
  criteria: JsonValue;
  evidence: ColumnType<unknown, string | undefined, string>;
  contacts: ColumnType<unknown, string | undefined, string>;
  work_group: string | null;
  measurement_day: number | null;
  notes: string | null;
  position: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface AgreementsTable {
  id: Generated<number>;
  kpi_set_id: number;
  pair: AgreementPair;
  principal_unit_id: number;
  agent_unit_id: number;
  version: Generated<number>;
  status: Generated<AgreementStatus>;
  optional_required: Generated<number>;
  amendment_reason: string | null;
  principal_signed_by: number | null;
  principal_signed_at: Date | null;
  agent_signed_by: number | null;
  agent_signed_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Optimistic concurrency (2026-12-08-1400-row-versions): bumped by every edit. */
  row_version: Generated<number>;
}

export interface AgreementItemsTable {
  id: Generated<number>;
  agreement_id: number;
  kpi_id: number;
  section: KpiKind;
  weight: Numeric;
  targets: JsonValue | null;
  unit_criteria: JsonValue | null;
  selected: Generated<boolean>;
  position: Generated<number>;
}

export interface KpiResultsTable {
  id: Generated<number>;
  kpi_id: number;
  unit_id: number;
  value: Numeric | null;
  inputs: JsonValue | null;
  source: Generated<'manual' | 'report' | 'register'>;
  as_of: IsoDate;
  note: string | null;
  entered_by: number | null;
  updated_at: Generated<Date>;
  /** Optimistic concurrency (2026-12-09-1000-row-versions-upserts): bumped by every save. */
  row_version: Generated<number>;
}

interface CoreTables {
  units: UnitsTable;
  unit_memberships: UnitMembershipsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  evaluation_rounds: EvaluationRoundsTable;
  kpi_sets: KpiSetsTable;
  kpis: KpisTable;
  agreements: AgreementsTable;
  agreement_items: AgreementItemsTable;
  kpi_results: KpiResultsTable;
}

/** Every table: the core ones here, each later capability's in its own file under src/db/tables. */
export type Database = CoreTables &
  ReportTables &
  RegisterTables &
  QuarterlyTables &
  KpiHistoryTables &
  DashboardRegisterTables &
  MinutesTables &
  FormTemplateTables &
  FollowUpTables &
  VisitTables &
  AgreementRollupTables &
  HouseholdPovertyTables &
  HouseholdDistrictTables;

export type UnitRow = Selectable<UnitsTable>;
export type NewUnit = Insertable<UnitsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
