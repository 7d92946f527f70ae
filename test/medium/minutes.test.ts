import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoMinutes } from '../../src/modules/minutes/demo.ts';
import { budgetCriteria, makeKpiSet } from '../factories.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { SEED_003_BUDGET } from '../register-fixtures.ts';

type Table = {
  afterLine?: number | null;
  kind: string;
  titleTh: string;
  asOf: string | null;
  columns: string[];
  rows: string[][];
  total: string[] | null;
  noteTh: string;
};
type Item = {
  heading: string;
  presenter: string;
  text: string;
  tables: Table[];
  resolution: { phrase: string | null; note: string };
};
type Body = {
  attendees: { userId: number | null; name: string; position: string }[];
  absentees: { name: string; position: string; reason: string }[];
  activities: string[];
  agenda: { title: string; items: Item[]; resolution: { phrase: string | null; note: string } }[];
  previous: {
    minutesId: number | null;
    number: string;
    date: string | null;
    circulatedBy: string;
    pages: number | null;
    circulatedOn: string | null;
  };
  nextMeeting: { date: string | null; timeFrom: string | null; venueTh: string };
  taker: { name: string; position: string };
  reviewer: { name: string; position: string };
};
type Minutes = {
  id: number;
  number: string;
  nextMeetingNumber: string | null;
  version: number;
  status: string;
  titleTh: string;
  meetingDate: string;
  timeFrom: string;
  timeTo: string | null;
  venueTh: string;
  body: Body;
  versions: { id: number; version: number; status: string }[];
  canEdit: boolean;
  canAmend: boolean;
};

const TITLE = 'รายงานการประชุมผู้บริหาร/นักวิชาการพัฒนาชุมชน และเจ้าหน้าที่พัฒนาชุมชน จังหวัดฉะเชิงเทรา';
const VENUE = 'ห้องประชุมพระยาศรีสุนทรโวหารฯ (น้อย อาจารย์ยางกูร) ชั้น 1 ศาลากลางจังหวัดฉะเชิงเทรา';
const header = (meetingDate: string) => ({
  titleTh: TITLE,
  meetingDate,
  timeFrom: '09.30',
  timeTo: '12.30',
  venueTh: VENUE,
});
const toArabic = (s: string) => s.replace(/[๐-๙]/g, (c) => String(c.charCodeAt(0) - 0x0e50));

describe.each(engines())('the monthly meeting minutes on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let yala: Session;
  let mueang: Session;
  let viewer: Session;
  let agreementId: number;

  const create = async (who: Session, meetingDate: string, extra: object = {}) => {
    const res = await who.send('POST', '/api/minutes', { unitCode: '24', ...header(meetingDate), ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Minutes;
  };
  const save = (who: Session, m: Minutes, body: Body) =>
    who.send('PUT', `/api/minutes/${m.id}`, {
      titleTh: m.titleTh,
      meetingDate: m.meetingDate,
      timeFrom: m.timeFrom,
      timeTo: m.timeTo,
      venueTh: m.venueTh,
      body,
    });

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '24'),
      makeUser(t.handle, 'province_staff', '24-G1'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '2401'),
      makeUser(t.handle, 'viewer', '24'),
    ]);
    [admin, staff, yala, mueang, viewer] = await loginEach(t.app, users);
    // Seed 003 item 3.1's budget (89.30 % as of 30 Aug 2565) in the registers.
    for (const line of SEED_003_BUDGET) {
      const created = await admin.send('POST', '/api/registers/budget/lines', {
        unitCode: '24',
        fiscalYear: 2565,
        ...line,
      });
      expect(created.statusCode, created.body).toBe(201);
      for (const event of line.events) {
        const res = await admin.send(
          'POST',
          `/api/registers/budget/lines/${created.json().line.id}/events`,
          event,
        );
        expect(res.statusCode, res.body).toBe(201);
      }
    }
    // A round of Chachoengsao's district agreements with one result, for the KPI table.
    const set = await makeKpiSet(t.handle, '24', 2565, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ]);
    const made = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '2401',
      items: [{ kpiId: set.kpiIds.T1, weight: '100' }],
    });
    expect(made.statusCode, made.body).toBe(201);
    agreementId = made.json().agreement.id;
    const put = await staff.send('PUT', '/api/kpi-results', {
      kpiId: set.kpiIds.T1,
      unitCode: '2401',
      value: '89.30',
      asOf: '2022-08-15',
    });
    expect(put.statusCode, put.body).toBe(200);
  });
  afterAll(() => t.close());

  it("loads seed 003's August 2565 minutes as the demo's 8/2565, finished, and numbers the next meeting 9/2565", async () => {
    const id = await loadDemoMinutes(t.handle.db);
    const demo = (await viewer.get(`/api/minutes/${id}`)).json() as Minutes;
    expect([demo.number, demo.status, demo.meetingDate, demo.timeFrom, demo.timeTo]).toEqual([
      '8/2565',
      'finished',
      '2022-08-31',
      '09.30',
      '12.30',
    ]);
    expect(demo.body.attendees).toHaveLength(28);
    expect(demo.body.attendees[0]).toEqual({
      userId: null,
      name: 'นายวรรณัฐ ศิริประเสริฐสิน',
      position: 'พัฒนาการจังหวัดฉะเชิงเทรา',
    });
    const budget = demo.body.agenda[2]?.items[0]?.tables[0];
    expect(budget?.total?.[3]).toBe('89.30');
    // The same table as the registers give for the seed's figures as of 30 Aug 2565.
    const report = (
      await admin.get('/api/registers/budget/report?unit=24&fiscalYear=2565&asOf=2022-08-30')
    ).json();
    expect(budget?.total?.[3]).toBe(report.total.percent.text);
    expect(budget?.total?.[1]?.replaceAll(',', '')).toBe(report.total.base);
    expect((await admin.get('/api/minutes/defaults?unit=24&date=2022-09-28')).json().number).toBe('9/2565');
    // Every item of the seed, in its agendas: 7 (the seed's second "1.2" is 1.7), last month's list, 20, 13, none, none.
    expect(demo.body.agenda.map((a) => a.items.length)).toEqual([7, 1, 20, 13, 0, 0]);
    expect(demo.body.agenda[2]?.items[4]?.heading).toContain('การประเมินผลการปฏิบัติราชการ');
    expect(demo.body.agenda[3]?.items[12]?.presenter).toBe('');
    // The seed's 41 "มติที่ประชุม" (3.5 and 3.15 have none; agendas 5 and 6 carry their own).
    const resolved = demo.body.agenda.flatMap((a) => [a.resolution, ...a.items.map((i) => i.resolution)]);
    expect(resolved.filter((r) => r.phrase !== null)).toHaveLength(41);
    const unresolved = demo.body.agenda[2]?.items.flatMap((it, n) =>
      it.resolution.phrase ? [] : [`3.${n + 1}`],
    );
    expect(unresolved).toEqual(['3.5', '3.15']);
    // Agenda 6 announces September's meeting as 9/2565, where the seed wrote 8/2565 again (L1202).
    expect(demo.nextMeetingNumber).toBe('9/2565');
    const zip = await JSZip.loadAsync((await viewer.get(`/api/minutes/${id}/export.docx`)).rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('เรื่องกำหนดการประชุมครั้งต่อไป ครั้งที่ ๙/๒๕๖๕ ประจำเดือน กันยายน ๒๕๖๕');
    expect(xml.split('>มติที่ประชุม </w:t>')).toHaveLength(42);
    // A table stands where the seed has it, mid-text (L707-724), not after the item's text.
    const at = (text: string) => xml.indexOf(text);
    expect(at('ข้อมูล ณ วันที่ ๑๖ สิงหาคม ๒๕๖๕')).toBeGreaterThan(0);
    expect(at('ข้อมูล ณ วันที่ ๑๖ สิงหาคม ๒๕๖๕')).toBeLessThan(at('เป้าหมายการจัดตั้งศูนย์ฯ ระดับจังหวัด (แห่ง)'));
    expect(at('เป้าหมายการจัดตั้งศูนย์ฯ ระดับจังหวัด (แห่ง)')).toBeLessThan(at('๓.การจัดตั้งกลุ่มออมทรัพย์เพื่อการผลิต'));
    // The seed announced 14 items for the strategy group's 12 (L288); the file counts them.
    expect(xml).toContain('ผอ.กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน แจ้งเรื่องสืบเนื่อง จำนวน ๑๒ เรื่อง ดังนี้');
    const found = (await viewer.get(`/api/minutes?q=${encodeURIComponent('ฝีดาษลิง')}`)).json();
    expect(found.items.map((i: { id: number }) => i.id)).toEqual([id]);
  });

  it('numbers two minutes created at the same moment differently, n/B.E.-year, and the next one after them', async () => {
    const [a, b] = await Promise.all([create(admin, '2022-07-21'), create(staff, '2022-07-21')]);
    expect([a.number, b.number].sort()).toEqual(['10/2565', '9/2565']);
    const c = await create(admin, '2022-08-31');
    expect(c.number).toBe('11/2565');
    // A new B.E. year starts at 1; the standard agenda titles and the previous minutes in agenda 2.
    const next = await create(admin, '2023-01-25');
    expect(next.number).toBe('1/2566');
    expect(c.body.agenda.map((x) => x.title)).toEqual([
      'เรื่องประธานแจ้งให้ที่ประชุมทราบ',
      `รับรองรายงานการประชุมครั้งที่ ${c.body.previous.number} เมื่อวันที่ 21 กรกฎาคม 2565`,
      'เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว',
      'เรื่องเพื่อทราบและถือปฏิบัติ',
      'เรื่องเพื่อพิจารณา',
      'เรื่องอื่น ๆ',
    ]);
    expect(['9/2565', '10/2565']).toContain(c.body.previous.number);
    const defaults = (await admin.get('/api/minutes/defaults?unit=24&date=2022-09-28')).json();
    expect(defaults.number).toBe('12/2565');
    expect(defaults.directory.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([expect.stringContaining('district-officer-2401')]),
    );
  });

  it('never repeats a number when six minutes of a new year are created at once', async () => {
    const made = await Promise.all(
      [admin, staff, admin, staff, admin, staff].map((who) => create(who, '2024-03-27')),
    );
    expect(made.map((m) => m.number).sort((a, b) => parseInt(a, 10) - parseInt(b, 10))).toEqual([
      '1/2567',
      '2/2567',
      '3/2567',
      '4/2567',
      '5/2567',
      '6/2567',
    ]);
  });

  it("keeps an agenda's own resolution, refuses phrases off the list and nameless people, and audits each step", async () => {
    const m = await create(admin, '2022-01-26');
    const body = structuredClone(m.body);
    body.agenda[4] = {
      ...body.agenda[4],
      title: 'เรื่องเพื่อพิจารณา',
      items: [],
      resolution: { phrase: 'รับทราบ', note: '' },
    };
    body.nextMeeting = { date: '2022-02-23', timeFrom: '09.30', venueTh: 'ห้องประชุมชั้น 1' };
    body.taker = { name: 'นางสาวอภิสรารธรรม์ สุรกุลธนาสิทธิ์', position: 'เจ้าพนักงานธุรการชำนาญงาน' };
    body.reviewer = { name: 'นางอังคณา จิตรวิไลย', position: 'ผู้อำนวยการกลุ่มงาน' };
    const saved = await save(admin, m, body);
    expect(saved.statusCode, saved.body).toBe(200);
    const read = saved.json() as Minutes;
    expect(read.body.agenda[4]?.resolution).toEqual({ phrase: 'รับทราบ', note: '' });
    // Agenda 6 announces the number the counter will give February's meeting, not one already given.
    const february = (await admin.get('/api/minutes/defaults?unit=24&date=2022-02-23')).json();
    expect(read.nextMeetingNumber).toBe(february.number);
    expect(read.nextMeetingNumber).not.toBe(m.number);

    const offList = structuredClone(body);
    offList.agenda[3]?.items.push({
      heading: 'เรื่องทดสอบ',
      presenter: '',
      text: '',
      tables: [],
      resolution: { phrase: 'ตกลงกันได้', note: '' },
    });
    const refused = await save(admin, m, offList);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('ระเบียบวาระที่ 4 เรื่องที่ 1: มติที่ประชุม "ตกลงกันได้" ไม่อยู่ในรายการ');
    const nameless = await save(admin, m, {
      ...body,
      absentees: [{ name: ' ', position: 'นักพัฒนาชุมชน', reason: 'ลาป่วย' }],
    });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().error.message).toContain('ผู้ไม่เข้าประชุมลำดับที่ 1: กรุณากรอกชื่อ');
    const backwards = await save(admin, m, {
      ...body,
      nextMeeting: { ...body.nextMeeting, date: '2022-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message).toContain('วันประชุมครั้งต่อไปต้องหลังวันประชุมครั้งนี้');
    const early = await admin.send('PUT', `/api/minutes/${m.id}`, {
      ...header('2022-01-26'),
      timeTo: '09.00',
      body,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toContain('เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม');
    expect(((await admin.get(`/api/minutes/${m.id}`)).json() as Minutes).body).toEqual(read.body);

    expect((await admin.send('POST', `/api/minutes/${m.id}/finish`, { confirm: true })).statusCode).toBe(200);
    const zip = await JSZip.loadAsync((await admin.get(`/api/minutes/${m.id}/export.docx`)).rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('ระเบียบวาระที่ ๕ เรื่องเพื่อพิจารณา');
    expect(xml).toContain('>รับทราบ</w:t>');
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'user_id'])
      .where('entity', '=', 'meeting_minutes')
      .where('entity_id', '=', String(m.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'finish', 'export']);
    expect(audit.every((a) => a.user_id !== null)).toBe(true);
  });

  it('inserts live tables equal to the services’ own numbers as of the meeting date', async () => {
    const m = await create(admin, '2022-08-30');
    const budget = await admin.get(`/api/minutes/${m.id}/live-table?kind=budget`);
    expect(budget.statusCode, budget.body).toBe(200);
    const table = budget.json() as Table;
    const report = (
      await admin.get('/api/registers/budget/report?unit=24&fiscalYear=2565&asOf=2022-08-30')
    ).json();
    expect(table.asOf).toBe('2022-08-30');
    expect(table.columns).toEqual(['งบประมาณรายจ่าย', 'ได้รับจัดสรร', 'เบิกจ่าย/PO', 'ร้อยละ', 'คงเหลือ']);
    const plain = (s: string) => s.replaceAll(',', '');
    expect(table.total?.[3]).toBe(report.total.percent.text);
    expect(table.total?.[3]).toBe('89.30');
    expect(plain(table.total?.[1] ?? '')).toBe(report.total.base);
    expect(plain(table.total?.[2] ?? '')).toBe(report.total.spent);
    expect(table.rows.map((r) => r[0])).toEqual(report.rows.map((r: { category: string }) => r.category));

    const kpi = (await admin.get(`/api/minutes/${m.id}/live-table?kind=kpi`)).json() as Table;
    const page = (await admin.get(`/api/agreements/${agreementId}`)).json();
    expect(kpi.rows).toHaveLength(1);
    expect(kpi.rows[0]?.[1]).toBe(page.total.score);

    const timeliness = await admin.get(`/api/minutes/${m.id}/live-table?kind=timeliness`);
    expect(timeliness.statusCode, timeliness.body).toBe(200);

    // Snapshotted into an item: saved and read back unchanged, whatever the registers do later.
    const body = structuredClone(m.body);
    body.agenda[2]?.items.push({
      heading: 'รายงานความก้าวหน้าผลการเบิกจ่ายงบประมาณ',
      presenter: 'กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน',
      text: 'สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา ได้รับการจัดสรรงบประมาณ',
      tables: [table],
      resolution: { phrase: 'รับทราบ', note: '' },
    });
    const saved = await save(admin, m, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as Minutes).body.agenda[2]?.items[0]?.tables[0]).toEqual({
      ...table,
      afterLine: null,
    });
  });

  it('locks a finished minutes, refuses finishing without signatures, and amends by a new version', async () => {
    const m = await create(admin, '2022-06-29');
    const unsigned = await admin.send('POST', `/api/minutes/${m.id}/finish`, { confirm: true });
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json().error.message).toContain('กรุณากรอกชื่อผู้จดรายงานการประชุม');
    const body = structuredClone(m.body);
    body.taker = { name: 'นางสาวอภิสรารธรรม์ สุรกุลธนาสิทธิ์', position: 'เจ้าพนักงานธุรการชำนาญงาน' };
    body.reviewer = {
      name: 'นางอังคณา จิตรวิไลย',
      position: 'ผู้อำนวยการกลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน',
    };
    expect((await save(admin, m, body)).statusCode).toBe(200);
    expect((await admin.send('POST', `/api/minutes/${m.id}/finish`, {})).statusCode).toBe(400);
    const finished = await admin.send('POST', `/api/minutes/${m.id}/finish`, { confirm: true });
    expect(finished.statusCode, finished.body).toBe(200);
    expect(finished.json().status).toBe('finished');
    const edit = await save(admin, m, { ...body, activities: [] });
    expect(edit.statusCode).toBe(409);
    expect(((await admin.get(`/api/minutes/${m.id}`)).json() as Minutes).body.activities).toEqual(
      body.activities,
    );

    const amended = await admin.send('POST', `/api/minutes/${m.id}/amend`, { reason: 'แก้ชื่อผู้เข้าร่วมประชุม' });
    expect(amended.statusCode, amended.body).toBe(200);
    const v2 = amended.json() as Minutes;
    expect([v2.number, v2.version, v2.status]).toEqual([m.number, 2, 'draft']);
    expect(v2.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'finished'],
      [2, 'draft'],
    ]);
    expect((await admin.send('POST', `/api/minutes/${m.id}/amend`, { reason: 'อีกครั้ง' })).statusCode).toBe(
      409,
    );
    const list = (await admin.get(`/api/minutes?number=${encodeURIComponent(m.number)}`)).json();
    expect(list.items.map((i: { id: number }) => i.id)).toEqual([v2.id]);
  });

  it('writes a .docx whose document.xml holds the title, the number and a table cell, in Thai digits', async () => {
    const m = await create(admin, '2022-05-25');
    const table = (await admin.get(`/api/minutes/${m.id}/live-table?kind=budget`)).json() as Table;
    const body = structuredClone(m.body);
    body.agenda[2]?.items.push({
      heading: 'งบประมาณ',
      presenter: '',
      text: '',
      tables: [table],
      resolution: { phrase: 'รับทราบ', note: '' },
    });
    expect((await save(admin, m, body)).statusCode).toBe(200);
    const res = await viewer.get(`/api/minutes/${m.id}/export.docx`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain(TITLE);
    expect(xml).toContain(`ครั้งที่ ${m.number.replace(/\d/g, (c) => '๐๑๒๓๔๕๖๗๘๙'[Number(c)] ?? c)}`);
    const cell = table.rows[0]?.[1] ?? 'missing';
    expect(toArabic(xml)).toContain(`<w:t xml:space="preserve">${cell}</w:t>`);
    expect(xml).toContain('ระเบียบวาระที่ ๓ เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว');
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('TH Sarabun New');
  });

  it('searches by text, number and date range', async () => {
    const m = await create(admin, '2022-04-27');
    const body = structuredClone(m.body);
    body.agenda[0]?.items.push({
      heading: 'โครงการหน้าบ้านน่ามองเดือนเมษายน',
      presenter: 'ประธาน',
      text: '',
      tables: [],
      resolution: { phrase: 'รับทราบ', note: '' },
    });
    expect((await save(admin, m, body)).statusCode).toBe(200);
    const ids = async (q: string) =>
      ((await admin.get(`/api/minutes?${q}`)).json().items as { id: number }[]).map((i) => i.id);
    expect(await ids(`q=${encodeURIComponent('หน้าบ้านน่ามอง')}`)).toEqual([m.id]);
    expect(await ids('from=2022-04-01&to=2022-04-30')).toEqual([m.id]);
    expect(
      await ids(`number=${encodeURIComponent(m.number.replace(/\d/g, (c) => '๐๑๒๓๔๕๖๗๘๙'[Number(c)] ?? c))}`),
    ).toEqual([m.id]);
    const bad = await admin.get(`/api/minutes?number=${encodeURIComponent('สิงหา')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('ครั้งที่ต้องเขียนเป็น');
  });

  it('keeps minutes to the office: 403 outside, 404 unknown, read-only for a viewer', async () => {
    const m = await create(admin, '2022-03-30');
    expect((await yala.get(`/api/minutes/${m.id}`)).statusCode).toBe(403);
    expect((await mueang.get(`/api/minutes/${m.id}`)).statusCode).toBe(403);
    expect((await admin.get('/api/minutes/999999')).statusCode).toBe(404);
    expect(
      (await yala.send('POST', '/api/minutes', { unitCode: '24', ...header('2022-03-30') })).statusCode,
    ).toBe(403);
    expect((await yala.get('/api/minutes')).json().items).toEqual([]);
    expect((await viewer.get(`/api/minutes/${m.id}`)).json().canEdit).toBe(false);
    expect((await save(viewer, m, m.body)).statusCode).toBe(403);
    expect(
      (await admin.send('POST', '/api/minutes', { unitCode: '99', ...header('2022-03-30') })).statusCode,
    ).toBe(404);
  });

  it('answers bad input with Thai messages naming the field and writes nothing', async () => {
    const before = (await admin.get('/api/minutes')).json().items.length;
    const late = await admin.send('POST', '/api/minutes', {
      unitCode: '24',
      ...header('2022-02-23'),
      timeFrom: '25.00',
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toContain('เวลาเริ่มประชุมต้องเป็นเวลา');
    const noVenue = await admin.send('POST', '/api/minutes', {
      unitCode: '24',
      ...header('2022-02-23'),
      venueTh: ' ',
    });
    expect(noVenue.statusCode).toBe(400);
    expect(noVenue.json().error.message).toContain('สถานที่ประชุม');
    const m = await create(admin, '2022-02-23');
    const five = await save(admin, m, { ...m.body, agenda: m.body.agenda.slice(0, 5) });
    expect(five.statusCode).toBe(400);
    expect(five.json().error.message).toContain('ระเบียบวาระที่ 1 ถึง 6');
    const body = structuredClone(m.body);
    body.agenda[3]?.items.push({
      heading: 'ตาราง',
      presenter: '',
      text: '',
      tables: [
        {
          kind: 'custom',
          titleTh: 'ผลงาน',
          asOf: null,
          columns: ['อำเภอ', 'ผล'],
          rows: [['เมือง']],
          total: null,
          noteTh: '',
        },
      ],
      resolution: { phrase: null, note: '' },
    });
    const short = await save(admin, m, body);
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain('ระเบียบวาระที่ 4 เรื่องที่ 1 ตาราง "ผลงาน" แถวที่ 1');
    const otherYear = await admin.send('PUT', `/api/minutes/${m.id}`, {
      ...header('2023-02-22'),
      body: m.body,
    });
    expect(otherYear.statusCode).toBe(422);
    expect((await admin.get('/api/minutes')).json().items.length).toBe(before + 1);
  });
});
