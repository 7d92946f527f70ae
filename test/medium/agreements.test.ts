import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet, overdueCriteria, planCriteria } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

describe.each(engines())('agreements and scores on %s', (engine) => {
  let t: TestApp;
  let staff: Session;
  let pdo: Session;
  let ddo: Session;
  let betong: Session;
  let set: Awaited<ReturnType<typeof makeKpiSet>>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'province_staff', '95-G1'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'district_officer', '9502'),
    ]);
    [staff, pdo, ddo, betong] = await loginEach(t.app, users);
    set = await makeKpiSet(t.handle, '95', 2568, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของการบรรลุเป้าหมาย', criteria: planCriteria },
      { key: 'T3', kind: 'team', nameTh: 'หนี้เกินกำหนดชำระกองทุนพัฒนาบทบาทสตรี', criteria: overdueCriteria },
    ]);
  });
  afterAll(() => t.close());

  const team = (weights: [string, string, string]) => ({
    items: ['T1', 'T2', 'T3'].map((key, i) => ({
      kpiId: set.kpiIds[key] as number,
      weight: weights[i] as string,
    })),
  });

  it('builds a PDO–DDO agreement, refuses to sign it while the weights total 110, then signs and locks it', async () => {
    const created = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '9501',
      ...team(['50', '50', '10']),
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft.agreement).toMatchObject({
      status: 'draft',
      version: 1,
      principal: { code: '95' },
      agent: { code: '9501' },
    });
    expect(draft.weightChecks).toEqual([
      { group: 'team', sum: '110', is100: false, message: 'น้ำหนักรวม 110 ไม่เท่ากับ 100' },
    ]);
    const id = draft.agreement.id;

    const refused = await pdo.send('POST', `/api/agreements/${id}/sign`, { side: 'principal' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toBe('ลงนามไม่ได้: ตัวชี้วัดรายทีม: น้ำหนักรวม 110 ไม่เท่ากับ 100');

    expect((await staff.send('PUT', `/api/agreements/${id}`, team(['50', '40', '10']))).statusCode).toBe(200);
    expect((await ddo.send('POST', `/api/agreements/${id}/sign`, { side: 'principal' })).statusCode).toBe(
      403,
    );
    expect(
      (await pdo.send('POST', `/api/agreements/${id}/sign`, { side: 'principal' })).json().agreement.status,
    ).toBe('draft');
    const signed = (await ddo.send('POST', `/api/agreements/${id}/sign`, { side: 'agent' })).json();
    expect(signed.agreement.status).toBe('signed');
    expect(signed.agreement.agentSigned.at).toBeTruthy();
    const locked = await staff.send('PUT', `/api/agreements/${id}`, team(['60', '30', '10']));
    expect(locked.statusCode).toBe(409);
  });

  it('scores the district from its results: Σ(w·s)/Σw = 2.7000 and says what the next level needs', async () => {
    const list = (await staff.get(`/api/agreements?kpiSet=${set.id}`)).json();
    const id = list.items.find((a: { agent: { code: string } }) => a.agent.code === '9501').id;
    const put = (key: string, value: string) =>
      ddo.send('PUT', '/api/kpi-results', {
        kpiId: set.kpiIds[key],
        unitCode: '9501',
        value,
        asOf: '2025-09-30',
      });
    expect((await put('T1', '89.30')).statusCode).toBe(200);
    expect((await put('T2', '๘๖')).statusCode).toBe(200);
    let view = (await ddo.get(`/api/agreements/${id}`)).json();
    expect(view.reported).toBe(2);
    expect(view.total.score).toBe('2.2000');
    expect((await put('T3', '1.48')).statusCode).toBe(200);
    view = (await ddo.get(`/api/agreements/${id}`)).json();
    expect(view.items.map((i: { evaluation: { level: number } }) => i.evaluation.level)).toEqual([2, 3, 5]);
    expect(view.total.score).toBe('2.7000');
    expect(view.items[0].evaluation.next).toMatchObject({
      level: 3,
      value: '90',
      text: 'ต้องได้ไม่น้อยกว่า 90 จึงจะได้ระดับ 3',
    });
    expect(view.items[0].contribution).toBe('1.0000');
    expect(view.items.map((i: { weight: string }) => i.weight)).toEqual(['50', '40', '10']);
    const bad = await put('T1', 'abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('value');
  });

  it('keeps a district out of another district’s agreement and results', async () => {
    const list = (await betong.get(`/api/agreements?kpiSet=${set.id}`)).json();
    expect(list.items).toEqual([]);
    const all = (await staff.get(`/api/agreements?kpiSet=${set.id}`)).json();
    const mueang = all.items.find((a: { agent: { code: string } }) => a.agent.code === '9501').id;
    expect((await betong.get(`/api/agreements/${mueang}`)).statusCode).toBe(404);
    const res = await betong.send('PUT', '/api/kpi-results', {
      kpiId: set.kpiIds.T1,
      unitCode: '9501',
      value: '100',
      asOf: '2025-09-30',
    });
    expect(res.statusCode).toBe(404);
  });

  it('amends a signed agreement into version 2 with the reason; version 1 stays in force until version 2 is signed', async () => {
    const all = (await staff.get(`/api/agreements?kpiSet=${set.id}`)).json();
    const v1 = all.items.find((a: { agent: { code: string } }) => a.agent.code === '9501').id;
    expect((await staff.send('POST', `/api/agreements/${v1}/amend`, { reason: 'สั้น' })).statusCode).toBe(400);
    const v2 = await staff.send('POST', `/api/agreements/${v1}/amend`, {
      reason: 'ปรับน้ำหนักตามหนังสือกรม ที่ มท 0401/ว 123',
    });
    expect(v2.statusCode).toBe(201);
    const v2id = v2.json().agreement.id;
    expect(v2.json().agreement).toMatchObject({
      version: 2,
      status: 'draft',
      amendmentReason: 'ปรับน้ำหนักตามหนังสือกรม ที่ มท 0401/ว 123',
    });
    expect(v2.json().total.score).toBe('2.7000');
    await staff.send('PUT', `/api/agreements/${v2id}`, team(['40', '50', '10']));
    await pdo.send('POST', `/api/agreements/${v2id}/sign`, { side: 'principal' });
    await ddo.send('POST', `/api/agreements/${v2id}/sign`, { side: 'agent' });
    const after = (await staff.get(`/api/agreements?kpiSet=${set.id}`))
      .json()
      .items.filter((a: { agent: { code: string } }) => a.agent.code === '9501');
    expect(
      after.map((a: { version: number; status: string; score: string }) => [a.version, a.status, a.score]),
    ).toEqual([
      [1, 'superseded', '2.7000'],
      [2, 'signed', '2.8000'],
    ]);
  });

  it("refuses a district's own criteria that are wrong, naming the KPI in the words, and saves nothing", async () => {
    const body = team(['50', '40', '10']);
    const items = body.items.map((item, i) =>
      i === 1
        ? { ...item, unitCriteria: { ...planCriteria, thresholds: ['75', '80', '70', '90', '95'] } }
        : item,
    );
    const refused = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '9502',
      items,
    });
    expect(refused.statusCode).toBe(422);
    const { message, field } = refused.json().error;
    expect(field).toMatch(/^items\.1\.unitCriteria\.thresholds/);
    expect(message).toMatch(/^ตัวชี้วัดที่ 2 \(ข้อ 2\): เกณฑ์การให้คะแนน /);
    expect(message).not.toMatch(/[A-Za-z]/);
    const listed = (await staff.get(`/api/agreements?kpiSet=${set.id}`)).json();
    expect(listed.items.some((a: { agent: { code: string } }) => a.agent.code === '9502')).toBe(false);
  });

  it('refuses an agent of the wrong kind or outside the set, and a second agreement for the same district', async () => {
    const wrongKind = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '950101',
      items: [],
    });
    expect(wrongKind.statusCode).toBe(422);
    expect(wrongKind.json().error).toMatchObject({ field: 'agentCode', message: 'ไม่พบอำเภอรหัส "950101"' });
    const outside = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '2401',
      items: [],
    });
    expect(outside.statusCode).toBe(422);
    const twice = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '9501',
      items: [],
    });
    expect(twice.statusCode).toBe(409);
    expect(
      (
        await ddo.send('POST', '/api/agreements', {
          kpiSetId: set.id,
          pair: 'province_district',
          agentCode: '9501',
          items: [],
        })
      ).statusCode,
    ).toBe(403);
  });
});
