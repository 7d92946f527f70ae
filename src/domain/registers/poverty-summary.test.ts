import { describe, expect, it } from 'vitest';
import type { HouseholdStatus } from './households.ts';
import { povertySummary, type TargetHousehold } from './poverty-summary.ts';

let next = 0;
function household(
  district: string,
  status: HouseholdStatus,
  baselineIncome: string,
  resultIncome: string | null,
): TargetHousehold {
  next += 1;
  return { id: `h${next}`, district, status, baselineIncome, resultIncome };
}

const DISTRICTS = ['เมืองยะลา', 'ยะหา', 'กาบัง'];
const HOUSEHOLDS: TargetHousehold[] = [
  household('เมืองยะลา', 'developable', '30000', '45000'),
  household('เมืองยะลา', 'developable', '39999.99', '40000'),
  household('เมืองยะลา', 'developable', '35000', '39999.99'),
  household('เมืองยะลา', 'developable', '40000', '50000'),
  household('เมืองยะลา', 'welfare-requested', '20000', '50000'),
  household('เมืองยะลา', 'developable', '25000', null),
  household('ยะหา', 'self-reliant', '30000', '30000'),
  household('ยะหา', 'other', '10000', null),
];

describe('povertySummary (sheet 3)', () => {
  const summary = povertySummary(DISTRICTS, HOUSEHOLDS);
  const [mueang, yaha, kabang] = summary.districts;

  it('counts households by status', () => {
    expect(mueang?.byStatus).toEqual({ developable: 5, 'welfare-requested': 1, 'self-reliant': 0, other: 0 });
    expect(yaha?.byStatus).toEqual({ developable: 0, 'welfare-requested': 0, 'self-reliant': 1, other: 1 });
    expect(summary.province.households).toBe(8);
  });

  it('targets only developable households below the line, and passes those reaching 40,000', () => {
    // 40,000 at baseline is not a target; 40,000 in the result year passes; not yet surveyed stays remaining.
    expect([mueang?.targets, mueang?.passed, mueang?.remaining]).toEqual([4, 2, 2]);
    expect(mueang?.remainingPercent.percent?.text).toBe('50.00');
  });

  it('gives the province figures over all districts', () => {
    const { province } = summary;
    expect([province.targets, province.passed, province.remaining]).toEqual([4, 2, 2]);
    expect(province.remainingPercent.percent?.text).toBe('50.00');
  });

  it('keeps districts without targets or households, with a Thai reason instead of a %', () => {
    expect(summary.districts.map((row) => row.district)).toEqual(DISTRICTS);
    expect(kabang?.households).toBe(0);
    expect(yaha?.remainingPercent).toEqual({
      percent: null,
      reason: 'ไม่มีครัวเรือนพัฒนาได้ที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. จึงคำนวณร้อยละคงเหลือไม่ได้',
    });
  });

  it('gives the remaining % exactly: 1 of 3 remaining is 33.33', () => {
    const three = [
      household('ยะหา', 'developable', '1', '40000'),
      household('ยะหา', 'developable', '1', '40000.01'),
      household('ยะหา', 'developable', '1', '39999.99'),
    ];
    const { percent } = povertySummary(['ยะหา'], three).province.remainingPercent;
    expect(percent?.text).toBe('33.33');
    expect(percent?.exact.toFixed(6)).toBe('33.333333');
  });

  it('refuses a household of a district outside the province, and bad incomes', () => {
    expect(() => povertySummary(['ยะหา'], [household('เบตง', 'developable', '1', null)])).toThrow(
      'ไม่พบอำเภอ "เบตง" ในจังหวัด',
    );
    expect(() => povertySummary(['ยะหา'], [household('ยะหา', 'other', 'x', null)])).toThrow(
      'households[0].baselineIncome',
    );
  });
});
