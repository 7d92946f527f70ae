import { describe, expect, it } from 'vitest';
import { dateEntryProblem, monthEntryProblem } from './date-entry.ts';

describe('typed dates', () => {
  it('accepts real C.E. dates inside B.E. 2500–2600', () => {
    expect(dateEntryProblem('2025-09-30')).toBeNull();
    expect(dateEntryProblem('2024-02-29')).toBeNull();
    expect(dateEntryProblem('1957-01-01')).toBeNull();
    expect(dateEntryProblem('2057-12-31')).toBeNull();
  });

  it('refuses dates that match the pattern but do not exist', () => {
    expect(dateEntryProblem('2025-02-31')).toEqual({ kind: 'no_such_date' });
    expect(dateEntryProblem('2025-13-45')).toEqual({ kind: 'no_such_date' });
    expect(dateEntryProblem('2025-02-29')).toEqual({ kind: 'no_such_date' });
    expect(dateEntryProblem('2025-00-10')).toEqual({ kind: 'no_such_date' });
  });

  it('refuses what is not YYYY-MM-DD', () => {
    expect(dateEntryProblem('30/09/2025')).toEqual({ kind: 'format' });
    expect(dateEntryProblem('2025-9-30')).toEqual({ kind: 'format' });
    expect(dateEntryProblem('๒๐๒๕-๐๙-๓๐')).toEqual({ kind: 'format' });
  });

  it('suggests the C.E. date for a B.E. year typed as C.E.', () => {
    expect(dateEntryProblem('2568-09-30')).toEqual({
      kind: 'buddhist_year',
      year: 2568,
      suggestion: '2025-09-30',
    });
    // 2567 B.E. = 2024 C.E., a leap year: 29 February exists there.
    expect(dateEntryProblem('2567-02-29')).toEqual({
      kind: 'buddhist_year',
      year: 2567,
      suggestion: '2024-02-29',
    });
  });

  it('refuses years outside the window', () => {
    expect(dateEntryProblem('9999-12-31')).toEqual({ kind: 'out_of_window' });
    expect(dateEntryProblem('1956-12-31')).toEqual({ kind: 'out_of_window' });
    expect(dateEntryProblem('2058-01-01')).toEqual({ kind: 'out_of_window' });
    expect(dateEntryProblem('0000-01-01')).toEqual({ kind: 'out_of_window' });
    // B.E. 2501 is C.E. 1958, inside; B.E. 2650 is beyond the B.E. window, so no guess.
    expect(dateEntryProblem('2650-01-01')).toEqual({ kind: 'out_of_window' });
  });
});

describe('typed months', () => {
  it('accepts YYYY-MM inside the window', () => {
    expect(monthEntryProblem('2025-03')).toBeNull();
    expect(monthEntryProblem('2057-12')).toBeNull();
  });

  it('refuses impossible months, far years and suggests C.E. for B.E.', () => {
    expect(monthEntryProblem('2025-13')).toEqual({ kind: 'no_such_date' });
    expect(monthEntryProblem('2025-00')).toEqual({ kind: 'no_such_date' });
    expect(monthEntryProblem('0000-01')).toEqual({ kind: 'out_of_window' });
    expect(monthEntryProblem('9999-12')).toEqual({ kind: 'out_of_window' });
    expect(monthEntryProblem('2568-10')).toEqual({
      kind: 'buddhist_year',
      year: 2568,
      suggestion: '2025-10',
    });
    expect(monthEntryProblem('2025-3')).toEqual({ kind: 'format' });
  });
});
