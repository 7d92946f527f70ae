import type { DecimalString } from '../scoring/decimal.ts';
import { type FormulaError, syntaxError } from './errors.ts';
import { type Operator, type Token, tokenize } from './tokens.ts';

/**
 * A KPI formula over named inputs: numbers, inputs, + − * /, unary minus and parentheses, nothing else.
 * 001 L231: "C = B / A × 100" is `overdue * 100 / outstanding` over the inputs overdue (B) and outstanding (A).
 *
 * We write our own parser because a KPI needs only these four operators over exact decimals; a general math
 * library such as mathjs would bring some 200 functions, property access and assignment that we would then
 * have to lock down. There is no eval, no function call and no property access here to lock down.
 */
export type FormulaNode =
  | { readonly type: 'number'; readonly value: DecimalString }
  | { readonly type: 'input'; readonly id: string }
  | { readonly type: 'negate'; readonly operand: FormulaNode }
  | {
      readonly type: 'binary';
      readonly operator: Operator;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    };

/** Long enough for any KPI formula; bounds the work and the recursion depth of a hostile input. */
export const MAX_FORMULA_LENGTH = 1000;
const MAX_DEPTH = 50;

function found(token: Token): string {
  return token.kind === 'end' ? 'สูตรจบก่อน' : `พบ "${token.text}"`;
}

/**
 * Reads a formula into its syntax tree. Thai digits are read as digits ("๑๐๐" = 100). Throws FormulaError
 * (code 'syntax') naming the 1-based position: "สูตรไม่ถูกต้องที่ตำแหน่ง 12: …".
 */
export function parseFormula(text: string): FormulaNode {
  if (text.length > MAX_FORMULA_LENGTH) {
    throw syntaxError(MAX_FORMULA_LENGTH + 1, `สูตรยาวเกิน ${MAX_FORMULA_LENGTH} ตัวอักษร`);
  }
  const source = tokenize(text);
  const tokens: Token[] = [];
  const end: Token = { kind: 'end', text: '', position: text.length + 1 };
  let index = 0;
  const peek = (): Token => {
    if (index === tokens.length) {
      const read = source.next();
      if (!read.done) tokens.push(read.value);
    }
    return tokens[index] ?? end;
  };
  const next = (): Token => {
    const token = peek();
    if (token.kind !== 'end') index += 1;
    return token;
  };

  /** Where an operator or the end should come: a value right after a value, or a call such as "max(". */
  const expectedOperator = (token: Token, closing: string): FormulaError => {
    const previous = tokens[index - 1];
    if (token.kind === 'open' && previous?.kind === 'identifier') {
      return syntaxError(
        previous.position,
        `ไม่รองรับการเรียกฟังก์ชัน "${previous.text}(": ใช้ได้เฉพาะ + − * / และวงเล็บ`,
      );
    }
    return syntaxError(token.position, `ต้องเป็นเครื่องหมาย + − * /${closing} แต่${found(token)}`);
  };

  const deeper = (depth: number, at: Token): number => {
    if (depth >= MAX_DEPTH) throw syntaxError(at.position, `วงเล็บหรือเครื่องหมายลบซ้อนกันเกิน ${MAX_DEPTH} ชั้น`);
    return depth + 1;
  };

  const operand = (depth: number): FormulaNode => {
    const token = next();
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: token.value };
      case 'identifier':
        return { type: 'input', id: token.text };
      case 'operator':
        if (token.operator === '-') return { type: 'negate', operand: operand(deeper(depth, token)) };
        break;
      case 'open': {
        const inner = sum(deeper(depth, token));
        const close = peek();
        if (close.kind === 'close') {
          index += 1;
          return inner;
        }
        if (close.kind === 'end') {
          throw syntaxError(close.position, `ขาดวงเล็บปิด ) ของวงเล็บเปิดที่ตำแหน่ง ${token.position}`);
        }
        throw expectedOperator(close, ' หรือวงเล็บปิด )');
      }
    }
    throw syntaxError(token.position, `ต้องเป็นตัวเลข ชื่อข้อมูล หรือวงเล็บ ( แต่${found(token)}`);
  };

  const chain = (operators: readonly Operator[], item: (depth: number) => FormulaNode) => (depth: number) => {
    let left = item(depth);
    for (
      let token = peek();
      token.kind === 'operator' && operators.includes(token.operator);
      token = peek()
    ) {
      index += 1;
      left = { type: 'binary', operator: token.operator, left, right: item(depth) };
    }
    return left;
  };
  const product = chain(['*', '/'], operand);
  const sum = chain(['+', '-'], product);

  const tree = sum(0);
  const rest = peek();
  if (rest.kind === 'end') return tree;
  if (rest.kind === 'close') throw syntaxError(rest.position, 'วงเล็บปิด ) ไม่มีวงเล็บเปิดคู่กัน');
  throw expectedOperator(rest, '');
}

/** The inputs a formula reads, each once, in the order they first appear. */
export function formulaInputs(node: FormulaNode): string[] {
  switch (node.type) {
    case 'number':
      return [];
    case 'input':
      return [node.id];
    case 'negate':
      return formulaInputs(node.operand);
    case 'binary':
      return [...new Set([...formulaInputs(node.left), ...formulaInputs(node.right)])];
  }
}

const PRECEDENCE: Readonly<Record<Operator, number>> = { '+': 1, '-': 1, '*': 2, '/': 2 };

function precedence(node: FormulaNode): number {
  if (node.type === 'binary') return PRECEDENCE[node.operator];
  return node.type === 'negate' ? 3 : 4;
}

/**
 * The formula as text, with only the parentheses it needs: parsing the text gives the same tree back.
 * "(disbursed + purchase_orders) * 100 / (allocated - returned_before_cutoff)"
 */
export function formulaText(node: FormulaNode): string {
  const wrap = (child: FormulaNode, needs: boolean) =>
    needs ? `(${formulaText(child)})` : formulaText(child);
  switch (node.type) {
    case 'number':
      return node.value;
    case 'input':
      return node.id;
    case 'negate':
      return `-${wrap(node.operand, precedence(node.operand) < 3)}`;
    case 'binary': {
      const own = PRECEDENCE[node.operator];
      return `${wrap(node.left, precedence(node.left) < own)} ${node.operator} ${wrap(node.right, precedence(node.right) <= own)}`;
    }
  }
}
