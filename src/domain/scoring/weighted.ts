import { canonical, Dec, type DecimalInput, type DecimalString, scoreString, toDecimal } from './decimal.ts';
import { ScoringInputError } from './errors.ts';

export interface WeightedItem {
  readonly id: string;
  /** น้ำหนัก (ร้อยละ), e.g. 50. */
  readonly weight: DecimalInput;
  /** The KPI's score, 0 to 5, e.g. "2.0000". */
  readonly score: DecimalInput;
  /** Items with the same section are also summed together; items without one only count in the total. */
  readonly section?: string;
  /** For a "choose N of M" section: whether the unit chose this KPI. Unchosen items count nowhere. Default true. */
  readonly selected?: boolean;
}

/** A section where the unit picks `choose` of the listed KPIs (001 L59: "ตัวชี้วัดงานรายบุคคล (ตัวชี้วัดทางเลือก)"). */
export interface SectionRule {
  readonly id: string;
  readonly choose: number;
}

export interface WeightsCheck {
  readonly sum: DecimalString;
  readonly is100: boolean;
  /** null when the sum is 100, else "น้ำหนักรวม 110 ไม่เท่ากับ 100" */
  readonly message: string | null;
}

export interface SectionResult {
  readonly id: string;
  readonly weightSum: DecimalString;
  /** Σ weight × score */
  readonly weightedSum: DecimalString;
  /** Σ(w·s)/Σw with 4 decimals; null when the section has no weight. */
  readonly score: string | null;
  readonly selectedCount: number;
  readonly itemCount: number;
}

export interface ItemContribution {
  readonly id: string;
  /** ค่าคะแนนถ่วงน้ำหนัก: w·s/Σw with 4 decimals, 0 when the item is not selected. */
  readonly contribution: string;
}

export interface WeightedResult {
  /** Σ(w·s)/Σw over the selected items, 4 decimals. */
  readonly score: string;
  readonly weights: WeightsCheck;
  readonly weightedSum: DecimalString;
  readonly items: readonly ItemContribution[];
  readonly sections: readonly SectionResult[];
  /** Thai messages for "choose N of M" sections chosen wrongly. */
  readonly warnings: readonly string[];
}

const HUNDRED = new Dec(100);
const MAX_SCORE = new Dec(5);

/**
 * The weights of one agreement list should total 100: 001 L27–30 "๕๐" … "๔๐" … "๑๐" … "รวม	๑๐๐".
 * The seeds break it (003 L380 "น้ำหนัก ร้อยละ ๑๐" on each of 11 individual KPIs = 110), so this reports, never rejects.
 */
export function checkWeights(weights: readonly DecimalInput[]): WeightsCheck {
  const sum = weights.reduce<Dec>(
    (total, weight, index) => total.plus(toDecimal(weight, `weights[${index}]`)),
    new Dec(0),
  );
  const is100 = sum.equals(HUNDRED);
  return { sum: canonical(sum), is100, message: is100 ? null : `น้ำหนักรวม ${canonical(sum)} ไม่เท่ากับ 100` };
}

function parseItem(item: WeightedItem, index: number) {
  const weight = toDecimal(item.weight, `items[${index}].weight`);
  const score = toDecimal(item.score, `items[${index}].score`);
  if (weight.isNegative())
    throw new ScoringInputError(`items[${index}].weight`, `items[${index}].weight ต้องไม่ติดลบ`);
  if (score.isNegative() || score.gt(MAX_SCORE)) {
    throw new ScoringInputError(`items[${index}].score`, `items[${index}].score ต้องอยู่ระหว่าง 0 ถึง 5`);
  }
  return { ...item, weight, score, selected: item.selected ?? true };
}

/**
 * Weighted agreement score Σ(wᵢ·sᵢ)/Σwᵢ (anchors.md §1.4: "ผลรวมคะแนนเฉลี่ยถ่วงน้ำหนัก = Σ(Wᵢ×SMᵢ)/ΣWᵢ"), exact,
 * rounded half-up to 4 decimals only at the end. Scores are taken as given (the 4-decimal scores shown per KPI).
 */
export function weightedScore(
  items: readonly WeightedItem[],
  sections: readonly SectionRule[] = [],
): WeightedResult {
  const parsed = items.map(parseItem);
  const selected = parsed.filter((item) => item.selected);
  const weights = checkWeights(selected.map((item) => canonical(item.weight)));
  const weightSum = new Dec(weights.sum);
  if (weightSum.isZero()) throw new ScoringInputError('items', 'items ต้องมีน้ำหนักรวมมากกว่า 0');
  const weightedSum = selected.reduce<Dec>(
    (total, item) => total.plus(item.weight.times(item.score)),
    new Dec(0),
  );

  const sectionIds = [
    ...new Set(parsed.flatMap((item) => (item.section === undefined ? [] : [item.section]))),
  ];
  const sectionResults = sectionIds.map((id): SectionResult => {
    const members = parsed.filter((item) => item.section === id);
    const chosen = members.filter((item) => item.selected);
    const sectionWeight = chosen.reduce<Dec>((total, item) => total.plus(item.weight), new Dec(0));
    const sectionSum = chosen.reduce<Dec>(
      (total, item) => total.plus(item.weight.times(item.score)),
      new Dec(0),
    );
    return {
      id,
      weightSum: canonical(sectionWeight),
      weightedSum: canonical(sectionSum),
      score: sectionWeight.isZero() ? null : scoreString(sectionSum.div(sectionWeight)),
      selectedCount: chosen.length,
      itemCount: members.length,
    };
  });

  const warnings = sections.flatMap((rule) => {
    const section = sectionResults.find((result) => result.id === rule.id);
    const chosen = section?.selectedCount ?? 0;
    return chosen === rule.choose
      ? []
      : [`ส่วน ${rule.id} ต้องเลือก ${rule.choose} จาก ${section?.itemCount ?? 0} ตัวชี้วัด แต่เลือก ${chosen}`];
  });

  return {
    score: scoreString(weightedSum.div(weightSum)),
    weights,
    weightedSum: canonical(weightedSum),
    items: parsed.map((item) => ({
      id: item.id,
      contribution: scoreString(item.selected ? item.weight.times(item.score).div(weightSum) : new Dec(0)),
    })),
    sections: sectionResults,
    warnings,
  };
}
