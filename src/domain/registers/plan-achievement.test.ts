import { describe, expect, it } from 'vitest';
import { thresholdCriteriaSchema } from '../scoring/criteria.ts';
import { evaluate } from '../scoring/evaluate.ts';
import { planAchievement } from './plan-achievement.ts';

// 001 L183–187: "๑ … ไม่น้อยกว่าร้อยละ ๗๕" … "๕ … ไม่น้อยกว่าร้อยละ ๙๕"
const t2 = thresholdCriteriaSchema.parse({
  type: 'threshold',
  direction: 'higher',
  inclusive: true,
  thresholds: ['75', '80', '85', '90', '95'],
});

const projects = (...percents: string[]) =>
  percents.map((completionPercent, index) => ({ id: `p${index}`, completionPercent }));

describe('planAchievement', () => {
  it('is the mean completion %, Σ ÷ n', () => {
    const result = planAchievement(projects('100', '80', '75.5'));
    expect(result.projects).toBe(3);
    expect(result.completionSum.toFixed()).toBe('255.5');
    expect(result.percent.percent?.text).toBe('85.17');
  });

  it('keeps a repeating mean exact enough that ×n gives back the sum', () => {
    const { percent } = planAchievement(projects('100', '0', '0'));
    expect(percent.percent?.text).toBe('33.33');
    expect(percent.percent?.exact.times(3).toDecimalPlaces(40).toFixed()).toBe('100');
  });

  it('reads the level from the unrounded mean: 84.99666… prints 85.00 but is level 2', () => {
    const exactly85 = planAchievement(projects('100', '90', '65')).percent.percent;
    expect(exactly85?.text).toBe('85.00');
    expect(evaluate(t2, { value: exactly85?.exact.toFixed() }).level).toBe(3);
    const justUnder = planAchievement(projects('100', '90', '64.99')).percent.percent;
    expect(justUnder?.text).toBe('85.00');
    expect(evaluate(t2, { value: justUnder?.exact.toFixed() }).level).toBe(2);
  });

  it('gives null with a Thai reason when the round has no projects', () => {
    const result = planAchievement([]);
    expect(result.percent.percent).toBeNull();
    expect(result.percent.reason).toBe('ไม่มีโครงการ/กิจกรรมในรอบการประเมิน จึงคำนวณร้อยละความสำเร็จตามแผนไม่ได้');
  });

  it('refuses a completion outside 0–100', () => {
    expect(() => planAchievement(projects('100', '100.01'))).toThrow('projects[1].completionPercent');
    expect(() => planAchievement(projects('-1'))).toThrow('ร้อยละตั้งแต่ 0 ถึง 100');
  });
});
