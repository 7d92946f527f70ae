import type { Criteria } from './criteria.ts';
import { ScoringInputError } from './errors.ts';

/** What a unit's stored result carries: one value, the milestone steps verified, or each measure's value. */
export interface ResultShape {
  readonly value?: string | null;
  readonly verified?: readonly string[];
  readonly measures?: Readonly<Record<string, string>>;
}

const listed = (items: readonly { id: string; label: string }[]) =>
  items.map((item) => item.label).join(', ');

/**
 * Refuses a result its KPI's criteria could never score, naming what the criteria need: a composite needs every
 * measure's value, milestones the steps verified, the other kinds one value. A project-defined KPI without
 * criteria of its own is checked when each unit's agreement is scored, since each unit brings its own.
 */
export function checkResultShape(criteria: Criteria, result: ResultShape): void {
  switch (criteria.type) {
    case 'threshold':
    case 'bands':
    case 'tiers':
      if (result.value == null) {
        throw new ScoringInputError('value', 'ตัวชี้วัดนี้ต้องกรอกผลการดำเนินงานเป็นค่าเดียว');
      }
      return;
    case 'milestones': {
      const steps = criteria.levels.flat();
      if (!result.verified) {
        throw new ScoringInputError(
          'verified',
          `ตัวชี้วัดนี้ให้คะแนนตามขั้นตอน ต้องระบุขั้นตอนที่ผ่านแล้ว จาก: ${listed(steps)}`,
        );
      }
      const unknown = result.verified.filter((id) => !steps.some((step) => step.id === id));
      if (unknown.length > 0) {
        throw new ScoringInputError('verified', `ไม่มีขั้นตอน ${unknown.join(', ')} ในเกณฑ์ของตัวชี้วัดนี้`);
      }
      return;
    }
    case 'composite': {
      const given = result.measures ?? {};
      const missing = criteria.measures.filter((measure) => given[measure.id] === undefined);
      if (missing.length > 0) {
        throw new ScoringInputError(
          'measures',
          `ตัวชี้วัดนี้มีหลายเงื่อนไข ต้องกรอกค่าแยกตามเงื่อนไขให้ครบ ยังขาด: ${listed(missing)}`,
        );
      }
      const extra = Object.keys(given).filter(
        (id) => !criteria.measures.some((measure) => measure.id === id),
      );
      if (extra.length > 0) {
        throw new ScoringInputError('measures', `ไม่มีเงื่อนไข ${extra.join(', ')} ในเกณฑ์ของตัวชี้วัดนี้`);
      }
      return;
    }
    case 'project-defined':
      if (criteria.unitCriteria) checkResultShape(criteria.unitCriteria, result);
      return;
  }
}

/** Whether one typed number can be a result of the KPI (a report form's KPI field holds just one). */
export function takesSingleValue(criteria: Criteria): boolean {
  if (criteria.type === 'project-defined')
    return !criteria.unitCriteria || takesSingleValue(criteria.unitCriteria);
  return criteria.type !== 'milestones' && criteria.type !== 'composite';
}
