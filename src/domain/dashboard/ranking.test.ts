import { describe, expect, it } from 'vitest';
import { rankByScore } from './ranking.ts';

describe('rankByScore', () => {
  it('ranks highest first as decimals, ties share a rank and the next skips, no score comes last unranked', () => {
    const rows = [
      { code: 'A', score: '3.5000' },
      { code: 'B', score: null },
      { code: 'C', score: '4.1250' },
      { code: 'D', score: '3.50' },
      { code: 'E', score: '10.0000' },
      { code: 'F', score: '0.0000' },
    ];
    const ranked = rankByScore(rows, (r) => r.score).map((r) => [r.row.code, r.rank]);
    expect(ranked).toEqual([
      ['E', 1],
      ['C', 2],
      ['A', 3],
      ['D', 3],
      ['F', 5],
      ['B', null],
    ]);
  });

  it('ranks nothing when no unit has a score', () => {
    expect(rankByScore([{ s: null }], (r) => r.s)).toEqual([{ row: { s: null }, rank: null }]);
  });
});
