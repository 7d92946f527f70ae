import { describe, expect, it } from 'vitest';
import { trafficLight } from '../dashboard/traffic-light.ts';
import { Dec } from '../scoring/decimal.ts';
import { passFail, type QuarterInput, quarterTargets } from './quarter-targets.ts';

type Cell = number | null;

function quarters(planned: readonly Cell[], results: readonly Cell[]): QuarterInput[] {
  return planned.map((value, index) => {
    const result = results[index] ?? null;
    return {
      planned: value === null ? null : new Dec(value),
      result: result === null ? null : new Dec(result),
    };
  });
}

function adjusted(annual: number, planned: readonly Cell[], results: readonly Cell[]) {
  const rows = quarterTargets(new Dec(annual), quarters(planned, results));
  return {
    adjusted: rows.map((row) => (row.adjusted === null ? null : row.adjusted.toNumber())),
    labels: rows.map((row) => row.label),
    percents: rows.map((row) => (row.percent === null ? null : row.percent.toFixed(2))),
    rows,
  };
}

describe('adjusted quarterly targets (seed 004 summary table, cases C-02…C-09)', () => {
  it('C-02, item 1.1 (004 L25): carried forward, then the annual target in Q4', () => {
    const item = adjusted(510, [39, 173, 221, 77], [38, 134, 82, 264]);
    expect(item.adjusted).toEqual([39, 174, 261, 256]);
    expect(item.labels).toEqual([null, 'เป้าสะสม', 'เป้าสะสม', 'เป้าสะสม']);
    expect(item.percents).toEqual(['97.44', '77.01', '31.42', '103.13']);
  });

  it('C-03, item 2 (004 L64): a surplus reduces the target, then falls back on the annual target', () => {
    const item = adjusted(17000, [5650, 6625, 2915, null], [10277, 5601, 2260, null]);
    expect(item.adjusted).toEqual([5650, 1998, 1122, null]);
    expect(item.labels).toEqual([null, 'เป้าคงเหลือ', 'เป้าคงเหลือ', null]);
    expect(item.percents).toEqual(['181.89', '280.33', '201.43', null]);
    expect(item.rows[2]?.fromAnnual).toBe(true);
    expect(item.rows[1]?.fromAnnual).toBe(false);
  });

  it('C-04, item 4.2(1) (004 L110): Q4 is 534 − 165 = 369, not 535 − 166 = 370', () => {
    const item = adjusted(534, [35, 151, 287, 62], [21, 37, 107, 325]);
    expect(item.adjusted).toEqual([35, 165, 415, 369]);
    expect(item.percents).toEqual(['60.00', '22.42', '25.78', '88.08']);
  });

  it('C-05, item 4.2(2) (004 L121): no Q1 result counts as 0; Q4 is 1,472, not 1,478', () => {
    const item = adjusted(1670, [10, 548, 716, 402], [null, 21, 177, 1493]);
    expect(item.adjusted).toEqual([10, 558, 1253, 1472]);
    expect(item.labels).toEqual([null, 'เป้าสะสม', 'เป้าสะสม', 'เป้าสะสม']);
    expect(item.percents).toEqual([null, '3.76', '14.13', '101.43']);
  });

  it('C-06, item 4.3 (004 L148): Q4 is 1,700 − 1,673 = 27, not 37', () => {
    const item = adjusted(1700, [300, 871, 379, 160], [339, 1142, 192, 201]);
    expect(item.adjusted).toEqual([300, 832, 69, 27]);
    expect(item.labels).toEqual([null, 'เป้าคงเหลือ', 'เป้าคงเหลือ', 'เป้าคงเหลือ']);
    // The seed prints 113.00, 137.26 and 278.26 and no % for Q4; the rule gives 744.44 there.
    expect(item.percents).toEqual(['113.00', '137.26', '278.26', '744.44']);
  });

  it('C-07, item 2.4 (004 L86): fills the adjusted targets the seed leaves blank ("เป้าสะสม ครัวเรือน")', () => {
    const item = adjusted(1000, [200, 300, 200, 300], [73, 400, 125, 818]);
    expect(item.adjusted).toEqual([200, 427, 227, 402]);
    expect(item.percents).toEqual(['36.50', '93.68', '55.07', '203.48']);
  });

  it('C-08, item 7.1 (004 L190)', () => {
    const item = adjusted(500, [20, 140, 220, 120], [35, 99, 131, 274]);
    expect(item.adjusted).toEqual([20, 125, 246, 235]);
    expect(item.labels).toEqual([null, 'เป้าคงเหลือ', 'เป้าสะสม', 'เป้าสะสม']);
    expect(item.percents).toEqual(['175.00', '79.20', '53.25', '116.60']);
  });

  it('C-09, item 5 (004 L165): Q1 planned "–" with a result of 34', () => {
    const item = adjusted(400, [null, 100, 200, 100], [34, 125, 146, 35]);
    expect(item.adjusted).toEqual([null, 66, 141, 95]);
    expect(item.percents).toEqual([null, '189.39', '103.55', '36.84']);
  });

  it('item 4.1 (004 L105): nothing left to reach prints no adjusted target and no %', () => {
    const item = adjusted(2000, [450, 850, 400, 300], [653, 865, 2199, 313]);
    expect(item.adjusted).toEqual([450, 647, 182, null]);
    // The seed prints "(ผล 2,199 คน)" without the % (1,208.24) in Q3.
    expect(item.percents).toEqual(['145.11', '133.69', '1208.24', null]);
  });

  it('item 1.2 (004 L42): a plan met exactly carries no label', () => {
    const item = adjusted(39, [1, 8, 16, 14], [1, 8, 7, 28]);
    expect(item.adjusted).toEqual([1, 8, 16, 23]);
    expect(item.labels).toEqual([null, null, null, 'เป้าสะสม']);
    expect(item.percents).toEqual(['100.00', '100.00', '43.75', '121.74']);
  });

  it('item 6 organisations (004 L174): carried 28 in Q3, nothing left in Q4', () => {
    const item = adjusted(50, [null, 20, 20, 10], [null, 12, 69, 40]);
    expect(item.adjusted).toEqual([null, 20, 28, null]);
  });

  it('needs the four quarters', () => {
    expect(() => quarterTargets(new Dec(1), [])).toThrow(RangeError);
  });
});

describe('pass/fail against the agreement threshold, independent of the colour', () => {
  it('4.2(1): 490 against 534 fails while 91.76 % is green (004 L110–113)', () => {
    expect(passFail(new Dec(490), { value: new Dec(534), comparison: 'gte' })).toBe('ไม่ผ่าน');
    expect(trafficLight(new Dec('91.76'))).toBe('green');
  });

  it('8.2: 92.83 against 96 fails while green; 8.1 85.60 against "ร้อยละ 80 ขึ้นไป" passes (004 L215–219)', () => {
    expect(passFail(new Dec('92.83'), { value: new Dec(96), comparison: 'gte' })).toBe('ไม่ผ่าน');
    expect(trafficLight(new Dec('92.83'))).toBe('green');
    expect(passFail(new Dec('85.60'), { value: new Dec(80), comparison: 'gte' })).toBe('ผ่าน');
  });

  it('1.1 518 ≥ 510, 4.3 1,042 ≥ 1,000, 8.3 4.9500 ≥ 4.0000 pass; the threshold itself passes', () => {
    expect(passFail(new Dec(518), { value: new Dec(510), comparison: 'gte' })).toBe('ผ่าน');
    expect(passFail(new Dec(1042), { value: new Dec(1000), comparison: 'gte' })).toBe('ผ่าน');
    expect(passFail(new Dec('4.9500'), { value: new Dec('4.0000'), comparison: 'gte' })).toBe('ผ่าน');
    expect(passFail(new Dec(534), { value: new Dec(534), comparison: 'gte' })).toBe('ผ่าน');
  });
});
