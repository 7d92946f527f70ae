import { describe, expect, it } from 'vitest';
import { evaluationRound, evaluationRounds, roundContains, roundOf } from './round.ts';

describe('evaluation rounds', () => {
  it('default to 1 Oct – 31 Mar and 1 Apr – 30 Sep', () => {
    expect(evaluationRounds(2568)).toEqual([
      { fiscalYear: 2568, number: 1, start: '2024-10-01', end: '2025-03-31' },
      { fiscalYear: 2568, number: 2, start: '2025-04-01', end: '2025-09-30' },
    ]);
  });

  it('finds the round of a date', () => {
    expect(roundOf('2025-03-31')).toMatchObject({ fiscalYear: 2568, number: 1 });
    expect(roundOf('2025-04-01')).toMatchObject({ fiscalYear: 2568, number: 2 });
    expect(roundOf('2025-09-30')).toMatchObject({ fiscalYear: 2568, number: 2 });
    expect(roundOf('2025-10-01')).toMatchObject({ fiscalYear: 2569, number: 1 });
  });

  it('takes the dates the department sets instead of the defaults', () => {
    const round = evaluationRound(2568, 2, { end: '2025-08-29' });
    expect(round).toEqual({ fiscalYear: 2568, number: 2, start: '2025-04-01', end: '2025-08-29' });
    expect(roundContains(round, '2025-08-29')).toBe(true);
    expect(roundContains(round, '2025-08-30')).toBe(false);
    expect(roundContains(round, '2025-03-31')).toBe(false);
  });

  it('rejects a round that ends before it starts or has no real dates', () => {
    expect(() => evaluationRound(2568, 1, { start: '2025-04-01', end: '2025-03-31' })).toThrow(RangeError);
    expect(() => evaluationRound(2568, 1, { end: '2025-02-30' })).toThrow(RangeError);
  });
});
