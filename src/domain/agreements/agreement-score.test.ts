import { describe, expect, it } from 'vitest';
import { criteriaSchema } from '../scoring/criteria.ts';
import { type AgreementItem, scoreAgreement } from './agreement-score.ts';

const budget = criteriaSchema.parse({
  type: 'threshold',
  direction: 'higher',
  inclusive: true,
  thresholds: [80, 85, 90, 95, 100],
});
const plan = criteriaSchema.parse({
  type: 'threshold',
  direction: 'higher',
  inclusive: true,
  thresholds: [75, 80, 85, 90, 95],
});
const overdue = criteriaSchema.parse({
  type: 'threshold',
  direction: 'lower',
  inclusive: false,
  thresholds: [null, 20, 15, 10, 5],
});

const item = (
  id: string,
  section: AgreementItem['section'],
  weight: string,
  criteria = budget,
  value: string | null = null,
  selected = true,
): AgreementItem => ({
  id,
  section,
  weight,
  selected,
  criteria,
  input: value === null ? null : { value },
});

describe('scoreAgreement', () => {
  it("weights seed 001's PDO–DDO team list 50/40/10 into Σ(w·s)/Σw with 4 decimals", () => {
    // T1 89.30 % → level 2; T2 86 % → level 3; T3 overdue 1.48 % → level 5: (50·2 + 40·3 + 10·5)/100 = 2.7
    const score = scoreAgreement(
      [
        item('T1', 'team', '50', budget, '89.30'),
        item('T2', 'team', '40', plan, '86'),
        item('T3', 'team', '10', overdue, '1.48'),
      ],
      0,
    );
    expect(score.items.map((i) => i.evaluation?.level)).toEqual([2, 3, 5]);
    expect(score.weighted?.score).toBe('2.7000');
    expect(score.weightChecks).toEqual([{ group: 'team', sum: '100', is100: true, message: null }]);
    expect(score).toMatchObject({ reported: 3, expected: 3, warnings: [] });
  });

  it('counts a KPI with no result as 0 and not reported', () => {
    const score = scoreAgreement(
      [item('T1', 'team', '50', budget, '100'), item('T2', 'team', '50', plan)],
      0,
    );
    expect(score.weighted?.score).toBe('2.5000');
    expect(score.items[1]?.evaluation).toBeNull();
    expect(score).toMatchObject({ reported: 1, expected: 2 });
  });

  it("flags seed 003's 11 × 10 = 110 individual weights with the sum", () => {
    const items = Array.from({ length: 11 }, (_, i) => item(`I${i + 1}`, 'individual', '10', budget, '90'));
    const score = scoreAgreement(items, 0);
    expect(score.weightChecks).toEqual([
      { group: 'individual', sum: '110', is100: false, message: 'น้ำหนักรวม 110 ไม่เท่ากับ 100' },
    ]);
    // Each row enters as 10 × 3 ÷ 110 = 0.2727 (4 decimals), and the list is the sum of its rows: 11 × 0.2727.
    expect(score.weighted?.items[0]?.contribution).toBe('0.2727');
    expect(score.weighted?.score).toBe('2.9997');
  });

  it('combines the team and individual lists as (team + individual) ÷ 2, each the sum of its rows', () => {
    const score = scoreAgreement(
      [
        item('T1', 'team', '50', budget, '70'),
        item('T2', 'team', '40', plan, '70'),
        item('T3', 'team', '10', overdue, '1.48'),
        item('I1', 'individual', '50', budget, '100'),
        item('I2', 'individual', '50', plan, '86'),
      ],
      0,
    );
    expect(score.weighted?.items).toEqual([
      { id: 'T1', contribution: '0.0000' },
      { id: 'T2', contribution: '0.0000' },
      { id: 'T3', contribution: '0.5000' },
      { id: 'I1', contribution: '2.5000' },
      { id: 'I2', contribution: '1.5000' },
    ]);
    expect(score.weighted?.sections).toEqual([
      { id: 'team', weightSum: '100', score: '0.5000' },
      { id: 'individual', weightSum: '100', score: '4.0000' },
    ]);
    expect(score.weighted?.score).toBe('2.2500');
  });

  it('puts a chosen optional KPI into the individual list and warns when the choice count is wrong', () => {
    const individual = ['20', '20', '15', '15', '15'].map((w, i) =>
      item(`I${i + 1}`, 'individual', w, budget, '100'),
    );
    const optional = [
      item('O7', 'optional', '15', budget, '80'),
      item('O8', 'optional', '15', budget, null, false),
      item('O9', 'optional', '15', budget, null, false),
    ];
    const score = scoreAgreement([...individual, ...optional], 1);
    expect(score.weightChecks).toEqual([{ group: 'individual', sum: '100', is100: true, message: null }]);
    expect(score.weighted?.score).toBe('4.4000');
    expect(score.warnings).toEqual([]);
    const none = scoreAgreement([...individual, ...optional.map((o) => ({ ...o, selected: false }))], 1);
    expect(none.warnings).toEqual(['ต้องเลือกตัวชี้วัดทางเลือก 1 จาก 3 ตัวชี้วัด แต่เลือก 0']);
    expect(none.weightChecks[0]?.sum).toBe('85');
  });

  it("keeps a project-defined KPI's weight in the list before the unit has set its five levels, and says so", () => {
    const own: AgreementItem = {
      id: 'I6',
      section: 'individual',
      weight: '15',
      selected: true,
      criteria: null,
      input: { value: '3' },
    };
    const score = scoreAgreement([item('I1', 'individual', '85', budget, '100'), own], 0);
    expect(score.weightChecks[0]?.sum).toBe('100');
    expect(score.items[1]?.evaluation).toBeNull();
    expect(score.weighted?.score).toBe('4.2500');
    expect(score.warnings).toEqual(['ยังไม่ได้กำหนดเกณฑ์ 5 ระดับของโครงการของหน่วยงาน (ตัวชี้วัดที่กำหนดตามโครงการ)']);
  });

  it("marks a stored result its criteria cannot score as that row's error and scores the rest", () => {
    const products = criteriaSchema.parse({
      type: 'composite',
      measures: [
        { id: 'sales', label: 'รายได้', direction: 'higher', inclusive: true, thresholds: [5, 7, 9, 11, 13] },
      ],
    });
    const score = scoreAgreement(
      [item('T1', 'team', '50', budget, '100'), item('I1', 'team', '50', products, '12')],
      0,
    );
    expect(score.items[0]).toMatchObject({ error: null, evaluation: { level: 5 } });
    expect(score.items[1]?.evaluation).toBeNull();
    expect(score.items[1]?.error).toMatch(/^ผลที่บันทึกไว้ใช้คำนวณคะแนนไม่ได้: ต้องระบุค่าของแต่ละเงื่อนไข/);
    expect(score).toMatchObject({ reported: 1, expected: 2, unscorable: 1 });
    expect(score.weighted?.score).toBe('2.5000');
  });
});
