import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createJob,
  failInterruptedImports,
  keepRunningImportsAlive,
  reportProgress,
} from '../../src/modules/imports/service.ts';
import { RECOMPUTE_FAILED, recomputeRequested } from '../../src/modules/register-bindings/service.ts';
import { measureComputations } from '../../src/register-measures.ts';
import { STALE_IMPORT_SECONDS } from '../../src/register-worker.ts';
import { engines, loginAs, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { loadYalaSet } from '../register-fixtures.ts';

type Binding = {
  kpiKey: string;
  recompute: { state: string; requestedAt: string; error: string | null } | null;
};

describe.each(engines())('the registers background worker on %s', (engine) => {
  let t: TestApp;
  let yala: Session;
  let yalaSet: Awaited<ReturnType<typeof loadYalaSet>>;
  let userId: number;
  let i5: number;

  beforeAll(async () => {
    t = await startTestApp(engine);
    yalaSet = await loadYalaSet(t);
    i5 = yalaSet.kpi.I5 ?? Number.NaN;
    const admin = await makeUser(t.handle, 'province_admin', '95');
    userId = admin.id;
    yala = await loginAs(t.app, admin.username, admin.password);
    const bound = await yala.send('PUT', `/api/registers/bindings/${i5}`, {
      measure: 'womens_fund.overdue',
      asOf: '2025-09-30',
    });
    expect(bound.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  const i5Binding = async (): Promise<Binding> =>
    (await yala.get(`/api/registers/bindings?kpiSet=${yalaSet.kpiSetId}`))
      .json()
      .items.find((b: Binding) => b.kpiKey === 'I5');

  const i5Result = async () =>
    t.handle.db
      .selectFrom('kpi_results')
      .innerJoin('units', 'units.id', 'kpi_results.unit_id')
      .select(['kpi_results.value', 'kpi_results.source'])
      .where('kpi_results.kpi_id', '=', i5)
      .where('units.code', '=', '95')
      .executeTakeFirst();

  const yalaUnit = () =>
    t.handle.db.selectFrom('units').select('id').where('code', '=', '95').executeTakeFirstOrThrow();

  /** A household import job of Yala, as a server starts one. */
  const job = async (filename: string) =>
    createJob(t.handle.db, {
      kind: 'households',
      unit_id: (await yalaUnit()).id,
      user_id: userId,
      fiscal_year: 2568,
      filename,
    });

  const request = () =>
    t.handle.db
      .selectFrom('register_recompute_requests')
      .select(['kpi_id', 'generation'])
      .where('kpi_id', '=', i5)
      .executeTakeFirst();

  const snapshot = (asOf: string, outstanding: string, notYetDue: string) =>
    yala.send('PUT', '/api/registers/womens-fund', { unitCode: '95', asOf, outstanding, notYetDue });

  it('answers a register write before the bound KPI is recomputed, then recomputes it as the system', async () => {
    // 001 L235: B = 489,204.87 of A = 33,109,323.18.
    expect((await snapshot('2025-09-30', '33109323.18', '32620118.31')).statusCode).toBe(200);
    expect(await i5Result()).toBeUndefined();
    expect((await i5Binding()).recompute).toMatchObject({ state: 'pending', error: null });

    await t.worker.settle();
    expect((await i5Binding()).recompute).toBeNull();
    expect(await i5Result()).toMatchObject({
      source: 'register',
      value: expect.stringMatching(/^1\.4775441567/),
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['user_id', 'action'])
      .where('entity', '=', 'kpi_result')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.user_id).toBeNull();
  });

  it('keeps a request that a newer write renewed while it was being computed', async () => {
    await snapshot('2025-09-29', '1000', '900');
    const first = await request();
    expect(first).toBeDefined();
    await snapshot('2025-09-28', '1000', '800');
    const renewed = await request();
    expect(renewed?.generation).toBe((first?.generation ?? 0) + 1);

    expect(
      await recomputeRequested(t.handle.db, measureComputations, first as NonNullable<typeof first>),
    ).toBe(true);
    expect(await request()).toEqual(renewed);
    await t.worker.settle();
    expect(await request()).toBeUndefined();
  });

  it('does not compute again a request another instance finished after this one listed it', async () => {
    await snapshot('2025-09-27', '33109323.18', '32620118.31');
    const listed = await request();
    expect(listed).toBeDefined();
    const stale = listed as NonNullable<typeof listed>;
    // The other instance takes it first and commits its result.
    expect(await recomputeRequested(t.handle.db, measureComputations, stale)).toBe(true);
    expect(await request()).toBeUndefined();
    // A mark on the stored result shows whether this instance computes it again.
    const computed = await i5Result();
    await sql`update kpi_results set value = 0 where kpi_id = ${i5}`.execute(t.handle.db);
    expect(await recomputeRequested(t.handle.db, measureComputations, stale)).toBe(true);
    expect(await i5Result()).toMatchObject({ value: '0' });
    await sql`update kpi_results set value = ${computed?.value} where kpi_id = ${i5}`.execute(t.handle.db);
  });

  it('keeps a failed recompute with its reason and the previous result, and retries on the next write', async () => {
    const before = await i5Result();
    const formula = await t.handle.db
      .selectFrom('kpis')
      .select('formula')
      .where('id', '=', i5)
      .executeTakeFirstOrThrow();
    await t.handle.db.updateTable('kpis').set({ formula: null }).where('id', '=', i5).execute();
    await snapshot('2025-09-27', '2000', '1000');
    await t.worker.settle();
    const failed = (await i5Binding()).recompute;
    expect(failed).toMatchObject({ state: 'failed', error: expect.stringContaining('ไม่มีสูตรคำนวณ') });
    expect(await i5Result()).toEqual(before);
    expect(await t.worker.tick()).toBe(0);

    await t.handle.db
      .updateTable('kpis')
      .set({ formula: JSON.stringify(formula.formula) })
      .where('id', '=', i5)
      .execute();
    await snapshot('2025-09-26', '2000', '1500');
    expect((await i5Binding()).recompute).toMatchObject({ state: 'pending' });
    await t.worker.settle();
    expect((await i5Binding()).recompute).toBeNull();
    expect(await i5Result()).toEqual(before);
  });

  it('tells a recompute that failed inside the database in Thai and keeps the raw error for the log', async () => {
    const before = await i5Result();
    await snapshot('2025-09-25', '3000', '1000');
    await sql`alter table womens_fund_snapshots rename to womens_fund_snapshots_away`.execute(t.handle.db);
    const logged: string[] = [];
    const pending = await request();
    try {
      await recomputeRequested(t.handle.db, measureComputations, pending as NonNullable<typeof pending>, {
        error: (object) => logged.push(String(object)),
      });
    } finally {
      await sql`alter table womens_fund_snapshots_away rename to womens_fund_snapshots`.execute(t.handle.db);
    }
    const failed = (await i5Binding()).recompute;
    expect(failed).toMatchObject({ state: 'failed', error: RECOMPUTE_FAILED });
    expect(logged.join('\n')).toContain('womens_fund_snapshots');
    expect(await i5Result()).toEqual(before);
  });

  it('marks an import failed once its row has stopped moving: at once on start-up of PGlite, after STALE_IMPORT_SECONDS otherwise', async () => {
    const [old, fresh] = await Promise.all([job('old.xlsx'), job('fresh.xlsx')]);
    await t.handle.db
      .updateTable('register_imports')
      .set({ status: 'saving', updated_at: sql<Date>`now() - interval '11 minutes'` })
      .where('id', '=', old.id)
      .execute();

    // On PostgreSQL the worker sweeps them; PGlite's one process marks them all at start-up instead, since its
    // import saves without progress and a long save must not look dead.
    await t.worker.tick();
    const swept = (await yala.get(`/api/registers/imports/${old.id}`)).json().job.status;
    expect(swept).toBe(engine === 'postgresql' ? 'failed' : 'saving');
    expect(await failInterruptedImports(t.handle.db, STALE_IMPORT_SECONDS)).toBe(
      engine === 'postgresql' ? 0 : 1,
    );
    const oldJob = (await yala.get(`/api/registers/imports/${old.id}`)).json().job;
    expect(oldJob).toMatchObject({
      status: 'failed',
      message: 'การนำเข้าหยุดลงเพราะระบบเริ่มทำงานใหม่ ไม่มีข้อมูลใดถูกบันทึก กรุณานำเข้าไฟล์อีกครั้ง',
    });
    expect(oldJob.finishedAt).not.toBeNull();
    expect((await yala.get(`/api/registers/imports/${fresh.id}`)).json().job.status).toBe('validating');

    expect(await failInterruptedImports(t.handle.db, 0)).toBe(1);
    expect((await yala.get(`/api/registers/imports/${fresh.id}`)).json().job.status).toBe('failed');
  });

  it("keeps the rows of this server's running imports moving, and shows one that committed before its server stopped as done", async () => {
    const unit = await yalaUnit();
    // One after another: the rows are compared in id order, which parallel inserts on PostgreSQL do not keep.
    const alive = await job('alive.csv');
    const finished = await job('finished.csv');
    const committed = await job('committed.csv');
    await reportProgress(t.handle.db, finished.id, { status: 'failed', message: 'ไฟล์ไม่ถูกต้อง' });
    const ids = [alive.id, finished.id, committed.id];
    await t.handle.db
      .updateTable('register_imports')
      .set({ updated_at: sql<Date>`now() - interval '11 minutes'` })
      .where('id', 'in', ids)
      .execute();
    const rows = () =>
      t.handle.db
        .selectFrom('register_imports')
        .select([
          'id',
          'status',
          'message',
          sql<boolean>`updated_at > now() - interval '1 minute'`.as('moved'),
        ])
        .where('id', 'in', ids)
        .orderBy('id')
        .execute();

    await keepRunningImportsAlive(t.handle.db);
    expect(await failInterruptedImports(t.handle.db, STALE_IMPORT_SECONDS)).toBe(0);
    expect((await rows()).map((r) => r.moved)).toEqual([true, false, true]);

    // the save's transaction wrote its audit row, then the server stopped before the job's last update
    await t.handle.db
      .insertInto('audit_log')
      .values({
        user_id: userId,
        unit_id: unit.id,
        action: 'import',
        entity: 'household',
        entity_id: `import:${committed.id}`,
      })
      .execute();
    expect(await failInterruptedImports(t.handle.db, 0)).toBe(2);
    expect((await rows()).map(({ status, message }) => ({ status, message }))).toEqual([
      { status: 'failed', message: 'การนำเข้าหยุดลงเพราะระบบเริ่มทำงานใหม่ ไม่มีข้อมูลใดถูกบันทึก กรุณานำเข้าไฟล์อีกครั้ง' },
      { status: 'failed', message: 'ไฟล์ไม่ถูกต้อง' },
      { status: 'done', message: 'นำเข้าแล้ว ข้อมูลทั้งไฟล์ถูกบันทึกก่อนระบบเริ่มทำงานใหม่' },
    ]);
  });
});
