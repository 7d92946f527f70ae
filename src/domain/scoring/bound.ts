import { canonical, type Dec } from './decimal.ts';

/** gte ≥ "ไม่น้อยกว่า", gt > "มากกว่า", lte ≤ "ไม่เกิน", lt < "ต่ำกว่า" */
export type Comparison = 'gte' | 'gt' | 'lte' | 'lt';

/** What a value must satisfy to reach a level; `label` names a target tier when the bound is one. */
export interface Bound {
  readonly value: Dec;
  readonly comparison: Comparison;
  readonly label?: string;
}

export function meets(value: Dec, bound: Bound): boolean {
  switch (bound.comparison) {
    case 'gte':
      return value.gte(bound.value);
    case 'gt':
      return value.gt(bound.value);
    case 'lte':
      return value.lte(bound.value);
    case 'lt':
      return value.lt(bound.value);
  }
}

// The seeds' own words for each comparison:
// 001 L156 "ไม่น้อยกว่าร้อยละ ๘๐"; 000 L243 "มากกว่าร้อยละ ๗๕"; 001 L416 "ไม่เกิน ร้อยละ ๑๔"; 001 L247 "ต่ำกว่าร้อยละ ๒๐"
const THAI_WORDS: Record<Comparison, string> = { gte: 'ไม่น้อยกว่า', gt: 'มากกว่า', lte: 'ไม่เกิน', lt: 'ต่ำกว่า' };
const ENGLISH_WORDS: Record<Comparison, string> = {
  gte: 'at least',
  gt: 'more than',
  lte: 'at most',
  lt: 'less than',
};

/** "ไม่น้อยกว่า 90", "มากกว่า 150000 (ค่าเป้าหมายขั้นมาตรฐาน)" */
export function describeBoundThai(bound: Bound): string {
  const label = bound.label === undefined ? '' : ` (${bound.label})`;
  return `${THAI_WORDS[bound.comparison]} ${canonical(bound.value)}${label}`;
}

/** "at least 90", "more than 90" */
export function describeBoundEnglish(bound: Bound): string {
  return `${ENGLISH_WORDS[bound.comparison]} ${canonical(bound.value)}`;
}
