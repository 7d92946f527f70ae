import { describe, expect, it } from 'vitest';
import { countsAsDebtReduced, type DebtTargetHousehold, debtReliefPercent } from './debt-relief.ts';

const qualifying = (id: string): DebtTargetHousehold => ({
  id,
  enteredProcess: true,
  debtRestructured: true,
  occupationalPromotion: true,
});
const households = (count: number) => Array.from({ length: count }, (_, index) => qualifying(`h${index}`));

describe('countsAsDebtReduced (001 L360, rule 11)', () => {
  it('needs the process, the restructuring and the occupational promotion together', () => {
    for (const enteredProcess of [true, false]) {
      for (const debtRestructured of [true, false]) {
        for (const occupationalPromotion of [true, false]) {
          const household = { id: 'h', enteredProcess, debtRestructured, occupationalPromotion };
          expect(countsAsDebtReduced(household)).toBe(
            enteredProcess && debtRestructured && occupationalPromotion,
          );
        }
      }
    }
  });
});

describe('debtReliefPercent (001 L361), against 30 persons', () => {
  it('gives the card’s persons-to-% pairs (001 L371–375)', () => {
    const percents = [18, 19, 20, 21, 23, 24, 26, 27, 29, 30].map(
      (count) => debtReliefPercent(households(count), 30).percent.percent?.text,
    );
    expect(percents).toEqual([
      '60.00',
      '63.33',
      '66.67',
      '70.00',
      '76.67',
      '80.00',
      '86.67',
      '90.00',
      '96.67',
      '100.00',
    ]);
  });

  it('leaves out households missing one of the three conditions', () => {
    const result = debtReliefPercent(
      [
        ...households(20),
        { ...qualifying('x'), occupationalPromotion: false },
        { ...qualifying('y'), enteredProcess: false },
      ],
      30,
    );
    expect(result.reduced).toBe(20);
    expect(result.percent.percent?.text).toBe('66.67');
  });

  it('gives a reason when no target is set, and refuses a bad target', () => {
    expect(debtReliefPercent([], 0).percent.reason).toBe(
      'ยังไม่ได้กำหนดจำนวนครัวเรือนเป้าหมาย จึงคำนวณร้อยละครัวเรือนที่ลดหนี้/ปลดหนี้ได้ไม่ได้',
    );
    expect(() => debtReliefPercent([], -30)).toThrow('target');
  });
});
