import { describe, expect, it } from 'vitest';
import { leagueTable } from './league-table.ts';
import type { ReportOutcome, Timeliness, TimelinessPoints } from './timeliness.ts';

function scored(points: TimelinessPoints): Timeliness {
  return {
    status: 'scored',
    firstSubmittedOn: '2025-03-10',
    daysLate: 3 - points,
    returned: false,
    approved: true,
    points,
  };
}

function outcomes(unitId: string, timeliness: Timeliness[]): ReportOutcome[] {
  return timeliness.map((value) => ({ unitId, timeliness: value }));
}

describe('league table of districts', () => {
  it('sums points against 3 × expected and ranks by percentage, ties sharing a rank (1, 1, 3)', () => {
    const rows = leagueTable(
      ['a', 'b', 'c', 'd'],
      [
        ...outcomes('a', [scored(3), scored(1)]),
        ...outcomes('b', [scored(3), scored(3)]),
        ...outcomes('c', [scored(2), scored(2)]),
        ...outcomes('d', [scored(3), scored(3)]),
      ],
    );
    expect(rows.map((row) => [row.unitId, row.totalScore, row.maxScore, row.percent, row.rank])).toEqual([
      ['b', 6, 6, '100.00', 1],
      ['d', 6, 6, '100.00', 1],
      ['a', 4, 6, '66.67', 3],
      ['c', 4, 6, '66.67', 3],
    ]);
  });

  it('ranks by percentage when districts owe different numbers of reports', () => {
    const rows = leagueTable(
      ['few', 'many'],
      [...outcomes('few', [scored(3)]), ...outcomes('many', [scored(3), scored(3), scored(0)])],
    );
    expect(rows.map((row) => [row.unitId, row.totalScore, row.percent, row.rank])).toEqual([
      ['few', 3, '100.00', 1],
      ['many', 6, '66.67', 2],
    ]);
  });

  it('counts missing and unreviewed reports as 0 and flags the unreviewed ones', () => {
    const [row] = leagueTable(
      ['a'],
      outcomes('a', [
        scored(3),
        { status: 'not-submitted' },
        { status: 'awaiting-review', firstSubmittedOn: '2025-03-10', daysLate: 0 },
      ]),
    );
    expect(row).toEqual({
      unitId: 'a',
      expected: 3,
      pending: 1,
      totalScore: 3,
      maxScore: 9,
      percent: '33.33',
      rank: 1,
    });
  });

  it('puts a district with nothing expected last, unranked, with no division by zero', () => {
    const rows = leagueTable(['idle', 'busy'], outcomes('busy', [scored(0)]));
    expect(rows).toEqual([
      { unitId: 'busy', expected: 1, pending: 0, totalScore: 0, maxScore: 3, percent: '0.00', rank: 1 },
      { unitId: 'idle', expected: 0, pending: 0, totalScore: 0, maxScore: 0, percent: null, rank: null },
    ]);
  });

  it('refuses an outcome of a unit that is not listed', () => {
    expect(() => leagueTable(['a'], outcomes('b', [scored(3)]))).toThrow(RangeError);
  });
});
