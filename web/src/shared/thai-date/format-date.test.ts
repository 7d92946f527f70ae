import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date';

describe('formatDate and formatDateTime', () => {
  it('show a moment in Bangkok time, the Buddhist Era year in Thai', () => {
    expect(formatDate('2026-11-21T07:05:00Z', 'th')).toBe('21 พฤศจิกายน 2569');
    expect(formatDate('2026-11-21T07:05:00Z', 'en')).toBe('21 November 2026');
    expect(formatDateTime('2026-11-21T07:05:00Z', 'th')).toBe('21 พฤศจิกายน 2569 14:05 น.');
    expect(formatDateTime('2026-11-21T07:05:00Z', 'en')).toBe('21 November 2026 14:05');
  });

  it("dates a moment after 17:00 UTC on Bangkok's next day", () => {
    expect(formatDate(new Date('2026-11-21T17:30:00Z'), 'th')).toBe('22 พฤศจิกายน 2569');
  });
});
