import { describe, expect, it } from 'vitest';
import { fiscalQuarters } from '../calendar/quarter.ts';
import { Dec } from '../scoring/decimal.ts';
import { gapAt, monthEnds, planAt, planProblems, spendingByMonth, sumMonth } from './budget-curve.ts';

describe('budget curve', () => {
  it('evaluates each month of the fiscal year at its end, the current month at the data date', () => {
    const ends = monthEnds(2568, '2024-12-15');
    expect(ends).toEqual([
      { month: '2024-10', asOf: '2024-10-31' },
      { month: '2024-11', asOf: '2024-11-30' },
      { month: '2024-12', asOf: '2024-12-15' },
    ]);
  });

  it('is the register spending % at each month end (disbursed + PO over allocated − returns by the cut-off)', () => {
    // Allocated 1,000 in Oct; paid 100 in Oct, a PO of 300 in Nov paid in Dec, 50 returned in Dec (before the cut-off).
    const lines = [
      {
        id: '1',
        category: 'งบดำเนินงาน',
        events: [
          { kind: 'allocation' as const, date: '2024-10-01', amount: '1000' },
          { kind: 'disbursement' as const, date: '2024-10-20', amount: '100' },
          { kind: 'purchase-order' as const, date: '2024-11-05', amount: '300' },
          { kind: 'disbursement' as const, date: '2024-12-10', amount: '300', againstPurchaseOrder: true },
          { kind: 'return' as const, date: '2024-12-20', amount: '50' },
        ],
      },
    ];
    const points = spendingByMonth(lines, '2025-08-29', monthEnds(2568, '2024-12-31'));
    // Oct: 100 / 1000 = 10 %; Nov: (100 + 300 PO) / 1000 = 40 %; Dec: 400 paid / (1000 − 50) = 42.105… %
    expect(points.map((p) => p.figures?.percent.percent?.text)).toEqual(['10.00', '40.00', '42.11']);
    expect(points.map((p) => p.figures?.spent.toFixed(2))).toEqual(['100.00', '400.00', '400.00']);
  });

  it('carries the register refusal as the month reason instead of a number', () => {
    const lines = [
      {
        id: '7',
        category: 'งบดำเนินงาน',
        events: [
          { kind: 'disbursement' as const, date: '2024-10-05', amount: '10' },
          { kind: 'allocation' as const, date: '2024-11-01', amount: '100' },
        ],
      },
    ];
    const [oct, nov] = spendingByMonth(lines, '2025-08-29', monthEnds(2568, '2024-11-30'));
    expect(oct?.figures).toBeNull();
    expect(oct?.reason).toContain('เกินงบที่ได้รับจัดสรร');
    expect(nov?.figures?.percent.percent?.text).toBe('10.00');
  });

  it('adds units up as the register adds lines: sums of amounts, the % of the sums', () => {
    const zero = { allocated: '0', deductedReturns: '0', disbursed: '0', committed: '0' };
    const total = sumMonth([
      { ...zero, base: '1000', spent: '100' },
      { ...zero, base: '3000', spent: '2000' },
    ]);
    // 2,100 / 4,000 = 52.50 %, not the mean of 10 % and 66.67 %.
    expect(total.percent.percent?.text).toBe('52.50');
    expect(sumMonth([]).percent.percent).toBeNull();
  });

  it('checks a plan: 0–100, 2 decimals, never below the quarter before', () => {
    expect(planProblems(['20', '45', '70', '100'])).toEqual([]);
    expect(planProblems(['20', '15', '70', '100'])).toEqual([
      { field: 'q2', message: 'ไตรมาส 2: เป้าสะสม 15.00 ต้องไม่น้อยกว่าไตรมาส 1 (20.00)' },
    ]);
    expect(planProblems(['-1', '45', '70.123', '101']).map((p) => p.field)).toEqual(['q1', 'q3', 'q4']);
    expect(planProblems(['abc', '1', '2', '3'])[0]?.field).toBe('q1');
  });

  it('steps the plan by quarter and compares only at quarter ends', () => {
    const plan = [new Dec(20), new Dec(45), new Dec(70), new Dec(100)] as const;
    expect(planAt(2568, plan, '2024-11')).toEqual({ quarter: 1, target: new Dec(20), quarterEnd: false });
    const dec = planAt(2568, plan, '2024-12');
    expect(dec?.quarterEnd).toBe(true);
    expect(gapAt(new Dec('42.5'), dec)?.toFixed(2)).toBe('22.50');
    expect(gapAt(new Dec('42.5'), planAt(2568, plan, '2024-11'))).toBeNull();
    expect(planAt(2568, plan, '2025-09')?.quarter).toBe(4);
    expect(planAt(2568, plan, '2025-10')).toBeNull();
    // Every month of the year: the quarter whose months hold it, closing it at the quarter's third month.
    for (const [i, q] of fiscalQuarters(2568).entries())
      for (const month of q.months)
        expect(planAt(2568, plan, month)).toEqual({
          quarter: i + 1,
          target: plan[i],
          quarterEnd: month === q.months[2],
        });
  });
});
