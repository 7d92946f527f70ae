import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { communityFundKeys } from '../community-funds/api';
import { debtReliefKeys } from '../debt-relief/api';
import { registerKeys } from '../registers/api';
import { womensFundKeys } from './api';

describe('the funds registers query keys', () => {
  it("refresh a register's lists of every unit and filter after a save, and no other register's", () => {
    const funds = communityFundKeys.list('9501', { q: 'บ้าน', type: 'village' });
    const debt = debtReliefKeys.list('9501', 2568, { reduced: 'true' });
    expect(partialMatchKey(funds, communityFundKeys.all)).toBe(true);
    expect(partialMatchKey(debt, debtReliefKeys.all)).toBe(true);
    expect(partialMatchKey(womensFundKeys.list('95'), womensFundKeys.all)).toBe(true);
    expect(partialMatchKey(funds, debtReliefKeys.all)).toBe(false);
    expect(partialMatchKey(debt, communityFundKeys.all)).toBe(false);
  });

  it("keep a province's portfolio reports apart from the debtor snapshots, both under the registers", () => {
    const portfolios = womensFundKeys.portfolioList('24');
    expect(partialMatchKey(portfolios, womensFundKeys.portfolios)).toBe(true);
    expect(partialMatchKey(portfolios, womensFundKeys.all)).toBe(false);
    expect(partialMatchKey(womensFundKeys.list('24'), womensFundKeys.portfolios)).toBe(false);
    expect(partialMatchKey(portfolios, registerKeys.all)).toBe(true);
  });
});
