import { Dec } from './decimal.ts';
import { atLevel, type Level, levelAbove } from './levels.ts';

/**
 * OPDC-style linear score between levels (anchors.md §1.4, "score = (x − vᵢ)/(vᵢ₊₁ − vᵢ) + i", mirrored for falling
 * targets, 0 below the lowest threshold): score = L + (x − e_L)/(e_{L+1} − e_L), where e_L is the value that enters
 * level L. The same formula serves both directions, since both differences change sign together:
 * falling 17/16/15/14/13 with x = 14.5 gives 3 + (14.5 − 15)/(14 − 15) = 3.5.
 * Level 0 scores 0 and level 5 scores 5 (the cap); a level whose entry is open (t1 null) scores the level.
 * The seeds themselves never interpolate: 001 L153 "แบ่งเกณฑ์การให้คะแนนเป็น ๕ ระดับคะแนน", so it is optional per KPI.
 */
export function interpolatedScore(level: Level, value: Dec, entries: readonly (Dec | null)[]): Dec {
  const above = levelAbove(level);
  if (level === 0 || above === null) return new Dec(level);
  const from = atLevel(entries, level);
  const to = atLevel(entries, above);
  if (from === null || to === null) return new Dec(level);
  return value.minus(from).div(to.minus(from)).plus(level);
}
