import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { criteriaSchema, evaluationInputSchema } from './criteria.ts';

/** Parses as the HTTP body will, and returns the Thai messages. */
function messages(criteria: unknown): string[] {
  const result = z.object({ criteria: criteriaSchema }).safeParse({ criteria });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const budget = { type: 'threshold', direction: 'higher', inclusive: true, thresholds: [80, 85, 90, 95, 100] };

describe('criteria schema', () => {
  it('normalises numbers to canonical decimal strings', () => {
    expect(criteriaSchema.parse({ ...budget, thresholds: ['80.00', 85, '๙๐', 95.0, '100'] })).toEqual({
      ...budget,
      thresholds: ['80', '85', '90', '95', '100'],
      interpolate: false,
    });
    expect(
      criteriaSchema.parse({
        type: 'threshold',
        direction: 'lower',
        inclusive: false,
        thresholds: [null, 20, 15, 10, 5],
      }),
    ).toMatchObject({ thresholds: [null, '20', '15', '10', '5'] });
  });

  it('names the field in Thai when there are not five thresholds', () => {
    expect(messages({ ...budget, thresholds: [80, 85, 90, 95] })).toEqual([
      'เกณฑ์การให้คะแนน ค่าเกณฑ์แต่ละระดับ ต้องมี 5 ค่า (ได้รับ 4 ค่า)',
    ]);
    expect(messages({ ...budget, thresholds: [80, 85, 90, 95, 100, 105] })).toEqual([
      'เกณฑ์การให้คะแนน ค่าเกณฑ์แต่ละระดับ ต้องมี 5 ค่า (ได้รับ 6 ค่า)',
    ]);
  });

  it('rejects thresholds that do not rise (higher) or fall (lower) at every level', () => {
    expect(messages({ ...budget, thresholds: [80, 85, 85, 95, 100] })).toEqual([
      'เกณฑ์การให้คะแนน ค่าเกณฑ์แต่ละระดับ ต้องเพิ่มขึ้นตามระดับ: ระดับ 3 (85) ต้องมากกว่าระดับ 2 (85)',
    ]);
    expect(messages({ ...budget, direction: 'lower' })).toContain(
      'เกณฑ์การให้คะแนน ค่าเกณฑ์แต่ละระดับ ต้องลดลงตามระดับ: ระดับ 2 (85) ต้องน้อยกว่าระดับ 1 (80)',
    );
    expect(messages({ ...budget, direction: 'lower', thresholds: [17, 16, 15, 14, 13] })).toEqual([]);
  });

  it('allows null only for the level-1 threshold', () => {
    expect(messages({ ...budget, thresholds: [80, null, 90, 95, 100] })).toEqual([
      'เกณฑ์การให้คะแนน ค่าเกณฑ์ระดับที่ 2 ต้องเป็นตัวเลข (เว้นว่างได้เฉพาะระดับ 1)',
    ]);
  });

  it('names unknown types, missing fields, bad values and unknown fields', () => {
    expect(messages({ type: 'percent' })).toEqual([
      'เกณฑ์การให้คะแนน รูปแบบเกณฑ์ ต้องเป็นหนึ่งใน: ค่าขั้นต่ำ/สูงสุดของแต่ละระดับ, ช่วงค่าของแต่ละระดับ, ' +
        'ค่าเป้าหมายขั้นต่ำ/มาตรฐาน/สูง, ขั้นตอนความสำเร็จ, หลายเงื่อนไข, ตามโครงการที่เสนอ',
    ]);
    expect(messages({ direction: 'higher' })).toEqual(['เกณฑ์การให้คะแนน รูปแบบเกณฑ์ ต้องระบุ']);
    expect(
      messages({ type: 'threshold', direction: 'up', thresholds: [80, 'abc', 90, 95, 100], extra: 1 }),
    ).toEqual([
      'เกณฑ์การให้คะแนน ทิศทางของเกณฑ์ ต้องเป็นหนึ่งใน: สูงดี, ต่ำดี',
      'เกณฑ์การให้คะแนน การนับค่าที่เท่ากับเกณฑ์ ต้องระบุ',
      'เกณฑ์การให้คะแนน ค่าเกณฑ์ระดับที่ 2 ต้องเป็นตัวเลข (เว้นว่างได้เฉพาะระดับ 1) (ได้รับ "abc")',
      'เกณฑ์การให้คะแนน มีช่องที่ระบบไม่รู้จัก: "extra"',
    ]);
    expect(criteriaSchema.safeParse({ ...budget, thresholds: [1, 2, 3] }).error?.issues[0]?.message).toBe(
      'เกณฑ์การให้คะแนน ค่าเกณฑ์แต่ละระดับ ต้องมี 5 ค่า (ได้รับ 3 ค่า)',
    );
  });

  it('refuses a level that is no number without checking the order of the levels', () => {
    expect(messages({ ...budget, thresholds: [80, 85, 'abc', 95, 100] })).toEqual([
      'เกณฑ์การให้คะแนน ค่าเกณฑ์ระดับที่ 3 ต้องเป็นตัวเลข (เว้นว่างได้เฉพาะระดับ 1) (ได้รับ "abc")',
    ]);
    const range = (min: unknown, max: unknown) => ({ min, max });
    expect(
      messages({
        type: 'bands',
        direction: 'higher',
        bands: [range('x', 1), range(2, 3), range(4, 5), range(6, 7), range(8, 9)],
      }),
    ).toEqual(['เกณฑ์การให้คะแนน ช่วงค่าระดับที่ 1 ค่าต่ำสุด ต้องเป็นตัวเลข เช่น 89.30 หรือ "89.30" (ได้รับ "x")']);
    const measure = {
      id: 'a',
      label: 'ก',
      direction: 'higher',
      inclusive: true,
      thresholds: [1, 'x', 3, 4, 5],
    };
    expect(messages({ type: 'composite', measures: [measure] })).toEqual([
      'เกณฑ์การให้คะแนน เงื่อนไขที่ 1 ค่าเกณฑ์ระดับที่ 2 ต้องเป็นตัวเลข (เว้นว่างได้เฉพาะระดับ 1) (ได้รับ "x")',
    ]);
  });

  it('names fields from the criteria object wherever it is nested, and keeps the full path', () => {
    const kpiFile = z.object({ kpis: z.array(z.object({ criteria: criteriaSchema })) });
    const issue = kpiFile.safeParse({ kpis: [{ criteria: { ...budget, thresholds: [80, 85] } }] }).error
      ?.issues[0];
    expect(issue).toMatchObject({
      path: ['kpis', 0, 'criteria', 'thresholds'],
      message: 'ตัวชี้วัดที่ 1 เกณฑ์การให้คะแนน ค่าเกณฑ์แต่ละระดับ ต้องมี 5 ค่า (ได้รับ 2 ค่า)',
    });
  });

  it('checks that bands are real, ordered and do not overlap', () => {
    const band = (min: number | null, max: number | null) => ({ min, max });
    const ok = {
      type: 'bands',
      direction: 'higher',
      bands: [band(60, 69), band(70, 79), band(80, 89), band(90, 99), band(100, 100)],
    };
    expect(messages(ok)).toEqual([]);
    expect(
      messages({ ...ok, bands: [band(60, 70), band(70, 79), band(80, 89), band(90, 99), band(100, 100)] }),
    ).toEqual(['เกณฑ์การให้คะแนน ช่วงค่าแต่ละระดับ ระดับ 2 ต้องอยู่สูงกว่าระดับ 1 ทั้งช่วงและไม่ซ้อนทับกัน']);
    expect(
      messages({ ...ok, bands: [band(60, 69), band(70, 79), band(89, 80), band(90, 99), band(100, 100)] }),
    ).toContain('เกณฑ์การให้คะแนน ช่วงค่าระดับที่ 3 เป็นช่วงว่าง: ค่าต่ำสุดต้องน้อยกว่าค่าสูงสุด (หรือเท่ากันโดยรวมค่าทั้งสองข้าง)');
    expect(messages({ ...ok, direction: 'lower' })).toContain(
      'เกณฑ์การให้คะแนน ช่วงค่าแต่ละระดับ ระดับ 2 ต้องอยู่ต่ำกว่าระดับ 1 ทั้งช่วงและไม่ซ้อนทับกัน',
    );
  });

  it('checks tier references', () => {
    const tiers = [
      { id: 'minimum', label: 'ค่าเป้าหมายขั้นต่ำ' },
      { id: 'high', label: 'ค่าเป้าหมายขั้นสูง' },
    ];
    const bands = [
      { min: null, max: 'minimum', maxInclusive: false },
      { min: 'minimum', max: 'minimum' },
      { min: 'standard', max: 'standard' },
      { min: 'minimum', minInclusive: false, max: 'high', maxInclusive: false },
      { min: 'high', max: null },
    ];
    expect(messages({ type: 'tiers', direction: 'higher', tiers, bands })).toEqual([
      'เกณฑ์การให้คะแนน ช่วงค่าระดับที่ 3 ค่าต่ำสุด ต้องเป็นรหัสของขั้นค่าเป้าหมาย: minimum, high',
      'เกณฑ์การให้คะแนน ช่วงค่าระดับที่ 3 ค่าสูงสุด ต้องเป็นรหัสของขั้นค่าเป้าหมาย: minimum, high',
    ]);
  });

  it('refuses duplicate milestone steps and interpolation on milestones', () => {
    const step = (id: string) => [{ id, label: id }];
    expect(
      messages({ type: 'milestones', levels: [step('a'), step('b'), step('a'), step('d'), step('e')] }),
    ).toEqual(['เกณฑ์การให้คะแนน ขั้นตอนแต่ละระดับ มีรหัสซ้ำ: a']);
    expect(
      messages({
        type: 'milestones',
        levels: [step('a'), step('b'), step('c'), step('d'), step('e')],
        interpolate: true,
      }),
    ).toEqual([
      'เกณฑ์การให้คะแนน การคิดคะแนนตามสัดส่วนระหว่างระดับ ใช้กับเกณฑ์แบบนี้ไม่ได้ เพราะให้คะแนนเท่ากับระดับ ไม่เทียบสัดส่วนระหว่างระดับ',
    ]);
  });

  it('flags a composite level that repeats the one below (seed 003 L359–361)', () => {
    const measure = (id: string, thresholds: (number | null)[]) => ({
      id,
      label: id,
      direction: 'higher',
      inclusive: true,
      thresholds,
    });
    expect(
      messages({
        type: 'composite',
        measures: [
          measure('events', [null, 4, 8, 16, 16]),
          measure('channels', [1, 1, 1, 3, 3]),
          measure('share', [1, 2, 3, 5, 5]),
        ],
      }),
    ).toEqual(['เกณฑ์การให้คะแนน เงื่อนไข ระดับ 5 มีเงื่อนไขเหมือนระดับ 4 ทุกข้อ']);
    expect(messages({ type: 'composite', measures: [measure('posts', [1, 2, 1, 3, 4])] })).toEqual([
      'เกณฑ์การให้คะแนน เงื่อนไขที่ 1 ค่าเกณฑ์แต่ละระดับ ต้องไม่ลดลงตามระดับ: ระดับ 3 (1) ต้องไม่น้อยกว่าระดับ 2 (2)',
    ]);
  });

  it('checks a project-defined KPI’s unit criteria too', () => {
    expect(messages({ type: 'project-defined' })).toEqual([]);
    expect(
      messages({ type: 'project-defined', unitCriteria: { ...budget, thresholds: [1, 2, 3, 4] } }),
    ).toEqual(['เกณฑ์การให้คะแนน เกณฑ์ตามโครงการของหน่วยงาน ค่าเกณฑ์แต่ละระดับ ต้องมี 5 ค่า (ได้รับ 4 ค่า)']);
  });
});

describe('evaluation input schema', () => {
  it('normalises values and names bad fields', () => {
    expect(evaluationInputSchema.parse({ value: '89.30' })).toEqual({ value: '89.3' });
    expect(
      evaluationInputSchema
        .safeParse({ value: 'x', targets: { high: true } })
        .error?.issues.map((i) => i.message),
    ).toEqual([
      'ผลการดำเนินงาน ต้องเป็นตัวเลข เช่น 89.30 หรือ "89.30" (ได้รับ "x")',
      'ค่าเป้าหมาย ต้องเป็นตัวเลข เช่น 89.30 หรือ "89.30"',
    ]);
  });
});
