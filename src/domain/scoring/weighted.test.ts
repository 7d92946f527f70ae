import { describe, expect, it } from 'vitest';
import { ScoringInputError } from './errors.ts';
import { checkWeights, weightedScore } from './weighted.ts';

describe('weighted agreement score', () => {
  it('P2 team KPIs 50/40/10 (001 L27–30)', () => {
    const result = weightedScore([
      { id: 'T1', weight: 50, score: '2.0000' },
      { id: 'T2', weight: 40, score: '5.0000' },
      { id: 'T3', weight: 10, score: '1.0000' },
    ]);
    expect(result).toMatchObject({
      score: '3.1000',
      weightedSum: '310',
      weights: { sum: '100', is100: true, message: null },
      items: [
        { id: 'T1', contribution: '1.0000' },
        { id: 'T2', contribution: '2.0000' },
        { id: 'T3', contribution: '0.1000' },
      ],
      warnings: [],
    });
  });

  it('is exact: 113.705 / 100 rounds half up to 1.1371 (binary floats give 1.1370)', () => {
    const result = weightedScore([
      { id: 'T1', weight: 50, score: '2.1237' },
      { id: 'T2', weight: 40, score: '0.0209' },
      { id: 'T3', weight: 10, score: '0.6684' },
    ]);
    expect(result.score).toBe('1.1371');
    expect(result.weightedSum).toBe('113.705');
  });

  it('flags seed 003’s 11 individual KPIs × 10 = 110 and still divides by the real sum', () => {
    const scores = [5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5];
    const result = weightedScore(scores.map((score, index) => ({ id: `I${index + 1}`, weight: 10, score })));
    expect(result.weights).toEqual({ sum: '110', is100: false, message: 'น้ำหนักรวม 110 ไม่เท่ากับ 100' });
    expect(result.score).toBe('3.1818');
    expect(checkWeights(['50', 40, '๑๐'])).toEqual({ sum: '100', is100: true, message: null });
  });

  it('sums sections and checks a "choose 1 of 3" optional section', () => {
    const items = [
      { id: 'I1', weight: 20, score: 3, section: 'mandatory' },
      { id: 'I2', weight: 20, score: 4, section: 'mandatory' },
      { id: 'I4', weight: 15, score: 5, section: 'mandatory' },
      { id: 'I5', weight: 15, score: 2, section: 'mandatory' },
      { id: 'I6', weight: 15, score: 1, section: 'mandatory' },
      { id: 'O7', weight: 15, score: 5, section: 'optional', selected: false },
      { id: 'O8', weight: 15, score: 4, section: 'optional', selected: false },
      { id: 'O9', weight: 15, score: 3, section: 'optional', selected: true },
    ];
    const rules = [{ id: 'optional', choose: 1 }];
    const result = weightedScore(items, rules);
    expect(result.score).toBe('3.0500');
    expect(result.weights.is100).toBe(true);
    expect(result.sections).toEqual([
      {
        id: 'mandatory',
        weightSum: '85',
        weightedSum: '260',
        score: '3.0588',
        selectedCount: 5,
        itemCount: 5,
      },
      { id: 'optional', weightSum: '15', weightedSum: '45', score: '3.0000', selectedCount: 1, itemCount: 3 },
    ]);
    expect(result.items.find((item) => item.id === 'O7')?.contribution).toBe('0.0000');
    expect(result.warnings).toEqual([]);

    const twoChosen = weightedScore(
      items.map((item) => (item.id === 'O8' ? { ...item, selected: true } : item)),
      rules,
    );
    expect(twoChosen.warnings).toEqual(['ส่วน optional ต้องเลือก 1 จาก 3 ตัวชี้วัด แต่เลือก 2']);
    expect(twoChosen.weights).toMatchObject({ sum: '115', is100: false });
  });

  it('refuses scores outside 0–5, negative weights and a zero total weight', () => {
    expect(() => weightedScore([{ id: 'a', weight: 10, score: '5.5' }])).toThrow(
      'items[0].score ต้องอยู่ระหว่าง 0 ถึง 5',
    );
    expect(() => weightedScore([{ id: 'a', weight: -1, score: 1 }])).toThrow(ScoringInputError);
    expect(() => weightedScore([{ id: 'a', weight: 0, score: 1 }])).toThrow('items ต้องมีน้ำหนักรวมมากกว่า 0');
  });
});
