import { type TrafficLight, trafficLight } from '../dashboard/traffic-light.ts';
import { Dec } from '../scoring/decimal.ts';
import { annualValue, type RegionCode, regionTotals } from './aggregation.ts';
import { percentOfTarget, percentText } from './percent.ts';
import { type PassFail, passFail, type QuarterTarget, quarterTargets } from './quarter-targets.ts';
import type { QuarterlyKpi, QuarterlyReportFile } from './report-file.ts';

/** A printed figure that differs from the computed one: the report shows the computed one and flags this. */
export interface PrintedDifference {
  readonly kpi: string;
  readonly figure: string;
  readonly printed: string | null;
  readonly computed: string | null;
  readonly line: number;
}

/** A further measure of a KPI recomputed: its annual result, % and (with quarters) adjusted quarterly targets. */
export interface RecomputedMeasure {
  readonly role: 'secondary' | 'part' | 'achievable';
  readonly nameTh: string;
  readonly unitTh: string;
  readonly target: Dec | null;
  readonly result: Dec | null;
  readonly percent: Dec | null;
  readonly quarters: readonly QuarterTarget[] | null;
}

export interface RecomputedKpi {
  readonly code: string;
  readonly measures: readonly RecomputedMeasure[];
  readonly quarters: readonly QuarterTarget[];
  readonly annualResult: Dec | null;
  readonly annualPercent: Dec | null;
  readonly annualLight: TrafficLight | null;
  readonly passFail: PassFail | null;
  readonly differences: readonly PrintedDifference[];
}

const dec = (value: string | null | undefined) =>
  value === null || value === undefined ? null : new Dec(value);
const text = (value: Dec | null) => (value === null ? null : value.toFixed());
const pct = (value: Dec | null) => (value === null ? null : percentText(value));

/** Equal as printed: "125" and "125.00" are the same %, "174" and null are not. */
function same(printed: string | null, computed: string | null): boolean {
  if (printed === null || computed === null) return printed === computed;
  return new Dec(printed).eq(new Dec(computed));
}

/**
 * Every figure of a KPI recomputed from what was entered (planned targets and results), compared with what the
 * report printed. Flow KPIs use the adjusted quarterly targets; stock KPIs measure each quarter against its own
 * cumulative target (004 L231: "ร้อยละ 20 (47 คน) (ผล 140 คน ร้อยละ 297.87)") and take the last quarter for the year.
 */
export function recomputeKpi(kpi: QuarterlyKpi, paper = true): RecomputedKpi {
  const annualTarget = new Dec(kpi.annualTarget);
  const inputs = kpi.quarters.map((q) => ({ planned: dec(q.planned), result: dec(q.result) }));
  const quarters: QuarterTarget[] =
    kpi.accumulation === 'flow'
      ? quarterTargets(annualTarget, inputs)
      : inputs.map((q, index) => ({
          quarter: (index + 1) as 1 | 2 | 3 | 4,
          planned: q.planned,
          adjusted: q.planned,
          label: null,
          fromAnnual: false,
          result: q.result,
          percent: q.planned === null || q.result === null ? null : percentOfTarget(q.result, q.planned),
        }));
  const annualResult = annualValue(
    kpi.accumulation,
    inputs.map((q) => q.result),
  );
  // 2.3 measures its result against what can be done: "ร้อยละ 65.38 ของเป้าหมายที่สามารถดำเนินการได้ 5,029" (004 L81)
  const achievable = kpi.measures?.find((m) => m.role === 'achievable' && m.target !== null)?.target;
  const annualPercent =
    annualResult === null
      ? null
      : percentOfTarget(annualResult, achievable ? new Dec(achievable) : annualTarget);
  const differences: PrintedDifference[] = [];
  const flag = (figure: string, printed: string | null, computed: string | null, line = kpi.line) => {
    if (!same(printed, computed)) differences.push({ kpi: kpi.code, figure, printed, computed, line });
  };
  // A report typed in here printed nothing: only the checks between its own figures apply.
  if (paper) flag('ผลทั้งปี', kpi.printed.annualResult, text(annualResult));
  if (kpi.accumulation === 'flow') {
    // The quarterly plans should add up to the annual target; 004 L110 prints 35 + 151 + 287 + 62 = 535 for 534.
    const plans = annualValue(
      'flow',
      inputs.map((q) => q.planned),
    );
    flag('เป้าหมายทั้งปีเทียบผลรวมเป้าหมายรายไตรมาส', kpi.annualTarget, text(plans));
  }
  if (kpi.printed.annualPercent !== null) flag('ร้อยละทั้งปี', kpi.printed.annualPercent, pct(annualPercent));
  quarters.forEach((quarter, index) => {
    const printed = kpi.quarters[index]?.printed;
    if (printed === undefined || !paper) return;
    if (kpi.accumulation === 'stock') {
      // 8.2 prints its cumulative result as a % with no % of target: "(ผล ร้อยละ 62.40 1,016.8454 ล้านบาท)" (004 L217)
      if (printed.percent !== null) flag(`ร้อยละไตรมาส ${index + 1}`, printed.percent, pct(quarter.percent));
      return;
    }
    // The seed prints the adjusted target only when it differs from the planned one.
    const computedAdjusted = quarter.label === null ? null : text(quarter.adjusted);
    const printedAdjusted = printed.adjustedLabelOnly === true ? null : printed.adjusted;
    if (printed.adjustedLabelOnly === true || !same(printedAdjusted, computedAdjusted)) {
      differences.push({
        kpi: kpi.code,
        figure: `เป้าที่ใช้วัดผลไตรมาส ${index + 1}`,
        printed: printedAdjusted,
        computed: computedAdjusted,
        line: kpi.line,
      });
    }
    flag(`ร้อยละไตรมาส ${index + 1}`, printed.percent, pct(quarter.percent));
  });
  if (kpi.regions !== undefined) {
    const totals = regionTotals(
      kpi.regions.rows.map((row) => ({
        region: row.region as RegionCode,
        target: new Dec(row.target),
        result: dec(row.result),
      })),
      annualTarget,
    );
    const line = kpi.regions.line;
    totals.rows.forEach((row, index) => {
      const printed = kpi.regions?.rows[index]?.printedPercent;
      if (printed !== undefined && printed !== null)
        flag(`ร้อยละภาค ${row.region}`, printed, pct(row.percent), line);
    });
    if (paper) {
      flag('เป้าหมายรวมทุกภาค', kpi.regions.printedTotal.target, text(totals.sumTargets), line);
      flag('ผลรวมทุกภาค', kpi.regions.printedTotal.result, text(totals.sumResults), line);
    }
    // The official national target is kept apart from Σ regions and the two must agree (004 L159 "1,710" vs L148 "1,700").
    flag('เป้าหมายประเทศเทียบผลรวมเป้าหมายรายภาค', kpi.annualTarget, text(totals.sumTargets), line);
    const printedTotalPercent = kpi.regions.printedTotal.percent;
    if (printedTotalPercent !== undefined && printedTotalPercent !== null) {
      // The total row's % is against the official national target: 004 L131 "รวม | 1,670 | 1,691 | 101.26".
      flag('ร้อยละรวมทุกภาค', printedTotalPercent, pct(totals.nationalPercent), line);
    }
  }
  const threshold = kpi.threshold;
  if (threshold !== undefined) {
    // The pass/fail table may count a different measure (004 L151 "1,042" vs "1,874"); the same figure must agree.
    if (threshold.printedResult !== null)
      flag('ผลในตารางผ่าน/ไม่ผ่าน', threshold.printedResult, text(annualResult), threshold.resultLine);
  }
  const measures = recomputeMeasures(kpi, paper ? differences : []);
  return {
    code: kpi.code,
    measures,
    quarters,
    annualResult,
    annualPercent,
    annualLight: annualPercent === null ? null : trafficLight(annualPercent),
    // Pass/fail reads the agreement's own result, the one its table prints.
    passFail:
      threshold === undefined
        ? null
        : passFailOf(threshold.printedResult === null ? annualResult : new Dec(threshold.printedResult), {
            value: new Dec(threshold.value),
            comparison: threshold.comparison,
          }),
    differences,
  };
}

/**
 * A KPI's further measures. A secondary measure with quarters follows the KPI's own rules (item 6's organisations,
 * 004 L174: "20 องค์กร (เป้าสะสม 28 องค์กร) (ผล 4 หน่วยงาน 69 องค์กร)", 40 − 12 = 28); a measure's % is of its own
 * target, or of the KPI's when it has none (2.3's 2,040 of 7,069 households not yet doable, 004 L81).
 */
function recomputeMeasures(kpi: QuarterlyKpi, differences: PrintedDifference[]): RecomputedMeasure[] {
  return (kpi.measures ?? []).map((m) => {
    const target = dec(m.target);
    const inputs = m.quarters?.map((q) => ({ planned: dec(q.planned), result: dec(q.result) }));
    const quarters =
      inputs === undefined || target === null
        ? null
        : kpi.accumulation === 'flow'
          ? quarterTargets(target, inputs)
          : null;
    const result =
      inputs === undefined
        ? dec(m.result)
        : annualValue(
            kpi.accumulation,
            inputs.map((q) => q.result),
          );
    const base = target ?? new Dec(kpi.annualTarget);
    // A part without its own target has no % (2.3's built, building and ready households are counts only).
    const percent =
      m.role === 'achievable' || result === null || (m.role === 'part' && target === null)
        ? null
        : percentOfTarget(result, base);
    const flag = (figure: string, printed: string | null, computed: string | null) => {
      if (!same(printed, computed))
        differences.push({
          kpi: kpi.code,
          figure: `${figure} (${m.nameTh})`,
          printed,
          computed,
          line: m.line,
        });
    };
    if (m.printed.result !== null) flag('ผลทั้งปี', m.printed.result, text(result));
    if (m.printed.percent !== null) flag('ร้อยละ', m.printed.percent, pct(percent));
    quarters?.forEach((quarter, index) => {
      const printed = m.quarters?.[index]?.printed;
      if (printed === undefined) return;
      flag(
        `เป้าที่ใช้วัดผลไตรมาส ${index + 1}`,
        printed.adjusted,
        quarter.label === null ? null : text(quarter.adjusted),
      );
      if (printed.percent !== null) flag(`ร้อยละไตรมาส ${index + 1}`, printed.percent, pct(quarter.percent));
    });
    return { role: m.role, nameTh: m.nameTh, unitTh: m.unitTh, target, result, percent, quarters };
  });
}

const passFailOf = (result: Dec | null, bound: Parameters<typeof passFail>[1]) =>
  result === null ? null : passFail(result, bound);

export interface RecomputedReport {
  readonly kpis: readonly RecomputedKpi[];
  readonly differences: readonly PrintedDifference[];
}

/**
 * The whole report recomputed, KPIs in display order, with every printed difference including typed colours:
 * 004 L26 prints the 1.1 result 518 in red although 101.57 % is green.
 */
export function recomputeReport(file: QuarterlyReportFile): RecomputedReport {
  const kpis = [...file.kpis]
    .sort((a, b) => a.displayOrder - b.displayOrder)
    .map((kpi) => recomputeKpi(kpi, file.fromPaper !== false));
  const colours: PrintedDifference[] = file.printedColours.flatMap((typed) => {
    const kpi = kpis.find((candidate) => candidate.code === typed.kpi);
    if (kpi === undefined || kpi.annualLight === null || kpi.annualLight === typed.colour) return [];
    return [
      {
        kpi: typed.kpi,
        figure: 'สีของผลทั้งปี',
        printed: typed.colour,
        computed: kpi.annualLight,
        line: typed.line,
      },
    ];
  });
  // A report typed in here has no paper version: its own inconsistencies are the data-quality page's warnings.
  if (file.fromPaper === false) return { kpis, differences: [] };
  return { kpis, differences: [...kpis.flatMap((kpi) => kpi.differences), ...colours] };
}
