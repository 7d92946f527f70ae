import type { FormulaNode } from '../formula/parse.ts';

/** A KPI that is a share of a counted group: who counts as achieved, of which denominator, and which way. */
export interface CountBasis {
  readonly achieved: string;
  readonly denominator: string;
  /** 'achieved': x × 100 / d (higher is better); 'remaining': (d − x) × 100 / d (lower is better). */
  readonly percentOf: 'achieved' | 'remaining';
}

const isHundred = (n: FormulaNode) => n.type === 'number' && n.value === '100';
const inputId = (n: FormulaNode) => (n.type === 'input' ? n.id : null);

/** The part before "÷ d" of x × 100, 100 × x, or (x) when the 100 is applied after the division. */
function timesHundred(n: FormulaNode): FormulaNode | null {
  if (n.type !== 'binary' || n.operator !== '*') return null;
  if (isHundred(n.right)) return n.left;
  if (isHundred(n.left)) return n.right;
  return null;
}

function basis(numerator: FormulaNode, denominator: string): CountBasis | null {
  const achieved = inputId(numerator);
  if (achieved !== null && achieved !== denominator) return { achieved, denominator, percentOf: 'achieved' };
  if (numerator.type === 'binary' && numerator.operator === '-' && inputId(numerator.left) === denominator) {
    const remaining = inputId(numerator.right);
    if (remaining !== null) return { achieved: remaining, denominator, percentOf: 'remaining' };
  }
  return null;
}

/**
 * Recognises the counted shares of the seeds' cards, so the app can say how many more must pass:
 * 001 L404 "(จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. ปี ๒๕๖๗ − …) × 100 ÷ …" (remaining poor households)
 * and 001 L361 "จำนวนครัวเรือนเป้าหมายที่บริหารจัดการหนี้ ลดหนี้/ปลดหนี้ × 100 ÷ จำนวนครัวเรือนเป้าหมายทั้งหมด ๓๐ คน".
 * Anything else → null.
 */
export function countBasis(formula: FormulaNode): CountBasis | null {
  if (formula.type !== 'binary') return null;
  if (formula.operator === '/') {
    const denominator = inputId(formula.right);
    const numerator = timesHundred(formula.left);
    return denominator === null || numerator === null ? null : basis(numerator, denominator);
  }
  if (formula.operator === '*') {
    const share = isHundred(formula.right) ? formula.left : isHundred(formula.left) ? formula.right : null;
    if (share?.type !== 'binary' || share.operator !== '/') return null;
    const denominator = inputId(share.right);
    return denominator === null ? null : basis(share.left, denominator);
  }
  return null;
}
