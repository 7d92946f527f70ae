import { describe, expect, it } from 'vitest';
import { toBuddhistYear, toCommonEraYear } from './era.ts';
import {
  fiscalMonthIndex,
  fiscalYearMonths,
  fiscalYearOf,
  fiscalYearRange,
  monthRange,
} from './fiscal-year.ts';
import { fiscalQuarters, quarterOf } from './quarter.ts';

describe('Buddhist era', () => {
  it('is C.E. + 543', () => {
    expect(toBuddhistYear(2025)).toBe(2568);
    expect(toCommonEraYear(2568)).toBe(2025);
  });
});

describe('fiscal year', () => {
  it('FY2568 runs from 1 October 2024 to 30 September 2025', () => {
    expect(fiscalYearRange(2568)).toEqual({ start: '2024-10-01', end: '2025-09-30' });
    expect(fiscalYearRange(2566)).toEqual({ start: '2022-10-01', end: '2023-09-30' });
  });

  it('puts 30 Sep 2025 in FY2568 and 1 Oct 2025 in FY2569', () => {
    expect(fiscalYearOf('2025-09-30')).toBe(2568);
    expect(fiscalYearOf('2025-10-01')).toBe(2569);
    expect(fiscalYearOf('2024-10-01')).toBe(2568);
    expect(fiscalYearOf('2024-09-30')).toBe(2567);
    expect(fiscalYearOf('2025-01-01')).toBe(2568);
  });

  it('lists the twelve months from October', () => {
    expect(fiscalYearMonths(2568)).toEqual([
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
    ]);
    expect(fiscalMonthIndex('2024-10-15')).toBe(0);
    expect(fiscalMonthIndex('2025-09-30')).toBe(11);
    expect(monthRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('refuses a C.E. year where a B.E. fiscal year is expected', () => {
    expect(() => fiscalYearRange(2025)).toThrow(RangeError);
    expect(() => fiscalYearRange(2568.5)).toThrow(RangeError);
  });
});

describe('quarters', () => {
  it('are Oct–Dec, Jan–Mar, Apr–Jun, Jul–Sep', () => {
    expect(fiscalQuarters(2568).map(({ number, start, end }) => ({ number, start, end }))).toEqual([
      { number: 1, start: '2024-10-01', end: '2024-12-31' },
      { number: 2, start: '2025-01-01', end: '2025-03-31' },
      { number: 3, start: '2025-04-01', end: '2025-06-30' },
      { number: 4, start: '2025-07-01', end: '2025-09-30' },
    ]);
    expect(fiscalQuarters(2568)[2]?.months).toEqual(['2025-04', '2025-05', '2025-06']);
  });

  it('finds the quarter of a date', () => {
    expect(quarterOf('2024-12-31')).toMatchObject({ fiscalYear: 2568, number: 1 });
    expect(quarterOf('2025-01-01')).toMatchObject({ fiscalYear: 2568, number: 2 });
    expect(quarterOf('2025-09-30')).toMatchObject({ fiscalYear: 2568, number: 4 });
    expect(quarterOf('2025-10-01')).toMatchObject({ fiscalYear: 2569, number: 1 });
  });
});
