import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { quarterlyKeys } from './api';

describe('quarterlyKeys', () => {
  it("puts a region's entry under the quarter's regions, and quarters apart", () => {
    expect(partialMatchKey(quarterlyKeys.region(2569, 1, 'R01'), quarterlyKeys.regions(2569, 1))).toBe(true);
    expect(partialMatchKey(quarterlyKeys.region(2569, 2, 'R01'), quarterlyKeys.regions(2569, 1))).toBe(false);
    expect(partialMatchKey(quarterlyKeys.dataQuality(2569, 1), quarterlyKeys.report(2569, 1))).toBe(false);
    expect(partialMatchKey(quarterlyKeys.report(2569, 1), quarterlyKeys.all)).toBe(true);
  });
});
