import type { Level } from './levels.ts';
import type { NextLevel } from './next-level.ts';

/**
 * Something the reader must see next to a level:
 * - gap: the value lies between two levels' criteria, so it got the lower level;
 * - out-of-range: the value is beyond the top level's range, so it got level 5;
 * - not-counted: milestone steps done while an earlier level is still missing.
 */
export type ScoringWarning =
  | { readonly code: 'gap'; readonly message: string; readonly between: readonly [number, number] }
  | { readonly code: 'out-of-range'; readonly message: string }
  | { readonly code: 'not-counted'; readonly message: string; readonly steps: readonly string[] };

export interface Evaluation {
  readonly level: Level;
  /** The score with 4 decimals: the level, or the interpolated score. */
  readonly score: string;
  /** "ระดับ 2" or "ไม่ผ่านเกณฑ์" */
  readonly label: string;
  /** What the next level needs; null at level 5. */
  readonly next: NextLevel | null;
  readonly warnings: readonly ScoringWarning[];
}
