import { describe, expect, it } from 'vitest';
import { countNeeded } from './count-needed.ts';
import { bandsCriteriaSchema, thresholdCriteriaSchema } from './criteria.ts';

/** 001 L416–420: remaining poor households, "คงเหลือ ไม่เกิน ร้อยละ ๑๔ … ๑๐" */
const poorFy2568 = thresholdCriteriaSchema.parse({
  type: 'threshold',
  direction: 'lower',
  inclusive: true,
  thresholds: [14, 13, 12, 11, 10],
});

/** 001 L371–375: debt reduction, 30 target persons */
const debtHouseholds = bandsCriteriaSchema.parse({
  type: 'bands',
  direction: 'higher',
  bands: [
    { min: 60, max: 69 },
    { min: 70, max: 79 },
    { min: 80, max: 89 },
    { min: 90, max: 99 },
    { min: 100, max: 100 },
  ],
});

describe('households still needed (001-I4, remaining ≤ X %)', () => {
  it('Mueang Yala, 214 households, level 1: the rule needs 185 to pass, the district table prints 184 (001 L439)', () => {
    expect(
      countNeeded({
        criteria: poorFy2568,
        level: 1,
        denominator: 214,
        achieved: 182,
        percentOf: 'remaining',
        unit: 'ครัวเรือน',
        tableTarget: 184,
      }),
    ).toEqual({
      level: 1,
      denominator: 214,
      achieved: 182,
      rule: { target: 185, stillNeeded: 3 },
      table: { target: 184, stillNeeded: 2 },
      text: 'ต้องผ่านเกณฑ์อีก 3 ครัวเรือน จึงจะได้ระดับ 1 (ตามตารางเป้าหมาย: อีก 2 ครัวเรือน)',
    });
  });

  it('agrees with the table where the table follows the rule (Mueang Yala level 5: 193)', () => {
    const result = countNeeded({
      criteria: poorFy2568,
      level: 5,
      denominator: 214,
      achieved: 193,
      percentOf: 'remaining',
      unit: 'ครัวเรือน',
      tableTarget: 193,
    });
    expect(result.rule).toEqual({ target: 193, stillNeeded: 0 });
    expect(result.text).toBe('ผ่านเกณฑ์ระดับ 5 แล้ว');
  });

  it('small districts: the rule is stricter than the table (Krong Pinang 20 → 18 vs 17; Yaha 6 → 6 vs 5)', () => {
    const need = (denominator: number, tableTarget: number) =>
      countNeeded({
        criteria: poorFy2568,
        level: 1,
        denominator,
        achieved: 0,
        percentOf: 'remaining',
        unit: 'ครัวเรือน',
        tableTarget,
      });
    expect(need(20, 17)).toMatchObject({ rule: { target: 18 }, table: { target: 17 } });
    expect(need(6, 5)).toMatchObject({ rule: { target: 6 }, table: { target: 5 } });
  });

  it('handles strict bounds on the remaining share', () => {
    const overdue = thresholdCriteriaSchema.parse({
      type: 'threshold',
      direction: 'lower',
      inclusive: false,
      thresholds: [null, 20, 15, 10, 5],
    });
    const need = (level: 1 | 2) =>
      countNeeded({
        criteria: overdue,
        level,
        denominator: 10,
        achieved: 0,
        percentOf: 'remaining',
        unit: 'คน',
      }).rule;
    expect(need(1)).toEqual({ target: 0, stillNeeded: 0 });
    expect(need(2)).toEqual({ target: 9, stillNeeded: 9 });
  });
});

describe('persons still needed (001-I3, achieved share)', () => {
  it('reproduces the card’s person counts 18 / 21 / 24 / 27 / 30 of 30', () => {
    const targets = ([1, 2, 3, 4, 5] as const).map(
      (level) =>
        countNeeded({
          criteria: debtHouseholds,
          level,
          denominator: 30,
          achieved: 20,
          percentOf: 'achieved',
          unit: 'คน',
        }).rule?.target,
    );
    expect(targets).toEqual([18, 21, 24, 27, 30]);
    expect(
      countNeeded({
        criteria: debtHouseholds,
        level: 2,
        denominator: 30,
        achieved: 20,
        percentOf: 'achieved',
        unit: 'คน',
      }).text,
    ).toBe('ต้องผ่านเกณฑ์อีก 1 คน จึงจะได้ระดับ 2');
  });

  it('rounds a fractional share up: 60 % of 32 persons is 19.2, so 20 must pass', () => {
    const need = countNeeded({
      criteria: debtHouseholds,
      level: 1,
      denominator: 32,
      achieved: 19,
      percentOf: 'achieved',
      unit: 'คน',
    });
    expect(need.rule).toEqual({ target: 20, stillNeeded: 1 });
  });

  it('says when a level cannot be reached', () => {
    const over = thresholdCriteriaSchema.parse({
      type: 'threshold',
      direction: 'higher',
      inclusive: false,
      thresholds: [80, 85, 90, 95, 100],
    });
    expect(
      countNeeded({
        criteria: over,
        level: 5,
        denominator: 30,
        achieved: 30,
        percentOf: 'achieved',
        unit: 'คน',
      }),
    ).toMatchObject({
      rule: null,
      text: 'ไม่สามารถถึงระดับ 5 ได้ แม้ผ่านเกณฑ์ครบทั้ง 30 คน',
    });
  });

  it('refuses inputs that do not fit', () => {
    const base = {
      criteria: debtHouseholds,
      level: 1,
      denominator: 30,
      achieved: 0,
      percentOf: 'achieved',
      unit: 'คน',
    } as const;
    expect(() => countNeeded({ ...base, percentOf: 'remaining' })).toThrow(
      'ร้อยละของจำนวนที่ยังเหลือใช้กับเกณฑ์ที่ค่ายิ่งน้อยยิ่งดีเท่านั้น (เกณฑ์นี้ค่ายิ่งมากยิ่งดี)',
    );
    expect(() => countNeeded({ ...base, achieved: 31 })).toThrow(
      'จำนวนที่ผ่านเกณฑ์ (31) ต้องไม่เกินจำนวนทั้งหมด (30)',
    );
    expect(() => countNeeded({ ...base, denominator: 0 })).toThrow(
      'จำนวนทั้งหมด ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป (ได้รับ 0)',
    );
  });
});
