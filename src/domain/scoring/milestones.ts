import type { MilestonesCriteria } from './criteria.ts';
import { ScoringInputError } from './errors.ts';
import { atLevel, cumulativeLevel, type Level, levelAbove, type PassingLevel } from './levels.ts';
import { type NextSteps, nextSteps } from './next-level.ts';
import type { ScoringWarning } from './result.ts';

export interface MilestoneResult {
  readonly level: Level;
  readonly next: NextSteps | null;
  readonly warnings: ScoringWarning[];
}

/**
 * Level L needs every step of level L and of every level below it. A later step done before an earlier one
 * does not count (and is reported as 'not-counted'): in 001 L643–647 each level builds on the one before,
 * "๑ อำเภอมีฐานข้อมูลหรือทะเบียนหมู่บ้าน กข.คจ." → "๒ … จัดทำแผนการขับเคลื่อน…" → "๓ อำเภอจัดกิจกรรม/โครงการตามแผน…".
 */
export function milestoneLevel(criteria: MilestonesCriteria, verified: readonly string[]): MilestoneResult {
  const known = new Set(criteria.levels.flat().map((step) => step.id));
  const unknown = verified.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ScoringInputError('verified', `ขั้นตอนที่ผ่านแล้วมีขั้นตอนที่ไม่อยู่ในเกณฑ์: ${unknown.join(', ')}`);
  }
  const done = new Set(verified);
  const missing = (level: PassingLevel) =>
    atLevel(criteria.levels, level).filter((step) => !done.has(step.id));
  const level = cumulativeLevel((candidate) => missing(candidate).length === 0);
  const above = levelAbove(level);
  const notCounted = criteria.levels
    .slice(level + 1)
    .flat()
    .filter((step) => done.has(step.id));
  const warnings: ScoringWarning[] =
    notCounted.length === 0 || above === null
      ? []
      : [
          {
            code: 'not-counted',
            message: `ขั้นตอน ${notCounted.map((step) => step.label).join(', ')} ผ่านแล้วแต่ยังไม่นับ เพราะเกณฑ์ระดับ ${above} ยังไม่ครบ`,
            steps: notCounted.map((step) => step.id),
          },
        ];
  return { level, next: above === null ? null : nextSteps(above, missing(above)), warnings };
}
