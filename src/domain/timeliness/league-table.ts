import { comparePercent, type PercentString, percentOf } from './percent.ts';
import { MAX_POINTS, pointsEarned, type ReportOutcome } from './timeliness.ts';

/**
 * Where a district stands: ranked (it sent at least one of the reports it owed), not submitted (it owed
 * reports and sent none: shown apart, never tied with those that sent something), or nothing expected.
 */
export type LeagueStanding = 'ranked' | 'not-submitted' | 'nothing-expected';

/** One district's line in the report-submission league table. */
export interface LeagueRow {
  readonly unitId: string;
  readonly expected: number;
  readonly submitted: number;
  /** Submitted but not reviewed yet: they count 0 until reviewed, so the row is provisional while this is > 0. */
  readonly pending: number;
  readonly totalScore: number;
  readonly maxScore: number;
  readonly percent: PercentString | null;
  /** Days late summed over the reports it sent, each counted from its first submission. */
  readonly daysLate: number;
  readonly standing: LeagueStanding;
  /** Ties share a rank and the next rank skips ("1, 1, 3"); null unless ranked. */
  readonly rank: number | null;
  /** 1, 2 or 3 for the podium, only for a district that scored points: no medal at 0 points. */
  readonly medal: 1 | 2 | 3 | null;
}

function rowFor(unitId: string, outcomes: readonly ReportOutcome[]): LeagueRow {
  const sent = outcomes.flatMap((outcome) =>
    outcome.timeliness.status === 'not-submitted' ? [] : [outcome.timeliness],
  );
  const totalScore = outcomes.reduce((sum, outcome) => sum + pointsEarned(outcome.timeliness), 0);
  const maxScore = MAX_POINTS * outcomes.length;
  return {
    unitId,
    expected: outcomes.length,
    submitted: sent.length,
    pending: sent.filter((timeliness) => timeliness.status === 'awaiting-review').length,
    totalScore,
    maxScore,
    percent: percentOf(totalScore, maxScore),
    daysLate: sent.reduce((sum, timeliness) => sum + timeliness.daysLate, 0),
    standing: outcomes.length === 0 ? 'nothing-expected' : sent.length === 0 ? 'not-submitted' : 'ranked',
    rank: null,
    medal: null,
  };
}

const standingOrder: Record<LeagueStanding, number> = {
  ranked: 0,
  'not-submitted': 1,
  'nothing-expected': 2,
};

/** Zero when two ranked rows share a rank: same share of the points, same days late. */
function compareRanked(a: LeagueRow, b: LeagueRow): number {
  // Seed 003 L995: "๓ คะแนน = ส่งรายงานครบถ้วน ถูกต้อง ตรงตามกำหนดเวลา": more points first.
  const byPoints = comparePercent(b.percent ?? '0', a.percent ?? '0');
  if (byPoints !== 0) return byPoints;
  // Seed 003 L999: "ส่งรายงานช้ากว่าวันที่กำหนดหักลบวันละ ๑ คะแนน": at equal points, fewer days late first.
  return a.daysLate - b.daysLate;
}

function byStandingThenRank(a: LeagueRow, b: LeagueRow): number {
  const byStanding = standingOrder[a.standing] - standingOrder[b.standing];
  if (byStanding !== 0) return byStanding;
  const byRank = a.standing === 'ranked' ? compareRanked(a, b) : 0;
  if (byRank !== 0) return byRank;
  return a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
}

// Seed 003 L247: "(๑๘) ตัวชี้วัดความสำเร็จในการส่งรายงานของสำนักงานพัฒนาชุมชนอำเภอ"
/**
 * The league table of the listed units: total timeliness points, the maximum 3 × expected and the share of it
 * (2 decimals). A district that sent at least one report is ranked by that share (seed 003 L995: 3 points for a
 * complete, correct, on-time report), then by its days late (seed 003 L999: 1 point off per day late), so a
 * report approved after a return (0 points, on time) stands ahead of one sent five days late (0 points).
 * Equal share and equal days late share a rank (1, 1, 3). A district that owed reports and sent none is listed
 * after them, unranked ("ยังไม่ส่ง"); one with nothing expected comes last. Medals go to ranks 1–3 with points.
 */
export function leagueTable(unitIds: readonly string[], outcomes: readonly ReportOutcome[]): LeagueRow[] {
  const byUnit = new Map<string, ReportOutcome[]>(unitIds.map((unitId) => [unitId, []]));
  for (const outcome of outcomes) {
    const list = byUnit.get(outcome.unitId);
    if (list === undefined) throw new RangeError(`Unit ${outcome.unitId} is not in the league table`);
    list.push(outcome);
  }
  const rows = [...byUnit].map(([unitId, list]) => rowFor(unitId, list)).sort(byStandingThenRank);
  let rank = 0;
  return rows.map((row, index) => {
    if (row.standing !== 'ranked') return row;
    const previous = rows[index - 1];
    if (previous === undefined || compareRanked(previous, row) !== 0) rank = index + 1;
    const medal = rank <= 3 && row.totalScore > 0 ? (rank as 1 | 2 | 3) : null;
    return { ...row, rank, medal };
  });
}
