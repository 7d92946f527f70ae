import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { criteriaSchema, evaluationInputSchema } from './criteria.ts';
import { ScoringInputError } from './errors.ts';
import { evaluate } from './evaluate.ts';

describe('evaluate', () => {
  it('maps straight onto the calculator’s HTTP answer', () => {
    const body = z
      .object({ criteria: criteriaSchema })
      .extend(evaluationInputSchema.shape)
      .parse({
        criteria: {
          type: 'threshold',
          direction: 'higher',
          inclusive: true,
          thresholds: [80, 85, 90, 95, 100],
          interpolate: false,
        },
        value: '89.30',
      });
    const { level, score, next } = evaluate(body.criteria, body);
    expect({
      level,
      score,
      next: next && 'value' in next ? { level: next.level, value: next.value } : null,
    }).toEqual({
      level: 2,
      score: '2.0000',
      next: { level: 3, value: '90' },
    });
  });

  it('scores a project-defined KPI by the criteria of the unit’s own project (001 L509)', () => {
    const project = criteriaSchema.parse({
      type: 'project-defined',
      unitCriteria: {
        type: 'milestones',
        levels: [
          [{ id: 'proposal', label: 'เสนอโครงการผ่านอำเภอ/จังหวัด' }],
          [{ id: 'approved', label: 'โครงการได้รับอนุมัติ' }],
          [{ id: 'started', label: 'เริ่มดำเนินการ' }],
          [{ id: 'half', label: 'ดำเนินการได้ร้อยละ 50' }],
          [{ id: 'done', label: 'ดำเนินการแล้วเสร็จและรายงานผล' }],
        ],
      },
    });
    expect(evaluate(project, { verified: ['proposal', 'approved'] })).toMatchObject({
      level: 2,
      next: { level: 3 },
    });
    expect(() => evaluate(criteriaSchema.parse({ type: 'project-defined' }), { value: 3 })).toThrow(
      'ต้องระบุเกณฑ์ตามโครงการที่เสนอผ่านอำเภอ/จังหวัด',
    );
  });

  it('reports missing or bad input as a ScoringInputError naming the field', () => {
    const budget = criteriaSchema.parse({
      type: 'threshold',
      direction: 'higher',
      inclusive: true,
      thresholds: [80, 85, 90, 95, 100],
    });
    expect(() => evaluate(budget, {})).toThrow('ต้องระบุผลการดำเนินงาน');
    try {
      evaluate(budget, { value: '89,30' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringInputError);
      expect(error).toMatchObject({
        field: 'value',
        message: 'ผลการดำเนินงาน ต้องเป็นตัวเลข เช่น "89.30" (ได้รับ "89,30")',
      });
    }
  });
});
