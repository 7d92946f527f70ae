import { describe, expect, it } from 'vitest';
import { criteriaSchema } from './criteria.ts';
import { evaluate } from './evaluate.ts';

const threshold = (direction: 'higher' | 'lower', inclusive: boolean, thresholds: (number | null)[]) =>
  criteriaSchema.parse({ type: 'threshold', direction, inclusive, thresholds, interpolate: true });

const score = (criteria: ReturnType<typeof threshold>, value: string | number) =>
  evaluate(criteria, { value }).score;

describe('interpolation (anchors §1.4)', () => {
  it('000-I1 falling 17/16/15/14/13: 14.5 → 3.5000, capped at 5, 0 below level 1', () => {
    const poor = threshold('lower', true, [17, 16, 15, 14, 13]);
    expect(evaluate(poor, { value: '14.5' })).toMatchObject({ level: 3, score: '3.5000', label: 'ระดับ 3' });
    expect(score(poor, 17)).toBe('1.0000');
    expect(score(poor, '16.25')).toBe('1.7500');
    expect(score(poor, 13)).toBe('5.0000');
    expect(score(poor, 2)).toBe('5.0000');
    expect(score(poor, '17.01')).toBe('0.0000');
  });

  it('rising thresholds: 89.30 % of budget → 2.8600; beyond 100 % stays 5.0000', () => {
    const budget = threshold('higher', true, [80, 85, 90, 95, 100]);
    expect(evaluate(budget, { value: '89.30' })).toMatchObject({
      level: 2,
      score: '2.8600',
      next: { level: 3, value: '90' },
    });
    expect(score(budget, 120)).toBe('5.0000');
    expect(score(budget, '79.99')).toBe('0.0000');
  });

  it('rounds half up to 4 decimals from the exact fraction', () => {
    const thirds = threshold('higher', true, [0, 3, 6, 9, 12]);
    expect(score(thirds, 1)).toBe('1.3333');
    expect(score(thirds, 2)).toBe('1.6667');
  });

  it('reaches the next whole score exactly at a strict boundary, where the level is still the lower one', () => {
    const plan = threshold('higher', false, [75, 80, 85, 90, 95]);
    expect(evaluate(plan, { value: 80 })).toMatchObject({ level: 1, score: '2.0000' });
    expect(evaluate(plan, { value: '77.5' })).toMatchObject({ level: 1, score: '1.5000' });
  });

  it('scores the level itself where level 1 has no threshold', () => {
    const overdue = threshold('lower', false, [null, 20, 15, 10, 5]);
    expect(score(overdue, 35)).toBe('1.0000');
    expect(score(overdue, '17.5')).toBe('2.5000');
  });

  it('interpolates bands from each level’s entry value, gaps included', () => {
    const members = criteriaSchema.parse({
      type: 'bands',
      direction: 'higher',
      interpolate: true,
      bands: [
        { min: null, max: 65, maxInclusive: false },
        { min: 65, max: 65 },
        { min: 70, max: 70 },
        { min: 75, max: 75 },
        { min: 75, max: null, minInclusive: false },
      ],
    });
    expect(evaluate(members, { value: 67 })).toMatchObject({
      level: 2,
      score: '2.4000',
      warnings: [{ code: 'gap' }],
    });
  });

  it('can be switched on or off per call', () => {
    const budget = criteriaSchema.parse({
      type: 'threshold',
      direction: 'higher',
      inclusive: true,
      thresholds: [80, 85, 90, 95, 100],
    });
    expect(evaluate(budget, { value: '89.30' }).score).toBe('2.0000');
    expect(evaluate(budget, { value: '89.30' }, { interpolate: true }).score).toBe('2.8600');
    expect(
      evaluate(threshold('higher', true, [80, 85, 90, 95, 100]), { value: '89.30' }, { interpolate: false })
        .score,
    ).toBe('2.0000');
  });
});
