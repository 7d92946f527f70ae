import type { Db } from '../../db/database.ts';
import { planAchievement } from '../../domain/registers/plan-achievement.ts';
import type { MeasureContext, MeasureOutcome, MeasureUnit } from '../register-bindings/measures.ts';
import { projectsForUnits } from './queries.ts';

/** KPI T2's inputs per unit: the completion % of every project of the round in its subtree. */
export async function planAchievementOf(
  db: Db,
  units: MeasureUnit[],
  ctx: MeasureContext,
): Promise<Map<string, MeasureOutcome>> {
  const projects = await projectsForUnits(db, units, ctx.fiscalYear, ctx.round);
  return new Map(
    units.map((unit): [string, MeasureOutcome] => {
      const plan = planAchievement(
        projects
          .filter((p) => p.code === unit.code)
          .map((p) => ({ id: String(p.id), completionPercent: p.completion_percent })),
      );
      if (plan.percent.percent === null) return [unit.code, { skipped: plan.percent.reason }];
      return [
        unit.code,
        {
          inputs: { percent_sum: plan.completionSum.toFixed(), activity_count: String(plan.projects) },
          value: plan.percent.percent.exact.toFixed(),
          note: `ทะเบียนโครงการ รอบที่ ${ctx.round}/${ctx.fiscalYear}: ${plan.projects} โครงการ/กิจกรรม ร้อยละความสำเร็จเฉลี่ย ${plan.percent.percent.text}`,
        },
      ];
    }),
  );
}
