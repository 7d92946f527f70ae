import { describe, expect, it } from 'vitest';
import { Dec } from './decimal.ts';
import { ScoringInputError } from './errors.ts';
import { agreementTotal, checkWeights } from './weighted.ts';

/** A weight list from [id, weight, score] rows. */
const list = (id: string, rows: readonly (readonly [string, string | number, string | number])[]) => ({
  id,
  items: rows.map(([item, weight, score]) => ({ id: item, weight, score })),
});

const sum = (values: readonly (string | null)[]) =>
  values.reduce<Dec>((total, value) => total.plus(value ?? '0'), new Dec(0)).toFixed(4);

describe('agreement total', () => {
  it('P2 team KPIs 50/40/10 (001 L27–30): rows w·s/100 add up to the list score', () => {
    const result = agreementTotal([
      list('team', [
        ['T1', 50, '2.0000'],
        ['T2', 40, '5.0000'],
        ['T3', 10, '1.0000'],
      ]),
    ]);
    expect(result).toEqual({
      score: '3.1000',
      items: [
        { id: 'T1', contribution: '1.0000' },
        { id: 'T2', contribution: '2.0000' },
        { id: 'T3', contribution: '0.1000' },
      ],
      sections: [{ id: 'team', weightSum: '100', score: '3.1000' }],
    });
  });

  it('combines the team and individual lists as (team + individual) ÷ 2, so T3 10 × level 5 enters as 0.5000', () => {
    const result = agreementTotal([
      list('team', [
        ['T1', 50, '0'],
        ['T2', 40, '0'],
        ['T3', 10, '5.0000'],
      ]),
      list('individual', [
        ['I1', 60, '3.0000'],
        ['I2', 40, '1.5000'],
      ]),
    ]);
    expect(result.items.find((item) => item.id === 'T3')?.contribution).toBe('0.5000');
    expect(result.sections).toEqual([
      { id: 'team', weightSum: '100', score: '0.5000' },
      { id: 'individual', weightSum: '100', score: '2.4000' },
    ]);
    expect(result.score).toBe('1.4500');
    const team = result.items.filter((item) => item.id.startsWith('T')).map((item) => item.contribution);
    expect(sum(team)).toBe(result.sections[0]?.score);
  });

  it('rounds each row half up to 4 decimals, exactly (binary floats give 1.0618 for 50 × 2.1237 ÷ 100)', () => {
    const result = agreementTotal([
      list('team', [
        ['T1', 50, '2.1237'],
        ['T2', 40, '0.0209'],
        ['T3', 10, '0.6684'],
      ]),
    ]);
    expect(result.items.map((item) => item.contribution)).toEqual(['1.0619', '0.0084', '0.0668']);
    expect(result.score).toBe('1.1371');
    expect(sum(result.items.map((item) => item.contribution))).toBe(result.score);
  });

  it('rows always add up to their list, also with interpolated scores and weights with decimals', () => {
    const weights = ['12.5', '17.5', '33.3', '36.7'];
    const scores = ['3.3333', '4.1667', '2.7778', '1.2345'];
    const result = agreementTotal([
      {
        id: 'individual',
        items: weights.map((weight, i) => ({ id: `I${i}`, weight, score: scores[i] ?? '0' })),
      },
    ]);
    expect(sum(result.items.map((item) => item.contribution))).toBe(result.sections[0]?.score);
    expect(result.score).toBe(result.sections[0]?.score);
  });

  it('the total of two lists is their mean, rounded half up: (0.0001 + 0) ÷ 2 = 0.0001', () => {
    const result = agreementTotal([
      { id: 'team', items: [{ id: 'T1', weight: 100, score: '0.0001' }] },
      { id: 'individual', items: [{ id: 'I1', weight: 100, score: '0' }] },
    ]);
    expect(result.score).toBe('0.0001');
  });

  it('flags seed 003’s 11 individual KPIs × 10 = 110 and still divides each row by the real sum', () => {
    const scores = [5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5];
    const result = agreementTotal([
      { id: 'individual', items: scores.map((score, index) => ({ id: `I${index + 1}`, weight: 10, score })) },
    ]);
    expect(checkWeights(scores.map(() => 10))).toEqual({
      sum: '110',
      is100: false,
      message: 'น้ำหนักรวม 110 ไม่เท่ากับ 100',
    });
    expect(result.items[0]?.contribution).toBe('0.4545');
    expect(result.score).toBe(sum(result.items.map((item) => item.contribution)));
    expect(checkWeights(['50', 40, '๑๐'])).toEqual({ sum: '100', is100: true, message: null });
    expect(checkWeights(['33.3', '33.3', '33.4'])).toEqual({ sum: '100', is100: true, message: null });
  });

  it('leaves out a list with no weight and refuses scores outside 0–5, negative weights and no weight at all', () => {
    const oneList = agreementTotal([
      { id: 'team', items: [{ id: 'T1', weight: 100, score: 4 }] },
      { id: 'individual', items: [] },
    ]);
    expect(oneList.score).toBe('4.0000');
    expect(oneList.sections.map((section) => section.id)).toEqual(['team']);
    expect(() => agreementTotal([{ id: 'team', items: [{ id: 'a', weight: 10, score: '5.5' }] }])).toThrow(
      'กลุ่มตัวชี้วัดที่ 1 รายการตัวชี้วัดที่ 1 คะแนน ต้องอยู่ระหว่าง 0 ถึง 5',
    );
    expect(() => agreementTotal([{ id: 'team', items: [{ id: 'a', weight: -1, score: 1 }] }])).toThrow(
      ScoringInputError,
    );
    expect(() => agreementTotal([{ id: 'team', items: [{ id: 'a', weight: 0, score: 1 }] }])).toThrow(
      'กลุ่มตัวชี้วัดต้องมีน้ำหนักรวมมากกว่า 0',
    );
  });
});
