import type { FormulaNode } from './parse.ts';

/**
 * Why a formula cannot be read or computed:
 * - syntax: the text is not a formula ("สูตรไม่ถูกต้องที่ตำแหน่ง 12: …"); `position` is 1-based;
 * - missing-input / invalid-input: an input has no value, or a value that is not a number; `inputs` names them;
 * - division-by-zero: a divisor came out as 0 (never Infinity).
 */
export type FormulaErrorCode = 'syntax' | 'missing-input' | 'invalid-input' | 'division-by-zero';

export class FormulaError extends Error {
  override readonly name = 'FormulaError';

  constructor(
    readonly code: FormulaErrorCode,
    message: string,
    readonly position: number | null = null,
    readonly inputs: readonly string[] = [],
    /** division-by-zero: the divisor that came out as 0, to be retold in the reader's words. */
    readonly divisor: FormulaNode | null = null,
  ) {
    super(message);
  }
}

/** A syntax error at a 1-based character position. */
export function syntaxError(position: number, reason: string): FormulaError {
  return new FormulaError('syntax', `สูตรไม่ถูกต้องที่ตำแหน่ง ${position}: ${reason}`, position);
}
