import type { Direction, ThresholdCriteria } from './types';

/** Threshold criteria as typed in a form: five texts, level 1 blank for "any value". */
export type ThresholdDraft = {
  direction: Direction;
  inclusive: boolean;
  thresholds: [string, string, string, string, string];
  interpolate: boolean;
};

export const emptyThresholdDraft: ThresholdDraft = {
  direction: 'higher',
  inclusive: true,
  thresholds: ['', '', '', '', ''],
  interpolate: false,
};

export function thresholdDraftOf(criteria: ThresholdCriteria): ThresholdDraft {
  const [t1, t2, t3, t4, t5] = criteria.thresholds;
  return {
    direction: criteria.direction,
    inclusive: criteria.inclusive,
    thresholds: [t1 ?? '', t2, t3, t4, t5],
    interpolate: criteria.interpolate ?? false,
  };
}

/** The criteria the API takes; the server checks the order and reports in Thai. */
export function thresholdCriteriaOf(draft: ThresholdDraft): ThresholdCriteria {
  const [t1, t2, t3, t4, t5] = draft.thresholds.map((value) => value.trim());
  return {
    type: 'threshold',
    direction: draft.direction,
    inclusive: draft.inclusive,
    thresholds: [t1 === '' || t1 === undefined ? null : t1, t2 ?? '', t3 ?? '', t4 ?? '', t5 ?? ''],
    interpolate: draft.interpolate,
  };
}

/** Whether every level after the first has a value, so the criteria are worth sending for a preview. */
export function isThresholdDraftComplete(draft: ThresholdDraft): boolean {
  return draft.thresholds.slice(1).every((value) => value.trim() !== '');
}
