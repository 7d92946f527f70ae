/**
 * Levels 1–5 are the seeds' five scoring levels; 001 L153: "แบ่งเกณฑ์การให้คะแนนเป็น ๕ ระดับคะแนน ดังนี้".
 * Level 0 is ours: a result below the level-1 criterion. The seeds define no level below 1.
 */
export type Level = 0 | 1 | 2 | 3 | 4 | 5;
export type PassingLevel = 1 | 2 | 3 | 4 | 5;

export const PASSING_LEVELS: readonly PassingLevel[] = [1, 2, 3, 4, 5];

/** The entry for `level` in a five-item list ordered from level 1 to level 5. */
export function atLevel<T>(items: readonly T[], level: PassingLevel): T {
  const item = items[level - 1];
  if (item === undefined) throw new RangeError(`Expected five levels, found no level ${level}`);
  return item;
}

/** The highest level L for which every level 1 … L is reached: a level counts only on top of all the ones below. */
export function cumulativeLevel(reaches: (level: PassingLevel) => boolean): Level {
  let level: Level = 0;
  for (const candidate of PASSING_LEVELS) {
    if (!reaches(candidate)) break;
    level = candidate;
  }
  return level;
}

/** The level above `level`, or null at the top. */
export function levelAbove(level: Level): PassingLevel | null {
  return PASSING_LEVELS.find((candidate) => candidate === level + 1) ?? null;
}

// Level 0 reads "ไม่ผ่านเกณฑ์" (did not pass the criteria), the seeds' own phrase for failing a criterion:
// 003 L959: "ตัวชี้วัดที่ ๒๓ ครัวเรือนมีการเก็บออมเงิน ไม่ผ่านเกณฑ์ จำนวน ๗,๖๐๒ ครัวเรือน"
export function levelLabel(level: Level): string {
  return level === 0 ? 'ไม่ผ่านเกณฑ์' : `ระดับ ${level}`;
}
