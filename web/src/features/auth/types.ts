import type { Unit } from '../units/types';

export type Role = 'department_admin' | 'province_admin' | 'province_staff' | 'district_officer' | 'viewer';

export const roles: Role[] = [
  'department_admin',
  'province_admin',
  'province_staff',
  'district_officer',
  'viewer',
];

export type Permissions = { manageUsers: boolean; viewAudit: boolean; editUnits: boolean };

export type Me = {
  id: number;
  username: string;
  displayName: string;
  positionTitle: string | null;
  role: Role;
  unit: Unit;
  /** The unit whose subtree the user may read (the province for province staff). */
  scope: Unit;
  permissions: Permissions;
};

export type Session = { user: Me; csrfToken: string };
