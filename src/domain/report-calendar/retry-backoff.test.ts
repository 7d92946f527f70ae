import { describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS, retryDelayAfter } from './retry-backoff.ts';

const MINUTE = 60_000;

describe('outbox retry backoff', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 12 h, then gives up after the 6th attempt', () => {
    expect([1, 2, 3, 4, 5].map(retryDelayAfter)).toEqual([
      MINUTE,
      5 * MINUTE,
      30 * MINUTE,
      120 * MINUTE,
      720 * MINUTE,
    ]);
    expect(retryDelayAfter(6)).toBeNull();
    expect(retryDelayAfter(7)).toBeNull();
    expect(MAX_DELIVERY_ATTEMPTS).toBe(6);
  });

  it('rejects attempt numbers that are not positive integers', () => {
    expect(() => retryDelayAfter(0)).toThrow(RangeError);
    expect(() => retryDelayAfter(1.5)).toThrow(RangeError);
  });
});
