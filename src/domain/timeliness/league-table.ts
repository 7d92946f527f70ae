import { comparePercent, type PercentString, percentOf } from './percent.ts';
import { MAX_POINTS, pointsEarned, type ReportOutcome } from './timeliness.ts';

/** One district's line in the report-submission league table. */
export interface LeagueRow {
  readonly unitId: string;
  readonly expected: number;
  /** Submitted but not reviewed yet: they count 0 until reviewed, so the row is provisional while this is > 0. */
  readonly pending: number;
  readonly totalScore: number;
  readonly maxScore: number;
  readonly percent: PercentString | null;
  /** Ties share a rank and the next rank skips ("1, 1, 3"); null for a unit with nothing expected. */
  readonly rank: number | null;
}

function rowFor(unitId: string, outcomes: readonly ReportOutcome[]): LeagueRow {
  const totalScore = outcomes.reduce((sum, outcome) => sum + pointsEarned(outcome.timeliness), 0);
  const maxScore = MAX_POINTS * outcomes.length;
  return {
    unitId,
    expected: outcomes.length,
    pending: outcomes.filter((outcome) => outcome.timeliness.status === 'awaiting-review').length,
    totalScore,
    maxScore,
    percent: percentOf(totalScore, maxScore),
    rank: null,
  };
}

function byPercentThenUnit(a: LeagueRow, b: LeagueRow): number {
  if (a.percent === null || b.percent === null) {
    if (a.percent !== b.percent) return a.percent === null ? 1 : -1;
  } else {
    const order = comparePercent(b.percent, a.percent);
    if (order !== 0) return order;
  }
  return a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
}

// Seed 003 L247: "(๑๘) ตัวชี้วัดความสำเร็จในการส่งรายงานของสำนักงานพัฒนาชุมชนอำเภอ"
/**
 * The league table of the listed units: total timeliness points, the maximum 3 × expected, the percentage of
 * it, and the rank by that percentage as shown (2 decimals), best first. Ranking on the shown value means two
 * districts that display the same percentage share a rank. A unit with nothing expected comes last, unranked.
 */
export function leagueTable(unitIds: readonly string[], outcomes: readonly ReportOutcome[]): LeagueRow[] {
  const byUnit = new Map<string, ReportOutcome[]>(unitIds.map((unitId) => [unitId, []]));
  for (const outcome of outcomes) {
    const list = byUnit.get(outcome.unitId);
    if (list === undefined) throw new RangeError(`Unit ${outcome.unitId} is not in the league table`);
    list.push(outcome);
  }
  const rows = [...byUnit].map(([unitId, list]) => rowFor(unitId, list)).sort(byPercentThenUnit);
  let rank = 0;
  return rows.map((row, index) => {
    const previous = rows[index - 1];
    if (previous === undefined || previous.percent !== row.percent) rank = index + 1;
    return { ...row, rank: row.percent === null ? null : rank };
  });
}
