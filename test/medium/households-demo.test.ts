import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { engines, loginAs, type Session, startTestApp, type TestApp } from '../helpers.ts';

const demo = JSON.parse(fs.readFileSync(path.resolve('data/demo/registers.json'), 'utf8')) as {
  households: { fiscalYear: number; levels: Record<string, { table: number; rule: number }> };
};

type Area = {
  unit: { code: string; nameTh: string };
  evaluation: { level: number; label: string } | null;
  levels: { level: number; table: { reachesLevelByRule: boolean } | null }[] | null;
};

describe.each(engines())("the demo's poor households on %s", (engine) => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const accounts = await loadDemo(t.handle.db);
    await loadDemoKpiSets(t.handle.db, new Date('2026-12-06T05:00:00Z'));
    await t.worker.settle();
    const account = accounts.find((a) => a.username === 'yala.admin');
    admin = await loginAs(t.app, 'yala.admin', account?.password ?? '');
  });
  afterAll(() => t.close());

  it("score by the KPI rule the level the demo names beside the table's (Yaha: table level 5, level 0 by the rule)", async () => {
    const res = await admin.get(
      `/api/registers/households/summary?unit=95&fiscalYear=${demo.households.fiscalYear}`,
    );
    expect(res.statusCode).toBe(200);
    const areas = res.json().areas as Area[];
    const levels = Object.fromEntries(areas.map((a) => [a.unit.code, a.evaluation?.level]));
    expect(levels).toEqual(
      Object.fromEntries(Object.entries(demo.households.levels).map(([code, l]) => [code, l.rule])),
    );
    const yaha = areas.find((a) => a.unit.nameTh === 'ยะหา');
    expect(demo.households.levels[yaha?.unit.code ?? '']).toEqual({ table: 5, rule: 0 });
    expect(yaha?.evaluation).toMatchObject({ level: 0, label: 'ไม่ผ่านเกณฑ์' });
    // The district table asks 5 of Yaha's 6 for level 5, which leaves 16.67 %: the summary shows that it falls short.
    expect(yaha?.levels?.find((l) => l.level === 5)?.table?.reachesLevelByRule).toBe(false);
  });
});
