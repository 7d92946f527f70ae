import { formatDecimal } from './format.ts';
import { POVERTY_INCOME_LINE } from './households.ts';
import type { PovertySummary } from './poverty-summary.ts';

// 002 L64: "กรณีที่มีจำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ.ปี ๒๕๖๖ ที่สามารถพัฒนาได้ น้อยกว่า ๑๐ ครัวเรือน
// ให้จังหวัดเพิ่มครัวเรือนเป้าหมายฯ ดำเนินงาน ไม่น้อยกว่า ๑๐ ครัวเรือน"
const PROVINCE_MINIMUM = 10;

export interface DistrictWithoutDevelopable {
  readonly code: 'district-without-developable';
  readonly district: string;
  readonly message: string;
}

export interface ProvinceBelowMinimum {
  readonly code: 'province-below-minimum';
  /** Developable households below the line. */
  readonly targets: number;
  /** Developable households of any income, the ones added at or above the line included. */
  readonly developable: number;
  /** How many more the province must add. */
  readonly missing: number;
  readonly message: string;
}

export type PovertyWarning = DistrictWithoutDevelopable | ProvinceBelowMinimum;

/** 002 L137–139: "ใน 1 อำเภอ ต้องมีครัวเรือน ที่มีสถานะพัฒนาได้ อย่างน้อย 1 ครัวเรือน" */
export function districtsWithoutDevelopable(summary: PovertySummary): DistrictWithoutDevelopable[] {
  return summary.districts
    .filter((district) => district.byStatus.developable === 0)
    .map(({ district }) => ({
      code: 'district-without-developable',
      district,
      message: `อำเภอ${district} ยังไม่มีครัวเรือนที่มีสถานะพัฒนาได้ (ใน 1 อำเภอ ต้องมีครัวเรือนที่มีสถานะพัฒนาได้อย่างน้อย 1 ครัวเรือน)`,
    }));
}

/**
 * The province-wide minimum of 10 developable target households (a province count, as the seed says
 * "ให้จังหวัดเพิ่ม"). Households added at or above the line count toward the 10, as the seed lets the province choose
 * 002 L64: "โดยพิจารณาครัวเรือน ที่มีรายได้เฉลี่ยต่อคนต่อปี ตั้งแต่ ๔๐,๐๐๐ บาท ขึ้น ไป และ/หรือ ประสบปัญหามิติอื่น ๆ ร่วมด้วย"
 */
export function provinceMinimumCheck(summary: PovertySummary): ProvinceBelowMinimum | null {
  const { targets } = summary.province;
  const developable = summary.province.byStatus.developable;
  // targets ≤ developable, so 10 developable households also settle a province whose targets alone fall short.
  if (developable >= PROVINCE_MINIMUM) return null;
  const missing = PROVINCE_MINIMUM - developable;
  return {
    code: 'province-below-minimum',
    targets,
    developable,
    missing,
    message:
      `จังหวัดมีครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. ที่สามารถพัฒนาได้ ${targets} ครัวเรือน ` +
      `(น้อยกว่า ${PROVINCE_MINIMUM} ครัวเรือน) และมีครัวเรือนพัฒนาได้รวม ${developable} ครัวเรือน ` +
      `ให้เพิ่มครัวเรือนเป้าหมายอีกอย่างน้อย ${missing} ครัวเรือน ให้ครบไม่น้อยกว่า ${PROVINCE_MINIMUM} ครัวเรือน ` +
      `โดยพิจารณาครัวเรือนที่มีรายได้เฉลี่ยต่อคนต่อปีตั้งแต่ ${formatDecimal(POVERTY_INCOME_LINE, 0)} บาทขึ้นไป และ/หรือประสบปัญหามิติอื่น ๆ ร่วมด้วย`,
  };
}
