import { FormulaError } from './errors.ts';
import { type FormulaNode, parseFormula } from './parse.ts';
import type { Formula, FormulaInput } from './schema.ts';
import type { Operator } from './tokens.ts';

/** The glyphs a reader sees, as the seeds print them: 001 L237 "๔๘๙,๒๐๔.๘๗ × ๑๐๐ / …", "C = B / A × 100". */
const GLYPH: Readonly<Record<Operator, string>> = { '+': '+', '-': '−', '*': '×', '/': '÷' };
const PRECEDENCE: Readonly<Record<Operator, number>> = { '+': 1, '-': 1, '*': 2, '/': 2 };

function precedence(node: FormulaNode): number {
  if (node.type === 'binary') return PRECEDENCE[node.operator];
  return node.type === 'negate' ? 3 : 4;
}

/**
 * The formula in the reader's words, never its input ids: `(disbursed + purchase_orders) * 100 / allocated` →
 * "(เบิกจ่าย + ใบสั่งซื้อ) × 100 ÷ งบที่ได้รับ", with only the parentheses the order of operations needs.
 */
export function formulaWords(node: FormulaNode, labelOf: (id: string) => string): string {
  const words = (child: FormulaNode) => formulaWords(child, labelOf);
  const wrap = (child: FormulaNode, needs: boolean) => (needs ? `(${words(child)})` : words(child));
  switch (node.type) {
    case 'number':
      return node.value;
    case 'input':
      return labelOf(node.id);
    case 'negate':
      return `−${wrap(node.operand, precedence(node.operand) < 3)}`;
    case 'binary': {
      const own = PRECEDENCE[node.operator];
      return `${wrap(node.left, precedence(node.left) < own)} ${GLYPH[node.operator]} ${wrap(node.right, precedence(node.right) <= own)}`;
    }
  }
}

/** The name an input goes by inside a formula: its short name ("เบิกจ่าย"), else its full Thai label. */
export function inputWord(input: FormulaInput): string {
  return input.shortTh ?? input.labelTh;
}

/** Thai words for each declared input id; an undeclared id (a formula being typed) stays as typed. */
export function labelsOf(inputs: readonly FormulaInput[]): (id: string) => string {
  const byId = new Map(inputs.map((input) => [input.id, inputWord(input)]));
  return (id) => byId.get(id) ?? id;
}

/** A stored formula in words, or null when it has none or cannot be read (an old row is shown, not refused). */
export function storedFormulaWords(formula: Formula | null): string | null {
  if (formula === null) return null;
  try {
    return formulaWords(parseFormula(formula.expression), labelsOf(formula.inputs));
  } catch (error) {
    if (error instanceof FormulaError) return null;
    throw error;
  }
}

/**
 * A FormulaError retold with the inputs' Thai names in place of their ids, for people who never see the ids:
 * "ไม่มีค่าของข้อมูล: disbursed" → "ไม่มีค่าของข้อมูล: เบิกจ่าย". Syntax errors are about the typed text and stay.
 */
export function formulaErrorInWords(error: FormulaError, labelOf: (id: string) => string): string {
  const names = error.inputs.map(labelOf);
  switch (error.code) {
    case 'syntax':
      return error.message;
    case 'missing-input':
      return `ไม่มีค่าของข้อมูล: ${names.join(', ')}`;
    case 'invalid-input':
      return `${names.join(', ')} ต้องเป็นตัวเลข เช่น 89.30`;
    case 'division-by-zero':
      return error.divisor === null
        ? 'หารด้วยศูนย์ไม่ได้: ตัวหารมีค่าเป็น 0'
        : `หารด้วยศูนย์ไม่ได้: ตัวหาร ${formulaWords(error.divisor, labelOf)} มีค่าเป็น 0`;
  }
}
