import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

type RoundRow = { kpiSetId: number; fiscalYear: number; round: number; nameTh: string; agreements: number };

describe.each(engines())('the rounds that have agreements on %s', (engine) => {
  let t: TestApp;
  let staff: Session;
  let mueang: Session;
  let betong: Session;
  let viewer: Session;
  const sets: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'province_staff', '95-G1'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
      makeUser(t.handle, 'viewer', '95'),
    ]);
    [staff, mueang, betong, viewer] = await loginEach(t.app, users);
    const kpis = [
      { key: 'T1', kind: 'team' as const, nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ];
    for (const [fiscalYear, round, agents] of [
      [2566, 2, ['9501']],
      [2568, 1, ['9501', '9502']],
      [2567, 2, ['9502']],
      [2570, 1, []],
    ] as const) {
      const set = await makeKpiSet(t.handle, '95', fiscalYear, round, kpis);
      sets[`${fiscalYear}/${round}`] = set.id;
      for (const agentCode of agents) {
        const res = await staff.send('POST', '/api/agreements', {
          kpiSetId: set.id,
          pair: 'province_district',
          agentCode,
          items: [{ kpiId: set.kpiIds.T1, weight: '100' }],
        });
        expect(res.statusCode).toBe(201);
      }
    }
  });
  afterAll(() => t.close());

  const rounds = async (session: Session) =>
    ((await session.get('/api/agreements/rounds')).json().items as RoundRow[]).map(
      (r) => `${r.fiscalYear}/${r.round}:${r.agreements}`,
    );

  it('lists the rounds with agreements the user may read, the latest first, and leaves out a round without any', async () => {
    expect(await rounds(staff)).toEqual(['2568/1:2', '2567/2:1', '2566/2:1']);
    expect(await rounds(viewer)).toEqual(['2568/1:2', '2567/2:1', '2566/2:1']);
    expect(await rounds(mueang)).toEqual(['2568/1:1', '2566/2:1']);
    expect(await rounds(betong)).toEqual(['2568/1:1', '2567/2:1']);
    const [latest] = (await mueang.get('/api/agreements/rounds')).json().items as RoundRow[];
    expect(latest?.kpiSetId).toBe(sets['2568/1']);
    expect(latest?.nameTh).toBe('ชุดทดสอบ 95 1/2568');
  });

  it('answers an anonymous caller with 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/agreements/rounds' })).statusCode).toBe(401);
  });
});
