import type { ConcreteCriteria } from '../scoring/types';
import type { AgreementItem } from './types';

/** The criteria an item is scored by: the KPI's own, or for a project-defined KPI the unit's (null until set). */
export function effectiveCriteria(
  item: Pick<AgreementItem, 'criteria' | 'unitCriteria'>,
): ConcreteCriteria | null {
  if (item.criteria.type !== 'project-defined') return item.criteria;
  const own = item.unitCriteria ?? item.criteria.unitCriteria ?? null;
  return own && own.type !== 'project-defined' ? own : null;
}
