import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent } from './money';

describe('formatMoney', () => {
  it('groups baht the Thai way with 2 decimals, as the API sends them', () => {
    expect(formatMoney('33109323.18')).toBe('33,109,323.18');
    expect(formatMoney('489204.87')).toBe('489,204.87');
    expect(formatMoney(1500)).toBe('1,500.00');
    expect(formatMoney('0')).toBe('0.00');
  });

  it('shows a dash for no amount', () => {
    expect(formatMoney(null)).toBe('—');
    expect(formatMoney(undefined)).toBe('—');
    expect(formatMoney('')).toBe('—');
  });
});

describe('formatPercent', () => {
  it("rounds the server's exact percentage to 2 decimals for display", () => {
    // 489,204.87 × 100 ÷ 33,109,323.18 (the seeds' budget line)
    expect(formatPercent({ exact: '1.4775441567936031726517461236729515048939155028659' })).toBe('1.48');
    expect(formatPercent({ exact: '100' })).toBe('100.00');
    expect(formatPercent(null)).toBe('—');
  });
});
