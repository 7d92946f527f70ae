import { type Expression, type SqlBool, sql } from 'kysely';
import type { Role, UnitKind } from '../db/schema.ts';
import { forbidden } from '../errors.ts';

export type UnitRef = {
  id: number;
  code: string;
  kind: UnitKind;
  nameTh: string;
  nameEn: string | null;
  parentId: number | null;
  path: string;
};

export type AuthUser = {
  id: number;
  username: string;
  displayName: string;
  positionTitle: string | null;
  role: Role;
  unit: UnitRef;
  /** The unit whose subtree this user may read: their own unit, or the province of a work group. */
  scope: UnitRef;
};

export type Permissions = { manageUsers: boolean; viewAudit: boolean; editUnits: boolean };

const admins: readonly Role[] = ['department_admin', 'province_admin'];
const editors: readonly Role[] = ['department_admin', 'province_admin', 'province_staff', 'district_officer'];

export function permissionsOf(role: Role): Permissions {
  return {
    manageUsers: admins.includes(role),
    viewAudit: admins.includes(role),
    editUnits: editors.includes(role),
  };
}

/** The one scope rule: a user reads a unit when its path lies inside the user's scope path. */
export function canRead(user: AuthUser, unit: Pick<UnitRef, 'path'>): boolean {
  return unit.path.startsWith(user.scope.path);
}

/** The scope rule's other direction: the unit is the user's scope or above it (a KPI set or report type it answers to). */
export function isAboveScope(user: AuthUser, unit: Pick<UnitRef, 'path'>): boolean {
  return user.scope.path.startsWith(unit.path);
}

const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The scope rule in SQL: the unit path `expr` is `path` or lies below it ('/CDD/95/' holds '/CDD/95/9501/'). A LIKE on a
 * literal prefix (its % and _ escaped) so the text_pattern_ops index on units.path serves it.
 */
export function pathUnder(expr: Expression<string>, path: string): Expression<SqlBool> {
  return sql<SqlBool>`${expr} like ${`${likeLiteral(path)}%`}`;
}

/** `expr` is a unit path inside the user's scope: canRead in SQL. */
export function inScope(expr: Expression<string>, user: Pick<AuthUser, 'scope'>): Expression<SqlBool> {
  return pathUnder(expr, user.scope.path);
}

/** `expr` is the unit path `path` or one of its ancestors: isAboveScope in SQL. */
export function pathAbove(expr: Expression<string>, path: string): Expression<SqlBool> {
  return sql<SqlBool>`starts_with(${path}, ${expr})`;
}

/** A like/ilike pattern for `text` anywhere in a value, its % and _ matching themselves. */
export const containing = (text: string) => `%${likeLiteral(text)}%`;

/** A like pattern for values that begin with `text` (a code typed in part), its % and _ matching themselves. */
export const startingWith = (text: string) => `${likeLiteral(text)}%`;

export function canWrite(
  user: AuthUser,
  unit: Pick<UnitRef, 'path'>,
  permission: keyof Permissions,
): boolean {
  return permissionsOf(user.role)[permission] && canRead(user, unit);
}

export function requireRead(user: AuthUser, unit: Pick<UnitRef, 'path' | 'nameTh'>): void {
  if (!canRead(user, unit)) {
    throw forbidden(`บัญชีของคุณ (${user.scope.nameTh}) ไม่มีสิทธิ์ดูข้อมูลของ${unit.nameTh}`);
  }
}

export function requirePermission(user: AuthUser, permission: keyof Permissions): void {
  if (!permissionsOf(user.role)[permission]) throw forbidden();
}

/** Writes need the permission and the unit inside the user's scope. */
export function requireWrite(
  user: AuthUser,
  unit: Pick<UnitRef, 'path' | 'nameTh'>,
  permission: keyof Permissions,
): void {
  requirePermission(user, permission);
  if (!canRead(user, unit))
    throw forbidden(`บัญชีของคุณ (${user.scope.nameTh}) ไม่มีสิทธิ์แก้ไขข้อมูลของ${unit.nameTh}`);
}

/** Which roles a user may give: department admins any, province admins any but department admin. */
export function assignableRoles(user: AuthUser): Role[] {
  if (user.role === 'department_admin')
    return ['department_admin', 'province_admin', 'province_staff', 'district_officer', 'viewer'];
  if (user.role === 'province_admin')
    return ['province_admin', 'province_staff', 'district_officer', 'viewer'];
  return [];
}

const roleUnitKinds: Record<Role, readonly UnitKind[]> = {
  department_admin: ['department'],
  province_admin: ['province'],
  // A CODI region office's staff sit at their region (kind 'region'): they enter their region's quarterly figures.
  province_staff: ['work_group', 'province', 'region'],
  district_officer: ['district'],
  viewer: ['department', 'province', 'district', 'work_group'],
};

/** A role belongs to a kind of unit: a district officer to a district, province staff to a work group, … */
export function roleFitsUnit(role: Role, kind: UnitKind): boolean {
  return roleUnitKinds[role].includes(kind);
}
