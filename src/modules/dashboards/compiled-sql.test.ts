import { expect, it } from 'vitest';
import { compiledSql } from '../../../test/compiled-sql.ts';
import { storedLevelsUnder, storedScoresUnder } from '../agreements/rollup.ts';
import { monthFiguresUnder } from '../budget/curve.ts';
import { householdProgressUnder } from '../households/progress.ts';
import { monthsOfSetRound } from '../kpis/history.ts';
import { kpiCellsOf } from './kpi-cells.ts';
import { surveyYearsUnder } from './queries.ts';

/** One KPI set and budget cut-off, so each read goes on to the statements that follow the first. */
const answers = [
  [/from "kpi_sets" as "s"/, [{ id: 7, fiscal_year: 2568, round: 1 }]],
  [/from "budget_cutoffs"/, [{ fiscal_year: 2568, return_cutoff: '2025-09-30' }]],
] as const;

it("checks in the SQL of the dashboards' main reads (queries.sql)", async () => {
  const sql = await compiledSql(
    {
      "districts dashboard: stored scores of a province's district agreements": (db) =>
        storedScoresUnder(db, 7, 'province_district', '/CDD/95/'),
      "districts dashboard: stored levels of a province's district agreements": (db) =>
        storedLevelsUnder(db, 7, 'province_district', '/CDD/95/'),
      'districts dashboard: the cells of a round': (db) =>
        monthsOfSetRound(db, 7).then((months) =>
          kpiCellsOf(db, months, [
            { kpiId: 11, unitId: 950, criteria: { kpi: null, unit: null, targets: null } },
          ]),
        ),
      'budget dashboard: month figures by district': (db) => monthFiguresUnder(db, '/CDD/95/', 2568, 4),
      'households dashboard: progress by district': (db) =>
        householdProgressUnder(db, '/CDD/95/', 4, '2025-10-01'),
      'budget and households dashboards, province home: survey years under a unit (skip scan)': (db) =>
        surveyYearsUnder(db, '/CDD/95/'),
    },
    answers,
  );
  await expect(sql).toMatchFileSnapshot('./queries.sql');
});
