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
