import { Dec, type DecimalInput } from '../scoring/decimal.ts';
import { sum, toPercentInput } from './inputs.ts';
import { type PercentResult, percentage } from './percentage.ts';

/** One project/activity of the unit's plan in the round, with its completion % as reported in BPM. */
export interface PlanProject {
  readonly id: string;
  readonly completionPercent: DecimalInput;
}

export interface PlanAchievement {
  readonly projects: number;
  readonly completionSum: Dec;
  /** The mean completion %; levels read `percent.exact`. */
  readonly percent: PercentResult;
}

/**
 * KPI T2, plan achievement % = Σ completion % ÷ number of projects/activities:
 * 001 L176: "ผลรวมร้อยละของการดำเนินโครงการ/กิจกรรม(ในรอบการประเมิน)ตามแผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณประจำปี…
 * …ของหน่วยงานจำนวนโครงการ/กิจกรรมทั้งหมด (ในรอบการประเมิน) ของหน่วยงาน" (numerator and denominator run together on one line).
 */
export function planAchievement(projects: readonly PlanProject[]): PlanAchievement {
  const completionSum = sum(
    projects.map((project, index) =>
      toPercentInput(project.completionPercent, `projects[${index}].completionPercent`),
    ),
  );
  const percent: PercentResult =
    projects.length === 0
      ? { percent: null, reason: 'ไม่มีโครงการ/กิจกรรมในรอบการประเมิน จึงคำนวณร้อยละความสำเร็จตามแผนไม่ได้' }
      : { percent: percentage(completionSum.div(new Dec(projects.length))), reason: null };
  return { projects: projects.length, completionSum, percent };
}
