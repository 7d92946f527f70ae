import { describe, expect, it } from 'vitest';
import { criteriaSchema } from './criteria.ts';
import { canonical, Dec } from './decimal.ts';
import { evaluate } from './evaluate.ts';

const band = (min: number | null, max: number | null, minInclusive = true, maxInclusive = true) => ({
  min,
  max,
  minInclusive,
  maxInclusive,
});

/** 001 L371–375: debt-reduction households, "ระหว่างร้อยละ ๖๐ – ๖๙ (๑๘ – ๒๐ คน)" … "ร้อยละ ๑๐๐ (๓๐ คน)" */
const debtHouseholds = criteriaSchema.parse({
  type: 'bands',
  direction: 'higher',
  bands: [band(60, 69), band(70, 79), band(80, 89), band(90, 99), band(100, 100)],
});

/** 001 L471–475: women's fund members, "น้อยกว่าร้อยละ ๖๕" … "ร้อยละ ๖๕" … "ร้อยละ ๗๐" … "ร้อยละ ๗๕" … "มากกว่าร้อยละ ๗๕" */
const womenMembers = criteriaSchema.parse({
  type: 'bands',
  direction: 'higher',
  bands: [band(null, 65, true, false), band(65, 65), band(70, 70), band(75, 75), band(75, null, false)],
});

/** 001 L246–250 read literally: "มากกว่าร้อยละ ๒๐" … "ต่ำกว่าร้อยละ ๒๐" … "ต่ำกว่าร้อยละ ๑๕" */
const overdueLiteral = criteriaSchema.parse({
  type: 'bands',
  direction: 'lower',
  bands: [
    band(20, null, false),
    band(15, 20, true, false),
    band(10, 15, true, false),
    band(5, 10, true, false),
    band(null, 5, true, false),
  ],
});

const persons = (count: number) => canonical(new Dec(count).times(100).div(30));

describe('bands (001-I3, 30 target persons)', () => {
  it('places 18 … 30 persons as the card does', () => {
    const levels = [17, 18, 19, 20, 21, 23, 24, 26, 27, 29, 30].map(
      (count) => evaluate(debtHouseholds, { value: persons(count) }).level,
    );
    expect(levels).toEqual([0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
  });

  it('18 persons = 60.00 % is level 1; 17 persons is level 0 and needs 60', () => {
    expect(evaluate(debtHouseholds, { value: persons(18) })).toMatchObject({
      level: 1,
      score: '1.0000',
      warnings: [],
    });
    expect(evaluate(debtHouseholds, { value: persons(17) })).toMatchObject({
      level: 0,
      label: 'ไม่ผ่านเกณฑ์',
      next: { level: 1, value: '60' },
      warnings: [],
    });
  });

  it('69.5 falls between 60–69 and 70–79: the lower level, with a gap warning', () => {
    expect(evaluate(debtHouseholds, { value: '69.5' })).toEqual({
      level: 1,
      score: '1.0000',
      label: 'ระดับ 1',
      next: {
        kind: 'value',
        level: 2,
        value: '70',
        comparison: 'gte',
        description: 'at least 70',
        text: 'ต้องได้ไม่น้อยกว่า 70 จึงจะได้ระดับ 2',
      },
      warnings: [
        {
          code: 'gap',
          message: 'ค่า 69.5 อยู่ในช่องว่างระหว่างเกณฑ์ระดับ 1 และระดับ 2 จึงให้ระดับ 1 ซึ่งเป็นระดับที่ต่ำกว่า',
          between: [1, 2],
        },
      ],
    });
    expect(evaluate(debtHouseholds, { value: '99.5' }).warnings).toMatchObject([
      { code: 'gap', between: [4, 5] },
    ]);
  });

  it('a value past the top band is level 5 with an out-of-range warning', () => {
    expect(evaluate(debtHouseholds, { value: 101 })).toMatchObject({
      level: 5,
      next: null,
      warnings: [{ code: 'out-of-range', message: 'ค่า 101 เกินช่วงของเกณฑ์ระดับ 5 จึงให้ระดับ 5' }],
    });
  });
});

describe('bands with exact-equality wording (001-I5b)', () => {
  const at = (value: string | number) => evaluate(womenMembers, { value });

  it('scores the exact values and the open ends', () => {
    expect(at('64.99')).toMatchObject({ level: 1, warnings: [] });
    expect(at(65)).toMatchObject({ level: 2, warnings: [] });
    expect(at(70)).toMatchObject({ level: 3, warnings: [] });
    expect(at(75)).toMatchObject({ level: 4, warnings: [] });
    expect(at('75.01')).toMatchObject({ level: 5, warnings: [] });
  });

  it('gives the lower level with a gap warning between the exact values', () => {
    expect(at(67)).toMatchObject({
      level: 2,
      warnings: [{ code: 'gap', between: [2, 3] }],
      next: { level: 3, value: '70' },
    });
    expect(at('74.9')).toMatchObject({ level: 3, warnings: [{ code: 'gap', between: [3, 4] }] });
  });
});

describe('bands, lower is better (overdue debt read literally)', () => {
  it('leaves exactly 20 % in the gap between "more than 20" and "less than 20"', () => {
    expect(evaluate(overdueLiteral, { value: 20 })).toMatchObject({
      level: 1,
      warnings: [{ code: 'gap', between: [1, 2] }],
      next: { level: 2, value: '20', comparison: 'lt' },
    });
    expect(evaluate(overdueLiteral, { value: '20.5' })).toMatchObject({ level: 1, warnings: [] });
    expect(evaluate(overdueLiteral, { value: '19.9' })).toMatchObject({ level: 2, warnings: [] });
    expect(evaluate(overdueLiteral, { value: '1.48' })).toMatchObject({ level: 5, warnings: [] });
  });
});
