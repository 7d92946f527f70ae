import { canonical, Dec, type DecimalInput, type DecimalString, scoreString, toDecimal } from './decimal.ts';
import { ScoringInputError } from './errors.ts';
import { thaiFieldOf } from './field-names.ts';

export interface WeightedItem {
  readonly id: string;
  /** น้ำหนัก (ร้อยละ), e.g. 50. */
  readonly weight: DecimalInput;
  /** The KPI's score, 0 to 5, e.g. "2.0000". */
  readonly score: DecimalInput;
}

/** One weight list of an agreement (ตัวชี้วัดรายทีม, ตัวชี้วัดรายบุคคล): its KPIs as they count. */
export interface WeightList {
  readonly id: string;
  readonly items: readonly WeightedItem[];
}

export interface WeightsCheck {
  readonly sum: DecimalString;
  readonly is100: boolean;
  /** null when the sum is 100, else "น้ำหนักรวม 110 ไม่เท่ากับ 100" */
  readonly message: string | null;
}

export interface ListResult {
  readonly id: string;
  readonly weightSum: DecimalString;
  /** The list's weighted score: the sum of its rows' weighted scores, 4 decimals; null when the list has no weight. */
  readonly score: string | null;
}

export interface ItemContribution {
  readonly id: string;
  /** ค่าคะแนนถ่วงน้ำหนัก: w × s ÷ (the list's Σw), rounded half up to 4 decimals, as it enters its list's score. */
  readonly contribution: string;
}

export interface WeightedResult {
  /** คะแนนรวม: the mean of the lists' scores, 4 decimals. */
  readonly score: string;
  readonly items: readonly ItemContribution[];
  /** One result per list that has weight, in the order given. */
  readonly sections: readonly ListResult[];
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

function parseItem(item: WeightedItem, field: string) {
  const weight = toDecimal(item.weight, `${field}.weight`);
  const score = toDecimal(item.score, `${field}.score`);
  if (weight.isNegative())
    throw new ScoringInputError(`${field}.weight`, `${thaiFieldOf(`${field}.weight`)} ต้องไม่ติดลบ`);
  if (score.isNegative() || score.gt(MAX_SCORE)) {
    throw new ScoringInputError(`${field}.score`, `${thaiFieldOf(`${field}.score`)} ต้องอยู่ระหว่าง 0 ถึง 5`);
  }
  return { id: item.id, weight, score };
}

/**
 * The agreement's score, in steps a reader can add up on the printed form:
 * - each row's weighted score (ค่าคะแนนถ่วงน้ำหนัก) is w × s ÷ Σw of its list, rounded half up to 4 decimals:
 *   anchors §1.4 "ผลรวมคะแนนเฉลี่ยถ่วงน้ำหนัก = Σ(Wᵢ×SMᵢ)/ΣWᵢ", per list, since each list of the follow-up form
 *   (000 "๘.๑ ตัวชี้วัดรายทีม" / "๘.๒ ตัวชี้วัดรายบุคคล", columns "น้ำหนัก ร้อยละ | ค่าคะแนน") carries its own weights to 100;
 * - a list's score is the sum of its rows as printed;
 * - the total is the mean of the lists' scores: (team + individual) ÷ 2. The seeds do not say how the two lists
 *   combine (research §9 Q1 "How is the weighted total computed … The documents are silent"); with both lists at
 *   100 the mean equals Σ(w·s)/Σw over both, and it keeps one list from outweighing the other when a draft's
 *   weights do not total 100. The page and the printouts state this rule in a footnote.
 */
export function agreementTotal(lists: readonly WeightList[]): WeightedResult {
  const parsed = lists.map((list, listIndex) => {
    const items = list.items.map((item, index) => parseItem(item, `lists[${listIndex}].items[${index}]`));
    const weightSum = items.reduce<Dec>((total, item) => total.plus(item.weight), new Dec(0));
    const rows = items.map((item) => ({
      id: item.id,
      contribution: weightSum.isZero()
        ? new Dec(0)
        : item.weight.times(item.score).div(weightSum).toDecimalPlaces(4, Dec.ROUND_HALF_UP),
    }));
    const score = rows.reduce<Dec>((total, row) => total.plus(row.contribution), new Dec(0));
    return { id: list.id, weightSum, rows, score };
  });
  const weighed = parsed.filter((list) => !list.weightSum.isZero());
  if (weighed.length === 0) throw new ScoringInputError('lists', 'กลุ่มตัวชี้วัดต้องมีน้ำหนักรวมมากกว่า 0');
  const total = weighed.reduce<Dec>((sum, list) => sum.plus(list.score), new Dec(0)).div(weighed.length);
  return {
    score: scoreString(total),
    items: parsed.flatMap((list) =>
      list.rows.map((row) => ({ id: row.id, contribution: scoreString(row.contribution) })),
    ),
    sections: weighed.map((list) => ({
      id: list.id,
      weightSum: canonical(list.weightSum),
      score: scoreString(list.score),
    })),
  };
}
