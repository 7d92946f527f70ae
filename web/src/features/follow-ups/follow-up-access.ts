import type { Me } from '../auth/types';

/**
 * Who fills follow-up forms, as the server decides (src/modules/follow-ups/service.ts WRITERS): the province office
 * that visits and the department; a district reads the forms filled about it.
 */
export const canFillFollowUps = (me: Me): boolean =>
  me.role === 'department_admin' || me.role === 'province_admin' || me.role === 'province_staff';
