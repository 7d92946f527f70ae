import { describe, expect, it } from 'vitest';
import { thresholdCriteriaSchema } from '../scoring/criteria.ts';
import { evaluate } from '../scoring/evaluate.ts';
import { type AllocationLine, type BudgetDates, budgetSpending } from './budget.ts';
import { RegisterInputError } from './errors.ts';
import { formatBaht } from './format.ts';

// 003 L271–276, FY2565 (data as of 30 Aug 2565); returns were due by 31 Aug 2565 (003 L818).
const FY2565: BudgetDates = { returnCutoff: '2022-08-31', asOf: '2022-08-30' };
const SEED_003: AllocationLine[] = [
  {
    id: 'personnel',
    category: 'งบบุคลากร',
    events: [
      { kind: 'allocation', date: '2021-10-01', amount: '10536677.51' },
      { kind: 'disbursement', date: '2022-07-29', amount: '9994452.51' },
    ],
  },
  {
    id: 'administration-q1',
    category: 'งบบริหาร',
    events: [
      { kind: 'allocation', date: '2021-10-15', amount: '3000000.00' },
      { kind: 'disbursement', date: '2022-03-31', amount: '2500000.00' },
    ],
  },
  {
    id: 'administration-q3',
    category: 'งบบริหาร',
    events: [
      { kind: 'allocation', date: '2022-04-01', amount: '1857400.08' },
      { kind: 'purchase-order', date: '2022-06-10', amount: '1252043.95' },
    ],
  },
];

// 001 L138: returns are deducted only when made on or before 29 Aug 2568; 001 L140: spending cut-off 30 Sep 2568.
const FY2568: BudgetDates = { returnCutoff: '2025-08-29', asOf: '2025-09-30' };

function line(id: string, events: AllocationLine['events']): AllocationLine {
  return { id, category: 'งบดำเนินงาน', events };
}

const t1 = thresholdCriteriaSchema.parse({
  type: 'threshold',
  direction: 'higher',
  inclusive: true,
  thresholds: ['80', '85', '90', '95', '100'],
});

describe('budgetSpending: seed 003 table (item 3.1)', () => {
  const report = budgetSpending(SEED_003, FY2565);

  it('gives each category row as printed', () => {
    const rows = report.rows.map((row) => [
      row.category,
      formatBaht(row.allocated),
      formatBaht(row.spent),
      row.percent.percent?.text,
      formatBaht(row.remaining),
    ]);
    expect(rows).toEqual([
      ['งบบุคลากร', '10,536,677.51', '9,994,452.51', '94.85', '542,225.00'],
      ['งบบริหาร', '4,857,400.08', '3,752,043.95', '77.24', '1,105,356.13'],
    ]);
  });

  it('gives the total as 89.30, not the 98.30 the minutes printed', () => {
    const { total } = report;
    expect(formatBaht(total.allocated)).toBe('15,394,077.59');
    expect(formatBaht(total.spent)).toBe('13,746,496.46');
    expect(formatBaht(total.remaining)).toBe('1,647,581.13');
    expect(total.percent.percent?.text).toBe('89.30');
    expect(total.percent.percent?.text).not.toBe('98.30');
    expect(total.percent.percent?.exact.toFixed(10)).toBe('89.2973052762');
  });

  it('scores the true total at level 2, where the misprint would give level 4', () => {
    expect(evaluate(t1, { value: report.total.percent.percent?.exact.toFixed() }).level).toBe(2);
    expect(evaluate(t1, { value: '98.30' }).level).toBe(4);
  });

  it('keeps disbursements and unpaid POs apart', () => {
    const administration = report.rows[1];
    expect(administration && formatBaht(administration.disbursed)).toBe('2,500,000.00');
    expect(administration && formatBaht(administration.committed)).toBe('1,252,043.95');
  });
});

describe('budgetSpending: returns and the 29 Aug 2568 cut-off', () => {
  const spentOf = (returnDate: string) =>
    budgetSpending(
      [
        line('a', [
          { kind: 'allocation', date: '2025-04-01', amount: '100000.00' },
          { kind: 'disbursement', date: '2025-06-30', amount: '60000.00' },
          { kind: 'return', date: returnDate, amount: '40000.00' },
        ]),
      ],
      FY2568,
    ).total;

  it('deducts a return made on the cut-off day', () => {
    const total = spentOf('2025-08-29');
    expect(formatBaht(total.base)).toBe('60,000.00');
    expect(formatBaht(total.deductedReturns)).toBe('40,000.00');
    expect(total.percent.percent?.text).toBe('100.00');
  });

  it('keeps a return made the day after the cut-off in the denominator', () => {
    const total = spentOf('2025-08-30');
    expect(formatBaht(total.base)).toBe('100,000.00');
    expect(formatBaht(total.returned)).toBe('40,000.00');
    expect(formatBaht(total.deductedReturns)).toBe('0.00');
    expect(total.percent.percent?.text).toBe('60.00');
  });

  it('excludes budget transferred after the cut-off and returned, even when returned after it', () => {
    const total = budgetSpending(
      [
        line('early', [
          { kind: 'allocation', date: '2025-04-01', amount: '100000.00' },
          { kind: 'disbursement', date: '2025-06-30', amount: '90000.00' },
        ]),
        line('late', [
          { kind: 'allocation', date: '2025-08-30', amount: '50000.00' },
          { kind: 'disbursement', date: '2025-09-10', amount: '30000.00' },
          { kind: 'return', date: '2025-09-25', amount: '20000.00' },
        ]),
      ],
      FY2568,
    ).total;
    expect(formatBaht(total.base)).toBe('130,000.00');
    expect(total.percent.percent?.text).toBe('92.31');
  });

  it('does not treat a transfer made on the cut-off day as late', () => {
    const total = budgetSpending(
      [
        line('on-cutoff', [
          { kind: 'allocation', date: '2025-08-29', amount: '50000.00' },
          { kind: 'disbursement', date: '2025-09-10', amount: '30000.00' },
          { kind: 'return', date: '2025-09-25', amount: '20000.00' },
        ]),
      ],
      FY2568,
    ).total;
    expect(formatBaht(total.base)).toBe('50,000.00');
    expect(total.percent.percent?.text).toBe('60.00');
  });

  it('deducts a late return only up to what the line received after the cut-off', () => {
    const total = budgetSpending(
      [
        line('topped-up', [
          { kind: 'allocation', date: '2025-04-01', amount: '100000.00' },
          { kind: 'allocation', date: '2025-09-01', amount: '10000.00' },
          { kind: 'disbursement', date: '2025-09-15', amount: '80000.00' },
          { kind: 'return', date: '2025-09-20', amount: '30000.00' },
        ]),
      ],
      FY2568,
    ).total;
    expect(formatBaht(total.deductedReturns)).toBe('10,000.00');
    expect(formatBaht(total.base)).toBe('100,000.00');
    expect(total.percent.percent?.text).toBe('80.00');
  });

  it('gives no percentage, with a Thai reason, when everything was returned in time', () => {
    const { percent } = budgetSpending(
      [
        line('a', [
          { kind: 'allocation', date: '2025-04-01', amount: '1000.00' },
          { kind: 'return', date: '2025-05-01', amount: '1000.00' },
        ]),
      ],
      FY2568,
    ).total;
    expect(percent.percent).toBeNull();
    expect(percent.reason).toBe(
      'ไม่มีงบประมาณที่ได้รับจัดสรร (หลังหักเงินส่งคืน) ณ วันที่ 30 กันยายน 2568 จึงคำนวณร้อยละการใช้จ่ายไม่ได้',
    );
  });
});

describe('budgetSpending: the data date and POs', () => {
  const events: AllocationLine['events'] = [
    { kind: 'allocation', date: '2025-04-01', amount: '100000.00' },
    { kind: 'purchase-order', date: '2025-05-01', amount: '20000.00' },
    { kind: 'disbursement', date: '2025-06-01', amount: '20000.00', againstPurchaseOrder: true },
    { kind: 'disbursement', date: '2025-10-01', amount: '50000.00' },
  ];

  it('ignores events after the data date', () => {
    const total = budgetSpending([line('a', events)], FY2568).total;
    expect(formatBaht(total.spent)).toBe('20,000.00');
    expect(total.percent.percent?.text).toBe('20.00');
  });

  it('counts a PO as spent until it is paid, and a paid PO once', () => {
    const before = budgetSpending([line('a', events)], { ...FY2568, asOf: '2025-05-15' }).total;
    expect([formatBaht(before.disbursed), formatBaht(before.committed)]).toEqual(['0.00', '20,000.00']);
    const after = budgetSpending([line('a', events)], FY2568).total;
    expect([formatBaht(after.disbursed), formatBaht(after.committed)]).toEqual(['20,000.00', '0.00']);
  });

  it('reads the level from the unrounded %: 99.996 prints 100.00 but is level 4', () => {
    const { percent } = budgetSpending(
      [
        line('a', [
          { kind: 'allocation', date: '2025-04-01', amount: '100000.00' },
          { kind: 'disbursement', date: '2025-09-01', amount: '99996.00' },
        ]),
      ],
      FY2568,
    ).total;
    expect(percent.percent?.text).toBe('100.00');
    expect(evaluate(t1, { value: percent.percent?.exact.toFixed() }).level).toBe(4);
  });
});

describe('budgetSpending: bad data', () => {
  it('refuses spending and returns beyond the allocation', () => {
    const overspent = line('x', [
      { kind: 'allocation', date: '2025-04-01', amount: '1000.00' },
      { kind: 'disbursement', date: '2025-05-01', amount: '900.00' },
      { kind: 'return', date: '2025-05-02', amount: '100.01' },
    ]);
    expect(() => budgetSpending([overspent], FY2568)).toThrow(
      'รายการ x: เบิกจ่าย/PO และส่งคืนรวม 1,000.01 บาท เกินงบที่ได้รับจัดสรร 1,000.00 บาท ณ วันที่ 30 กันยายน 2568',
    );
  });

  it('refuses paying more against POs than was committed', () => {
    const unpaid = line('y', [
      { kind: 'allocation', date: '2025-04-01', amount: '1000.00' },
      { kind: 'disbursement', date: '2025-05-01', amount: '10.00', againstPurchaseOrder: true },
    ]);
    expect(() => budgetSpending([unpaid], FY2568)).toThrow('เบิกจ่ายตาม PO เกินยอด PO ที่ผูกพันไว้ 10.00 บาท');
  });

  it('names the field of a bad amount or date', () => {
    const badAmount = line('z', [{ kind: 'allocation', date: '2025-04-01', amount: '10.001' }]);
    expect(() => budgetSpending([badAmount], FY2568)).toThrow(RegisterInputError);
    expect(() => budgetSpending([badAmount], FY2568)).toThrow('lines[0].events[0].amount');
    const badDate = line('z', [{ kind: 'allocation', date: '2025-02-30', amount: '10' }]);
    expect(() => budgetSpending([badDate], FY2568)).toThrow('lines[0].events[0].date');
    expect(() => budgetSpending([], { ...FY2568, returnCutoff: '29/08/2568' })).toThrow('returnCutoff');
  });
});
