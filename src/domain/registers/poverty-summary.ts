import { Dec, type DecimalInput } from '../scoring/decimal.ts';
import { RegisterInputError } from './errors.ts';
import { type HouseholdStatus, isBelowIncomeLine } from './households.ts';
import { toIncome } from './inputs.ts';
import { type PercentResult, percentOf } from './percentage.ts';

/** One row of sheet 1: a household with its status and its BMN income per person per year. */
export interface TargetHousehold {
  readonly id: string;
  readonly district: string;
  readonly status: HouseholdStatus;
  /** Average income per person per year (baht, any decimals) in the baseline BMN year (2567 for FY2568). */
  readonly baselineIncome: DecimalInput;
  /** In the result BMN year (2568 for FY2568); null until surveyed, which counts as not passed. */
  readonly resultIncome: DecimalInput | null;
}

/** Sheet 3 (002 L48: "sheet ที่ ๓ สรุปข้อมูลการพัฒนาครัวเรือนยากจนเป้าหมายฯ") for a district or the province. */
export interface PovertyFigures {
  readonly households: number;
  readonly byStatus: Readonly<Record<HouseholdStatus, number>>;
  /** Developable households below the line in the baseline year: the KPI's denominator. */
  readonly targets: number;
  /** Targets whose income passes the line in the result year. */
  readonly passed: number;
  readonly remaining: number;
  /** remaining ÷ targets × 100; levels read `percent.exact`. */
  readonly remainingPercent: PercentResult;
}

export interface DistrictPovertyFigures extends PovertyFigures {
  readonly district: string;
}

export interface PovertySummary {
  readonly districts: readonly DistrictPovertyFigures[];
  readonly province: PovertyFigures;
}

interface Counted {
  readonly district: string;
  readonly status: HouseholdStatus;
  readonly target: boolean;
  readonly passed: boolean;
}

/**
 * KPI I4, remaining % below the line, counting developable households only:
 * 001 L404–407: "(จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. ปี ๒๕๖๗ / - จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ผ่านเกณฑ์ จปฐ. ปี ๒๕๖๘)
 * / = $\frac{\text{จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. คงเหลือ}}{\text{จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. ปี ๒๕๖๗}} \times ๑๐๐$"
 * 001 L400: "ครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. หมายถึง ครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. ที่สามารถพัฒนาได้"
 */
function figures(households: readonly Counted[]): PovertyFigures {
  const count = (status: HouseholdStatus) =>
    households.filter((household) => household.status === status).length;
  return povertyFigures({
    households: households.length,
    byStatus: {
      developable: count('developable'),
      'welfare-requested': count('welfare-requested'),
      'self-reliant': count('self-reliant'),
      other: count('other'),
    },
    targets: households.filter((household) => household.target).length,
    passed: households.filter((household) => household.passed).length,
  });
}

/** The counts sheet 3 rests on, as a database aggregate gives them (a million households are never loaded). */
export type PovertyCounts = Pick<PovertyFigures, 'households' | 'byStatus' | 'targets' | 'passed'>;

/** Sheet 3's figures from counts: remaining = targets − passed, and its % of the targets (see `figures`). */
export function povertyFigures(counts: PovertyCounts): PovertyFigures {
  const remaining = counts.targets - counts.passed;
  return {
    ...counts,
    remaining,
    remainingPercent: percentOf(
      new Dec(remaining),
      new Dec(counts.targets),
      'ไม่มีครัวเรือนพัฒนาได้ที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. จึงคำนวณร้อยละคงเหลือไม่ได้',
    ),
  };
}

function counted(household: TargetHousehold, at: string, districts: ReadonlySet<string>): Counted {
  if (!districts.has(household.district)) {
    throw new RegisterInputError(
      `${at}.district`,
      `ครัวเรือน ${household.id}: ไม่พบอำเภอ "${household.district}" ในจังหวัด`,
    );
  }
  const baseline = toIncome(household.baselineIncome, `${at}.baselineIncome`);
  const target = household.status === 'developable' && isBelowIncomeLine(baseline);
  const result =
    household.resultIncome === null ? null : toIncome(household.resultIncome, `${at}.resultIncome`);
  // 001 L444: "ประเภท ครัวเรือนสามารถพัฒนาได้ ปี ๒๕๖๗ ต้องผ่านเกณฑ์รายได้เกณฑ์ ข้อ ๒๙ ในปี ๒๕๖๘"
  const passed = target && result !== null && !isBelowIncomeLine(result);
  return { district: household.district, status: household.status, target, passed };
}

/** Sheet 3 per district, in the order given (districts without households included), and for the province. */
export function povertySummary(
  districts: readonly string[],
  households: readonly TargetHousehold[],
): PovertySummary {
  const known = new Set(districts);
  const rows = households.map((household, index) => counted(household, `households[${index}]`, known));
  return {
    districts: districts.map((district) => ({
      district,
      ...figures(rows.filter((row) => row.district === district)),
    })),
    province: figures(rows),
  };
}
