import { Dec } from '../scoring/decimal.ts';
import { quarterPeriod, quarterTitle } from './periods.ts';
import type { QuarterlyKpi, QuarterlyReportFile } from './report-file.ts';

export type QuarterNo = 1 | 2 | 3 | 4;
type Quarter = QuarterlyKpi['quarters'][number];

const unprinted = { adjusted: null, percent: null };

/**
 * A new quarter's report made from an earlier one (issue R2-3 §2; seed 004 §6.4 "targets are set at the start of
 * the year"): the strategic issues with their display order, the items and KPIs, annual and quarterly planned
 * targets, thresholds, region targets and measures are copied. Results of the quarters before the new one are kept
 * when both reports are of the same fiscal year, so the carried-forward targets ("เป้าสะสม", "เป้าคงเหลือ") derive
 * from them; the new quarter's results, narratives, the as-of date and everything a paper version printed start empty.
 */
export function carryOver(
  from: QuarterlyReportFile,
  fiscalYear: number,
  quarter: QuarterNo,
): QuarterlyReportFile {
  const sameYear = from.fiscalYear === fiscalYear;
  const kept = (n: number) => sameYear && n < quarter;
  const quarters = (qs: readonly Quarter[]): Quarter[] =>
    qs.map((q, index) => ({
      planned: q.planned,
      result: kept(index + 1) ? q.result : null,
      printed: unprinted,
    }));
  const period = quarterPeriod(fiscalYear, quarter);
  return {
    source: `รายงานไตรมาส ${from.quarter} ปีงบประมาณ ${from.fiscalYear}`,
    fromPaper: false,
    titleTh: quarterTitle(fiscalYear, quarter),
    organisationTh: from.organisationTh,
    fiscalYear,
    quarter,
    period: { from: period.from, to: period.to },
    asOf: null,
    strategicIssues: from.strategicIssues.map((issue) => ({ ...issue })),
    printedColours: [],
    kpis: from.kpis.map((kpi) => ({
      code: kpi.code,
      strategicIssueNo: kpi.strategicIssueNo,
      displayOrder: kpi.displayOrder,
      nameTh: kpi.nameTh,
      unitTh: kpi.unitTh,
      line: kpi.line,
      accumulation: kpi.accumulation,
      annualTarget: kpi.annualTarget,
      quarters: quarters(kpi.quarters),
      printed: { annualResult: null, annualPercent: null },
      ...(kpi.threshold === undefined ? {} : { threshold: { ...kpi.threshold, printedResult: null } }),
      ...(kpi.regions === undefined
        ? {}
        : {
            regions: {
              line: kpi.regions.line,
              rows: kpi.regions.rows.map((row) => {
                // A region's result to date at each quarter: the earlier ones, then the source report's own.
                const toDate = [...(row.earlier ?? []), row.result];
                const earlier = [1, 2, 3]
                  .filter((n) => n < quarter)
                  .map((n) => (kept(n) && n <= from.quarter ? (toDate[n - 1] ?? null) : null));
                return {
                  region: row.region,
                  nameTh: row.nameTh,
                  target: row.target,
                  result: null,
                  ...(earlier.some((value) => value !== null) ? { earlier } : {}),
                };
              }),
              printedTotal: { target: sumText(kpi.regions.rows.map((r) => r.target)), result: '0' },
            },
          }),
      ...(kpi.measures === undefined
        ? {}
        : {
            measures: kpi.measures.map((m) => ({
              role: m.role,
              nameTh: m.nameTh,
              unitTh: m.unitTh,
              line: m.line,
              target: m.target,
              result: null,
              ...(m.quarters === undefined ? {} : { quarters: quarters(m.quarters) }),
              printed: { result: null, percent: null },
            })),
          }),
      narratives: [],
    })),
  };
}

function sumText(values: readonly string[]): string {
  return values.reduce((total, value) => total.plus(value), new Dec(0)).toFixed();
}
