import { describe, expect, it } from 'vitest';
import { formatBaht } from './format.ts';
import {
  PORTFOLIO_STATUS_LABELS,
  type PortfolioStatus,
  portfolioReport,
  portfolioStatuses,
  type WomensFundPortfolio,
} from './womens-fund-portfolio.ts';

// 003 L1135–1151: Chachoengsao's report for August 2565, data as of 21 August 2565 (2022-08-21).
const seed: WomensFundPortfolio = {
  asOf: '2022-08-21',
  approvedFrom: 2556,
  approvedTo: 2565,
  approvedProjects: 1285,
  approvedAmount: '228320235',
  statuses: {
    'principal-repaid': { projects: 569, amount: '179658664.80' },
    paying: { projects: 918, amount: '51158994.38' },
    'in-default': { projects: 367, amount: '17564575.06' },
    'debt-acknowledged': { projects: 22, amount: '1893904.82' },
    restructured: { projects: 186, amount: '17665518.21' },
    moratorium: { projects: 155, amount: '32716214.25' },
    'penalty-waived': { projects: 54, amount: '4534949.76' },
    litigation: { projects: 1, amount: '200000' },
  },
};

const withLine = (status: PortfolioStatus, line: { projects: number; amount: string | number }) => ({
  ...seed,
  statuses: { ...seed.statuses, [status]: line },
});

describe("portfolioReport: seed 003's August 2565 report (003 L1135–1151)", () => {
  const report = portfolioReport(seed);

  it('keeps the eight lines in the report’s order, with its labels and exact amounts', () => {
    expect(report.lines.map((l) => l.status)).toEqual([...portfolioStatuses]);
    expect(report.lines.map((l) => [l.label, l.projects, formatBaht(l.amount)])).toEqual([
      ['เงินต้นรับชำระ', 569, '179,658,664.80'],
      ['ลูกหนี้ชำระเงินตามสัญญา', 918, '51,158,994.38'],
      ['ผิดนัดชำระ', 367, '17,564,575.06'],
      ['รับสภาพหนี้', 22, '1,893,904.82'],
      ['ปรับโครงสร้างหนี้', 186, '17,665,518.21'],
      ['พักชำระหนี้', 155, '32,716,214.25'],
      ['งดเบี้ยปรับ', 54, '4,534,949.76'],
      ['ดำเนินคดี', 1, '200,000.00'],
    ]);
    expect(formatBaht(report.approved.amount)).toBe('228,320,235.00');
    expect(PORTFOLIO_STATUS_LABELS['in-default']).toBe('ผิดนัดชำระ');
  });

  it('derives the debtors: 918 + 367 = 1,285 projects owing 51,158,994.38 + 17,564,575.06 = 68,723,569.44', () => {
    expect(report.outstanding.projects).toBe(1285);
    expect(report.outstanding.amount.toFixed(2)).toBe('68723569.44');
    expect(report.defaultShare.projects.percent?.text).toBe('28.56');
    expect(report.defaultShare.amount.percent?.exact.toFixed(8)).toBe('25.55829856');
  });

  it('adds up the relief measures, overlapping: 418 projects > 367 in default, 57,010,587.04 baht', () => {
    expect(report.relief.projects).toBe(418);
    expect(formatBaht(report.relief.amount)).toBe('57,010,587.04');
  });

  it('notes the overlaps and the amounts that do not reconcile, without refusing the report', () => {
    expect(report.notes.map((n) => n.code)).toEqual([
      'repaid-overlaps-debtors',
      'relief-exceeds-defaults',
      'amounts-do-not-reconcile',
    ]);
    expect(report.notes[1]?.message).toContain('รวม 418 โครงการ มากกว่าผิดนัดชำระ 367 โครงการ');
    expect(report.notes[2]?.message).toContain('= 159,596,665.56 บาท');
    expect(report.notes[2]?.message).toContain('(ต่างกัน 20,061,999.24 บาท)');
  });

  it('gives no notes when the lines neither overlap nor leave the amounts unreconciled', () => {
    const none = Object.fromEntries(portfolioStatuses.map((s) => [s, { projects: 0, amount: '0' }]));
    const plain = portfolioReport({
      ...seed,
      approvedProjects: 10,
      approvedAmount: '1000.00',
      statuses: { ...none, paying: { projects: 10, amount: '1000' } } as WomensFundPortfolio['statuses'],
    });
    expect(plain.notes).toEqual([]);
    expect(plain.defaultShare.projects.percent?.text).toBe('0.00');
  });
});

describe('portfolioReport refuses what the report cannot mean', () => {
  it('paying + in default must be the approved projects (003 L1135, L1139, L1141)', () => {
    expect(() => portfolioReport(withLine('in-default', { projects: 366, amount: '17564575.06' }))).toThrow(
      'ลูกหนี้ชำระเงินตามสัญญา 918 + ผิดนัดชำระ 366 = 1,284 โครงการ ต้องเท่ากับโครงการที่อนุมัติ 1,285 โครงการ',
    );
    expect(() => portfolioReport({ ...seed, approvedProjects: 1286 })).toThrow(
      expect.objectContaining({ field: 'statuses.in-default.projects' }),
    );
  });

  it('lets relief measures exceed the defaults but not the approved projects', () => {
    expect(
      portfolioReport(withLine('moratorium', { projects: 1000, amount: '32716214.25' })).relief.projects,
    ).toBe(1263);
    expect(() => portfolioReport(withLine('moratorium', { projects: 1286, amount: '1' }))).toThrow(
      'พักชำระหนี้ 1,286 โครงการ มากกว่าโครงการที่อนุมัติทั้งหมด 1,285 โครงการ',
    );
  });

  it('refuses money on a line without projects, fractional or negative counts, and satang beyond 2 decimals', () => {
    expect(() => portfolioReport(withLine('litigation', { projects: 0, amount: '200000' }))).toThrow(
      'ดำเนินคดี ไม่มีโครงการ (0 โครงการ) แต่มีจำนวนเงิน 200,000.00 บาท',
    );
    expect(() => portfolioReport(withLine('restructured', { projects: 1.5, amount: '1' }))).toThrow(
      expect.objectContaining({ field: 'statuses.restructured.projects' }),
    );
    expect(() => portfolioReport(withLine('restructured', { projects: -1, amount: '1' }))).toThrow(
      expect.objectContaining({ field: 'statuses.restructured.projects' }),
    );
    expect(() => portfolioReport(withLine('paying', { projects: 918, amount: '51158994.385' }))).toThrow(
      expect.objectContaining({ field: 'statuses.paying.amount' }),
    );
    expect(() => portfolioReport({ ...seed, approvedAmount: '-1' })).toThrow(
      expect.objectContaining({ field: 'approvedAmount' }),
    );
  });

  it('refuses an approval span that runs backwards or past the fiscal year of the date', () => {
    expect(() => portfolioReport({ ...seed, approvedFrom: 2566 })).toThrow(
      'ปีที่อนุมัติตั้งแต่ 2566 ต้องไม่หลังปีถึง 2565',
    );
    // 21 August 2565 is in fiscal year 2565; from 1 October 2565 it is 2566.
    expect(() => portfolioReport({ ...seed, approvedTo: 2566, approvedFrom: 2556 })).toThrow(
      'ปีที่อนุมัติถึง 2566 เลยปีงบประมาณของวันที่ข้อมูล (2565) ไปแล้ว',
    );
    expect(portfolioReport({ ...seed, asOf: '2022-10-01', approvedTo: 2566 }).outstanding.projects).toBe(
      1285,
    );
    expect(() => portfolioReport({ ...seed, approvedFrom: 1999 })).toThrow(
      expect.objectContaining({ field: 'approvedFrom' }),
    );
  });

  it('names a missing line', () => {
    const { litigation: _dropped, ...rest } = seed.statuses;
    expect(() =>
      portfolioReport({ ...seed, statuses: rest as unknown as WomensFundPortfolio['statuses'] }),
    ).toThrow('ไม่มีข้อมูลบรรทัด "ดำเนินคดี"');
  });
});
