import type { Me, Role } from '../auth/types';

/** Who writes KPI sets (src/modules/kpis/service.ts requireSetWrite): the province office and the department. */
const setEditors: Role[] = ['department_admin', 'province_admin', 'province_staff'];

export function canCreateKpiSets(me: Me): boolean {
  return setEditors.includes(me.role);
}

/** The set's source note (which seed, which lines) is for the offices that keep the sets, folded away. */
export function canSeeSetSource(me: Me): boolean {
  return me.role === 'department_admin' || me.role === 'province_admin';
}
