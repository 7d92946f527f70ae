import type { AgreementItem } from './types';

/** The two lists the agreement is weighed in: team, and individual with the optional KPIs after it. */
export function printLists(items: AgreementItem[]) {
  return {
    team: items.filter((item) => item.section === 'team'),
    individual: items.filter((item) => item.section === 'individual'),
    optional: items.filter((item) => item.section === 'optional'),
  };
}
