import { describe, expect, it } from 'vitest';
import { attemptsOf } from './attempts.ts';
import { assessTimeliness } from './timeliness.ts';

describe('attemptsOf', () => {
  it('opens an attempt per submission and closes it with the next review, in time order', () => {
    expect(
      attemptsOf([
        { at: '2025-03-13T02:00:00Z', action: 'resubmit' },
        { at: '2025-03-09T02:00:00Z', action: 'submit' },
        { at: '2025-03-11T02:00:00Z', action: 'return' },
        { at: '2025-03-14T02:00:00Z', action: 'approve' },
      ]),
    ).toEqual([
      { submittedAt: '2025-03-09T02:00:00Z', review: 'returned' },
      { submittedAt: '2025-03-13T02:00:00Z', review: 'approved' },
    ]);
  });

  it('keeps an approval through a reopening, so the score stays', () => {
    const attempts = attemptsOf([
      { at: '2025-03-12T02:00:00Z', action: 'submit' },
      { at: '2025-03-13T02:00:00Z', action: 'approve' },
      { at: '2025-03-20T02:00:00Z', action: 'reopen' },
      { at: '2025-03-21T02:00:00Z', action: 'resubmit' },
      { at: '2025-03-22T02:00:00Z', action: 'approve' },
    ]);
    expect(attempts.map((a) => a.review)).toEqual(['approved', 'approved']);
    // Seed 003 L999: due the 10th, first sent the 12th → 3 − 2 = 1.
    expect(assessTimeliness('2025-03-10', attempts)).toMatchObject({ status: 'scored', points: 1 });
  });

  it('has no attempt before the first submission', () => {
    expect(attemptsOf([])).toEqual([]);
  });
});
