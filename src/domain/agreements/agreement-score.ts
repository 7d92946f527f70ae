import type { Criteria } from '../scoring/criteria.ts';
import { toDecimal } from '../scoring/decimal.ts';
import { ScoringInputError } from '../scoring/errors.ts';
import { type EvaluationInput, evaluate } from '../scoring/evaluate.ts';
import type { Evaluation } from '../scoring/result.ts';
import { agreementTotal, checkWeights, type WeightedResult, type WeightsCheck } from '../scoring/weighted.ts';

export type Section = 'team' | 'individual' | 'optional';

export interface AgreementItem {
  readonly id: string;
  readonly section: Section;
  /** น้ำหนัก (ร้อยละ) in this agreement, e.g. "15". */
  readonly weight: string;
  /** Optional KPIs the unit did not choose count nowhere. */
  readonly selected: boolean;
  /** The KPI's criteria, or the unit's own for a project-defined KPI; null while the unit has not set its own. */
  readonly criteria: Criteria | null;
  /** The unit's current result; null while nothing has been reported. */
  readonly input: EvaluationInput | null;
}

export interface WeightGroupCheck extends WeightsCheck {
  /** team, or individual (the individual list with the optional KPIs chosen). */
  readonly group: 'team' | 'individual';
}

export interface AgreementScore {
  readonly items: readonly {
    readonly id: string;
    readonly evaluation: Evaluation | null;
    /** Thai: why the stored result cannot be scored; it then counts 0 in the total, like no result. */
    readonly error: string | null;
  }[];
  /** Each row's weighted score, each list's score and the total (see agreementTotal); null when no item has weight yet. */
  readonly weighted: WeightedResult | null;
  /** One check per weight list: each must total 100 before the agreement can be signed. */
  readonly weightChecks: readonly WeightGroupCheck[];
  readonly reported: number;
  readonly expected: number;
  /** Chosen KPIs whose stored result cannot be scored (each item carries its error). */
  readonly unscorable: number;
  /** Thai warnings: optional KPIs chosen wrongly. */
  readonly warnings: readonly string[];
}

/**
 * The individual list and the optional KPIs share one weight list: 001 L59 "ตัวชี้วัดงานรายบุคคล (ตัวชี้วัดทางเลือก)"
 * heads the optional KPIs 7–9 inside the individual goals, so a chosen optional KPI carries its weight there.
 */
const groupOf = (section: Section): 'team' | 'individual' => (section === 'team' ? 'team' : 'individual');

type Scored = { evaluation: Evaluation | null; error: string | null };

/** One KPI's evaluation; a stored result its criteria cannot use is that row's error, never the whole agreement's. */
function scoreItem(
  item: AgreementItem,
  evaluateItem: (criteria: Criteria, input: EvaluationInput) => Evaluation,
): Scored {
  if (item.input === null || item.criteria === null) return { evaluation: null, error: null };
  try {
    return { evaluation: evaluateItem(item.criteria, item.input), error: null };
  } catch (error) {
    if (!(error instanceof ScoringInputError)) throw error;
    return { evaluation: null, error: `ผลที่บันทึกไว้ใช้คำนวณคะแนนไม่ได้: ${error.message}` };
  }
}

/**
 * Scores every KPI of an agreement and the total: each list Σ(w·s)/Σw, then (team + individual) ÷ 2 (agreementTotal).
 * A KPI with no result yet,
 * or with a result that cannot be scored, scores 0 in the total and is counted as not reported. Weight lists
 * are checked, never corrected.
 */
export function scoreAgreement(
  items: readonly AgreementItem[],
  optionalRequired: number,
  evaluateItem: (criteria: Criteria, input: EvaluationInput) => Evaluation = evaluate,
): AgreementScore {
  const evaluated = items.map((item) => ({ item, ...scoreItem(item, evaluateItem) }));
  const counted = evaluated.filter(({ item }) => item.selected);
  const weightChecks = (['team', 'individual'] as const).flatMap((group): WeightGroupCheck[] => {
    const weights = counted
      .filter(({ item }) => groupOf(item.section) === group)
      .map(({ item }) => item.weight);
    return weights.length === 0 ? [] : [{ group, ...checkWeights(weights) }];
  });
  const hasWeight = counted.some(({ item }) => toDecimal(item.weight, 'weight').gt(0));
  const weighted = hasWeight
    ? agreementTotal(
        (['team', 'individual'] as const).map((group) => ({
          id: group,
          items: counted
            .filter(({ item }) => groupOf(item.section) === group)
            .map(({ item, evaluation }) => ({
              id: item.id,
              weight: item.weight,
              score: evaluation?.score ?? '0',
            })),
        })),
      )
    : null;
  const optional = items.filter((item) => item.section === 'optional');
  const chosen = optional.filter((item) => item.selected).length;
  const warnings = [
    ...(optional.length > 0 && chosen !== optionalRequired
      ? [`ต้องเลือกตัวชี้วัดทางเลือก ${optionalRequired} จาก ${optional.length} ตัวชี้วัด แต่เลือก ${chosen}`]
      : []),
    // 001 L509: "ระดับค่าคะแนนให้เป็นไปตามโครงการที่เสนอผ่านอำเภอ/จังหวัด": the unit's own five levels come with its project.
    ...(items.some((item) => item.selected && item.criteria === null)
      ? ['ยังไม่ได้กำหนดเกณฑ์ 5 ระดับของโครงการของหน่วยงาน (ตัวชี้วัดที่กำหนดตามโครงการ)']
      : []),
  ];
  return {
    items: evaluated.map(({ item, evaluation, error }) => ({ id: item.id, evaluation, error })),
    weighted,
    weightChecks,
    reported: counted.filter(({ evaluation }) => evaluation !== null).length,
    expected: counted.length,
    unscorable: counted.filter(({ error }) => error !== null).length,
    warnings,
  };
}
