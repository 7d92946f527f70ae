import { describe, expect, it } from 'vitest';
import { FormulaError } from './errors.ts';
import { formulaInputs, formulaText, MAX_FORMULA_LENGTH, parseFormula } from './parse.ts';

/** The Thai message parseFormula throws for `text`. */
function syntax(text: string): string {
  try {
    parseFormula(text);
  } catch (error) {
    if (error instanceof FormulaError && error.code === 'syntax') return error.message;
    throw error;
  }
  throw new Error(`parsed: ${text}`);
}

const budget = '(disbursed + purchase_orders) * 100 / (allocated - returned_before_cutoff)';

describe('parseFormula', () => {
  it('reads the budget formula with precedence and parentheses (001 L142–145)', () => {
    expect(parseFormula(budget)).toEqual({
      type: 'binary',
      operator: '/',
      left: {
        type: 'binary',
        operator: '*',
        left: {
          type: 'binary',
          operator: '+',
          left: { type: 'input', id: 'disbursed' },
          right: { type: 'input', id: 'purchase_orders' },
        },
        right: { type: 'number', value: '100' },
      },
      right: {
        type: 'binary',
        operator: '-',
        left: { type: 'input', id: 'allocated' },
        right: { type: 'input', id: 'returned_before_cutoff' },
      },
    });
  });

  it('is left-associative and binds unary minus tightest', () => {
    expect(formulaText(parseFormula('a - b - c'))).toBe('a - b - c');
    expect(formulaText(parseFormula('a - (b - c)'))).toBe('a - (b - c)');
    expect(formulaText(parseFormula('a / b * c'))).toBe('a / b * c');
    expect(formulaText(parseFormula('-a * -(b + 1)'))).toBe('-a * -(b + 1)');
    expect(parseFormula('--a')).toEqual({
      type: 'negate',
      operand: { type: 'negate', operand: { type: 'input', id: 'a' } },
    });
  });

  it('reads Thai digits and the printed operator glyphs − × ÷ (001 L237 "× ๑๐๐")', () => {
    expect(formulaText(parseFormula('b × ๑๐๐ ÷ a − ๐.๕๐'))).toBe('b * 100 / a - 0.5');
    expect(parseFormula('007.250')).toEqual({ type: 'number', value: '7.25' });
  });

  it('prints a tree that parses back to itself', () => {
    for (const text of [
      budget,
      'overdue * 100 / outstanding',
      '(targets - passed) * 100 / targets',
      '-(a - -b) / (c * (d / e))',
    ]) {
      const tree = parseFormula(text);
      expect(parseFormula(formulaText(tree))).toEqual(tree);
    }
  });

  it('names the position of what it cannot read, in Thai', () => {
    expect(syntax('')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 1: ต้องเป็นตัวเลข ชื่อข้อมูล หรือวงเล็บ ( แต่สูตรจบก่อน');
    expect(syntax('overdue * 100 /')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 16: ต้องเป็นตัวเลข ชื่อข้อมูล หรือวงเล็บ ( แต่สูตรจบก่อน');
    expect(syntax('a * * b')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 5: ต้องเป็นตัวเลข ชื่อข้อมูล หรือวงเล็บ ( แต่พบ "*"');
    expect(syntax('+a')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 1: ต้องเป็นตัวเลข ชื่อข้อมูล หรือวงเล็บ ( แต่พบ "+"');
    expect(syntax('a b')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 3: ต้องเป็นเครื่องหมาย + − * / แต่พบ "b"');
    expect(syntax('2a')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 2: ต้องเป็นเครื่องหมาย + − * / แต่พบ "a"');
    expect(syntax('(a + b')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 7: ขาดวงเล็บปิด ) ของวงเล็บเปิดที่ตำแหน่ง 1');
    expect(syntax('(a + b c)')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 8: ต้องเป็นเครื่องหมาย + − * / หรือวงเล็บปิด ) แต่พบ "c"');
    expect(syntax('a + b)')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 6: วงเล็บปิด ) ไม่มีวงเล็บเปิดคู่กัน');
    expect(syntax('1.2.3')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 4: ไม่รู้จักเครื่องหมาย ".": ใช้ได้เฉพาะ + − * / และวงเล็บ ( )');
    expect(syntax('489,204.87 * 100')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 4: ไม่ต้องใส่จุลภาค "," คั่นหลักพัน');
    expect(syntax('Overdue')).toBe(
      'สูตรไม่ถูกต้องที่ตำแหน่ง 1: ชื่อข้อมูลต้องขึ้นต้นด้วย a–z หรือ _ และมีได้เฉพาะ a–z, 0–9 และ _ (พบ "O")',
    );
    expect(syntax('หนี้ * 100')).toContain('ตำแหน่ง 1: ชื่อข้อมูลต้องขึ้นต้นด้วย a–z');
  });

  it('refuses everything but + − * / and parentheses: no calls, property access, indexing or powers', () => {
    expect(syntax('max(a, b)')).toBe(
      'สูตรไม่ถูกต้องที่ตำแหน่ง 1: ไม่รองรับการเรียกฟังก์ชัน "max(": ใช้ได้เฉพาะ + − * / และวงเล็บ',
    );
    expect(syntax('a * sqrt (b)')).toContain('ตำแหน่ง 5: ไม่รองรับการเรียกฟังก์ชัน "sqrt("');
    expect(syntax('constructor.constructor')).toContain('ตำแหน่ง 12: ไม่รู้จักเครื่องหมาย "."');
    expect(syntax('a[0]')).toContain('ตำแหน่ง 2: ไม่รู้จักเครื่องหมาย "["');
    expect(syntax('a ^ 2')).toContain('ตำแหน่ง 3: ไม่รู้จักเครื่องหมาย "^"');
    expect(syntax('a = 1')).toContain('ตำแหน่ง 3: ไม่รู้จักเครื่องหมาย "="');
    expect(syntax('1e5')).toContain('ตำแหน่ง 2: ต้องเป็นเครื่องหมาย');
    expect(syntax('a 😀')).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 3: ไม่รู้จักเครื่องหมาย "😀": ใช้ได้เฉพาะ + − * / และวงเล็บ ( )');
  });

  it('bounds length and nesting', () => {
    expect(syntax('a'.repeat(MAX_FORMULA_LENGTH + 1))).toBe('สูตรไม่ถูกต้องที่ตำแหน่ง 1001: สูตรยาวเกิน 1000 ตัวอักษร');
    expect(syntax(`${'('.repeat(60)}a${')'.repeat(60)}`)).toBe(
      'สูตรไม่ถูกต้องที่ตำแหน่ง 51: วงเล็บหรือเครื่องหมายลบซ้อนกันเกิน 50 ชั้น',
    );
    expect(syntax(`${'-'.repeat(60)}a`)).toContain('ซ้อนกันเกิน 50 ชั้น');
    expect(formulaText(parseFormula(`${'('.repeat(50)}a${')'.repeat(50)}`))).toBe('a');
  });
});

describe('formulaInputs', () => {
  it('lists each input once, in order of first appearance', () => {
    expect(formulaInputs(parseFormula(budget))).toEqual([
      'disbursed',
      'purchase_orders',
      'allocated',
      'returned_before_cutoff',
    ]);
    expect(formulaInputs(parseFormula('(targets - passed) * 100 / targets'))).toEqual(['targets', 'passed']);
    expect(formulaInputs(parseFormula('-1 * 100'))).toEqual([]);
  });
});
