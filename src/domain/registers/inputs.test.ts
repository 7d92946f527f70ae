import { describe, expect, it } from 'vitest';
import { RegisterInputError } from './errors.ts';
import { toCount, toDate, toIncome, toMoney, toPercentInput } from './inputs.ts';

describe('register inputs', () => {
  it('reads money with at most 2 decimals, Thai digits included', () => {
    expect(toMoney('๔๘๙๒๐๔.๘๗', 'b').toFixed()).toBe('489204.87');
    expect(toMoney(40000, 'b').toFixed()).toBe('40000');
    expect(() => toMoney('1.001', 'b')).toThrow(RegisterInputError);
    expect(() => toMoney('-0.01', 'b')).toThrow('b ต้องเป็นจำนวนเงินบาทไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง');
    expect(() => toMoney('1,000.00', 'b')).toThrow(RegisterInputError);
  });

  it('reads incomes with any decimals, percentages within 0–100 and whole counts', () => {
    expect(toIncome('33333.3333', 'i').toFixed()).toBe('33333.3333');
    expect(() => toIncome('-1', 'i')).toThrow('i ต้องเป็นรายได้ (บาท) ไม่ติดลบ');
    expect(toPercentInput('100', 'p').toFixed()).toBe('100');
    expect(() => toPercentInput('100.0001', 'p')).toThrow('p ต้องเป็นร้อยละตั้งแต่ 0 ถึง 100');
    expect(toCount(0, 'n')).toBe(0);
    expect(() => toCount(Number.NaN, 'n')).toThrow('n ต้องเป็นจำนวนเต็มไม่ติดลบ');
  });

  it('reads ISO dates only', () => {
    expect(toDate('2025-08-29', 'd')).toBe('2025-08-29');
    expect(() => toDate('2568-08-29x', 'd')).toThrow("d ต้องเป็นวันที่แบบ ค.ศ. 'YYYY-MM-DD'");
  });
});
