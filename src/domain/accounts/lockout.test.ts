import { describe, expect, it } from 'vitest';
import { lockSeconds } from './lockout.ts';

describe('account lockout', () => {
  it('locks from the 5th wrong password, doubling up to one hour', () => {
    expect([1, 2, 3, 4].map(lockSeconds)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11].map(lockSeconds)).toEqual([60, 120, 240, 480, 960, 1920, 3600]);
    expect(lockSeconds(1000)).toBe(3600);
  });
});
