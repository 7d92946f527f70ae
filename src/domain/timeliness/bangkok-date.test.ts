import { describe, expect, it } from 'vitest';
import { bangkokDateOf, instantOf } from './bangkok-date.ts';

describe('Bangkok calendar date of an instant', () => {
  it('turns at 17:00 UTC (midnight in Bangkok, UTC+7)', () => {
    expect(bangkokDateOf('2025-03-10T16:59:59Z')).toBe('2025-03-10');
    expect(bangkokDateOf('2025-03-10T17:00:00Z')).toBe('2025-03-11');
    expect(bangkokDateOf('2025-03-09T17:00:00.000Z')).toBe('2025-03-10');
  });

  it('reads explicit offsets and Date objects', () => {
    expect(bangkokDateOf('2025-03-10T23:59:59+07:00')).toBe('2025-03-10');
    expect(bangkokDateOf('2025-03-11T00:00:00+07:00')).toBe('2025-03-11');
    expect(bangkokDateOf('2025-03-10T12:30-05:00')).toBe('2025-03-11');
    expect(bangkokDateOf(new Date(Date.UTC(2024, 11, 31, 17, 0, 0)))).toBe('2025-01-01');
  });

  it('refuses timestamps without an offset, impossible dates and invalid Dates', () => {
    expect(() => instantOf('2025-03-10T23:59:59')).toThrow(RangeError);
    expect(() => instantOf('2025-03-10')).toThrow(RangeError);
    expect(() => instantOf('2025-02-30T10:00:00Z')).toThrow(RangeError);
    expect(() => instantOf('2025-02-28T24:00:00Z')).toThrow(RangeError);
    expect(() => instantOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});
