import { describe, expect, it } from 'vitest';
import { type LeagueRow, leagueTable } from './league-table.ts';
import { assessTimeliness, type ReportOutcome, type Timeliness } from './timeliness.ts';

const due = '2026-11-10';

/** A report first sent `late` days after the due date, then approved (or returned first when `returned`). */
function sent(late: number, review: 'approved' | 'returned' | 'pending' = 'approved'): Timeliness {
  const submittedAt = new Date(Date.UTC(2026, 10, 10 + late, 3)).toISOString();
  if (review === 'returned') {
    return assessTimeliness(due, [
      { submittedAt, review: 'returned' },
      { submittedAt: new Date(Date.UTC(2026, 10, 12 + late, 3)).toISOString(), review: 'approved' },
    ]);
  }
  return assessTimeliness(due, [{ submittedAt, review }]);
}

const missing: Timeliness = { status: 'not-submitted' };

function outcomes(unitId: string, timeliness: Timeliness[]): ReportOutcome[] {
  return timeliness.map((value) => ({ unitId, timeliness: value }));
}

const summary = (rows: LeagueRow[]) =>
  rows.map((row) => [row.unitId, row.totalScore, row.daysLate, row.standing, row.rank, row.medal]);

describe('league table of districts (seed 003 L995–L999)', () => {
  it('ranks by points (3 on time, 3 − days late), ties sharing a rank (1, 1, 3)', () => {
    const rows = leagueTable(
      ['a', 'b', 'c', 'd'],
      [
        ...outcomes('a', [sent(0), sent(2)]),
        ...outcomes('b', [sent(0), sent(0)]),
        ...outcomes('c', [sent(1), sent(1)]),
        ...outcomes('d', [sent(0), sent(0)]),
      ],
    );
    expect(rows.map((row) => [row.unitId, row.totalScore, row.maxScore, row.percent, row.rank])).toEqual([
      ['b', 6, 6, '100.00', 1],
      ['d', 6, 6, '100.00', 1],
      ['a', 4, 6, '66.67', 3],
      ['c', 4, 6, '66.67', 3],
    ]);
  });

  it('at equal points puts fewer days late ahead: approved after a return (on time) before 5 days late', () => {
    const rows = leagueTable(
      ['late', 'returned', 'very-late'],
      [
        ...outcomes('late', [sent(5)]),
        ...outcomes('returned', [sent(0, 'returned')]),
        ...outcomes('very-late', [sent(9)]),
      ],
    );
    expect(summary(rows)).toEqual([
      ['returned', 0, 0, 'ranked', 1, null],
      ['late', 0, 5, 'ranked', 2, null],
      ['very-late', 0, 9, 'ranked', 3, null],
    ]);
  });

  it('shows districts that sent nothing apart, unranked, never tied with those that sent', () => {
    const rows = leagueTable(
      ['silent-a', 'returned', 'silent-b', 'on-time'],
      [
        ...outcomes('silent-a', [missing, missing]),
        ...outcomes('returned', [sent(0, 'returned'), missing]),
        ...outcomes('silent-b', [missing, missing]),
        ...outcomes('on-time', [sent(0), sent(1)]),
      ],
    );
    expect(summary(rows)).toEqual([
      ['on-time', 5, 1, 'ranked', 1, 1],
      ['returned', 0, 0, 'ranked', 2, null],
      ['silent-a', 0, 0, 'not-submitted', null, null],
      ['silent-b', 0, 0, 'not-submitted', null, null],
    ]);
  });

  it('gives no medal when nobody scored, while still ranking by days late', () => {
    const rows = leagueTable(
      ['a', 'b', 'c'],
      [...outcomes('a', [sent(4)]), ...outcomes('b', [sent(4)]), ...outcomes('c', [missing])],
    );
    expect(summary(rows)).toEqual([
      ['a', 0, 4, 'ranked', 1, null],
      ['b', 0, 4, 'ranked', 1, null],
      ['c', 0, 0, 'not-submitted', null, null],
    ]);
  });

  it('gives medals to ranks 1–3 with points only, shared by ties', () => {
    const rows = leagueTable(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ...outcomes('a', [sent(0)]),
        ...outcomes('b', [sent(0)]),
        ...outcomes('c', [sent(2)]),
        ...outcomes('d', [sent(3)]),
        ...outcomes('e', [sent(1)]),
      ],
    );
    expect(summary(rows)).toEqual([
      ['a', 3, 0, 'ranked', 1, 1],
      ['b', 3, 0, 'ranked', 1, 1],
      ['e', 2, 1, 'ranked', 3, 3],
      ['c', 1, 2, 'ranked', 4, null],
      ['d', 0, 3, 'ranked', 5, null],
    ]);
  });

  it('counts an unreviewed report 0 and flags it, the district still ranked as having sent', () => {
    const [row] = leagueTable(['a'], outcomes('a', [sent(0), missing, sent(2, 'pending')]));
    expect(row).toEqual({
      unitId: 'a',
      expected: 3,
      submitted: 2,
      pending: 1,
      totalScore: 3,
      maxScore: 9,
      percent: '33.33',
      daysLate: 2,
      standing: 'ranked',
      rank: 1,
      medal: 1,
    });
  });

  it('ranks by the share of points when districts owe different numbers of reports', () => {
    const rows = leagueTable(
      ['few', 'many'],
      [...outcomes('few', [sent(0)]), ...outcomes('many', [sent(0), sent(0), sent(3)])],
    );
    expect(rows.map((row) => [row.unitId, row.totalScore, row.percent, row.rank])).toEqual([
      ['few', 3, '100.00', 1],
      ['many', 6, '66.67', 2],
    ]);
  });

  it('puts a district with nothing expected last, with no division by zero', () => {
    const rows = leagueTable(['idle', 'busy'], outcomes('busy', [sent(3)]));
    expect(summary(rows)).toEqual([
      ['busy', 0, 3, 'ranked', 1, null],
      ['idle', 0, 0, 'nothing-expected', null, null],
    ]);
    expect(rows[1]?.percent).toBeNull();
  });

  it('refuses an outcome of a unit that is not listed', () => {
    expect(() => leagueTable(['a'], outcomes('b', [sent(0)]))).toThrow(RangeError);
  });
});
