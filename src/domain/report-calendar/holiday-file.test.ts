import { describe, expect, it } from 'vitest';
import holidayJson from '../../../data/holidays/th-2565-2570.json' with { type: 'json' };
import { weekdayOf } from '../calendar/date-arithmetic.ts';
import { holidayCalendar, parseHolidayFile } from './holiday-file.ts';

const file = parseHolidayFile(holidayJson);
const calendar = holidayCalendar(file);
const YEARS = [2022, 2023, 2024, 2025, 2026, 2027];

// Fixed-date government holidays (วันหยุดราชการประจำปี) that every year of the file must list.
const FIXED = [
  '01-01',
  '04-06',
  '04-13',
  '04-14',
  '04-15',
  '05-04',
  '06-03',
  '07-28',
  '08-12',
  '10-13',
  '10-23',
];
const FIXED_END_OF_YEAR = ['12-05', '12-10', '12-31'];

describe('the Thai holiday file th-2565-2570.json', () => {
  it('is valid and covers C.E. 2022–2027 (B.E. 2565–2570)', () => {
    expect(file.coverage).toEqual({ from: '2022-01-01', to: '2027-12-31' });
    expect(file.source.length).toBeGreaterThan(0);
  });

  it('lists every fixed-date holiday of every year', () => {
    for (const year of YEARS) {
      for (const monthDay of [...FIXED, ...FIXED_END_OF_YEAR]) {
        expect(calendar.closures.has(`${year}-${monthDay}`), `${year}-${monthDay}`).toBe(true);
      }
    }
  });

  it('lists the four Buddhist lunar holidays in every year', () => {
    for (const year of YEARS) {
      const names = file.holidays.filter((h) => h.date.startsWith(`${year}-`)).map((h) => h.nameEn);
      for (const holiday of ['Makha Bucha', 'Visakha Bucha', 'Asanha Bucha', 'Buddhist Lent']) {
        expect(
          names.some((name) => name.startsWith(holiday)),
          `${holiday} ${year}`,
        ).toBe(true);
      }
    }
  });

  it('has the known dates: Makha Bucha 16 Feb 2022, Visakha Bucha 22 May 2024, the 12 Apr 2024 special day', () => {
    expect(calendar.closures.get('2022-02-16')?.nameTh).toBe('วันมาฆบูชา');
    expect(calendar.closures.get('2024-05-22')?.nameTh).toBe('วันวิสาขบูชา');
    expect(calendar.closures.get('2024-04-12')?.kind).toBe('special');
    expect(calendar.closures.has('2024-01-02')).toBe(false);
    expect(calendar.closures.get('2023-12-29')?.kind).toBe('substitution');
  });

  it('puts substitution and special days on weekdays', () => {
    for (const holiday of file.holidays.filter((h) => h.kind === 'substitution' || h.kind === 'special')) {
      expect([0, 6], holiday.date).not.toContain(weekdayOf(holiday.date));
    }
  });

  it('keeps Labour Day (1 May) out of the closures: government offices are open', () => {
    expect(file.holidays.find((h) => h.date === '2025-05-01')?.kind).toBe('private-sector');
    expect(calendar.closures.has('2025-05-01')).toBe(false);
  });

  it('flags only 2026–2027 dates for verification', () => {
    const flagged = file.holidays.filter((h) => h.verify === true).map((h) => h.date);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((date) => date >= '2026-01-01')).toBe(true);
  });
});

describe('parseHolidayFile', () => {
  const valid = {
    source: 'test',
    coverage: { from: '2025-01-01', to: '2025-12-31' },
    kinds: {},
    holidays: [{ date: '2025-02-12', nameTh: 'วันมาฆบูชา', nameEn: 'Makha Bucha Day', kind: 'annual' }],
  };

  it('accepts a well-formed file', () => {
    expect(holidayCalendar(parseHolidayFile(valid)).closures.size).toBe(1);
  });

  it('rejects impossible dates, repeated dates, dates outside coverage and unknown fields', () => {
    const holiday = valid.holidays[0];
    expect(() => parseHolidayFile({ ...valid, holidays: [{ ...holiday, date: '2025-02-30' }] })).toThrow();
    expect(() => parseHolidayFile({ ...valid, holidays: [holiday, holiday] })).toThrow(/listed twice/);
    expect(() => parseHolidayFile({ ...valid, holidays: [{ ...holiday, date: '2026-02-12' }] })).toThrow(
      /outside/,
    );
    expect(() =>
      parseHolidayFile({ ...valid, coverage: { from: '2025-12-31', to: '2025-01-01' } }),
    ).toThrow();
    expect(() => parseHolidayFile({ ...valid, holidays: [{ ...holiday, kind: 'bank' }] })).toThrow();
    expect(() => parseHolidayFile({ ...valid, holidays: [{ ...holiday, extra: 1 }] })).toThrow();
  });
});
