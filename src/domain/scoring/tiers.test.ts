import { describe, expect, it } from 'vitest';
import { criteriaSchema } from './criteria.ts';
import { ScoringInputError } from './errors.ts';
import { evaluate } from './evaluate.ts';

/**
 * 000 L251, OTOP sales: "น้อยกว่าค่าเป้าหมายขั้นต่ำ" … "เท่ากับค่าเป้าหมายขั้นต่ำ" … "เท่ากับค่าเป้าหมายขั้นมาตรฐาน" …
 * "สูงกว่าค่าเป้าหมายขั้นมาตรฐาน แต่ไม่น้อยกว่าค่าเป้าหมายขั้นสูง" … "เท่ากับค่าเป้าหมายขั้นสูง".
 * Level 4's "แต่ไม่น้อยกว่า" contradicts itself; it is read as "but below the high target".
 */
const otopSales = criteriaSchema.parse({
  type: 'tiers',
  direction: 'higher',
  tiers: [
    { id: 'minimum', label: 'ค่าเป้าหมายขั้นต่ำ' },
    { id: 'standard', label: 'ค่าเป้าหมายขั้นมาตรฐาน' },
    { id: 'high', label: 'ค่าเป้าหมายขั้นสูง' },
  ],
  bands: [
    { min: null, max: 'minimum', maxInclusive: false },
    { min: 'minimum', max: 'minimum' },
    { min: 'standard', max: 'standard' },
    { min: 'standard', minInclusive: false, max: 'high', maxInclusive: false },
    { min: 'high', max: null },
  ],
});

const targets = { minimum: '100000', standard: 150000, high: '200000.00' };
const sales = (value: string | number) => evaluate(otopSales, { value, targets });

describe('tiers (000-I2 OTOP sales against the unit’s own targets)', () => {
  it('scores each tier', () => {
    expect(sales('99999.99')).toMatchObject({ level: 1, warnings: [] });
    expect(sales(100000)).toMatchObject({ level: 2, warnings: [] });
    expect(sales(150000)).toMatchObject({ level: 3, warnings: [] });
    expect(sales('150000.01')).toMatchObject({ level: 4, warnings: [] });
    expect(sales(200000)).toMatchObject({ level: 5, warnings: [], next: null });
    expect(sales(250000)).toMatchObject({ level: 5, warnings: [] });
  });

  it('between the minimum and the standard target is level 2 with a gap warning, naming the next tier', () => {
    expect(sales(120000)).toMatchObject({
      level: 2,
      warnings: [{ code: 'gap', between: [2, 3] }],
      next: { level: 3, value: '150000', text: 'ต้องได้ไม่น้อยกว่า 150000 (ค่าเป้าหมายขั้นมาตรฐาน) จึงจะได้ระดับ 3' },
    });
    expect(sales(150000).next).toMatchObject({ level: 4, value: '150000', comparison: 'gt' });
  });

  it('needs every target, in rising order, and no others', () => {
    expect(() => evaluate(otopSales, { value: 1 })).toThrow('ต้องระบุค่าเป้าหมายของหน่วยงาน');
    expect(() => evaluate(otopSales, { value: 1, targets: { minimum: 1, standard: 2 } })).toThrow(
      'ต้องระบุค่าเป้าหมายขั้นสูง',
    );
    expect(() => evaluate(otopSales, { value: 1, targets: { minimum: 1, standard: 1, high: 3 } })).toThrow(
      'ค่าเป้าหมายขั้นมาตรฐาน (1) ต้องมากกว่า ค่าเป้าหมายขั้นต่ำ (1)',
    );
    expect(() => evaluate(otopSales, { value: 1, targets: { ...targets, stretch: 1 } })).toThrow(
      ScoringInputError,
    );
  });
});
