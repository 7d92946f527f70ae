import { describe, expect, it } from 'vitest';
import { weightSums } from './weight-sums';

describe('weightSums', () => {
  it('sums each list exactly in decimals and counts a chosen optional KPI in the individual list', () => {
    const sums = weightSums([
      { section: 'team', weight: '33.3', selected: true },
      { section: 'team', weight: '33.3', selected: true },
      { section: 'team', weight: '๓๓.๔', selected: true },
      { section: 'individual', weight: '85.1', selected: true },
      { section: 'optional', weight: '16.2', selected: true },
      { section: 'optional', weight: '15', selected: false },
    ]);
    expect(sums).toEqual([
      { group: 'team', sum: '100', complete: true, is100: true, count: 3 },
      { group: 'individual', sum: '101.3', complete: true, is100: false, count: 2 },
    ]);
  });

  it('counts a blank or wrong weight as 0 and never calls the list complete', () => {
    const [team] = weightSums([
      { section: 'team', weight: '100', selected: true },
      { section: 'team', weight: 'abc', selected: true },
    ]);
    expect(team).toEqual({ group: 'team', sum: '100', complete: false, is100: false, count: 2 });
  });
});
