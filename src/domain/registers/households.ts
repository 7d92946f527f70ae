import { Dec, type DecimalInput } from '../scoring/decimal.ts';
import { RegisterInputError } from './errors.ts';
import { toCount, toMoney } from './inputs.ts';

/**
 * The status of a target poor household, one of four columns in sheet 1 of the household workbook:
 * 002 L134: "คร. ที่พัฒนาได้	คร. ที่ขอรับการ สงเคราะห์	คร. ที่พึ่งตนเองได้ (ไม่ขอรับความ ช่วยเหลือ)	คร. อื่น ๆ (เช่น เสียชีวิต/ ย้าย)"
 */
export type HouseholdStatus = 'developable' | 'welfare-requested' | 'self-reliant' | 'other';

export const HOUSEHOLD_STATUSES: readonly HouseholdStatus[] = [
  'developable',
  'welfare-requested',
  'self-reliant',
  'other',
];

export const HOUSEHOLD_STATUS_LABELS: Readonly<Record<HouseholdStatus, string>> = {
  developable: 'พัฒนาได้',
  'welfare-requested': 'ขอรับการสงเคราะห์',
  'self-reliant': 'พึ่งตนเองได้ (ไม่ขอรับความช่วยเหลือ)',
  other: 'อื่น ๆ (เช่น เสียชีวิต/ย้าย)',
};

/** The four status cells of one household's row: true where the district put "1". */
export type StatusMarks = Readonly<Record<HouseholdStatus, boolean>>;

export type StatusClassification =
  | { readonly status: HouseholdStatus; readonly error: null }
  | { readonly status: null; readonly error: string };

/** Exactly one cell must be marked: 002 L133: "การจำแนกสถานะครัวเรือน (ใส่เลข 1 ในช่องที่เลือก)". */
export function classifyStatus(marks: StatusMarks): StatusClassification {
  const marked = HOUSEHOLD_STATUSES.filter((status) => marks[status]);
  const [only] = marked;
  if (marked.length === 1 && only !== undefined) return { status: only, error: null };
  if (marked.length === 0) {
    return { status: null, error: 'ยังไม่ได้จำแนกสถานะครัวเรือน: ใส่เลข 1 ในช่องสถานะที่เลือก 1 ช่อง' };
  }
  const labels = marked.map((status) => HOUSEHOLD_STATUS_LABELS[status]).join(', ');
  return {
    status: null,
    error: `จำแนกสถานะครัวเรือนได้เพียง 1 ช่อง แต่ใส่เลข 1 ไว้ ${marked.length} ช่อง (${labels})`,
  };
}

/**
 * The BMN income line, baht per person per year:
 * 001 L397: "รายได้ต่ำกว่าเกณฑ์ จปฐ. หมายถึง รายได้เฉลี่ยของคนในครัวเรือนต่อปี น้อยกว่า ๔๐,๐๐๐ บาท"
 */
export const POVERTY_INCOME_LINE = new Dec(40_000);

/** Average income per person per year = household income per year ÷ members (001 L397), exact. */
export function incomePerPerson(annualIncome: DecimalInput, members: number): Dec {
  const income = toMoney(annualIncome, 'annualIncome');
  if (toCount(members, 'members') === 0) {
    throw new RegisterInputError('members', 'members ต้องมีสมาชิกในครัวเรือนอย่างน้อย 1 คน');
  }
  return income.div(members);
}

/** "น้อยกว่า ๔๐,๐๐๐ บาท": 40,000 exactly is not below the line. */
export function isBelowIncomeLine(incomePerPersonPerYear: Dec): boolean {
  return incomePerPersonPerYear.lt(POVERTY_INCOME_LINE);
}

export type ActivityLogGuard =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly message: string };

/** 002 L153–154: "บันทึกกิจกรรมเฉพาะ ครัวเรือนประเภท “พัฒนาได้” เท่านั้น" */
export function activityLogGuard(status: HouseholdStatus): ActivityLogGuard {
  if (status === 'developable') return { allowed: true };
  return {
    allowed: false,
    message: `บันทึกกิจกรรมได้เฉพาะครัวเรือนประเภท "พัฒนาได้" เท่านั้น (ครัวเรือนนี้มีสถานะ "${HOUSEHOLD_STATUS_LABELS[status]}")`,
  };
}
