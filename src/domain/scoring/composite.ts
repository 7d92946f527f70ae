import { meets } from './bound.ts';
import type { CompositeCriteria } from './criteria.ts';
import { canonical, type DecimalInput, toDecimal } from './decimal.ts';
import { ScoringInputError } from './errors.ts';
import { atLevel, cumulativeLevel, type Level, levelAbove, type PassingLevel } from './levels.ts';
import { type NextConditions, nextConditions } from './next-level.ts';
import { thresholdBounds } from './threshold.ts';

export interface CompositeResult {
  readonly level: Level;
  readonly next: NextConditions | null;
}

/**
 * A level needs all its conditions at once, so the level is the lowest level any single measure reaches.
 * 001 L291: "๓	… รายได้จากการจำหน่ายเพิ่มขึ้นไม่น้อยกว่าร้อยละ ๑๑ ทั้งปี และ … ไม่น้อยกว่า ๒ ช่องทาง มีการเผยแพร่ไม่น้อยกว่า ๓ ครั้ง/เดือน"
 */
export function compositeLevel(
  criteria: CompositeCriteria,
  measures: Readonly<Record<string, DecimalInput>>,
): CompositeResult {
  const ids = criteria.measures.map((measure) => measure.id);
  const extra = Object.keys(measures).filter((id) => !ids.includes(id));
  if (extra.length > 0) {
    throw new ScoringInputError('measures', `ค่าของเงื่อนไขมีเงื่อนไขที่เกณฑ์ไม่ได้กำหนด: ${extra.join(', ')}`);
  }
  const rows = criteria.measures.map((measure) => {
    const input = measures[measure.id];
    const field = `measures.${measure.id}`;
    if (input === undefined) throw new ScoringInputError(field, `ต้องระบุ${measure.label}`);
    return { measure, value: toDecimal(input, field, measure.label), bounds: thresholdBounds(measure) };
  });
  const level = cumulativeLevel((candidate: PassingLevel) =>
    rows.every(({ value, bounds }) => {
      const bound = atLevel(bounds, candidate);
      return bound === null || meets(value, bound);
    }),
  );
  const above = levelAbove(level);
  if (above === null) return { level, next: null };
  const conditions = rows.flatMap(({ measure, value, bounds }) => {
    const bound = atLevel(bounds, above);
    return bound === null
      ? []
      : [
          {
            measure: measure.id,
            label: measure.label,
            current: canonical(value),
            bound,
            met: meets(value, bound),
          },
        ];
  });
  return { level, next: nextConditions(above, conditions) };
}
