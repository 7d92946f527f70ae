import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;

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
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Generated<Date>;
  expires_at: Timestamp;
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

export interface Database {
  units: UnitsTable;
  unit_memberships: UnitMembershipsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
}

export type UnitRow = Selectable<UnitsTable>;
export type NewUnit = Insertable<UnitsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
