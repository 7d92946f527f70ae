import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import type { HOUSEHOLD_STATUS_LABELS } from '../../domain/registers/households.ts';
import { PROBLEM_LABELS } from './schemas.ts';

/**
 * The household workbook, laid out like the department's file (002 L42–48: "ไฟล์ข้อมูลครัวเรือนยากจนเป้าหมายฯ ข้างต้น
 * ประกอบด้วย ๓ sheet"): sheet 1 the households with their status marks and activity log, sheet 2 the development
 * plan, sheet 3 the summary. Row 1 groups the columns as the seed does, row 2 names them; data starts on row 3.
 * Excel allows 31 characters in a sheet name, so the names are the seed's, shortened.
 */
export const SHEET_NAMES = [
  '1 ข้อมูลครัวเรือนยากจนเป้าหมาย',
  '2 แผนการพัฒนาครัวเรือน',
  '3 สรุปข้อมูลการพัฒนาครัวเรือน',
] as const;

export type Column = { key: string; header: string; width: number; group: string; personal?: boolean };

const G_HOUSEHOLD = 'ข้อมูลครัวเรือน';
const G_PROBLEMS = 'สภาพปัญหา 5 มิติ (ใส่เลข 1 ในมิติที่ประสบปัญหา)';
// 002 L133: "การจำแนกสถานะครัวเรือน (ใส่เลข 1 ในช่องที่เลือก)"
const G_STATUS = 'การจำแนกสถานะครัวเรือน (ใส่เลข 1 ในช่องที่เลือก)';
// 002 L149: "การดำเนินงานเพื่อการพัฒนาครัวเรือนเป้าหมาย (กรณีที่เป็น คร. ที่พัฒนาได้)"
const G_ACTIVITY = 'การดำเนินงานเพื่อการพัฒนาครัวเรือนเป้าหมาย (กรณีที่เป็น คร. ที่พัฒนาได้)';

/** Sheet 1's columns for a fiscal year (the income columns name the baseline and result survey years). */
export function householdColumns(fiscalYear: number): Column[] {
  return [
    { key: 'no', header: 'ที่', width: 7, group: G_HOUSEHOLD },
    { key: 'house_code', header: 'รหัสบ้าน', width: 14, group: G_HOUSEHOLD },
    { key: 'unit_code', header: 'รหัสหมู่บ้าน/ตำบล', width: 14, group: G_HOUSEHOLD },
    { key: 'address', header: 'ที่อยู่', width: 30, group: G_HOUSEHOLD },
    { key: 'head_name', header: 'ชื่อ-สกุล หัวหน้าครัวเรือน', width: 24, group: G_HOUSEHOLD, personal: true },
    { key: 'head_citizen_id', header: 'เลขประจำตัวประชาชน', width: 16, group: G_HOUSEHOLD, personal: true },
    { key: 'members', header: 'จำนวนสมาชิก (คน)', width: 10, group: G_HOUSEHOLD },
    {
      key: 'baseline_income',
      header: `รายได้เฉลี่ยต่อคนต่อปี จปฐ. ปี ${fiscalYear - 1} (บาท)`,
      width: 16,
      group: G_HOUSEHOLD,
    },
    {
      key: 'result_income',
      header: `รายได้เฉลี่ยต่อคนต่อปี จปฐ. ปี ${fiscalYear} (บาท)`,
      width: 16,
      group: G_HOUSEHOLD,
    },
    { key: 'problem_health', header: PROBLEM_LABELS.health, width: 9, group: G_PROBLEMS },
    { key: 'problem_living', header: PROBLEM_LABELS.living, width: 9, group: G_PROBLEMS },
    { key: 'problem_education', header: PROBLEM_LABELS.education, width: 9, group: G_PROBLEMS },
    { key: 'problem_income', header: PROBLEM_LABELS.income, width: 9, group: G_PROBLEMS },
    { key: 'problem_access', header: PROBLEM_LABELS.access, width: 9, group: G_PROBLEMS },
    // 002 L134: "คร. ที่พัฒนาได้	คร. ที่ขอรับการ สงเคราะห์	คร. ที่พึ่งตนเองได้ (ไม่ขอรับความ ช่วยเหลือ)	คร. อื่น ๆ (เช่น เสียชีวิต/ ย้าย)"
    { key: 'status_developable', header: 'คร. ที่พัฒนาได้', width: 10, group: G_STATUS },
    { key: 'status_welfare', header: 'คร. ที่ขอรับการสงเคราะห์', width: 10, group: G_STATUS },
    { key: 'status_self_reliant', header: 'คร. ที่พึ่งตนเองได้ (ไม่ขอรับความช่วยเหลือ)', width: 12, group: G_STATUS },
    { key: 'status_other', header: 'คร. อื่น ๆ (เช่น เสียชีวิต/ย้าย)', width: 10, group: G_STATUS },
    // 002 L150: "ชื่อกิจกรรมพัฒนา	วิธีการ/ขั้นตอนการดำเนินการกิจกรรมการพัฒนา	วันที่ดำเนินการ	สถานที่ดำเนินการ	หน่วยดำเนินการ (หลัก/รวม)	ผลที่ได้รับ/ความสำเร็จของการดำเนินงาน"
    { key: 'activity', header: 'ชื่อกิจกรรมพัฒนา', width: 24, group: G_ACTIVITY },
    { key: 'activity_method', header: 'วิธีการ/ขั้นตอนการดำเนินการกิจกรรมการพัฒนา', width: 30, group: G_ACTIVITY },
    { key: 'activity_date', header: 'วันที่ดำเนินการ', width: 12, group: G_ACTIVITY },
    { key: 'activity_place', header: 'สถานที่ดำเนินการ', width: 18, group: G_ACTIVITY },
    { key: 'activity_agency', header: 'หน่วยดำเนินการ', width: 18, group: G_ACTIVITY },
    { key: 'activity_agency_role', header: 'หลัก/ร่วม', width: 8, group: G_ACTIVITY },
    { key: 'activity_result', header: 'ผลที่ได้รับ/ความสำเร็จของการดำเนินงาน', width: 30, group: G_ACTIVITY },
  ];
}

export const STATUS_COLUMNS = {
  developable: 'status_developable',
  'welfare-requested': 'status_welfare',
  'self-reliant': 'status_self_reliant',
  other: 'status_other',
} as const satisfies Record<keyof typeof HOUSEHOLD_STATUS_LABELS, string>;

export const ACTIVITY_KEYS = [
  'activity',
  'activity_method',
  'activity_date',
  'activity_place',
  'activity_agency',
  'activity_agency_role',
  'activity_result',
] as const;

const G_PLAN = 'แผนการพัฒนาครัวเรือนยากจนเป้าหมาย (จัดทำผ่านกลไก ศจพ.)';

export const PLAN_COLUMNS: Column[] = [
  { key: 'house_code', header: 'รหัสบ้าน', width: 14, group: G_PLAN },
  { key: 'dimension', header: 'มิติปัญหา', width: 18, group: G_PLAN },
  { key: 'item', header: 'แผน/กิจกรรมการพัฒนา', width: 40, group: G_PLAN },
  { key: 'agency', header: 'หน่วยงานที่ช่วยเหลือ', width: 24, group: G_PLAN },
  { key: 'due_on', header: 'กำหนดแล้วเสร็จ', width: 14, group: G_PLAN },
];

const normalise = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Which column holds which key: a header cell may carry the Thai header or the key itself. Returns null when the
 * row is not a header row (it names no house code column).
 */
export function headerMap(cells: readonly string[], columns: readonly Column[]): Map<string, number> | null {
  const byText = new Map(
    columns.flatMap((c) => [[normalise(c.header), c.key] as const, [normalise(c.key), c.key] as const]),
  );
  const found = new Map<string, number>();
  cells.forEach((cell, index) => {
    const key = byText.get(normalise(cell));
    if (key !== undefined && !found.has(key)) found.set(key, index);
  });
  return found.has('house_code') ? found : null;
}

/** A status or problem cell: "1" (or "๑", "✓") marks it; blank or "0" does not; anything else is an error. */
export function mark(cell: string): boolean | null {
  const text = fromThaiDigits(cell.trim());
  if (text === '' || text === '0') return false;
  if (text === '1' || text === '✓' || text === '/') return true;
  return null;
}

/** The Thai name of a dimension, or its key, to the key. */
export function dimensionOf(cell: string): keyof typeof PROBLEM_LABELS | null {
  const text = normalise(cell);
  const entry = Object.entries(PROBLEM_LABELS).find(
    ([key, label]) =>
      normalise(key) === text || normalise(label) === text || normalise(label.replace(/^ด้าน/, '')) === text,
  );
  return entry ? (entry[0] as keyof typeof PROBLEM_LABELS) : null;
}
