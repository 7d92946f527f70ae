import { describe, expect, it } from 'vitest';
import { criteriaSchema } from './criteria.ts';
import { ScoringInputError } from './errors.ts';
import { evaluate } from './evaluate.ts';

/** 001 L643–647: กข.คจ. villages under good governance */
const villages = criteriaSchema.parse({
  type: 'milestones',
  levels: [
    [
      { id: 'registry', label: 'ฐานข้อมูลหรือทะเบียนหมู่บ้าน กข.คจ.' },
      { id: 'committees', label: 'รายชื่อคณะกรรมการ กข.คจ. ครบทุกหมู่บ้าน' },
    ],
    [{ id: 'plan', label: 'แผนการขับเคลื่อนระดับอำเภอ' }],
    [{ id: 'activity-1', label: 'กิจกรรม/โครงการตามแผน 1 กิจกรรม' }],
    [{ id: 'activity-2', label: 'กิจกรรม/โครงการตามแผน 2 กิจกรรม' }],
    [{ id: 'report', label: 'รายงานผลต่อผู้บังคับบัญชา' }],
  ],
});

const verify = (...verified: string[]) => evaluate(villages, { verified });

describe('milestones (001-O9)', () => {
  it('counts levels whose steps, and all earlier steps, are verified', () => {
    expect(verify()).toMatchObject({ level: 0, score: '0.0000', label: 'ไม่ผ่านเกณฑ์' });
    expect(verify('registry')).toMatchObject({
      level: 0,
      next: { kind: 'steps', level: 1, steps: [{ id: 'committees' }] },
      warnings: [],
    });
    expect(verify('registry', 'committees')).toMatchObject({ level: 1, score: '1.0000' });
    expect(verify('registry', 'committees', 'plan', 'activity-1')).toMatchObject({
      level: 3,
      score: '3.0000',
    });
    expect(verify('report', 'activity-2', 'activity-1', 'plan', 'committees', 'registry')).toMatchObject({
      level: 5,
      score: '5.0000',
      next: null,
      warnings: [],
    });
  });

  it('does not count a later step verified without an earlier one', () => {
    expect(verify('registry', 'committees', 'activity-1', 'activity-2', 'report')).toEqual({
      level: 1,
      score: '1.0000',
      label: 'ระดับ 1',
      next: {
        kind: 'steps',
        level: 2,
        steps: [{ id: 'plan', label: 'แผนการขับเคลื่อนระดับอำเภอ' }],
        text: 'ต้องผ่านขั้นตอน: แผนการขับเคลื่อนระดับอำเภอ จึงจะได้ระดับ 2',
      },
      warnings: [
        {
          code: 'not-counted',
          message:
            'ขั้นตอน กิจกรรม/โครงการตามแผน 1 กิจกรรม, กิจกรรม/โครงการตามแผน 2 กิจกรรม, รายงานผลต่อผู้บังคับบัญชา ผ่านแล้วแต่ยังไม่นับ เพราะเกณฑ์ระดับ 2 ยังไม่ครบ',
          steps: ['activity-1', 'activity-2', 'report'],
        },
      ],
    });
  });

  it('never interpolates and refuses unknown steps', () => {
    expect(() => evaluate(villages, { verified: [] }, { interpolate: true })).toThrow(ScoringInputError);
    expect(() => verify('registry', 'photo')).toThrow('ขั้นตอนที่ผ่านแล้วมีขั้นตอนที่ไม่อยู่ในเกณฑ์: photo');
    expect(() => evaluate(villages, { value: 3 })).toThrow('ต้องระบุขั้นตอนที่ผ่านแล้ว');
  });
});
