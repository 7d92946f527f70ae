import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

describe.each(engines())('rounds and KPI sets on %s', (engine) => {
  let t: TestApp;
  let dept: Session;
  let staff: Session;
  let ddo: Session;
  let chachoengsao: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'department_admin', 'CDD'),
      makeUser(t.handle, 'province_staff', '95-G1'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '24'),
    ]);
    [dept, staff, ddo, chachoengsao] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  it('gives the default rounds with Thai labels, and lets only the department move them', async () => {
    const rounds = (await ddo.get('/api/rounds/2568')).json().items;
    expect(rounds[1]).toMatchObject({
      fiscalYear: 2568,
      number: 2,
      start: '2025-04-01',
      end: '2025-09-30',
      custom: false,
      labelThDigits: 'รอบการประเมินที่ ๒ (๑ เมษายน ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๘)',
    });
    expect(
      (await staff.send('PUT', '/api/rounds/2568/2', { start: '2025-04-01', end: '2025-08-31' })).statusCode,
    ).toBe(403);
    const moved = await dept.send('PUT', '/api/rounds/2568/2', { start: '2025-04-01', end: '2025-08-31' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().items[1]).toMatchObject({ end: '2025-08-31', custom: true });
    expect(
      (await dept.send('PUT', '/api/rounds/2568/2', { start: '2025-09-01', end: '2025-08-31' })).statusCode,
    ).toBe(422);
    expect(
      (await dept.send('PUT', '/api/rounds/2025/2', { start: '2025-04-01', end: '2025-08-31' })).statusCode,
    ).toBe(400);
  });

  it('creates a round set by copying last round, visible to the districts but editable by the province only', async () => {
    const previous = await makeKpiSet(t.handle, '95', 2568, 1, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ]);
    const created = await staff.send('POST', '/api/kpi-sets', {
      ownerCode: '95',
      fiscalYear: 2568,
      round: 2,
      nameTh: 'ตัวชี้วัด รอบ 2/2568',
      copyFromId: previous.id,
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.kpis.map((k: { key: string; nameTh: string }) => [k.key, k.nameTh])).toEqual([
      ['T1', 'ร้อยละของการใช้จ่ายงบประมาณ'],
    ]);
    expect(body.set).toMatchObject({ copiedFromId: previous.id, owner: { code: '95' } });
    expect(body.canEdit).toBe(true);
    const seen = (await ddo.get(`/api/kpi-sets/${body.set.id}`)).json();
    expect(seen.canEdit).toBe(false);
    expect(seen.round.labelTh).toBe('รอบการประเมินที่ 2 (1 เมษายน 2568 – 31 สิงหาคม 2568)');
    expect(
      (await ddo.get('/api/kpi-sets?fiscalYear=2568')).json().items.map((s: { round: number }) => s.round),
    ).toEqual([2, 1]);
    expect((await chachoengsao.get(`/api/kpi-sets/${body.set.id}`)).statusCode).toBe(404);
    const again = await staff.send('POST', '/api/kpi-sets', {
      ownerCode: '95',
      fiscalYear: 2568,
      round: 2,
      nameTh: 'ซ้ำ',
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await ddo.send('POST', '/api/kpi-sets', { ownerCode: '95', fiscalYear: 2569, round: 1, nameTh: 'x' }))
        .statusCode,
    ).toBe(403);
  });
});
