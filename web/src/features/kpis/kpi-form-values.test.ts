import { describe, expect, it } from 'vitest';
import { emptyKpiValues, formulaValues, kpiValues, toFormula, toKpiCard } from './kpi-form-values';
import type { KpiCard } from './types';

/** 001 T1 (data/kpi-sets/fy2568-r2-yala.json) as the API sends it. */
const budgetFormula = {
  expression: '(disbursed + purchase_orders) * 100 / (allocated - returned_before_cutoff)',
  inputs: [
    {
      id: 'disbursed',
      labelTh: 'ผลการเบิกจ่ายงบประมาณ (New GFMS Thai)',
      shortTh: 'เบิกจ่าย',
      labelEn: 'Budget disbursed (New GFMS Thai)',
      unit: 'บาท',
    },
    { id: 'purchase_orders', labelTh: 'งบประมาณที่จัดทำใบสั่งซื้อ/สั่งจ้าง (PO)', unit: 'บาท' },
    { id: 'allocated', labelTh: 'จำนวนเงินงบประมาณทั้งหมดที่ได้รับจัดสรร', shortTh: 'งบที่ได้รับจัดสรร' },
    { id: 'returned_before_cutoff', labelTh: 'งบประมาณที่ส่งคืนกรมฯ' },
  ],
};

const card = (formula: KpiCard['formula']): KpiCard => {
  const values = emptyKpiValues();
  const built = toKpiCard(
    {
      ...values,
      key: 'T1',
      number: '1',
      nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ',
      formula: formulaValues(formula),
    },
    (message) => message,
  );
  if (!('card' in built)) throw new Error(built.problem.message);
  return built.card;
};

describe('the formula editor value', () => {
  it('gives back the stored formula unchanged, optional parts absent where the card has none', () => {
    expect(toFormula(formulaValues(budgetFormula))).toEqual(budgetFormula);
    const saved = card(budgetFormula);
    expect(saved.formula).toEqual(budgetFormula);
    expect(toKpiCard(kpiValues(saved), (m) => m)).toEqual({ card: saved });
  });

  it('trims what was typed and leaves out blank optional parts', () => {
    const typed = {
      expression: '  overdue × 100 ÷ outstanding ',
      inputs: [
        { id: ' overdue ', labelTh: ' หนี้เกินกำหนดชำระ (B) ', shortTh: ' ', unit: 'บาท ', labelEn: '' },
        { id: 'outstanding', labelTh: 'ลูกหนี้คงเหลือ (A)', shortTh: 'ลูกหนี้', unit: '', labelEn: '' },
      ],
    };
    expect(toFormula(typed)).toEqual({
      expression: 'overdue × 100 ÷ outstanding',
      inputs: [
        { id: 'overdue', labelTh: 'หนี้เกินกำหนดชำระ (B)', unit: 'บาท' },
        { id: 'outstanding', labelTh: 'ลูกหนี้คงเหลือ (A)', shortTh: 'ลูกหนี้' },
      ],
    });
  });

  it('is no formula when nothing was typed', () => {
    expect(formulaValues(null)).toEqual({ expression: '', inputs: [] });
    expect(card(null).formula).toBeNull();
  });
});
