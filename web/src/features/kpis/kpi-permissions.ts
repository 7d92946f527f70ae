import type { Me, Role } from '../auth/types';

/** Who writes KPI sets (src/modules/kpis/service.ts requireSetWrite): the province office and the department. */
const setEditors: Role[] = ['department_admin', 'province_admin', 'province_staff'];

export function canCreateKpiSets(me: Me): boolean {
  return setEditors.includes(me.role);
}
