import { describe, expect, it } from 'vitest';
import { thresholdCriteriaSchema } from '../scoring/criteria.ts';
import { Dec } from '../scoring/decimal.ts';
import { compareTargetTable, householdsNeeded, type TargetTableRow } from './poverty-targets.ts';

// 001 L416–420: remaining at most 14 / 13 / 12 / 11 / 10 % for levels 1–5 (FY2568).
const i4 = thresholdCriteriaSchema.parse({
  type: 'threshold',
  direction: 'lower',
  inclusive: true,
  thresholds: ['14', '13', '12', '11', '10'],
});

// 001 L434–442, Yala FY2568, as data: developable households and households that must pass, levels 1–5.
const YALA_TABLE: TargetTableRow[] = [
  { district: 'กรงปินัง', developable: 20, mustPass: [17, 17, 18, 18, 18] },
  { district: 'กาบัง', developable: 9, mustPass: [8, 8, 8, 8, 8] },
  { district: 'ธารโต', developable: 7, mustPass: [6, 6, 6, 6, 6] },
  { district: 'บันนังสตา', developable: 12, mustPass: [11, 11, 11, 11, 11] },
  { district: 'เบตง', developable: 41, mustPass: [35, 36, 36, 36, 37] },
  { district: 'เมืองยะลา', developable: 214, mustPass: [184, 186, 188, 190, 193] },
  { district: 'ยะหา', developable: 6, mustPass: [5, 5, 5, 5, 5] },
  { district: 'รามัน', developable: 14, mustPass: [12, 12, 13, 13, 13] },
];
const YALA_TOTAL: TargetTableRow = { district: 'รวม', developable: 323, mustPass: [278, 281, 285, 287, 291] };

describe('the table transcription', () => {
  it('adds up to the printed total row', () => {
    expect(YALA_TABLE.reduce((total, row) => total + row.developable, 0)).toBe(YALA_TOTAL.developable);
    const columns = [0, 1, 2, 3, 4].map((level) =>
      YALA_TABLE.reduce((total, row) => total + (row.mustPass[level] ?? 0), 0),
    );
    expect(columns).toEqual(YALA_TOTAL.mustPass);
  });
});

describe('householdsNeeded: strictly by the rule', () => {
  it('needs 185 of 214 at level 1, since 184 would leave 14.02 %', () => {
    expect(householdsNeeded(i4, 214, 150)).toEqual([
      { level: 1, required: 185, stillNeeded: 35 },
      { level: 2, required: 187, stillNeeded: 37 },
      { level: 3, required: 189, stillNeeded: 39 },
      { level: 4, required: 191, stillNeeded: 41 },
      { level: 5, required: 193, stillNeeded: 43 },
    ]);
  });

  it('needs nothing more once enough have passed', () => {
    expect(householdsNeeded(i4, 20, 18)?.map((need) => need.stillNeeded)).toEqual([0, 0, 0, 0, 0]);
    expect(householdsNeeded(i4, 20, 17)?.map((need) => need.stillNeeded)).toEqual([1, 1, 1, 1, 1]);
  });

  it('gives the fewest passes that keep remaining ≤ t, for every n up to 400', () => {
    const thresholds = ['14', '13', '12', '11', '10'];
    for (let n = 1; n <= 400; n += 1) {
      const needs = householdsNeeded(i4, n, 0) ?? [];
      needs.forEach((need, index) => {
        const limit = new Dec(thresholds[index] ?? '');
        const remainingPercent = (passes: number) => new Dec(n - passes).times(100).div(n);
        expect(need.required).not.toBeNull();
        const required = need.required ?? 0;
        expect(remainingPercent(required).lte(limit)).toBe(true);
        expect(required === 0 || remainingPercent(required - 1).gt(limit)).toBe(true);
      });
    }
  });

  it('gives null without targets, and refuses more passes than targets', () => {
    expect(householdsNeeded(i4, 0, 0)).toBeNull();
    expect(() => householdsNeeded(i4, 5, 6)).toThrow('ครัวเรือนที่ผ่านเกณฑ์ (6) มากกว่าครัวเรือนเป้าหมาย (5)');
  });
});

describe('compareTargetTable: the Yala table against the rule', () => {
  const comparison = compareTargetTable(i4, [...YALA_TABLE, YALA_TOTAL]);
  const byDistrict = new Map(comparison.map((row) => [row.district, row]));
  const rule = (district: string) => byDistrict.get(district)?.levels.map((level) => level.rule);
  const differing = (district: string) =>
    byDistrict
      .get(district)
      ?.levels.filter((level) => level.differs)
      .map((level) => level.level);

  it('computes the rule from each row’s developable count', () => {
    expect(rule('กรงปินัง')).toEqual([18, 18, 18, 18, 18]);
    expect(rule('กาบัง')).toEqual([8, 8, 8, 9, 9]);
    expect(rule('ธารโต')).toEqual([7, 7, 7, 7, 7]);
    expect(rule('บันนังสตา')).toEqual([11, 11, 11, 11, 11]);
    expect(rule('เบตง')).toEqual([36, 36, 37, 37, 37]);
    expect(rule('เมืองยะลา')).toEqual([185, 187, 189, 191, 193]);
    expect(rule('ยะหา')).toEqual([6, 6, 6, 6, 6]);
    expect(rule('รามัน')).toEqual([13, 13, 13, 13, 13]);
    expect(rule('รวม')).toEqual([278, 282, 285, 288, 291]);
  });

  it('flags the levels where the table differs', () => {
    expect(differing('กรงปินัง')).toEqual([1, 2]);
    expect(differing('กาบัง')).toEqual([4, 5]);
    expect(differing('ธารโต')).toEqual([1, 2, 3, 4, 5]);
    expect(differing('บันนังสตา')).toEqual([]);
    expect(differing('เบตง')).toEqual([1, 3, 4]);
    expect(differing('เมืองยะลา')).toEqual([1, 2, 3, 4]);
    expect(differing('ยะหา')).toEqual([1, 2, 3, 4, 5]);
    expect(differing('รามัน')).toEqual([1, 2]);
    expect(differing('รวม')).toEqual([2, 4]);
    expect(byDistrict.get('บันนังสตา')?.differs).toBe(false);
    expect(byDistrict.get('กรงปินัง')?.differs).toBe(true);
  });

  it('shows the remaining % the table’s counts leave (research §5.4)', () => {
    const remaining = (district: string) =>
      byDistrict.get(district)?.levels.map((level) => level.tableRemaining.text);
    expect(remaining('กรงปินัง')).toEqual(['15.00', '15.00', '10.00', '10.00', '10.00']);
    expect(remaining('ธารโต')).toEqual(['14.29', '14.29', '14.29', '14.29', '14.29']);
    expect(remaining('เบตง')).toEqual(['14.63', '12.20', '12.20', '12.20', '9.76']);
    expect(remaining('เมืองยะลา')).toEqual(['14.02', '13.08', '12.15', '11.21', '9.81']);
    expect(remaining('ยะหา')).toEqual(['16.67', '16.67', '16.67', '16.67', '16.67']);
    expect(remaining('รวม')).toEqual(['13.93', '13.00', '11.76', '11.15', '9.91']);
  });

  it('says whether passing the table’s count would reach the level', () => {
    const reaches = (district: string) =>
      byDistrict.get(district)?.levels.map((level) => level.tableReachesLevel);
    expect(reaches('เมืองยะลา')).toEqual([false, false, false, false, true]);
    expect(reaches('บันนังสตา')).toEqual([true, true, true, true, true]);
  });

  it('refuses a malformed table row', () => {
    expect(() =>
      compareTargetTable(i4, [{ district: 'ยะหา', developable: 6, mustPass: [5, 5, 5, 5] }]),
    ).toThrow('อำเภอยะหา: ตารางต้องมีจำนวนที่ต้องผ่านเกณฑ์ครบ 5 ระดับ (ได้รับ 4)');
    expect(() =>
      compareTargetTable(i4, [{ district: 'ยะหา', developable: 6, mustPass: [5, 5, 5, 5, 7] }]),
    ).toThrow('อำเภอยะหา ระดับ 5: ต้องผ่านเกณฑ์ 7 ครัวเรือน มากกว่าครัวเรือนพัฒนาได้ 6 ครัวเรือน');
    expect(() =>
      compareTargetTable(i4, [{ district: 'ยะหา', developable: 0, mustPass: [0, 0, 0, 0, 0] }]),
    ).toThrow('อำเภอยะหา: ตารางต้องมีครัวเรือนพัฒนาได้อย่างน้อย 1 ครัวเรือน');
  });
});
