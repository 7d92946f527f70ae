import { describe, expect, it } from 'vitest';
import { Dec } from '../scoring/decimal.ts';
import { annualValue, type RegionCode, regionOf, regionTotals } from './aggregation.ts';

function rows(table: readonly [string, number, number][]) {
  return table.map(([name, target, result]) => ({
    region: regionOf(name) as RegionCode,
    target: new Dec(target),
    result: new Dec(result),
  }));
}

const decs = (values: readonly (number | null)[]) =>
  values.map((value) => (value === null ? null : new Dec(value)));

describe('quarters to the year', () => {
  it('flow: Σ quarters (1.1, 004 L25: 38 + 134 + 82 + 264 = 518)', () => {
    expect(annualValue('flow', decs([38, 134, 82, 264]))?.toNumber()).toBe(518);
  });

  it('flow: a quarter without a result counts nothing (4.2(2), 004 L121: 21 + 177 + 1,493 = 1,691)', () => {
    expect(annualValue('flow', decs([null, 21, 177, 1493]))?.toNumber()).toBe(1691);
  });

  it('stock: the last quarter (item 9, 004 L231: 140, 290, 290, 290 → 290; 8.2: 92.83 %)', () => {
    expect(annualValue('stock', decs([140, 290, 290, 290]))?.toNumber()).toBe(290);
    expect(annualValue('stock', decs([23.2, 62.4, 81.38, 92.83]))?.toString()).toBe('92.83');
    expect(annualValue('stock', decs([140, 290, null, null]))?.toNumber()).toBe(290);
  });

  it('nothing reported gives nothing', () => {
    expect(annualValue('flow', decs([null, null, null, null]))).toBeNull();
  });
});

describe('regions to the nation', () => {
  it("1.1 (004 L31–36): each region's % and the national % recomputed from the sums", () => {
    const totals = regionTotals(
      rows([
        ['เหนือ', 102, 103],
        ['อีสาน', 102, 103],
        ['ใต้', 102, 104],
        ['กลาง/ตะวันตก', 102, 105],
        ['กทม./ตะวันออก', 102, 103],
      ]),
      new Dec(510),
    );
    expect(totals.rows.map((row) => row.percent?.toFixed(2))).toEqual([
      '100.98',
      '100.98',
      '101.96',
      '102.94',
      '100.98',
    ]);
    expect(totals.sumResults.toNumber()).toBe(518);
    expect(totals.nationalPercent?.toFixed(2)).toBe('101.57');
  });

  it('4.2(1) (004 L115–120): net remaining 44 and Σ regional shortfalls 50', () => {
    const totals = regionTotals(
      rows([
        ['เหนือ', 104, 105],
        ['อีสาน', 307, 257],
        ['ใต้', 38, 38],
        ['กลางฯ', 47, 51],
        ['กทม.ฯ', 38, 39],
      ]),
      new Dec(534),
    );
    expect(totals.sumTargets.toNumber()).toBe(534);
    expect(totals.sumResults.toNumber()).toBe(490);
    expect(totals.nationalPercent?.toFixed(2)).toBe('91.76');
    expect(totals.netRemaining.toNumber()).toBe(44);
    expect(totals.sumShortfalls.toNumber()).toBe(50);
  });

  it('4.2(2) (004 L126–131): Σ region targets 1,676 is kept apart from the official 1,670', () => {
    const totals = regionTotals(
      rows([
        ['เหนือ', 314, 316],
        ['อีสาน', 607, 611],
        ['ใต้', 262, 265],
        ['กลางฯ', 322, 326],
        ['กทม.ฯ', 171, 173],
      ]),
      new Dec(1670),
    );
    expect(totals.sumTargets.toNumber()).toBe(1676);
    expect(totals.nationalPercent?.toFixed(2)).toBe('101.26');
    expect(totals.sumPercent?.toFixed(2)).toBe('100.89');
  });

  it('percentages come from sums, never from averaging the regions', () => {
    const totals = regionTotals(
      rows([
        ['เหนือ', 1, 1],
        ['อีสาน', 99, 0],
      ]),
      new Dec(100),
    );
    expect(totals.nationalPercent?.toFixed(2)).toBe('1.00');
  });

  it("resolves the seed's spellings of a region", () => {
    expect(regionOf('ตะวันออกเฉียงเหนือ')).toBe('NE');
    expect(regionOf('กทม./ตอ.')).toBe('BE');
    expect(regionOf('นครราชสีมา')).toBeNull();
  });
});
