import { describe, expect, it } from 'vitest';
import { thresholdCriteriaSchema } from '../scoring/criteria.ts';
import { evaluate } from '../scoring/evaluate.ts';
import { formatBaht } from './format.ts';
import { membershipPercent, overdueDebt, overduePercent } from './womens-fund.ts';

// 001 L246–250: "๑ หนี้เกินกำหนดชำระ มากกว่าร้อยละ ๒๐", "๒ … ต่ำกว่าร้อยละ ๒๐" … "๕ … ต่ำกว่าร้อยละ ๕"
const t3 = thresholdCriteriaSchema.parse({
  type: 'threshold',
  direction: 'lower',
  inclusive: false,
  thresholds: [null, '20', '15', '10', '5'],
});

describe('overduePercent: the worked example (001 L235–237)', () => {
  const result = overduePercent('489204.87', '33109323.18');

  it('gives 1.48 from 489,204.87 × 100 ÷ 33,109,323.18', () => {
    expect(result.percent.percent?.text).toBe('1.48');
    expect(result.percent.percent?.exact.toFixed(8)).toBe('1.47754416');
  });

  it('is level 5 (below 5 %)', () => {
    expect(evaluate(t3, { value: result.percent.percent?.exact.toFixed() }).level).toBe(5);
  });

  it('reads the level from the unrounded %: 4.999 prints 5.00 but is below 5', () => {
    const nearly5 = overduePercent('4999.00', '100000.00').percent.percent;
    expect(nearly5?.text).toBe('5.00');
    expect(evaluate(t3, { value: nearly5?.exact.toFixed() }).level).toBe(5);
    const exactly5 = overduePercent('5000.00', '100000.00').percent.percent;
    expect(evaluate(t3, { value: exactly5?.exact.toFixed() }).level).toBe(4);
  });

  it('refuses B greater than A, and gives a reason when A is 0', () => {
    expect(() => overduePercent('10.00', '9.99')).toThrow(
      'หนี้เกินกำหนดชำระ (B = 10.00 บาท) มากกว่าลูกหนี้คงเหลือ (A = 9.99 บาท)',
    );
    const empty = overduePercent('0', '0').percent;
    expect(empty.percent).toBeNull();
    expect(empty.reason).toBe('ไม่มีลูกหนี้คงเหลือ (A = 0) จึงคำนวณร้อยละหนี้เกินกำหนดชำระไม่ได้');
  });
});

describe('overdueDebt: B = A − not yet due − suspended − litigation (001 L227)', () => {
  const snapshot = {
    outstanding: '33109323.18',
    notYetDue: '30000000.00',
    suspended: '2420118.31',
    litigation: '200000.00',
  };

  it('rebuilds the worked example from a snapshot', () => {
    const result = overdueDebt(snapshot);
    expect(formatBaht(result.outstanding)).toBe('33,109,323.18');
    expect(formatBaht(result.overdue)).toBe('489,204.87');
    expect(result.percent.percent?.text).toBe('1.48');
  });

  it('takes debt in litigation out of the overdue debt', () => {
    const withoutLitigation = overdueDebt({ ...snapshot, litigation: '0' });
    expect(formatBaht(withoutLitigation.overdue)).toBe('689,204.87');
    expect(withoutLitigation.percent.percent?.text).toBe('2.08');
  });

  it('refuses exclusions larger than the outstanding debt', () => {
    expect(() => overdueDebt({ ...snapshot, litigation: '689204.88' })).toThrow(
      'หนี้ยังไม่ถึงกำหนดชำระ + พักชำระหนี้ + ดำเนินคดี (33,109,323.19 บาท) มากกว่าลูกหนี้คงเหลือ (33,109,323.18 บาท)',
    );
    expect(overdueDebt({ ...snapshot, litigation: '689204.87' }).percent.percent?.text).toBe('0.00');
  });

  it('names a bad field', () => {
    expect(() => overdueDebt({ ...snapshot, suspended: '-1' })).toThrow('suspended');
  });
});

describe('membershipPercent (001 L460)', () => {
  it('is members ÷ women aged 15+ × 100', () => {
    expect(membershipPercent({ members: 65_000, womenAged15Plus: 100_000 }).percent?.text).toBe('65.00');
    expect(membershipPercent({ members: 2, womenAged15Plus: 3 }).percent?.text).toBe('66.67');
  });

  it('gives a reason when the DOPA count is 0, and refuses non-counts', () => {
    expect(membershipPercent({ members: 0, womenAged15Plus: 0 }).reason).toBe(
      'ไม่มีข้อมูลจำนวนสตรีอายุ 15 ปีขึ้นไป (ฐานข้อมูลกรมการปกครอง) จึงคำนวณร้อยละสมาชิกไม่ได้',
    );
    expect(() => membershipPercent({ members: 1.5, womenAged15Plus: 3 })).toThrow('members');
  });
});
