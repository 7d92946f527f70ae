import { describe, expect, it } from 'vitest';
import { fiscalYearOf, todayIso } from './fiscal-year';

describe('fiscalYearOf', () => {
  it('turns over on 1 October in Bangkok, whatever the time zone of the browser', () => {
    // 30 September 2026, 23:59 in Bangkok (UTC+7) is still FY 2569; a minute later it is 1 October, FY 2570.
    expect(fiscalYearOf(new Date('2026-09-30T16:59:00Z'))).toBe(2569);
    expect(fiscalYearOf(new Date('2026-09-30T17:00:00Z'))).toBe(2570);
    expect(fiscalYearOf(new Date('2027-01-15T05:00:00Z'))).toBe(2570);
  });
});

describe('todayIso', () => {
  it("gives Bangkok's date for a date input", () => {
    expect(todayIso(new Date('2026-12-06T17:30:00Z'))).toBe('2026-12-07');
    expect(todayIso(new Date('2026-12-06T16:30:00Z'))).toBe('2026-12-06');
  });
});
