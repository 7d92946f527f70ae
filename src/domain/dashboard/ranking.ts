import { Dec } from '../scoring/decimal.ts';

export interface Ranked<T> {
  readonly row: T;
  /** 1 for the highest score; equal scores share a rank and the next rank skips (1, 2, 2, 4); null without a score. */
  readonly rank: number | null;
}

/**
 * Units ranked by their agreement score (4-decimal strings), highest first, compared as decimals. A unit without a
 * score (no result yet) has no rank and comes last, in the order given.
 */
export function rankByScore<T>(rows: readonly T[], scoreOf: (row: T) => string | null): Ranked<T>[] {
  const scored = rows
    .filter((row) => scoreOf(row) !== null)
    .map((row) => ({ row, score: new Dec(scoreOf(row) as string) }))
    .sort((a, b) => b.score.comparedTo(a.score));
  const ranked = scored.map(({ row, score }, index): Ranked<T> => {
    const first = scored.findIndex((other) => other.score.eq(score));
    return { row, rank: first === -1 ? index + 1 : first + 1 };
  });
  return [...ranked, ...rows.filter((row) => scoreOf(row) === null).map((row) => ({ row, rank: null }))];
}
