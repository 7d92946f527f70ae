import type { ApiResponse } from '../../shared/api/api-types';

export type Role = 'department_admin' | 'province_admin' | 'province_staff' | 'district_officer' | 'viewer';

export const roles: Role[] = [
  'department_admin',
  'province_admin',
  'province_staff',
  'district_officer',
  'viewer',
];

/** The signed-in user and the CSRF token, as /auth/me and login answer. */
export type Session = ApiResponse<'/api/auth/me'>;

/** The signed-in user; `scope` is the unit whose subtree the user may read (the province for province staff). */
export type Me = Session['user'];

export type Permissions = Me['permissions'];
