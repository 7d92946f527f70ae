import type { Db } from '../../db/database.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { budgetYearsUnder } from '../budget/service.ts';
import { debtReliefYearsUnder } from '../debt-relief/service.ts';
import { surveyYearsUnder } from '../households/service.ts';
import { readableUnit } from '../org-units/unit-access.ts';
import { projectYearsUnder } from '../projects/service.ts';

/**
 * The fiscal years (B.E.) each register holds at or below a unit, newest first, so the year pickers list them and a
 * page opens on the latest year that has data. Households count a year by its survey incomes (the fiscal year's
 * result year, measure.ts); the funds page's years are those of the debt-relief register, the one there kept by year.
 */
export async function registerYears(db: Db, user: AuthUser, code: string) {
  const unit = await readableUnit(db, user, code);
  const [budget, projects, households, debtRelief] = await Promise.all([
    budgetYearsUnder(db, unit.path),
    projectYearsUnder(db, unit.path),
    surveyYearsUnder(db, unit.path),
    debtReliefYearsUnder(db, unit.path),
  ]);
  return {
    unit: { code: unit.code, nameTh: unit.name_th, kind: unit.kind },
    budget,
    projects,
    households,
    debtRelief,
  };
}
