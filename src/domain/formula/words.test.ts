import { describe, expect, it } from 'vitest';
import { FormulaError } from './errors.ts';
import { evaluateFormula } from './evaluate.ts';
import { parseFormula } from './parse.ts';
import { formulaErrorInWords, formulaWords, labelsOf, storedFormulaWords } from './words.ts';

/** 001 L137–145, T1 of Yala's FY2568 set (data/kpi-sets/fy2568-r2-yala.json) with its short names. */
const budget = {
  expression: '(disbursed + purchase_orders) * 100 / (allocated - returned_before_cutoff)',
  inputs: [
    { id: 'disbursed', labelTh: 'ผลการเบิกจ่ายงบประมาณ (New GFMS Thai)', shortTh: 'เบิกจ่าย' },
    { id: 'purchase_orders', labelTh: 'งบประมาณที่จัดทำใบสั่งซื้อ/สั่งจ้าง (PO)', shortTh: 'ใบสั่งซื้อ' },
    { id: 'allocated', labelTh: 'จำนวนเงินงบประมาณทั้งหมดที่ได้รับจัดสรร', shortTh: 'งบที่ได้รับ' },
    { id: 'returned_before_cutoff', labelTh: 'งบประมาณที่ส่งคืนกรมฯ', shortTh: 'งบที่ส่งคืน' },
  ],
};

function failure(text: string, values: Record<string, string>): FormulaError {
  try {
    evaluateFormula(parseFormula(text), values);
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error(`evaluated: ${text}`);
}

describe('formulaWords', () => {
  it('says the budget formula in Thai words with × ÷ −, never the ids', () => {
    expect(storedFormulaWords(budget)).toBe('(เบิกจ่าย + ใบสั่งซื้อ) × 100 ÷ (งบที่ได้รับ − งบที่ส่งคืน)');
  });

  it('uses the full Thai label where an input has no short name (001 L231 "C = B / A × 100")', () => {
    const words = storedFormulaWords({
      expression: 'overdue * 100 / outstanding',
      inputs: [
        { id: 'overdue', labelTh: 'หนี้เกินกำหนดชำระ (B)' },
        { id: 'outstanding', labelTh: 'ลูกหนี้คงเหลือ (A)' },
      ],
    });
    expect(words).toBe('หนี้เกินกำหนดชำระ (B) × 100 ÷ ลูกหนี้คงเหลือ (A)');
  });

  it('keeps only the parentheses the order of operations needs, and unary minus', () => {
    const say = (text: string) => formulaWords(parseFormula(text), (id) => id.toUpperCase());
    expect(say('(a - b) * 100 / a')).toBe('(A − B) × 100 ÷ A');
    expect(say('a - (b - c)')).toBe('A − (B − C)');
    expect(say('a / (b * c)')).toBe('A ÷ (B × C)');
    expect(say('-(a + b)')).toBe('−(A + B)');
  });

  it('answers null for no formula and for a stored row that no longer reads as one', () => {
    expect(storedFormulaWords(null)).toBeNull();
    expect(storedFormulaWords({ expression: 'a +', inputs: [{ id: 'a', labelTh: 'ก' }] })).toBeNull();
  });
});

describe('formulaErrorInWords', () => {
  const labelOf = labelsOf(budget.inputs);

  it('names missing and non-numeric inputs by their Thai names', () => {
    expect(formulaErrorInWords(failure(budget.expression, { purchase_orders: '1' }), labelOf)).toBe(
      'ไม่มีค่าของข้อมูล: เบิกจ่าย, งบที่ได้รับ, งบที่ส่งคืน',
    );
    const values = { disbursed: '1,000', purchase_orders: '0', allocated: '5', returned_before_cutoff: '0' };
    expect(formulaErrorInWords(failure(budget.expression, values), labelOf)).toBe(
      'เบิกจ่าย ต้องเป็นตัวเลข เช่น 89.30',
    );
  });

  it('says which divisor came out as zero, in words', () => {
    const values = { disbursed: '1', purchase_orders: '0', allocated: '50', returned_before_cutoff: '50' };
    expect(formulaErrorInWords(failure(budget.expression, values), labelOf)).toBe(
      'หารด้วยศูนย์ไม่ได้: ตัวหาร งบที่ได้รับ − งบที่ส่งคืน มีค่าเป็น 0',
    );
  });

  it('leaves a syntax error as the parser wrote it', () => {
    let error: unknown;
    try {
      parseFormula('a * * b');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FormulaError);
    expect(formulaErrorInWords(error as FormulaError, labelOf)).toBe(
      'สูตรไม่ถูกต้องที่ตำแหน่ง 5: ต้องเป็นตัวเลข ชื่อข้อมูล หรือวงเล็บ ( แต่พบ "*"',
    );
  });
});
