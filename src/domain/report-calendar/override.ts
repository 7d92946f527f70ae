import { monthOf } from '../calendar/date-arithmetic.ts';
import { formatThaiDate, formatThaiMonth } from '../calendar/date-format.ts';
import { type IsoDate, type IsoMonth, parseIsoDate, parseIsoMonth } from '../calendar/iso-date.ts';

export type OverrideDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: string };

const ALLOWED: OverrideDecision = { allowed: true };

// Seed 003 L987: "…สามารถตรวจสอบและแก้ไขเปลี่ยนแปลง แบบรายงาน และแจ้งให้กลุ่มงานสารสนเทศฯ ทราบ
// เพื่อปรับปรุงข้อมูลในออนไลน์ ก่อนวันที่ ๑ ของทุกเดือน"
/** A month's report calendar can be changed until the last day of the month before; from the 1st it is fixed. */
export function canOverride(month: IsoMonth, today: IsoDate): OverrideDecision {
  parseIsoMonth(month);
  parseIsoDate(today);
  const firstDay = `${month}-01`;
  if (today < firstDay) return ALLOWED;
  return {
    allowed: false,
    reason:
      `ต้องแจ้งเปลี่ยนกำหนดส่งรายงานของเดือน${formatThaiMonth(month)} ก่อนวันที่ ${formatThaiDate(firstDay)} ` +
      `(วันนี้คือวันที่ ${formatThaiDate(today)})`,
  };
}

/**
 * Whether a province may move a report from `defaultDueDate` to `dueDate` today. The new date stays in the
 * month of the default one, so each change belongs to exactly one month's calendar and one deadline.
 */
export function checkOverride(defaultDueDate: IsoDate, dueDate: IsoDate, today: IsoDate): OverrideDecision {
  const month = monthOf(defaultDueDate);
  const timing = canOverride(month, today);
  if (!timing.allowed) return timing;
  if (monthOf(dueDate) !== month) {
    return {
      allowed: false,
      reason: `วันกำหนดส่งใหม่ต้องอยู่ในเดือน${formatThaiMonth(month)} เช่นเดียวกับกำหนดเดิม (${formatThaiDate(defaultDueDate)})`,
    };
  }
  return ALLOWED;
}
