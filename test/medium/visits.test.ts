import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_000_TOPICS } from '../../src/domain/visits/plan.ts';
import { loadDemoVisitPlan } from '../../src/modules/visits/demo.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

type Topic = { titleTh: string; detailTh: string; lines: { kind: 'heading' | 'point'; text: string }[] };
type Row = {
  activityTh: string;
  workGroupCode: string | null;
  workGroupTh: string;
  date: string;
  timeFrom: string;
  timeTo: string | null;
  districtCode: string | null;
  placeTh: string;
  topics: Topic[];
  remarksTh: string;
};
type Letter = {
  number: string;
  officeTh: string;
  addressTh: string;
  date: string | null;
  subjectTh: string;
  toTh: string;
  attachments: { titleTh: string; quantityTh: string }[];
  paragraphs: string[];
  closingTh: string;
  signerName: string;
  signerPosition: string;
  contactUnitTh: string;
  contactPhoneTh: string;
};
type Plan = {
  id: number;
  unit: { code: string; nameTh: string };
  month: string;
  fiscalYear: number;
  version: number;
  status: string;
  rowCount: number;
  letterNumber: string;
  body: { rows: Row[]; letter: Letter };
  choices: { districts: { code: string; nameTh: string }[]; workGroups: { code: string; nameTh: string }[] };
  versions: { id: number; version: number; status: string }[];
  canEdit: boolean;
  canAmend: boolean;
};

const row = (over: Partial<Row> = {}): Row => ({
  activityTh: 'ติดตามการดำเนินงานกองทุนหมู่บ้าน',
  workGroupCode: '24-G1',
  workGroupTh: '',
  date: '2023-07-26',
  timeFrom: '9:00',
  timeTo: '12.00',
  districtCode: '2401',
  placeTh: '',
  topics: [SEED_000_TOPICS[0] as Topic],
  remarksTh: '',
  ...over,
});

describe.each(engines())('the monthly visit plans on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let yala: Session;
  let mueang: Session;
  let otherDistrict: Session;
  let viewer: Session;
  let dept: Session;

  const create = async (who: Session, month: string, unitCode = '24') => {
    const res = await who.send('POST', '/api/visits', { unitCode, month });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Plan;
  };
  const save = (who: Session, p: Plan, rows: Row[], letter: Letter = p.body.letter) =>
    who.send('PUT', `/api/visits/${p.id}`, { body: { rows, letter } });

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '24'),
      makeUser(t.handle, 'province_staff', '24-G1'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'district_officer', '2401'),
      makeUser(t.handle, 'district_officer', '2402'),
      makeUser(t.handle, 'viewer', '24'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [admin, staff, yala, mueang, otherDistrict, viewer, dept] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  it('creates a month’s draft with the letter’s defaults and seed 000’s topics, once per month', async () => {
    const p = await create(admin, '2023-07');
    expect([p.month, p.fiscalYear, p.version, p.status, p.canEdit]).toEqual([
      '2023-07',
      2566,
      1,
      'draft',
      true,
    ]);
    expect(p.body.letter.subjectTh).toBe(
      'การติดตามผลการขับเคลื่อนการดำเนินงานตามแผนปฏิบัติการประจำเดือนกรกฎาคม 2566 และกองทุนหมู่บ้านและชุมชนเมือง',
    );
    expect(p.body.letter.attachments.map((a) => a.titleTh)).toEqual([
      'แผนการติดตามงานฯ',
      'ประเด็นการตรวจติดตามงาน',
      'แบบติดตามผลการดำเนินงานฯ',
    ]);
    expect(p.choices.workGroups.map((g) => g.code)).toEqual(['24-G1', '24-G2', '24-G3', '24-G4']);
    expect(p.choices.districts.map((d) => d.code)).toContain('2401');
    const topics = (await admin.get('/api/visits/topics?unit=24')).json();
    expect(topics.items.map((x: Topic) => x.titleTh)).toEqual(SEED_000_TOPICS.map((x) => x.titleTh));
    const again = await admin.send('POST', '/api/visits', { unitCode: '24', month: '2023-07' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('กรกฎาคม 2566');
  });

  it('refuses bad rows with Thai messages naming the row, and saves good ones completed from the units', async () => {
    const p = await create(staff, '2023-08');
    const bad = await save(staff, p, [
      row({ date: '2023-08-10' }),
      row({ date: '2023-08-11', timeFrom: '13.00', timeTo: '10.00' }),
      row({ date: '2023-07-31' }),
      row({ date: '2023-08-12', districtCode: '9501' }),
      row({ date: '2023-08-12', timeFrom: '25.00' }),
    ]);
    expect(bad.statusCode, bad.body).toBe(422);
    const rows = bad.json().error.rows as { row: number; message: string }[];
    expect(rows.map((r) => r.message)).toEqual([
      'แถวที่ 2: เวลาสิ้นสุด (10.00) ต้องหลังเวลาเริ่ม (13.00)',
      'แถวที่ 3: วันที่ต้องอยู่ในเดือนสิงหาคม 2566',
      'แถวที่ 4: อำเภอรหัส 9501 ไม่อยู่ในฉะเชิงเทรา',
      'แถวที่ 5: เวลาเริ่มต้องเป็นเวลา ชั่วโมง.นาที เช่น 09.00 (ได้รับ "25.00")',
    ]);
    expect(bad.json().error.message).toBe('แถวที่ 2: เวลาสิ้นสุด (10.00) ต้องหลังเวลาเริ่ม (13.00)');
    // Nothing was written by the refused save.
    expect(((await staff.get(`/api/visits/${p.id}`)).json() as Plan).rowCount).toBe(0);
    const good = await save(staff, p, [row({ date: '2023-08-10' })]);
    expect(good.statusCode, good.body).toBe(200);
    const saved = good.json() as Plan;
    expect(saved.body.rows[0]).toMatchObject({
      timeFrom: '09.00',
      workGroupTh: 'กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน',
      placeTh: 'พื้นที่อำเภอเมืองฉะเชิงเทรา',
    });
  });

  it('lets the province and the department write, the visited district and viewers read, others not', async () => {
    const p = await create(dept, '2023-09');
    const saved = await save(admin, p, [row({ date: '2023-09-05' })]);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await mueang.get(`/api/visits/${p.id}`)).statusCode).toBe(200);
    expect(((await mueang.get(`/api/visits/${p.id}`)).json() as Plan).canEdit).toBe(false);
    expect((await otherDistrict.get(`/api/visits/${p.id}`)).statusCode).toBe(403);
    expect((await viewer.get(`/api/visits/${p.id}`)).statusCode).toBe(200);
    expect((await yala.get(`/api/visits/${p.id}`)).statusCode).toBe(403);
    expect((await save(mueang, p, [])).statusCode).toBe(403);
    expect((await save(viewer, p, [])).statusCode).toBe(403);
    expect((await yala.send('POST', '/api/visits', { unitCode: '24', month: '2023-10' })).statusCode).toBe(
      403,
    );
    expect((await mueang.send('POST', '/api/visits', { unitCode: '24', month: '2023-10' })).statusCode).toBe(
      403,
    );
    const mine = (await mueang.get('/api/visits')).json().items.map((x: { id: number }) => x.id);
    expect(mine).toContain(p.id);
    const theirs = (await otherDistrict.get('/api/visits')).json().items.map((x: { id: number }) => x.id);
    expect(theirs).not.toContain(p.id);
    expect((await yala.get('/api/visits')).json().items).toEqual([]);
  });

  it('locks a finished plan (409 on save) and amends it as a new version of the month', async () => {
    const p = await create(admin, '2023-11');
    await save(admin, p, [row({ date: '2023-11-02' })]);
    const incomplete = await admin.send('POST', `/api/visits/${p.id}/finish`, { confirm: true });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().error.message).toContain('กรุณากรอกเลขที่หนังสือ');
    const letter = {
      ...p.body.letter,
      number: 'ฉช 0019/ว 100',
      date: '2023-10-30',
      signerName: 'นายทดสอบ ลงนาม',
    };
    expect((await save(admin, p, [row({ date: '2023-11-02' })], letter)).statusCode).toBe(200);
    const done = await admin.send('POST', `/api/visits/${p.id}/finish`, { confirm: true });
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as Plan).status).toBe('finished');
    const locked = await save(admin, p, []);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('จบแล้ว');
    const amended = await admin.send('POST', `/api/visits/${p.id}/amend`, { reason: 'เลื่อนวันติดตาม' });
    expect(amended.statusCode, amended.body).toBe(200);
    const v2 = amended.json() as Plan;
    expect([v2.version, v2.status, v2.body.letter.number]).toEqual([2, 'draft', 'ฉช 0019/ว 100']);
    expect(v2.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'finished'],
      [2, 'draft'],
    ]);
    expect((await admin.send('POST', `/api/visits/${p.id}/amend`, { reason: 'ซ้ำ' })).statusCode).toBe(409);
    const list = (await admin.get('/api/visits?unit=24&month=2023-11')).json().items;
    expect(list.map((x: Plan) => [x.id, x.version])).toEqual([[v2.id, 2]]);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'visit_plan')
      .where('entity_id', 'in', [String(p.id), String(v2.id)])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'finish', 'create']);
  });

  it('searches rows, topics and the letter, and filters by fiscal year and month', async () => {
    const p = await create(admin, '2023-12');
    await save(admin, p, [
      row({
        date: '2023-12-04',
        remarksTh: 'นำเอกสารทะเบียนกองทุนไปด้วย',
        topics: [SEED_000_TOPICS[1] as Topic],
      }),
    ]);
    const ids = async (qs: string) =>
      ((await admin.get(`/api/visits?${qs}`)).json().items as Plan[]).map((x) => x.id);
    expect(await ids(`q=${encodeURIComponent('ทะเบียนกองทุน')}`)).toEqual([p.id]);
    expect(await ids(`q=${encodeURIComponent('การประเมินผลการพัฒนา')}`)).toContain(p.id);
    expect(await ids(`q=${encodeURIComponent('เมืองฉะเชิงเทรา')}`)).toContain(p.id);
    expect(await ids('fiscalYear=2567&month=2023-12')).toEqual([p.id]);
    expect(await ids('fiscalYear=2567')).not.toContain((await ids('month=2023-09'))[0]);
    expect(await ids('fiscalYear=2566&month=2023-12')).toEqual([]);
  });

  it('manages the topic templates with audit, province writers only', async () => {
    const made = await staff.send('POST', '/api/visits/topics', {
      unitCode: '24',
      titleTh: 'การจัดทำบัญชีครัวเรือน',
      lines: [{ kind: 'point', text: 'จำนวนครัวเรือนที่ทำบัญชี' }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const topic = made.json();
    const edited = await admin.send('PUT', `/api/visits/topics/${topic.id}`, {
      titleTh: 'การจัดทำบัญชีครัวเรือน (แก้ไข)',
      lines: [],
    });
    expect(edited.json().titleTh).toBe('การจัดทำบัญชีครัวเรือน (แก้ไข)');
    expect((await yala.send('DELETE', `/api/visits/topics/${topic.id}`)).statusCode).toBe(403);
    expect((await viewer.send('DELETE', `/api/visits/topics/${topic.id}`)).statusCode).toBe(403);
    const empty = await admin.send('POST', '/api/visits/topics', { unitCode: '24', titleTh: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('กรุณากรอกชื่อประเด็น');
    expect((await admin.send('DELETE', `/api/visits/topics/${topic.id}`)).statusCode).toBe(200);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'visit_topic')
      .where('entity_id', '=', String(topic.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it("loads seed 000's July 2566 plan of Ubon Ratchathani with the seed's figures", async () => {
    const id = await loadDemoVisitPlan(t.handle.db);
    const ubon = await makeUser(t.handle, 'province_admin', '34');
    const warin = await makeUser(t.handle, 'district_officer', '3415');
    const [u, w] = await loginEach(t.app, [ubon, warin] as const);
    const p = (await u.get(`/api/visits/${id}`)).json() as Plan;
    expect([p.month, p.fiscalYear, p.status, p.letterNumber]).toEqual([
      '2023-07',
      2566,
      'draft',
      'อบ 0019/ว 996',
    ]);
    expect(p.body.letter.date).toBe('2023-07-25');
    expect(p.body.letter.toTh).toBe('พัฒนาการอำเภอดอนมดแดง และวารินชำราบ');
    expect(p.body.letter.attachments.map((a) => a.quantityTh)).toEqual([
      'จำนวน 1 ชุด',
      'จำนวน 1 ชุด',
      'จำนวน 3 ชุด',
    ]);
    expect(p.body.rows.map((r) => [r.date, r.timeFrom, r.districtCode, r.placeTh])).toEqual([
      ['2023-07-26', '09.00', '3424', 'พื้นที่อำเภอดอนมดแดง'],
      ['2023-07-27', '09.00', '3415', 'พื้นที่อำเภอวารินชำราบ'],
    ]);
    const topics = p.body.rows[0]?.topics ?? [];
    expect(topics).toHaveLength(3);
    expect(topics[1]?.lines).toHaveLength(5);
    expect(topics[2]?.lines.filter((l) => l.kind === 'point')).toHaveLength(9);
    expect(topics[2]?.lines.filter((l) => l.kind === 'heading').map((l) => l.text)).toEqual([
      'ตัวชี้วัดรายทีม',
      'ตัวชี้วัดรายบุคคล',
    ]);
    expect((await w.get(`/api/visits/${id}`)).statusCode).toBe(200);
    expect((await u.get('/api/visits/topics')).json().items).toHaveLength(3);
  });
});
