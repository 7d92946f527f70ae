import type { Db } from '../../db/database.ts';
import { POVERTY_INCOME_LINE } from '../../domain/registers/households.ts';
import { type PovertyCounts, povertyFigures } from '../../domain/registers/poverty-summary.ts';
import type { MeasureContext, MeasureOutcome, MeasureUnit } from '../register-bindings/measures.ts';
import { type PovertyCountRow, povertyCountsForUnits } from './queries.ts';

/**
 * The survey years a fiscal year compares: the baseline is the year before, the result the year itself,
 * 001 L404: "จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. ปี ๒๕๖๗ / - จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ผ่านเกณฑ์ จปฐ. ปี ๒๕๖๘" (FY2568).
 */
export const surveyYears = (fiscalYear: number) => ({
  baselineYear: fiscalYear - 1,
  resultYear: fiscalYear,
  line: POVERTY_INCOME_LINE.toFixed(),
});

export function countsOf(row: PovertyCountRow | undefined): PovertyCounts {
  return {
    households: row?.households ?? 0,
    byStatus: {
      developable: row?.developable ?? 0,
      'welfare-requested': row?.welfare ?? 0,
      'self-reliant': row?.self_reliant ?? 0,
      other: row?.other ?? 0,
    },
    targets: row?.targets ?? 0,
    passed: row?.passed ?? 0,
  };
}

/**
 * KPI I4's inputs per unit: developable target households below the line, and those that passed it, from the
 * per-village counts kept on write (household_poverty_counts), never a count over households.
 */
export async function remainingBelowLine(
  db: Db,
  units: MeasureUnit[],
  ctx: MeasureContext,
): Promise<Map<string, MeasureOutcome>> {
  const years = surveyYears(ctx.fiscalYear);
  const rows = await povertyCountsForUnits(db, units, ctx.fiscalYear);
  return new Map(
    units.map((unit): [string, MeasureOutcome] => {
      const figures = povertyFigures(countsOf(rows.find((r) => r.code === unit.code)));
      const result = figures.remainingPercent;
      if (result.percent === null) return [unit.code, { skipped: result.reason }];
      const percent = result.percent;
      return [
        unit.code,
        {
          inputs: { targets: String(figures.targets), passed: String(figures.passed) },
          value: percent.exact.toFixed(),
          note: `ทะเบียนครัวเรือนยากจนเป้าหมาย: เป้าหมาย ${figures.targets} ครัวเรือน (จปฐ. ปี ${years.baselineYear}) ผ่านเกณฑ์ ${figures.passed} ครัวเรือน (จปฐ. ปี ${years.resultYear}) คงเหลือร้อยละ ${percent.text}`,
        },
      ];
    }),
  );
}
