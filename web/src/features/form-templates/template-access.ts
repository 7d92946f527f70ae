import type { Me } from '../auth/types';
import type { TemplateSummary } from './types';

/** The designer is for the department's admins (department-wide forms) and the provinces' admins (their own). */
export const canDesign = (me: Me): boolean => me.role === 'department_admin' || me.role === 'province_admin';

/** Who may change a template, as the server decides: the department any, a province admin its own province's. */
export function canWrite(me: Me, template: Pick<TemplateSummary, 'unit'>): boolean {
  if (me.role === 'department_admin') return true;
  return me.role === 'province_admin' && template.unit !== null && me.scope.code === template.unit.code;
}
