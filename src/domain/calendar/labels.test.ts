import { describe, expect, it } from 'vitest';
import { formatEnglishDate, formatThaiDate, formatThaiMonth } from './date-format.ts';
import { fiscalYearLabel, monthLabel, quarterLabel, roundLabel, roundShortLabel } from './labels.ts';
import { fiscalQuarter } from './quarter.ts';
import { evaluationRound } from './round.ts';

describe('Thai dates', () => {
  it('formats long, Thai-digit and short forms', () => {
    expect(formatThaiDate('2025-04-01')).toBe('1 เมษายน 2568');
    expect(formatThaiDate('2025-04-01', { digits: 'thai' })).toBe('๑ เมษายน ๒๕๖๘');
    expect(formatThaiDate('2025-04-01', { style: 'short' })).toBe('1 เม.ย. 68');
    expect(formatThaiDate('2025-09-30', { style: 'short', digits: 'thai' })).toBe('๓๐ ก.ย. ๖๘');
    expect(formatThaiMonth('2024-10')).toBe('ตุลาคม 2567');
    expect(formatEnglishDate('2025-04-01')).toBe('1 April 2025');
  });

  it('does not move a date across midnight whatever the machine time zone', () => {
    expect(formatThaiDate('2024-12-31')).toBe('31 ธันวาคม 2567');
    expect(formatThaiDate('2025-01-01')).toBe('1 มกราคม 2568');
  });
});

describe('labels', () => {
  const round2 = evaluationRound(2568, 2);

  it('prints the round exactly as seed 001 L11 does', () => {
    expect(roundLabel(round2, { digits: 'thai' })).toBe('รอบการประเมินที่ ๒ (๑ เมษายน ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘)');
    expect(roundLabel(round2)).toBe('รอบการประเมินที่ 2 (1 เมษายน 2568 – 30 กันยายน 2568)');
    expect(roundLabel(evaluationRound(2568, 1))).toBe('รอบการประเมินที่ 1 (1 ตุลาคม 2567 – 31 มีนาคม 2568)');
    expect(roundLabel(round2, { lang: 'en' })).toBe('Round 2 (1 April 2025 – 30 September 2025)');
    expect(roundShortLabel(round2, { digits: 'thai' })).toBe('รอบการประเมินที่ ๒/๒๕๖๘');
    expect(roundShortLabel(round2, { lang: 'en' })).toBe('Round 2/2568');
  });

  it('labels fiscal years, months and quarters', () => {
    expect(fiscalYearLabel(2568, { digits: 'thai' })).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(fiscalYearLabel(2568)).toBe('ปีงบประมาณ พ.ศ. 2568');
    expect(fiscalYearLabel(2568, { lang: 'en' })).toBe(
      'Fiscal year B.E. 2568 (1 October 2024 – 30 September 2025)',
    );
    expect(monthLabel('2024-10', { digits: 'thai' })).toBe('ตุลาคม ๒๕๖๗');
    expect(monthLabel('2024-10', { lang: 'en' })).toBe('October 2024');
    expect(quarterLabel(fiscalQuarter(2568, 3), { digits: 'thai' })).toBe(
      'ไตรมาสที่ ๓ (เมษายน ๒๕๖๘ – มิถุนายน ๒๕๖๘)',
    );
    expect(quarterLabel(fiscalQuarter(2568, 1), { lang: 'en' })).toBe(
      'Quarter 1 (October 2024 – December 2024)',
    );
  });
});
