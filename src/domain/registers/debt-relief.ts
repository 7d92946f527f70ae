import { Dec } from '../scoring/decimal.ts';
import { toCount } from './inputs.ts';
import { type PercentResult, percentOf } from './percentage.ts';

/** A target household of a community fund management centre's debt process ("สำนึกดี แผนดี บริหารหนี้ได้"). */
export interface DebtTargetHousehold {
  readonly id: string;
  /** Entered the centre's debt-management process. */
  readonly enteredProcess: boolean;
  /** Had its debt restructured in a form that suits it (consolidation, longer term, moratorium, lower interest, refinancing …). */
  readonly debtRestructured: boolean;
  /** Received occupational promotion. */
  readonly occupationalPromotion: boolean;
}

/**
 * A household "reduced or cleared its debt" only when all three hold:
 * 001 L360: "ครัวเรือนเป้าหมายที่สามารถลดหนี้/ปลดหนี้ได้ด้วยกระบวนการบริหารจัดการหนี้ของศูนย์จัดการกองทุนชุมชน หมายถึง…
 * …ตัวแทนครัวเรือนเป้าหมายเข้าสู่กระบวนการบริหารจัดการหนี้ ได้รับการปรับโครงสร้างหนี้ โดยใช้รูปแบบตามความเหมาะสม ของแต่ละครัวเรือน…
 * …เช่นการรวมหนี้…การรีไฟแนนซ์และได้รับการส่งเสริมอาชีพ"
 */
export function countsAsDebtReduced(household: DebtTargetHousehold): boolean {
  return household.enteredProcess && household.debtRestructured && household.occupationalPromotion;
}

export interface DebtRelief {
  /** Households that count (see countsAsDebtReduced). */
  readonly reduced: number;
  readonly target: number;
  /** Levels read `percent.exact`; above 100 when more than the target count (not capped). */
  readonly percent: PercentResult;
}

/**
 * KPI I3: 001 L361: "\frac{\text{จำนวนครัวเรือนเป้าหมายที่บริหารจัดการหนี้ ลดหนี้/ปลดหนี้} \times 100}…
 * …{\text{จำนวนครัวเรือนเป้าหมายทั้งหมด ๓๐ คน}}".
 * The target (30 persons on the Yala card) belongs to the agreement, so it is a parameter.
 */
export function debtReliefPercent(households: readonly DebtTargetHousehold[], target: number): DebtRelief {
  const persons = toCount(target, 'target');
  const reduced = households.filter(countsAsDebtReduced).length;
  return {
    reduced,
    target: persons,
    percent: percentOf(
      new Dec(reduced),
      new Dec(persons),
      'ยังไม่ได้กำหนดจำนวนครัวเรือนเป้าหมาย จึงคำนวณร้อยละครัวเรือนที่ลดหนี้/ปลดหนี้ได้ไม่ได้',
    ),
  };
}
