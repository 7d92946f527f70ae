import { describe, expect, it } from 'vitest';
import {
  activityLogGuard,
  classifyStatus,
  HOUSEHOLD_STATUSES,
  incomePerPerson,
  isBelowIncomeLine,
} from './households.ts';

const none = { developable: false, 'welfare-requested': false, 'self-reliant': false, other: false };

describe('classifyStatus: exactly one of four cells (002 L133–134)', () => {
  it('takes the single marked status', () => {
    for (const status of HOUSEHOLD_STATUSES) {
      expect(classifyStatus({ ...none, [status]: true })).toEqual({ status, error: null });
    }
  });

  it('refuses a row with no mark', () => {
    expect(classifyStatus(none)).toEqual({
      status: null,
      error: 'ยังไม่ได้จำแนกสถานะครัวเรือน: ใส่เลข 1 ในช่องสถานะที่เลือก 1 ช่อง',
    });
  });

  it('refuses a row with two marks, naming them', () => {
    expect(classifyStatus({ ...none, developable: true, other: true })).toEqual({
      status: null,
      error: 'จำแนกสถานะครัวเรือนได้เพียง 1 ช่อง แต่ใส่เลข 1 ไว้ 2 ช่อง (พัฒนาได้, อื่น ๆ (เช่น เสียชีวิต/ย้าย))',
    });
  });
});

describe('income per person and the 40,000-baht line (001 L397)', () => {
  it('divides household income by members, exactly', () => {
    expect(incomePerPerson('150000', 4).toFixed()).toBe('37500');
    expect(incomePerPerson('100000.00', 3).toFixed(4)).toBe('33333.3333');
  });

  it('puts 40,000 exactly on the line, not below it', () => {
    expect(isBelowIncomeLine(incomePerPerson('160000', 4))).toBe(false);
    expect(isBelowIncomeLine(incomePerPerson('159999.99', 4))).toBe(true);
    expect(isBelowIncomeLine(incomePerPerson('119999.99', 3))).toBe(true);
    expect(isBelowIncomeLine(incomePerPerson('120000.01', 3))).toBe(false);
  });

  it('refuses a household without members', () => {
    expect(() => incomePerPerson('1000', 0)).toThrow('members ต้องมีสมาชิกในครัวเรือนอย่างน้อย 1 คน');
    expect(() => incomePerPerson('-1', 2)).toThrow('annualIncome');
  });
});

describe('activityLogGuard (002 L153–154)', () => {
  it('lets only developable households log activities', () => {
    expect(activityLogGuard('developable')).toEqual({ allowed: true });
    expect(activityLogGuard('welfare-requested')).toEqual({
      allowed: false,
      message: 'บันทึกกิจกรรมได้เฉพาะครัวเรือนประเภท "พัฒนาได้" เท่านั้น (ครัวเรือนนี้มีสถานะ "ขอรับการสงเคราะห์")',
    });
    expect(activityLogGuard('self-reliant').allowed).toBe(false);
    expect(activityLogGuard('other').allowed).toBe(false);
  });
});
