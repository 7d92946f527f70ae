import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNation } from '../../bench/nation/generate.ts';
import { nationUsers } from '../../bench/nation/users.ts';
import { buildApp } from '../../src/app.ts';
import type { DatabaseHandle, Db } from '../../src/db/database.ts';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { cellsByInterval } from '../forecast-by-interval.ts';
import { engines, loginAs, openTestDatabase, type Session, startTestApp, testConfig } from '../helpers.ts';

type Board = {
  rounds: { kpiSetId: number }[];
  units: { code: string; levels: { kpiId: number; forecastStatus: string | null }[] }[];
};

type Get = (url: string) => Promise<{ statusCode: number; body: string; json: () => unknown }>;

/**
 * Every cell of every round of the province's districts dashboard against the old computation of its status (the
 * 50-digit line and interval drawn from the same months and target): the same status in every cell.
 */
async function compareProvince(db: Db, get: Get, code: string) {
  const path = (await sql<{ path: string }>`select path from units where code = ${code}`.execute(db)).rows[0]
    ?.path;
  const first = await get(`/api/dashboards/districts?unit=${code}`);
  expect(first.statusCode, first.body).toBe(200);
  const statuses: (string | null)[] = [];
  for (const { kpiSetId } of (first.json() as Board).rounds) {
    const res = await get(`/api/dashboards/districts?unit=${code}&kpiSet=${kpiSetId}`);
    expect(res.statusCode, res.body).toBe(200);
    const shown = new Map(
      (res.json() as Board).units.flatMap((u) =>
        u.levels.map((l) => [`${l.kpiId}:${u.code}`, l.forecastStatus] as const),
      ),
    );
    const cells = await cellsByInterval(db, kpiSetId, path ?? '');
    expect(shown.size).toBe(cells.length);
    for (const cell of cells) {
      expect(
        shown.get(`${cell.kpiId}:${cell.unitCode}`),
        `${cell.kpiId}:${cell.unitCode} ${cell.texts}`,
      ).toBe(cell.status);
      statuses.push(cell.status);
    }
  }
  return statuses;
}

describe.each(engines())('the districts dashboard cells’ forecast status, exact, on %s', (engine) => {
  describe('on the demo', () => {
    let t: Awaited<ReturnType<typeof startTestApp>>;
    let department: Session;
    beforeAll(async () => {
      t = await startTestApp(engine);
      const accounts = await loadDemo(t.handle.db);
      await loadDemoKpiSets(t.handle.db, new Date('2026-12-06T05:00:00Z'));
      await t.worker.settle();
      const cdd = accounts.find((a) => a.username === 'cdd.admin');
      department = await loginAs(t.app, 'cdd.admin', cdd?.password ?? '');
    });
    afterAll(() => t.close());

    it('gives every cell of the three demo provinces the status of the drawn line and interval', async () => {
      const statuses = [];
      for (const code of ['95', '24', '34'])
        statuses.push(...(await compareProvince(t.handle.db, (url) => department.get(url), code)));
      expect(statuses.filter((s) => s !== null).length).toBeGreaterThan(20);
    });
  });

  describe('on a synthetic nation (bench/nation, Yala only)', () => {
    let handle: DatabaseHandle;
    let app: Awaited<ReturnType<typeof buildApp>>;
    beforeAll(async () => {
      handle = await openTestDatabase(engine);
      await generateNation(handle, {
        households: 200,
        villages: 8_000,
        seed: 3,
        provinceCodes: ['95'],
        budgetLinesPerProvince: 1,
      });
      app = await buildApp(testConfig(), handle);
      await app.ready();
    });
    afterAll(async () => {
      await app.close();
      await handle.close();
    });

    it("gives every district × KPI cell of Yala's round the status of the drawn line and interval", async () => {
      const admin = (await nationUsers(handle)).find((u) => u.username === 'nation.p.95');
      if (!admin) throw new Error('no nation.p.95');
      const cookies = { [admin.cookieName]: admin.token };
      const statuses = await compareProvince(handle.db, (url) => app.inject({ url, cookies }), '95');
      expect(statuses).toHaveLength(8 * 20);
      expect(statuses.every((s) => s !== null)).toBe(true);
    });
  });
});
