import { describe, expect, it } from 'vitest';
import { defaultResultDate } from './result-date';

describe('defaultResultDate', () => {
  const round2568 = { end: '2025-09-30' };

  it("dates a result entered after the round's end on its last day", () => {
    expect(defaultResultDate(round2568, '2026-12-06')).toBe('2025-09-30');
    expect(defaultResultDate(round2568, '2025-10-01')).toBe('2025-09-30');
  });

  it('keeps today while the round runs, on its last day, or when the round is not known', () => {
    expect(defaultResultDate(round2568, '2025-09-30')).toBe('2025-09-30');
    expect(defaultResultDate(round2568, '2025-06-15')).toBe('2025-06-15');
    expect(defaultResultDate(undefined, '2026-12-06')).toBe('2026-12-06');
  });
});
