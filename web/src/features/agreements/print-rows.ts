import type { MessageKey } from '../../shared/i18n/dictionary';
import type { AgreementItem, AgreementView } from './types';

export type WeightListId = 'team' | 'individual';

export type WeightList = {
  id: WeightListId;
  /** The list's own KPIs; for the individual list, the optional KPIs follow under their own heading. */
  items: AgreementItem[];
  optional: AgreementItem[];
  /** The list's weighted score from the server: the sum of its rows' weighted scores. */
  section: { weightSum: string; score: string | null } | undefined;
};

/** The two lists the agreement is weighed in: team, and individual with the optional KPIs after it; empty lists left out. */
export function weightLists(view: Pick<AgreementView, 'items' | 'total'>): WeightList[] {
  const section = (id: WeightListId) => view.total?.sections.find((s) => s.id === id);
  const lists: WeightList[] = [
    {
      id: 'team',
      items: view.items.filter((item) => item.section === 'team'),
      optional: [],
      section: section('team'),
    },
    {
      id: 'individual',
      items: view.items.filter((item) => item.section === 'individual'),
      optional: view.items.filter((item) => item.section === 'optional'),
      section: section('individual'),
    },
  ];
  return lists.filter((list) => list.items.length + list.optional.length > 0);
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The footnote under the scores, with the numbers of this agreement, so a reader can add the rows up:
 * the rule of src/domain/scoring/weighted.ts (agreementTotal), said once on the page and on the printouts.
 */
export function totalRule(total: AgreementView['total'], t: Translate): string[] {
  if (!total) return [t('agreement.ruleRows')];
  const score = (id: WeightListId) => total.sections.find((s) => s.id === id)?.score ?? '0.0000';
  const [only] = total.sections;
  const combined =
    total.sections.length === 2
      ? t('agreement.ruleTotalTwo', {
          team: score('team'),
          individual: score('individual'),
          total: total.score,
        })
      : t('agreement.ruleTotalOne', {
          list: t(only?.id === 'team' ? 'kpiKind.team' : 'kpiKind.individual'),
          total: total.score,
        });
  return [t('agreement.ruleRows'), combined];
}
