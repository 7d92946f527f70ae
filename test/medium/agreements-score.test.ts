import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet, overdueCriteria, planCriteria } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

type Item = {
  key: string;
  section: string;
  weight: string;
  contribution: string | null;
  evaluation: { score: string } | null;
};
type View = {
  items: Item[];
  total: { score: string; sections: { id: string; weightSum: string; score: string }[] };
};

const sum = (values: readonly string[]) => values.reduce((total, v) => total.plus(v), new Decimal(0));

describe.each(engines())('the agreement score adds up on %s', (engine) => {
  let t: TestApp;
  let staff: Session;
  let ddo: Session;
  let set: Awaited<ReturnType<typeof makeKpiSet>>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'province_staff', '95-G1'),
      makeUser(t.handle, 'district_officer', '9501'),
    ]);
    [staff, ddo] = await loginEach(t.app, users);
    const sliding = { ...budgetCriteria, interpolate: true };
    set = await makeKpiSet(t.handle, '95', 2568, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: sliding },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของการบรรลุเป้าหมาย', criteria: planCriteria },
      { key: 'T3', kind: 'team', nameTh: 'หนี้เกินกำหนดชำระกองทุนพัฒนาบทบาทสตรี', criteria: overdueCriteria },
      { key: 'I1', kind: 'individual', nameTh: 'ครัวเรือนยากจนเป้าหมาย', criteria: sliding },
      {
        key: 'I2',
        kind: 'individual',
        nameTh: 'กองทุนพัฒนาบทบาทสตรี',
        criteria: { ...planCriteria, interpolate: true },
      },
      { key: 'I3', kind: 'individual', nameTh: 'โครงการเชิงรุก', criteria: planCriteria },
    ]);
  });
  afterAll(() => t.close());

  it('shows each row as it enters its list, each list as the sum of its rows, and the total as (team + individual) ÷ 2', async () => {
    const weights: Record<string, string> = {
      T1: '33.3',
      T2: '33.3',
      T3: '33.4',
      I1: '15',
      I2: '20',
      I3: '65',
    };
    const created = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '9501',
      items: Object.entries(weights).map(([key, weight]) => ({ kpiId: set.kpiIds[key], weight })),
    });
    expect(created.statusCode).toBe(201);
    const values: Record<string, string> = {
      T1: '87.77',
      T2: '86',
      T3: '1.48',
      I1: '91.234',
      I2: '83.3',
      I3: '70',
    };
    for (const [key, value] of Object.entries(values)) {
      const res = await ddo.send('PUT', '/api/kpi-results', {
        kpiId: set.kpiIds[key],
        unitCode: '9501',
        value,
        asOf: '2025-09-30',
      });
      expect(res.statusCode).toBe(200);
    }
    const view: View = (await ddo.get(`/api/agreements/${created.json().agreement.id}`)).json();

    // T3 weighs 10 of the team's 100 in seed 001; here 33.4 × level 5 ÷ 100 enters the team list as 1.6700.
    const row = (key: string) => view.items.find((item) => item.key === key) as Item;
    expect(row('T3').evaluation?.score).toBe('5.0000');
    expect(row('T3').contribution).toBe('1.6700');
    expect(row('T1').evaluation?.score).toBe('2.5540');
    expect(row('T1').contribution).toBe('0.8505');

    for (const section of view.total.sections) {
      const rows = view.items.filter((item) => (section.id === 'team') === (item.section === 'team'));
      for (const item of rows) {
        const exact = new Decimal(item.weight)
          .times(item.evaluation?.score ?? '0')
          .div(section.weightSum)
          .toFixed(4, Decimal.ROUND_HALF_UP);
        expect(item.contribution).toBe(exact);
      }
      expect(sum(rows.map((item) => item.contribution ?? '0')).toFixed(4)).toBe(section.score);
    }
    const [team, individual] = view.total.sections;
    expect(team).toMatchObject({ id: 'team', weightSum: '100' });
    expect(individual).toMatchObject({ id: 'individual', weightSum: '100' });
    expect(view.total.score).toBe(
      sum([team?.score ?? '', individual?.score ?? ''])
        .div(2)
        .toFixed(4, Decimal.ROUND_HALF_UP),
    );
    // Team 0.8505 + 0.9990 + 1.6700 = 3.5195; individual 0.4870 + 0.5320 + 0 = 1.0190; 4.5385 ÷ 2 = 2.26925 → 2.2693.
    expect(team?.score).toBe('3.5195');
    expect(individual?.score).toBe('1.0190');
    expect(view.total.score).toBe('2.2693');
  });
});
