import { describe, expect, it } from 'vitest';
import { quarterPeriod, quarterTitle } from './periods.ts';

describe('quarters of a fiscal year', () => {
  it('Q4 FY2562 is July – September 2019, titled as seed 004 prints it (004 L3)', () => {
    expect(quarterPeriod(2562, 4)).toEqual({
      from: '2019-07-01',
      to: '2019-09-30',
      labelTh: 'ไตรมาส 4 (กรกฎาคม – กันยายน 2562)',
    });
    expect(quarterTitle(2562, 4)).toBe(
      'รายงานผลการปฏิบัติงานไตรมาส 4 (กรกฎาคม – กันยายน 2562) ประจำปีงบประมาณ พ.ศ.2562',
    );
  });
  it('Q1 starts in October of the year before; Q2 ends on the last day of March', () => {
    expect(quarterPeriod(2563, 1)).toMatchObject({ from: '2019-10-01', to: '2019-12-31' });
    expect(quarterPeriod(2563, 1).labelTh).toBe('ไตรมาส 1 (ตุลาคม – ธันวาคม 2562)');
    expect(quarterPeriod(2563, 2)).toMatchObject({ from: '2020-01-01', to: '2020-03-31' });
    expect(quarterPeriod(2563, 3)).toMatchObject({ from: '2020-04-01', to: '2020-06-30' });
  });
});
