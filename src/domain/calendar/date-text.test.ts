import { describe, expect, it } from 'vitest';
import { buddhistDateCell, cellDate, dateText, parseDateText } from './date-text.ts';

// The seeds write dates with Thai month names and B.E. years; a cell or a form field holds the same date as
// day/month/year: 001 L11 "๓๐ กันยายน ๒๕๖๘", 000 L10 "๒๕ กรกฎาคม ๒๕๖๖", and the household workbook's own
// example "15/12/2568" (002's sheet, the instructions sheet the export writes).
describe('dates as typed', () => {
  it('reads day/month/B.E. year in Thai or Arabic digits', () => {
    expect(parseDateText('๓๐/๙/๒๕๖๘')).toBe('2025-09-30');
    expect(parseDateText('25/7/2566')).toBe('2023-07-25');
    expect(parseDateText(' 15/12/2568 ')).toBe('2025-12-15');
    expect(parseDateText('1.4.2568')).toBe('2025-04-01');
    expect(parseDateText('01-04-2568')).toBe('2025-04-01');
  });

  it('reads a C.E. year and ISO dates, with either era', () => {
    expect(parseDateText('30/9/2025')).toBe('2025-09-30');
    expect(parseDateText('2025-09-30')).toBe('2025-09-30');
    expect(parseDateText('2568-9-30')).toBe('2025-09-30');
  });

  it('refuses what is not on the calendar or not a date', () => {
    expect(parseDateText('31/9/2568')).toBeNull();
    expect(parseDateText('29/2/2568')).toBeNull();
    expect(parseDateText('29/2/2567')).toBe('2024-02-29');
    expect(parseDateText('30/13/2568')).toBeNull();
    expect(parseDateText('30 กันยายน 2568')).toBeNull();
    expect(parseDateText('30/9/68')).toBeNull();
    expect(parseDateText('')).toBeNull();
  });
});

describe('import cells', () => {
  it('reads a cell like a form field, inside B.E. 2500–2600', () => {
    expect(cellDate('๓๐/๙/๒๕๖๘')).toBe('2025-09-30');
    expect(cellDate('2025-03-20')).toBe('2025-03-20');
    expect(cellDate('20/3/2068')).toBeNull();
    expect(cellDate('1/1/1900')).toBeNull();
    expect(cellDate('วันนี้')).toBeNull();
  });

  it('writes a stored date the way a cell reads it back', () => {
    expect(buddhistDateCell('2025-12-15')).toBe('15/12/2568');
    expect(buddhistDateCell(null)).toBeNull();
    expect(cellDate(buddhistDateCell('2023-07-25') ?? '')).toBe('2023-07-25');
  });

  it('writes a date in the era of the reader', () => {
    expect(dateText('2025-09-30', true)).toBe('30/9/2568');
    expect(dateText('2025-09-30', false)).toBe('30/9/2025');
  });
});
