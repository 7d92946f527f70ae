import { describe, expect, it } from 'vitest';
import { criteriaSchema } from './criteria.ts';
import { ScoringInputError } from './errors.ts';
import { checkResultShape, takesSingleValue } from './result-shape.ts';

const composite = criteriaSchema.parse({
  type: 'composite',
  measures: [
    { id: 'sales', label: 'รายได้เพิ่มขึ้น', direction: 'higher', inclusive: true, thresholds: [5, 7, 9, 11, 13] },
    {
      id: 'channels',
      label: 'ช่องทางจำหน่าย',
      direction: 'higher',
      inclusive: true,
      thresholds: [1, 2, 3, 4, 5],
    },
  ],
});
const milestones = criteriaSchema.parse({
  type: 'milestones',
  levels: [1, 2, 3, 4, 5].map((n) => [{ id: `s${n}`, label: `ขั้นที่ ${n}` }]),
});
const threshold = criteriaSchema.parse({
  type: 'threshold',
  direction: 'higher',
  inclusive: true,
  thresholds: [80, 85, 90, 95, 100],
});

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringInputError) return { field: error.field, message: error.message };
    throw error;
  }
  return null;
};

describe('checkResultShape', () => {
  it('refuses one value for a composite KPI, naming every measure it needs', () => {
    expect(refusal(() => checkResultShape(composite, { value: '12' }))).toEqual({
      field: 'measures',
      message: 'ตัวชี้วัดนี้มีหลายเงื่อนไข ต้องกรอกค่าแยกตามเงื่อนไขให้ครบ ยังขาด: รายได้เพิ่มขึ้น, ช่องทางจำหน่าย',
    });
    expect(refusal(() => checkResultShape(composite, { measures: { sales: '12' } }))?.message).toMatch(
      /ยังขาด: ช่องทางจำหน่าย$/,
    );
    expect(
      refusal(() => checkResultShape(composite, { measures: { sales: '1', channels: '2', x: '3' } })),
    ).toMatchObject({ field: 'measures' });
    expect(
      refusal(() => checkResultShape(composite, { measures: { sales: '12', channels: '3' } })),
    ).toBeNull();
  });

  it('asks milestones for verified steps it knows, and the other kinds for one value', () => {
    expect(refusal(() => checkResultShape(milestones, { value: '3' }))).toMatchObject({ field: 'verified' });
    expect(refusal(() => checkResultShape(milestones, { verified: ['s9'] }))).toMatchObject({
      field: 'verified',
    });
    expect(refusal(() => checkResultShape(milestones, { verified: ['s1'] }))).toBeNull();
    expect(refusal(() => checkResultShape(threshold, { measures: { a: '1' } }))).toMatchObject({
      field: 'value',
    });
    expect(refusal(() => checkResultShape(threshold, { value: '90' }))).toBeNull();
  });

  it('checks a project-defined KPI against its own criteria when it has them', () => {
    const own = criteriaSchema.parse({ type: 'project-defined', unitCriteria: composite });
    expect(refusal(() => checkResultShape(own, { value: '1' }))).toMatchObject({ field: 'measures' });
    expect(refusal(() => checkResultShape({ type: 'project-defined' }, { value: '1' }))).toBeNull();
    expect([composite, milestones, threshold, own].map(takesSingleValue)).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });
});
