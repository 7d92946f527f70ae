import { Dec, type DecimalInput } from '../scoring/decimal.ts';
import { RegisterInputError } from './errors.ts';
import { formatBaht } from './format.ts';
import { toCount, toMoney } from './inputs.ts';
import { type PercentResult, percentOf } from './percentage.ts';

/**
 * The LM debtor snapshot of the Women's Development Fund, in baht:
 * 001 L223: "$A =$ ลูกหนี้คงเหลือตั้งแต่ปีบัญชี ๒๕๕๖ - ๒๕๖๗ (ฐานข้อมูล ณ วันที่ ๑ ตุลาคม ๒๕๖๗)"
 */
export interface DebtorSnapshot {
  /** A: ลูกหนี้คงเหลือ */
  readonly outstanding: DecimalInput;
  /** หนี้ยังไม่ถึงกำหนดชำระ */
  readonly notYetDue: DecimalInput;
  /** พักชำระหนี้ */
  readonly suspended: DecimalInput;
  /** ดำเนินคดี */
  readonly litigation: DecimalInput;
}

export interface OverdueDebt {
  /** A */
  readonly outstanding: Dec;
  /** B */
  readonly overdue: Dec;
  /** C = B ÷ A × 100; levels read `percent.exact` (the seed does not say LM's figure is rounded). */
  readonly percent: PercentResult;
}

const NO_DEBTORS = 'ไม่มีลูกหนี้คงเหลือ (A = 0) จึงคำนวณร้อยละหนี้เกินกำหนดชำระไม่ได้';

function overdueResult(overdue: Dec, outstanding: Dec): OverdueDebt {
  if (overdue.gt(outstanding)) {
    throw new RegisterInputError(
      'overdue',
      `หนี้เกินกำหนดชำระ (B = ${formatBaht(overdue)} บาท) มากกว่าลูกหนี้คงเหลือ (A = ${formatBaht(outstanding)} บาท)`,
    );
  }
  return { outstanding, overdue, percent: percentOf(overdue, outstanding, NO_DEBTORS) };
}

/**
 * KPI T3 from B and A as LM reports them:
 * 001 L231: "การหาร้อยละของหนี้เกินกำหนดชำระ $C = \frac{B}{A} \times 100$"
 * 001 L235: "มีหนี้เกินกำหนดชำระ เป็นเงินจำนวน ๔๘๙,๒๐๔.๘๗ บาท มีลูกหนี้คงเหลือ เป็นเงินจำนวน ๓๓,๑๐๙,๓๒๓.๑๘ บาท คิดเป็นร้อยละ ๑.๔๘"
 */
export function overduePercent(overdue: DecimalInput, outstanding: DecimalInput): OverdueDebt {
  return overdueResult(toMoney(overdue, 'overdue'), toMoney(outstanding, 'outstanding'));
}

/**
 * KPI T3 from the debtor snapshot. Overdue debt leaves out debt in litigation:
 * 001 L227: "(ลูกหนี้คงเหลือ - หนี้ยังไม่ถึงกำหนดชำระ - พักชำระหนี้ - ดำเนินคดี)"
 * 001 L219: "ทั้งนี้ ไม่รวมถึงหนี้ค้างชำระที่อยู่ระหว่างดำเนินคดี"
 */
export function overdueDebt(snapshot: DebtorSnapshot): OverdueDebt {
  const outstanding = toMoney(snapshot.outstanding, 'outstanding');
  const excluded = toMoney(snapshot.notYetDue, 'notYetDue')
    .plus(toMoney(snapshot.suspended, 'suspended'))
    .plus(toMoney(snapshot.litigation, 'litigation'));
  if (excluded.gt(outstanding)) {
    throw new RegisterInputError(
      'outstanding',
      `หนี้ยังไม่ถึงกำหนดชำระ + พักชำระหนี้ + ดำเนินคดี (${formatBaht(excluded)} บาท) มากกว่าลูกหนี้คงเหลือ (${formatBaht(outstanding)} บาท)`,
    );
  }
  return overdueResult(outstanding.minus(excluded), outstanding);
}

export interface MembershipInput {
  /** Women aged 15+ who have applied as members (individual type), 31 Aug 2568 for FY2568. */
  readonly members: number;
  /** Women aged 15+ in the DOPA registry, 30 Sep 2567 for FY2568. */
  readonly womenAged15Plus: number;
}

/**
 * KPI I5b, membership % (a ratio to all women 15+, though the KPI is named an increase):
 * 001 L460: "\frac{\text{จำนวนสตรีที่มีอายุ ๑๕ ปีขึ้นไป ที่สมัครเป็นสมาชิกกองทุนพัฒนาบทบาทสตรี}}…
 * …{\text{จำนวนสตรีที่มีอายุ ๑๕ ปีขึ้นไป (ฐานข้อมูลกรมการปกครองฯ ณ วันที่ ๓๐ ก.ย. ๒๕๖๗)}} \times ๑๐๐". Levels read `percent.exact`.
 */
export function membershipPercent(input: MembershipInput): PercentResult {
  const members = toCount(input.members, 'members');
  const women = toCount(input.womenAged15Plus, 'womenAged15Plus');
  return percentOf(
    new Dec(members),
    new Dec(women),
    'ไม่มีข้อมูลจำนวนสตรีอายุ 15 ปีขึ้นไป (ฐานข้อมูลกรมการปกครอง) จึงคำนวณร้อยละสมาชิกไม่ได้',
  );
}
