import { describe, expect, it } from 'vitest';
import { type CommunityFund, communityFundReport, inMillionBaht } from './community-funds.ts';
import { formatBaht } from './format.ts';

const FUNDS: CommunityFund[] = [
  {
    name: 'กองทุนหมู่บ้านบ้านดอนมดแดง',
    type: 'village',
    juristicPerson: true,
    capital: [
      { round: 'government-allocation' },
      { round: 'rating-bonus' },
      { round: 'phase-2', amount: '250000.00' },
      { round: 'phase-3' },
    ],
    savings: '1234567.89',
  },
  {
    name: 'กองทุนหมู่บ้านบ้านคำไฮใหญ่',
    type: 'village',
    juristicPerson: true,
    capital: [{ round: 'government-allocation' }, { round: 'phase-3' }],
    savings: '0',
  },
  {
    name: 'กองทุนชุมชนเมืองวารินชำราบ',
    type: 'urban',
    juristicPerson: false,
    capital: [{ round: 'government-allocation' }, { round: 'phase-2', amount: '150000.50' }],
    savings: null,
  },
  {
    name: 'กองทุนชุมชนทหาร',
    type: 'military',
    juristicPerson: false,
    capital: [{ round: 'government-allocation' }],
    savings: '500000.00',
  },
];

describe('communityFundReport (form, 000 L102–139)', () => {
  const report = communityFundReport(FUNDS);

  it('counts funds by type (item 1)', () => {
    expect(report.total).toBe(4);
    expect(report.byType).toEqual({ village: 2, urban: 1, military: 1 });
  });

  it('gives juristic persons as count, % and remaining (item 2)', () => {
    expect(report.juristicPersons.registered).toBe(2);
    expect(report.juristicPersons.percent.percent?.text).toBe('50.00');
    expect(report.juristicPersons.remaining).toBe(2);
    const oneOfThree = communityFundReport(FUNDS.slice(1)).juristicPersons.percent.percent;
    expect(oneOfThree?.text).toBe('33.33');
  });

  it('totals each capital round: 1 M, 100,000, phase 2 as received, 1 M (item 3)', () => {
    expect(
      report.rounds.map((round) => [round.round, round.years, round.funds, formatBaht(round.amount)]),
    ).toEqual([
      ['government-allocation', '2544–2545', 4, '4,000,000.00'],
      ['rating-bonus', '2546–2547', 1, '100,000.00'],
      ['phase-2', '2552–2553', 2, '400,000.50'],
      ['phase-3', '2555–2560', 2, '2,000,000.00'],
    ]);
    expect(report.withoutPhase3).toEqual(['กองทุนชุมชนเมืองวารินชำราบ', 'กองทุนชุมชนทหาร']);
  });

  it('adds the rounds into Account 1, written in million baht', () => {
    expect(formatBaht(report.account1)).toBe('6,500,000.50');
    expect(inMillionBaht(report.account1)).toBe('6.5000005');
    expect(inMillionBaht(report.rounds[1]?.amount ?? report.account1)).toBe('0.1');
  });

  it('counts funds with savings above 0 into Account 2 (item 4)', () => {
    expect(report.account2.funds).toBe(2);
    expect(formatBaht(report.account2.amount)).toBe('1,734,567.89');
  });

  it('gives a reason instead of a % for a district without funds', () => {
    const empty = communityFundReport([]);
    expect(empty.juristicPersons.percent.reason).toBe('ไม่มีกองทุนในอำเภอ จึงคำนวณร้อยละการจัดทะเบียนเป็นนิติบุคคลไม่ได้');
    expect(formatBaht(empty.account1)).toBe('0.00');
  });

  it('refuses a round received twice and a bad phase-2 amount', () => {
    const twice: CommunityFund = {
      ...FUNDS[3],
      name: 'ซ้ำ',
      type: 'village',
      juristicPerson: false,
      savings: null,
      capital: [{ round: 'phase-3' }, { round: 'phase-3' }],
    };
    expect(() => communityFundReport([twice])).toThrow(
      'กองทุน ซ้ำ: บันทึกเงินทุน "เพิ่มทุนระยะที่ 3 กองทุนละ 1 ล้านบาท" ซ้ำ (กองทุนหนึ่งได้รับแต่ละรอบครั้งเดียว)',
    );
    const bad: CommunityFund = { ...twice, capital: [{ round: 'phase-2', amount: '1.234' }] };
    expect(() => communityFundReport([bad])).toThrow('funds[0].capital.phase-2.amount');
  });
});
