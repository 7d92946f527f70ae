import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { engines, loginAs, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { reportConfig, TestClock } from '../report-fixtures.ts';

type BoardCell = { expected: boolean; state?: string; status?: string | null };
type LeagueRow = {
  unit: { code: string };
  standing: string;
  rank: number | null;
  medal: number | null;
  totalScore: number;
  daysLate: number;
  percent: string | null;
  submitted: number;
};

describe.each(engines())('demo report forms and history on %s', (engine) => {
  // 20 November 2569 B.E., noon in Bangkok: October's and November's reports (due the 10th and 15th) are past due.
  const clock = new TestClock('2026-11-20T05:00:00Z');
  const files = reportConfig(clock);
  let t: TestApp;
  let admin: Session;
  let mueang: Session;
  let chachoengsaoAdmin: Session;

  beforeAll(async () => {
    t = await startTestApp(engine, files.overrides);
    const accounts = await loadDemo(t.handle.db);
    await loadDemoKpiSets(t.handle.db, clock.now);
    const login = (name: string) => {
      const account = accounts.find((a) => a.username === name);
      return loginAs(t.app, name, account?.password ?? '');
    };
    [admin, mueang, chachoengsaoAdmin] = await Promise.all([
      login('yala.admin'),
      login('yala.mueang'),
      login('chachoengsao.admin'),
    ]);
  });
  afterAll(async () => {
    await t.close();
    files.cleanup();
  });

  it("gives the demo provinces the seeds' monthly forms, marked as demo data, one bound to a KPI card", async () => {
    const res = await admin.get('/api/reports/types?province=95');
    expect(res.statusCode).toBe(200);
    const types = res.json().items as {
      nameTh: string;
      schedule: { dueDay: number };
      fields: { kind: string; kpiId?: number }[];
    }[];
    expect(types.map((x) => x.schedule.dueDay).sort()).toEqual([10, 15]);
    for (const type of types) expect(type.nameTh).toContain('(ข้อมูลสาธิต)');
    const bound = types.flatMap((x) => x.fields).filter((f) => f.kind === 'kpi');
    expect(bound).toHaveLength(1);
    const kpi = await t.handle.db
      .selectFrom('kpis')
      .select('key')
      .where('id', '=', bound[0]?.kpiId ?? 0)
      .executeTakeFirstOrThrow();
    expect(kpi.key).toBe('T2');
    const first = res.json().items[0] as { inUse: boolean; responsibles: { displayName: string }[] };
    expect(first.inUse).toBe(true);
    expect(first.responsibles.map((r) => r.displayName)).toContain('ผู้ดูแลระบบจังหวัดยะลา (สาธิต)');
    const others = await chachoengsaoAdmin.get('/api/reports/types?province=24');
    expect(others.json().items).toHaveLength(1);
  });

  it('writes a history up to the clock only, each submission saying it is demo data', async () => {
    const rows = await t.handle.db
      .selectFrom('submissions as s')
      .innerJoin('units as u', 'u.id', 's.unit_id')
      .select(['s.status', 's.narrative', 's.first_submitted_at', 's.due_date', 'u.code'])
      .execute();
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.narrative).toContain('ข้อมูลสาธิต');
      expect(row.first_submitted_at?.getTime()).toBeLessThanOrEqual(clock.now.getTime());
    }
    expect(rows.some((r) => r.due_date >= '2026-10-01' && r.due_date < '2026-11-01')).toBe(true);
    expect(rows.every((r) => r.due_date >= '2026-10-01')).toBe(true);
    const events = await t.handle.db
      .selectFrom('submission_events')
      .select((eb) => eb.fn.max('at').as('last'))
      .executeTakeFirstOrThrow();
    expect(new Date(events.last as Date).getTime()).toBeLessThanOrEqual(clock.now.getTime());
  });

  it("shows the clock's month on the board with reports approved on time, late, returned and missing", async () => {
    const res = await admin.get('/api/reports/board?province=95&month=2026-11');
    expect(res.statusCode).toBe(200);
    const board = res.json() as {
      rows: { unit: { code: string }; cells: BoardCell[] }[];
      rates: { submitted: number };
    };
    const states = new Set(board.rows.flatMap((r) => r.cells.map((c) => c.state)));
    expect(states).toContain('approved-on-time');
    expect([...states].some((s) => s === 'approved-late' || s === 'late')).toBe(true);
    expect([...states].some((s) => s === 'approved-after-return' || s === 'returned')).toBe(true);
    expect(states).toContain('missing');
    expect(board.rates.submitted).toBeGreaterThan(0);
    expect(res.json().monthsWithData).toEqual(['2026-11', '2026-10']);
  });

  it('ranks the league by points then days late, districts that sent nothing apart and unranked', async () => {
    const res = await admin.get('/api/reports/league?province=95&month=2026-11');
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows as LeagueRow[];
    expect(rows).toHaveLength(8);
    const ranked = rows.filter((r) => r.standing === 'ranked');
    expect(ranked.length).toBeGreaterThan(0);
    for (const [index, row] of ranked.entries()) {
      const previous = ranked[index - 1];
      if (!previous) {
        expect(row.rank).toBe(1);
        continue;
      }
      const share = (r: LeagueRow) => Number(r.percent);
      const tied = share(previous) === share(row) && previous.daysLate === row.daysLate;
      expect(
        share(previous) > share(row) || (share(previous) === share(row) && previous.daysLate <= row.daysLate),
      ).toBe(true);
      expect(row.rank).toBe(tied ? previous.rank : index + 1);
    }
    for (const row of rows) {
      if (row.standing !== 'ranked') expect([row.rank, row.medal, row.submitted]).toEqual([null, null, 0]);
      if (row.medal !== null) expect(row.totalScore).toBeGreaterThan(0);
    }
    expect(rows.map((r) => r.standing)).toEqual(
      [...rows.map((r) => r.standing)].sort((a, b) => (a === b ? 0 : a === 'ranked' ? -1 : 1)),
    );
  });

  it("lets a district officer read their own province's league, and no other province's", async () => {
    const own = await mueang.get('/api/reports/league?province=95&month=2026-11');
    expect(own.statusCode).toBe(200);
    expect((own.json().rows as LeagueRow[]).map((r) => r.unit.code)).toContain('9501');
    expect((await mueang.get('/api/reports/league?province=24&month=2026-11')).statusCode).toBe(403);
    expect((await mueang.get('/api/reports/board?province=95&month=2026-11')).statusCode).toBe(403);
  });
});
