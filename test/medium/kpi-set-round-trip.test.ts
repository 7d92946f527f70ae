import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpisOfKpiSet } from '../../src/modules/kpis/service.ts';
import {
  engines,
  loginAs,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';
import { loadYalaSet } from '../register-fixtures.ts';

/** What a card holds, without its ids and timestamps. */
/** The cards as stored, without the id and the row version (an import bumps it: a card opened before is stale). */
const cards = async (t: TestApp, kpiSetId: number) =>
  (await kpisOfKpiSet(t.handle.db, kpiSetId)).map(({ id, row_version, ...card }) => card);

describe.each(engines())("a seed KPI set's export imports back unchanged on %s", (engine) => {
  let t: TestApp;
  let yala: Session;
  let kpiSetId: number;

  beforeAll(async () => {
    t = await startTestApp(engine);
    ({ kpiSetId } = await loadYalaSet(t));
    const admin = await makeUser(t.handle, 'province_admin', '95');
    yala = await loginAs(t.app, admin.username, admin.password);
  });
  afterAll(() => t.close());

  it('reads back cards whose paragraphs pass 2,000 characters and whose evidence spans lines (Yala FY2568)', async () => {
    const before = await cards(t, kpiSetId);
    expect(Math.max(...before.map((c) => c.definition?.length ?? 0))).toBeGreaterThan(2_000);
    const exported = await yala.get(`/api/kpi-sets/${kpiSetId}/export.xlsx`);
    expect(exported.statusCode).toBe(200);
    const { payload, headers } = multipartFile('yala.xlsx', exported.rawPayload);
    const imported = await yala.send('POST', `/api/kpi-sets/${kpiSetId}/import`, payload, headers);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ created: 0, updated: before.length });
    expect(await cards(t, kpiSetId)).toEqual(before);
    const versions = (await kpisOfKpiSet(t.handle.db, kpiSetId)).map((k) => k.row_version);
    expect(new Set(versions)).toEqual(new Set([2]));
  });
});
