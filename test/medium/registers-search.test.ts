import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

type Named = { unit: { code: string } };
type ErrorBody = { error: { code: string; field: string; message: string } };

/** GET with the query parameters encoded the way a browser sends them. */
async function list(s: Session, path: string, query: Record<string, string | number>) {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return s.get(`${path}?${search}`);
}

/** A 400 that names the query parameter at fault, in Thai. */
function expectBadParameter(res: { statusCode: number; json: () => unknown }, field: string, words: string) {
  expect(res.statusCode).toBe(400);
  const { error } = res.json() as ErrorBody;
  expect(error.field).toBe(field);
  expect(error.message).not.toContain(field);
  expect(error.message).toContain(words);
}

const tooLong = 'ก'.repeat(101);

describe.each(engines())('searching and filtering the registers on %s', (engine) => {
  let t: TestApp;
  let yala: Session;
  let mueang: Session;
  let narathiwat: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '96'),
    ]);
    [yala, mueang, narathiwat] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  describe('budget lines', () => {
    const url = '/api/registers/budget/lines';
    const names = (res: { json: () => { items: { name: string }[] } }) => res.json().items.map((l) => l.name);

    beforeAll(async () => {
      const lines: [Session, string, string, string][] = [
        [yala, '95', 'งบดำเนินงาน', 'ค่าตอบแทน 100% ผู้นำชุมชน'],
        [yala, '95', 'งบดำเนินงาน', 'ค่าใช้สอย_ประชุมประจำเดือน'],
        [yala, '95', 'งบลงทุน', 'ครุภัณฑ์ Computer'],
        [yala, '95', 'งบบุคลากร', 'เงินเดือนและค่าจ้างประจำ'],
        [narathiwat, '96', 'งบดำเนินงาน', 'ค่าตอบแทน 100% ผู้นำชุมชน'],
      ];
      for (const [s, unitCode, category, name] of lines) {
        const res = await s.send('POST', url, { unitCode, fiscalYear: 2568, category, name });
        expect(res.statusCode, res.body).toBe(201);
      }
    });

    it('finds a word in the name or the category, in any letter case', async () => {
      const words = await list(yala, url, { unit: '95', fiscalYear: 2568, q: 'ค่าตอบแทน' });
      expect(names(words)).toEqual(['ค่าตอบแทน 100% ผู้นำชุมชน']);
      expect(names(await list(yala, url, { unit: '95', fiscalYear: 2568, q: 'COMPUTER' }))).toEqual([
        'ครุภัณฑ์ Computer',
      ]);
      expect(names(await list(yala, url, { unit: '95', fiscalYear: 2568, q: 'งบลงทุน' }))).toEqual([
        'ครุภัณฑ์ Computer',
      ]);
    });

    it('takes % and _ as themselves, not as wildcards', async () => {
      expect(names(await list(yala, url, { unit: '95', fiscalYear: 2568, q: '%' }))).toEqual([
        'ค่าตอบแทน 100% ผู้นำชุมชน',
      ]);
      expect(names(await list(yala, url, { unit: '95', fiscalYear: 2568, q: '_' }))).toEqual([
        'ค่าใช้สอย_ประชุมประจำเดือน',
      ]);
    });

    it('keeps one category, alone or with a search, while the total and the categories stay whole', async () => {
      const whole = (await list(yala, url, { unit: '95', fiscalYear: 2568 })).json();
      expect(whole).toMatchObject({ matched: 4, total: 4 });
      expect(whole.categories).toEqual(['งบดำเนินงาน', 'งบบุคลากร', 'งบลงทุน']);
      const operating = (
        await list(yala, url, { unit: '95', fiscalYear: 2568, category: 'งบดำเนินงาน' })
      ).json();
      expect(operating.items.map((l: { category: string }) => l.category)).toEqual([
        'งบดำเนินงาน',
        'งบดำเนินงาน',
      ]);
      expect(operating).toMatchObject({ matched: 2, total: 4, categories: whole.categories });
      const both = await list(yala, url, {
        unit: '95',
        fiscalYear: 2568,
        category: 'งบดำเนินงาน',
        q: 'ประชุม',
      });
      expect(names(both)).toEqual(['ค่าใช้สอย_ประชุมประจำเดือน']);
      const none = (await list(yala, url, { unit: '95', fiscalYear: 2568, category: 'งบกลาง' })).json();
      expect(none).toMatchObject({ items: [], matched: 0, total: 4, categories: whole.categories });
    });

    it('refuses a search that is blank or too long and an empty category, naming the parameter in Thai', async () => {
      expectBadParameter(await list(yala, url, { unit: '95', fiscalYear: 2568, q: '   ' }), 'q', 'คำค้นหา');
      expectBadParameter(
        await list(yala, url, { unit: '95', fiscalYear: 2568, q: tooLong }),
        'q',
        'ยาวเกิน 100',
      );
      expectBadParameter(
        await list(yala, url, { unit: '95', fiscalYear: 2568, category: ' ' }),
        'category',
        'หมวดงบประมาณ',
      );
    });

    it("never shows another province's lines, and another province's unit is refused as out of scope", async () => {
      const mine = (await list(yala, url, { unit: '95', fiscalYear: 2568, q: 'ผู้นำชุมชน' })).json();
      expect(mine.items.map((l: Named) => l.unit.code)).toEqual(['95']);
      const theirs = (await list(narathiwat, url, { unit: '96', fiscalYear: 2568, q: 'ผู้นำชุมชน' })).json();
      expect(theirs.items.map((l: Named) => l.unit.code)).toEqual(['96']);
      expect(theirs).toMatchObject({ matched: 1, total: 1 });
      expect((await list(narathiwat, url, { unit: '95', fiscalYear: 2568, q: 'ผู้นำชุมชน' })).statusCode).toBe(
        403,
      );
    });
  });

  describe('projects', () => {
    const url = '/api/registers/projects';
    const base = { unit: '95', fiscalYear: 2568, asOf: '2025-07-01' };
    const names = (res: { json: () => { items: { name: string }[] } }) => res.json().items.map((p) => p.name);

    beforeAll(async () => {
      const projects: [Session, string, number, string, string, string | null, string | null][] = [
        // Completed and sent on time, but no photos yet.
        [yala, '95', 2, 'ส่งเสริมสัมมาชีพ 100% ครัวเรือน', '100', '2025-06-02', '2025-06-06'],
        [yala, '95', 2, 'พัฒนาผลิตภัณฑ์ OTOP', '80', null, null],
        // Completed on 1 June, due 8 June, not sent by 1 July: late.
        [yala, '95', 2, 'อบรม_อาชีพ', '100', '2025-06-01', null],
        [yala, '95', 1, 'ประชุมประจำเดือน', '50', null, null],
        [narathiwat, '96', 2, 'ส่งเสริมสัมมาชีพ 100% ครัวเรือน', '40', null, null],
      ];
      for (const [
        s,
        unitCode,
        round,
        name,
        completionPercent,
        completedOn,
        evaluationSubmittedOn,
      ] of projects) {
        const res = await s.send('POST', url, {
          unitCode,
          fiscalYear: 2568,
          round,
          name,
          completionPercent,
          completedOn,
          evaluationSubmittedOn,
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    });

    /** KPI 2 and the counts as the page shows them: they must not move with a search. */
    const summaryOf = (body: Record<string, unknown>) => ({
      total: body.total,
      late: body.late,
      missingPhotos: body.missingPhotos,
      planAchievement: body.planAchievement,
    });

    it('keeps KPI 2, the late and photo-short counts over every project of the round, whatever the search', async () => {
      const round2 = (await list(yala, url, { ...base, round: 2 })).json();
      expect(round2).toMatchObject({
        matched: 3,
        total: 3,
        late: 1,
        missingPhotos: 2,
        planAchievement: { projects: 3, completionSum: '280', percent: { text: '93.33' } },
      });
      const filters: Record<string, string>[] = [
        { q: 'OTOP' },
        { q: 'ไม่มีโครงการนี้' },
        { status: 'late' },
        { status: 'missing-photos' },
        { status: 'incomplete' },
        { q: 'ส่งเสริม', status: 'late' },
      ];
      for (const filter of filters) {
        const body = (await list(yala, url, { ...base, round: 2, ...filter })).json();
        expect(summaryOf(body), JSON.stringify(filter)).toEqual(summaryOf(round2));
      }
      const year = (await list(yala, url, { ...base, q: 'OTOP' })).json();
      expect(year).toMatchObject({
        matched: 1,
        total: 4,
        planAchievement: { projects: 4, percent: { text: '82.50' } },
      });
    });

    it('finds a name in any letter case, with % and _ as themselves', async () => {
      expect(names(await list(yala, url, { ...base, q: 'otop' }))).toEqual(['พัฒนาผลิตภัณฑ์ OTOP']);
      expect(names(await list(yala, url, { ...base, q: '%' }))).toEqual(['ส่งเสริมสัมมาชีพ 100% ครัวเรือน']);
      expect(names(await list(yala, url, { ...base, q: '_' }))).toEqual(['อบรม_อาชีพ']);
    });

    it('filters by round and by status as the page flags them: late, short of photos, below 100 %', async () => {
      expect(names(await list(yala, url, { ...base, round: 1 }))).toEqual(['ประชุมประจำเดือน']);
      const late = (await list(yala, url, { ...base, status: 'late' })).json();
      expect(late.items.map((p: { name: string }) => p.name)).toEqual(['อบรม_อาชีพ']);
      expect(late.items[0].evaluation).toMatchObject({ late: true, daysLate: 23, missingPhotos: 3 });
      expect(late.matched).toBe(1);
      expect(names(await list(yala, url, { ...base, status: 'missing-photos' }))).toEqual([
        'ส่งเสริมสัมมาชีพ 100% ครัวเรือน',
        'อบรม_อาชีพ',
      ]);
      expect(names(await list(yala, url, { ...base, status: 'incomplete' }))).toEqual([
        'พัฒนาผลิตภัณฑ์ OTOP',
        'ประชุมประจำเดือน',
      ]);
      expect(names(await list(yala, url, { ...base, round: 2, status: 'incomplete' }))).toEqual([
        'พัฒนาผลิตภัณฑ์ OTOP',
      ]);
      expect(names(await list(yala, url, { ...base, status: 'missing-photos', q: 'อบรม' }))).toEqual([
        'อบรม_อาชีพ',
      ]);
      // The same project is not late while its due date has not passed.
      expect(names(await list(yala, url, { ...base, asOf: '2025-06-08', status: 'late' }))).toEqual([]);
    });

    it('refuses an unknown status or round and a blank search, naming the parameter in Thai', async () => {
      expectBadParameter(await list(yala, url, { ...base, status: 'done' }), 'status', 'สถานะโครงการ');
      expectBadParameter(await list(yala, url, { ...base, round: 3 }), 'round', 'รอบการประเมิน');
      expectBadParameter(await list(yala, url, { ...base, round: 'สอง' }), 'round', 'รอบการประเมิน');
      expectBadParameter(await list(yala, url, { ...base, q: '' }), 'q', 'คำค้นหา');
      expectBadParameter(await list(yala, url, { ...base, q: tooLong }), 'q', 'ยาวเกิน 100');
    });

    it("never shows another province's projects", async () => {
      const mine = (await list(yala, url, { ...base, q: 'สัมมาชีพ' })).json();
      expect(mine.items.map((p: Named) => p.unit.code)).toEqual(['95']);
      const theirs = (await list(narathiwat, url, { ...base, unit: '96', q: 'สัมมาชีพ' })).json();
      expect(theirs.items.map((p: Named) => p.unit.code)).toEqual(['96']);
      expect(theirs).toMatchObject({ total: 1, planAchievement: { projects: 1 } });
      expect((await list(narathiwat, url, { ...base, q: 'สัมมาชีพ' })).statusCode).toBe(403);
    });
  });

  describe('community funds', () => {
    const url = '/api/registers/community-funds';
    const names = (res: { json: () => { items: { name: string }[] } }) => res.json().items.map((f) => f.name);

    beforeAll(async () => {
      const funds: [Session, string, string, string, boolean][] = [
        [mueang, '9501', 'กองทุนหมู่บ้านบ้านหนึ่ง', 'village', true],
        [mueang, '9501', 'Village Fund Alpha', 'village', false],
        [mueang, '9501', 'กองทุนชุมชนเมือง 50%', 'urban', false],
        [mueang, '9501', 'กองทุนทหาร_ค่ายหนึ่ง', 'military', false],
        [yala, '9502', 'กองทุนหมู่บ้านบ้านหนึ่ง', 'village', false],
        [narathiwat, '96', 'กองทุนหมู่บ้านบ้านหนึ่ง', 'village', true],
      ];
      for (const [s, unitCode, name, type, juristicPerson] of funds) {
        const res = await s.send('POST', url, {
          unitCode,
          name,
          type,
          juristicPerson,
          capital: [{ round: 'government-allocation' }],
          ...(juristicPerson ? { savings: '250000' } : {}),
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    });

    it('keeps the follow-up form totals over every fund of the unit, whatever the search', async () => {
      const whole = (await list(mueang, url, { unit: '9501' })).json();
      expect(whole).toMatchObject({ matched: 4, total: 4 });
      expect(whole.report).toMatchObject({
        total: 4,
        byType: { village: 2, urban: 1, military: 1 },
        juristicPersons: { registered: 1, remaining: 3, percent: { text: '25.00' } },
        account1: { amount: '4000000.00' },
        account2: { funds: 1, amount: '250000.00' },
      });
      const filters: Record<string, string>[] = [
        { q: 'หนึ่ง' },
        { type: 'urban' },
        { juristicPerson: 'true' },
        { type: 'military', juristicPerson: 'true' },
      ];
      for (const filter of filters) {
        const body = (await list(mueang, url, { unit: '9501', ...filter })).json();
        expect(body.report, JSON.stringify(filter)).toEqual(whole.report);
        expect(body.total).toBe(4);
      }
    });

    it('finds a name in any letter case, with % and _ as themselves', async () => {
      expect(names(await list(mueang, url, { unit: '9501', q: 'หนึ่ง' }))).toEqual([
        'กองทุนทหาร_ค่ายหนึ่ง',
        'กองทุนหมู่บ้านบ้านหนึ่ง',
      ]);
      expect(names(await list(mueang, url, { unit: '9501', q: 'ALPHA' }))).toEqual(['Village Fund Alpha']);
      expect(names(await list(mueang, url, { unit: '9501', q: '%' }))).toEqual(['กองทุนชุมชนเมือง 50%']);
      expect(names(await list(mueang, url, { unit: '9501', q: '_' }))).toEqual(['กองทุนทหาร_ค่ายหนึ่ง']);
    });

    it('filters by type and by juristic person, alone, together and with a search', async () => {
      expect(names(await list(mueang, url, { unit: '9501', type: 'village' }))).toEqual([
        'Village Fund Alpha',
        'กองทุนหมู่บ้านบ้านหนึ่ง',
      ]);
      expect(names(await list(mueang, url, { unit: '9501', juristicPerson: 'true' }))).toEqual([
        'กองทุนหมู่บ้านบ้านหนึ่ง',
      ]);
      const notJuristic = (await list(mueang, url, { unit: '9501', juristicPerson: 'false' })).json();
      expect(notJuristic.matched).toBe(3);
      expect(notJuristic.items.every((f: { juristicPerson: boolean }) => !f.juristicPerson)).toBe(true);
      expect(
        names(await list(mueang, url, { unit: '9501', type: 'village', juristicPerson: 'false' })),
      ).toEqual(['Village Fund Alpha']);
      expect(names(await list(mueang, url, { unit: '9501', type: 'military', q: 'หนึ่ง' }))).toEqual([
        'กองทุนทหาร_ค่ายหนึ่ง',
      ]);
    });

    it('refuses an unknown type and a juristic person that is not true or false, in Thai', async () => {
      expectBadParameter(await list(mueang, url, { unit: '9501', type: 'spaceship' }), 'type', 'ประเภทกองทุน');
      expectBadParameter(
        await list(mueang, url, { unit: '9501', juristicPerson: 'yes' }),
        'juristicPerson',
        'true หรือ false',
      );
      expectBadParameter(await list(mueang, url, { unit: '9501', q: tooLong }), 'q', 'ยาวเกิน 100');
    });

    it("searches the unit's subtree only: its districts, never another province", async () => {
      const province = (await list(yala, url, { unit: '95', q: 'บ้านหนึ่ง' })).json();
      expect(province.items.map((f: Named) => f.unit.code)).toEqual(['9501', '9502']);
      expect(province).toMatchObject({ matched: 2, total: 5, report: { total: 5 } });
      const district = (await list(mueang, url, { unit: '9501', q: 'บ้านหนึ่ง' })).json();
      expect(district.items.map((f: Named) => f.unit.code)).toEqual(['9501']);
      const theirs = (await list(narathiwat, url, { unit: '96', q: 'บ้านหนึ่ง' })).json();
      expect(theirs.items.map((f: Named) => f.unit.code)).toEqual(['96']);
      expect((await list(mueang, url, { unit: '9502', q: 'บ้านหนึ่ง' })).statusCode).toBe(403);
    });
  });

  describe('debt relief households', () => {
    const url = '/api/registers/debt-relief';
    const base = { unit: '9501', fiscalYear: 2568 };
    const labels = (res: { json: () => { items: { label: string }[] } }) =>
      res.json().items.map((d) => d.label);
    const all = { enteredProcess: true, debtRestructured: true, occupationalPromotion: true };

    beforeAll(async () => {
      const households: [Session, string, string, Record<string, boolean>][] = [
        [mueang, '9501', 'HH-001 นายหนึ่ง', all],
        [mueang, '9501', 'hh_002 นางสอง', { enteredProcess: true }],
        [mueang, '9501', 'ครัวเรือน 100% สาม', { enteredProcess: true, debtRestructured: true }],
        [mueang, '9501', 'ครัวเรือนสี่', all],
        [narathiwat, '96', 'HH-001 นายหนึ่ง', all],
      ];
      for (const [s, unitCode, label, flags] of households) {
        const res = await s.send('POST', url, { unitCode, fiscalYear: 2568, label, ...flags });
        expect(res.statusCode, res.body).toBe(201);
      }
    });

    it('keeps the share that reduced debt over every household of the year, whatever the search', async () => {
      const whole = (await list(mueang, url, base)).json();
      expect(whole).toMatchObject({
        matched: 4,
        total: 4,
        relief: { reduced: 2, target: 4, percent: { text: '50.00' } },
      });
      const filters: Record<string, string>[] = [
        { q: 'HH' },
        { reduced: 'true' },
        { reduced: 'false', q: 'ไม่มี' },
      ];
      for (const filter of filters) {
        const body = (await list(mueang, url, { ...base, ...filter })).json();
        expect(body.relief, JSON.stringify(filter)).toEqual(whole.relief);
        expect(body.total).toBe(4);
      }
    });

    it('finds a label in any letter case, with % and _ as themselves', async () => {
      expect(labels(await list(mueang, url, { ...base, q: 'hh' }))).toEqual([
        'HH-001 นายหนึ่ง',
        'hh_002 นางสอง',
      ]);
      expect(labels(await list(mueang, url, { ...base, q: '_' }))).toEqual(['hh_002 นางสอง']);
      expect(labels(await list(mueang, url, { ...base, q: '%' }))).toEqual(['ครัวเรือน 100% สาม']);
    });

    it('filters on all three steps taken (reduced) or not, alone and with a search', async () => {
      const reduced = (await list(mueang, url, { ...base, reduced: 'true' })).json();
      expect(reduced.items.map((d: { label: string }) => d.label)).toEqual(['HH-001 นายหนึ่ง', 'ครัวเรือนสี่']);
      expect(reduced.items.every((d: { reduced: boolean }) => d.reduced)).toBe(true);
      expect(reduced.matched).toBe(2);
      expect(labels(await list(mueang, url, { ...base, reduced: 'false' }))).toEqual([
        'hh_002 นางสอง',
        'ครัวเรือน 100% สาม',
      ]);
      expect(labels(await list(mueang, url, { ...base, reduced: 'true', q: 'hh' }))).toEqual([
        'HH-001 นายหนึ่ง',
      ]);
    });

    it('refuses a reduced that is not true or false and a blank search, in Thai', async () => {
      expectBadParameter(await list(mueang, url, { ...base, reduced: '1' }), 'reduced', 'true หรือ false');
      expectBadParameter(await list(mueang, url, { ...base, q: ' ' }), 'q', 'คำค้นหา');
    });

    it("never shows another province's households", async () => {
      const mine = (await list(yala, url, { ...base, unit: '95', q: 'HH-001' })).json();
      expect(mine.items.map((d: Named) => d.unit.code)).toEqual(['9501']);
      const theirs = (await list(narathiwat, url, { ...base, unit: '96', q: 'HH-001' })).json();
      expect(theirs.items.map((d: Named) => d.unit.code)).toEqual(['96']);
      expect(theirs.relief).toMatchObject({ reduced: 1, target: 1 });
      expect((await list(narathiwat, url, { ...base, unit: '95', q: 'HH-001' })).statusCode).toBe(403);
    });
  });
});
