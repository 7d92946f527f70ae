import { describe, expect, it } from 'vitest';
import { criteriaSchema } from './criteria.ts';
import { canonical, Dec } from './decimal.ts';
import { evaluate } from './evaluate.ts';

function threshold(direction: 'higher' | 'lower', inclusive: boolean, thresholds: (number | null)[]) {
  return criteriaSchema.parse({ type: 'threshold', direction, inclusive, thresholds });
}

/** 000 L242 / 001 L156–160: budget spent, "ไม่น้อยกว่าร้อยละ ๘๐ … ๑๐๐" */
const budget = threshold('higher', true, [80, 85, 90, 95, 100]);
/** 000 L243: plan achievement FY2566, "มากกว่าร้อยละ ๗๕ … ๙๕" */
const planFy2566 = threshold('higher', false, [75, 80, 85, 90, 95]);
/** 000 L250: remaining poor households FY2566, "ไม่เกิน ร้อยละ ๑๗ … ๑๓" */
const poorFy2566 = threshold('lower', true, [17, 16, 15, 14, 13]);
/** 001 L246–250: women's fund overdue debt FY2568, "มากกว่าร้อยละ ๒๐" … "ต่ำกว่าร้อยละ ๒๐" … "ต่ำกว่าร้อยละ ๕" */
const overdueFy2568 = threshold('lower', false, [null, 20, 15, 10, 5]);

const level = (criteria: typeof budget, value: string | number) => evaluate(criteria, { value }).level;

describe('threshold, higher is better, inclusive (budget spent)', () => {
  it('89.30 % is level 2 and needs 90 for level 3', () => {
    expect(evaluate(budget, { value: '89.30' })).toEqual({
      level: 2,
      score: '2.0000',
      label: 'ระดับ 2',
      next: {
        kind: 'value',
        level: 3,
        value: '90',
        comparison: 'gte',
        description: 'at least 90',
        text: 'ต้องได้ไม่น้อยกว่า 90 จึงจะได้ระดับ 3',
      },
      warnings: [],
    });
  });

  it('seed 003 budget table: the computed 89.30 % is level 2, the misprinted 98.30 % would be level 4', () => {
    // 003 L276: "รวม	๑๕,๓๙๔,๐๗๗.๕๙	๑๓,๗๔๖,๔๙๖.๔๖	๙๘.๓๐"
    const spent = new Dec('13746496.46').times(100).div('15394077.59');
    expect(spent.toFixed(2)).toBe('89.30');
    expect(level(budget, canonical(spent))).toBe(2);
    expect(level(budget, '98.30')).toBe(4);
  });

  it('meets a level exactly at its threshold and not a hair below', () => {
    expect(level(budget, 80)).toBe(1);
    expect(level(budget, '79.999')).toBe(0);
    expect(level(budget, 85)).toBe(2);
    expect(level(budget, '99.99')).toBe(4);
    expect(level(budget, 100)).toBe(5);
    expect(level(budget, 104)).toBe(5);
  });

  it('below level 1 is level 0, "ไม่ผ่านเกณฑ์", and needs the level-1 threshold next', () => {
    expect(evaluate(budget, { value: 50 })).toMatchObject({
      level: 0,
      score: '0.0000',
      label: 'ไม่ผ่านเกณฑ์',
      next: { level: 1, value: '80' },
    });
  });

  it('has no next level at level 5', () => {
    expect(evaluate(budget, { value: 100 }).next).toBeNull();
  });
});

describe('threshold, higher is better, strict (plan achievement FY2566)', () => {
  it('needs more than the threshold', () => {
    expect(level(planFy2566, 75)).toBe(0);
    expect(level(planFy2566, '75.01')).toBe(1);
    expect(level(planFy2566, 80)).toBe(1);
    expect(level(planFy2566, '95.5')).toBe(5);
    expect(evaluate(planFy2566, { value: 80 }).next).toMatchObject({
      level: 2,
      value: '80',
      comparison: 'gt',
      description: 'more than 80',
      text: 'ต้องได้มากกว่า 80 จึงจะได้ระดับ 2',
    });
  });
});

describe('threshold, lower is better, inclusive (remaining poor households FY2566)', () => {
  it('scores falling thresholds', () => {
    expect(level(poorFy2566, '17.5')).toBe(0);
    expect(level(poorFy2566, 17)).toBe(1);
    expect(level(poorFy2566, '14.5')).toBe(3);
    expect(level(poorFy2566, 14)).toBe(4);
    expect(level(poorFy2566, 13)).toBe(5);
    expect(level(poorFy2566, 0)).toBe(5);
    expect(evaluate(poorFy2566, { value: '14.5' }).next).toMatchObject({
      level: 4,
      value: '14',
      comparison: 'lte',
      description: 'at most 14',
      text: 'ต้องได้ไม่เกิน 14 จึงจะได้ระดับ 4',
    });
  });
});

describe('threshold, lower is better, strict, open level 1 (overdue debt FY2568)', () => {
  it('the worked example 489,204.87 × 100 ÷ 33,109,323.18 = 1.4775… is level 5', () => {
    // 001 L235: "ตัวอย่าง ณ วันที่ ๓๐ กันยายน ๒๕๖๘ จังหวัดยะลา มีหนี้เกินกำหนดชำระ เป็นเงินจำนวน ๔๘๙,๒๐๔.๘๗ บาท มีลูกหนี้คงเหลือ เป็นเงินจำนวน ๓๓,๑๐๙,๓๒๓.๑๘ บาท คิดเป็นร้อยละ ๑.๔๘"
    const overdue = new Dec('489204.87').times(100).div('33109323.18');
    expect(overdue.toFixed(5)).toBe('1.47754');
    expect(evaluate(overdueFy2568, { value: canonical(overdue) })).toMatchObject({
      level: 5,
      score: '5.0000',
      next: null,
    });
  });

  it('more than 20 % is level 1, and exactly 20 % is level 1 as well (level 2 is "< 20")', () => {
    expect(level(overdueFy2568, 35)).toBe(1);
    expect(level(overdueFy2568, '20.01')).toBe(1);
    expect(evaluate(overdueFy2568, { value: 20 })).toMatchObject({
      level: 1,
      next: {
        level: 2,
        value: '20',
        comparison: 'lt',
        description: 'less than 20',
        text: 'ต้องได้ต่ำกว่า 20 จึงจะได้ระดับ 2',
      },
      warnings: [],
    });
    expect(level(overdueFy2568, '19.99')).toBe(2);
    expect(level(overdueFy2568, 15)).toBe(2);
    expect(level(overdueFy2568, 5)).toBe(4);
    expect(level(overdueFy2568, '4.99')).toBe(5);
  });
});
