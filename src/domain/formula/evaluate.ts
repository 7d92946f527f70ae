import { canonical, Dec, type DecimalInput, type DecimalString, parseDecimal } from '../scoring/decimal.ts';
import { FormulaError } from './errors.ts';
import { type FormulaNode, formulaInputs, formulaText } from './parse.ts';

/** Input values by input id, as they arrive from JSON or a form: 489204.87, "489204.87", "๔๘๙๒๐๔.๘๗". */
export type FormulaValues = Readonly<Record<string, DecimalInput>>;

function missingInputs(ids: readonly string[]): FormulaError {
  return new FormulaError('missing-input', `ไม่มีค่าของข้อมูล: ${ids.join(', ')}`, null, ids);
}

function readValues(node: FormulaNode, values: FormulaValues): Map<string, Dec> {
  // Own properties only: "constructor" is a valid input id and must not find Object.prototype.constructor.
  const entries = formulaInputs(node).map((id) => ({
    id,
    raw: Object.hasOwn(values, id) ? values[id] : undefined,
  }));
  const missing = entries.filter(({ raw }) => raw === undefined).map(({ id }) => id);
  if (missing.length > 0) throw missingInputs(missing);
  return new Map(
    entries.map(({ id, raw }) => {
      const value = raw === undefined ? null : parseDecimal(raw);
      if (value === null) {
        throw new FormulaError(
          'invalid-input',
          `ข้อมูล ${id} ต้องเป็นตัวเลข เช่น "89.30" (ได้รับ ${JSON.stringify(raw)})`,
          null,
          [id],
        );
      }
      return [id, value];
    }),
  );
}

function compute(node: FormulaNode, values: ReadonlyMap<string, Dec>): Dec {
  switch (node.type) {
    case 'number':
      return new Dec(node.value);
    case 'input': {
      const value = values.get(node.id);
      if (value === undefined) throw missingInputs([node.id]);
      return value;
    }
    case 'negate':
      return compute(node.operand, values).negated();
    case 'binary': {
      const left = compute(node.left, values);
      const right = compute(node.right, values);
      switch (node.operator) {
        case '+':
          return left.plus(right);
        case '-':
          return left.minus(right);
        case '*':
          return left.times(right);
        case '/':
          if (right.isZero()) {
            throw new FormulaError(
              'division-by-zero',
              `หารด้วยศูนย์ไม่ได้: ตัวหาร ${formulaText(node.right)} มีค่าเป็น 0`,
              null,
              formulaInputs(node.right),
              node.right,
            );
          }
          return left.div(right);
      }
    }
  }
}

/**
 * The formula's value as a canonical decimal string, exact to 50 significant digits (scoring's `Dec`):
 * 001 L237 "๔๘๙,๒๐๔.๘๗ × ๑๐๐ / ๓๓,๑๐๙,๓๒๓.๑๘" → "1.4775…", which the seed prints as ๑.๔๘.
 * Rounding for display is the caller's; KPI levels are computed from the exact value.
 * Throws FormulaError: missing-input or invalid-input (naming the inputs), division-by-zero.
 */
export function evaluateFormula(node: FormulaNode, values: FormulaValues): DecimalString {
  return canonical(compute(node, readValues(node, values)));
}
