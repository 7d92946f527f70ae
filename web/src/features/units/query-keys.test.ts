import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { unitKeys } from './api';

describe('unitKeys', () => {
  it('refreshes every unit and search after a village is added', () => {
    expect(partialMatchKey(unitKeys.detail('10'), unitKeys.all)).toBe(true);
    expect(partialMatchKey(unitKeys.search('บ้าน'), unitKeys.all)).toBe(true);
    expect(partialMatchKey(unitKeys.detail('10'), unitKeys.detail('1001'))).toBe(false);
  });
});
