import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { reportKeys } from './api';

describe('reportKeys', () => {
  it('lets a write refresh every board or every league without touching the other', () => {
    expect(partialMatchKey(reportKeys.board('10', '2026-11'), reportKeys.boards)).toBe(true);
    expect(partialMatchKey(reportKeys.league('10', '2026-11'), reportKeys.leagues)).toBe(true);
    expect(partialMatchKey(reportKeys.league('10', '2026-11'), reportKeys.boards)).toBe(false);
    expect(partialMatchKey(reportKeys.calendar('1001', '2026-11'), reportKeys.calendars)).toBe(true);
  });

  it('keeps every report key under the feature, so one invalidation reaches them all', () => {
    for (const key of [
      reportKeys.types('10'),
      reportKeys.type(3),
      reportKeys.submission(7),
      reportKeys.boards,
    ]) {
      expect(partialMatchKey(key, reportKeys.all)).toBe(true);
    }
  });
});
