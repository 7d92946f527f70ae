import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from '../helpers.ts';

const budget = {
  type: 'threshold',
  direction: 'higher',
  inclusive: true,
  thresholds: [80, 85, 90, 95, 100],
  interpolate: false,
};

describe.each(engines())('public KPI calculator on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const evaluate = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/scoring/evaluate', payload: payload as object });

  it('answers the documented contract without a login', async () => {
    const res = await evaluate({ criteria: budget, value: '89.30' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ level: 2, score: '2.0000', next: { level: 3, value: '90' } });
  });

  it("scores seed 003's budget: 89.30 computed is level 2, the printed 98.30 would be level 4", async () => {
    expect((await evaluate({ criteria: budget, value: 98.3 })).json()).toEqual({
      level: 4,
      score: '4.0000',
      next: { level: 5, value: '100' },
    });
    expect((await evaluate({ criteria: budget, value: '100' })).json()).toEqual({
      level: 5,
      score: '5.0000',
      next: null,
    });
    expect((await evaluate({ criteria: budget, value: '79.99' })).json()).toEqual({
      level: 0,
      score: '0.0000',
      next: { level: 1, value: '80' },
    });
  });

  it('interpolates a falling KPI (000-I1: 17/16/15/14/13 %, 14.5 → 3.5000) and accepts Thai digits', async () => {
    const falling = {
      type: 'threshold',
      direction: 'lower',
      inclusive: true,
      thresholds: ['17', '16', '15', '14', '13'],
      interpolate: true,
    };
    expect((await evaluate({ criteria: falling, value: '14.5' })).json()).toEqual({
      level: 3,
      score: '3.5000',
      next: { level: 4, value: '14' },
    });
    expect((await evaluate({ criteria: falling, value: '๑๔.๕' })).json().score).toBe('3.5000');
  });

  it("gives seed 001's women's fund overdue debt 1.48 % level 5, and any value above 20 % level 1", async () => {
    const overdue = {
      type: 'threshold',
      direction: 'lower',
      inclusive: false,
      thresholds: [null, 20, 15, 10, 5],
    };
    expect((await evaluate({ criteria: overdue, value: '1.48' })).json()).toEqual({
      level: 5,
      score: '5.0000',
      next: null,
    });
    expect((await evaluate({ criteria: overdue, value: '35' })).json()).toEqual({
      level: 1,
      score: '1.0000',
      next: { level: 2, value: '20' },
    });
  });

  it('refuses bad criteria with 422 and a Thai message naming the field', async () => {
    const four = await evaluate({ criteria: { ...budget, thresholds: [80, 85, 90, 95] }, value: 1 });
    expect(four.statusCode).toBe(422);
    expect(four.json().error.field).toBe('thresholds');
    expect(four.json().error.message).toBe('เกณฑ์การให้คะแนน ค่าเกณฑ์แต่ละระดับ ต้องมี 5 ค่า (ได้รับ 4 ค่า)');
    const unordered = await evaluate({
      criteria: { ...budget, thresholds: [80, 95, 90, 85, 100] },
      value: 1,
    });
    expect(unordered.statusCode).toBe(422);
    const unknown = await evaluate({ criteria: { type: 'magic' }, value: 1 });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.message).toMatch(/^เกณฑ์การให้คะแนน รูปแบบเกณฑ์ ต้องเป็นหนึ่งใน: /);
    const noValue = await evaluate({ criteria: budget });
    expect(noValue.statusCode).toBe(422);
    expect(noValue.json().error.field).toBe('value');
  });
});
