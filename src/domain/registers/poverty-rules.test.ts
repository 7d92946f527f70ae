import { describe, expect, it } from 'vitest';
import type { HouseholdStatus } from './households.ts';
import { districtsWithoutDevelopable, provinceMinimumCheck } from './poverty-rules.ts';
import { povertySummary, type TargetHousehold } from './poverty-summary.ts';

function households(count: number, status: HouseholdStatus, baselineIncome: string, district = 'เมืองยะลา') {
  return Array.from(
    { length: count },
    (_, index): TargetHousehold => ({
      id: `${status}-${baselineIncome}-${index}`,
      district,
      status,
      baselineIncome,
      resultIncome: null,
    }),
  );
}

describe('districtsWithoutDevelopable (002 L137–139)', () => {
  it('warns for each district with no developable household, whatever else it has', () => {
    const summary = povertySummary(
      ['เมืองยะลา', 'ยะหา', 'กาบัง'],
      [...households(1, 'developable', '45000'), ...households(2, 'welfare-requested', '10000', 'ยะหา')],
    );
    expect(districtsWithoutDevelopable(summary)).toEqual([
      {
        code: 'district-without-developable',
        district: 'ยะหา',
        message: 'อำเภอยะหา ยังไม่มีครัวเรือนที่มีสถานะพัฒนาได้ (ใน 1 อำเภอ ต้องมีครัวเรือนที่มีสถานะพัฒนาได้อย่างน้อย 1 ครัวเรือน)',
      },
      {
        code: 'district-without-developable',
        district: 'กาบัง',
        message: 'อำเภอกาบัง ยังไม่มีครัวเรือนที่มีสถานะพัฒนาได้ (ใน 1 อำเภอ ต้องมีครัวเรือนที่มีสถานะพัฒนาได้อย่างน้อย 1 ครัวเรือน)',
      },
    ]);
  });

  it('is silent when one developable household is there', () => {
    const summary = povertySummary(['ยะหา'], households(1, 'developable', '1', 'ยะหา'));
    expect(districtsWithoutDevelopable(summary)).toEqual([]);
  });
});

describe('provinceMinimumCheck (002 L64)', () => {
  const check = (...groups: TargetHousehold[][]) =>
    provinceMinimumCheck(povertySummary(['เมืองยะลา'], groups.flat()));

  it('asks a province with 7 developable households below the line to add 3, with the numbers', () => {
    expect(
      check(households(7, 'developable', '39999.99'), households(5, 'welfare-requested', '1000')),
    ).toEqual({
      code: 'province-below-minimum',
      targets: 7,
      developable: 7,
      missing: 3,
      message:
        'จังหวัดมีครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. ที่สามารถพัฒนาได้ 7 ครัวเรือน (น้อยกว่า 10 ครัวเรือน) ' +
        'และมีครัวเรือนพัฒนาได้รวม 7 ครัวเรือน ให้เพิ่มครัวเรือนเป้าหมายอีกอย่างน้อย 3 ครัวเรือน ให้ครบไม่น้อยกว่า 10 ครัวเรือน ' +
        'โดยพิจารณาครัวเรือนที่มีรายได้เฉลี่ยต่อคนต่อปีตั้งแต่ 40,000 บาทขึ้นไป และ/หรือประสบปัญหามิติอื่น ๆ ร่วมด้วย',
    });
  });

  it('asks for 1 more at 9, and nothing at 10', () => {
    expect(check(households(9, 'developable', '1'))?.missing).toBe(1);
    expect(check(households(10, 'developable', '1'))).toBeNull();
  });

  it('counts households added at or above 40,000 toward the 10', () => {
    expect(check(households(7, 'developable', '1'), households(2, 'developable', '40000'))?.missing).toBe(1);
    expect(check(households(7, 'developable', '1'), households(3, 'developable', '40000'))).toBeNull();
  });
});
