import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoFollowUps } from '../../src/modules/follow-ups/demo.ts';
import { budgetCriteria, makeKpiSet } from '../factories.ts';
import {
  engines,
  loginEach,
  makeUser,
  multipartFile,
  type Session,
  startTestApp,
  type TestApp,
} from '../helpers.ts';

type Problem = { path: string; messageTh: string };
type FollowUp = {
  id: number;
  clientId: string;
  template: { id: number; code: string; version: number; titleTh: string; definition: unknown };
  unit: { code: string; nameTh: string; kind: string };
  status: 'draft' | 'finished';
  version: number;
  revision: number;
  followUpDate: string | null;
  informant: string | null;
  values: Record<string, unknown>;
  problems: Problem[];
  amendsId: number | null;
  photos: { id: number; fieldKey: string; url: string }[];
  versions: { id: number; version: number; status: string }[];
  canEdit: boolean;
  canAmend: boolean;
};
type KpiValue = {
  kpiId: number;
  code: string;
  nameTh: string;
  weight: string;
  score: string | null;
  level: number | null;
};

const signed = {
  informant: [{ name: 'นางสาวผู้ให้ข้อมูล ทดสอบ', position: 'พัฒนาการอำเภอวารินชำราบ' }],
  followers: [
    { name: 'นายผู้ติดตาม หนึ่ง', position: 'นักวิชาการพัฒนาชุมชนชำนาญการ' },
    { name: '', position: '' },
  ],
};

/** A custom form with a photo field, to test photos (the builtin forms have none). */
const photoForm = {
  titleTh: 'แบบติดตามทดสอบรูปถ่าย',
  subject: 'district',
  sections: [
    {
      titleTh: 'ผลการติดตาม',
      fields: [
        { key: 'note', labelTh: 'บันทึก', required: true, kind: 'text' },
        { key: 'pictures', labelTh: 'ภาพกิจกรรม', required: false, kind: 'photo', maxCount: 3 },
        { key: 'informant', labelTh: 'ผู้ให้ข้อมูล', required: true, kind: 'signature', count: 1 },
      ],
    },
  ],
};

const picture = (background: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background } })
    .png()
    .toBuffer();

describe.each(engines())('the follow-up forms on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let warin: Session;
  let otherDistrict: Session;
  let viewer: Session;
  let yala: Session;
  let cdd: Session;
  let agreementId: number;
  const templates = new Map<string, number>();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-follow-up-photos-'));

  const put = (who: Session, clientId: string, body: object) =>
    who.send('PUT', `/api/follow-ups/drafts/${clientId}`, body);
  const draft = (template: string, values: object, baseRevision: number | null = null, unit = '3415') => ({
    templateId: templates.get(template),
    unit,
    followUpDate: '2023-07-27',
    values,
    baseRevision,
  });
  const rowsOf = async (clientId: string) =>
    t.handle.db.selectFrom('follow_ups').select('id').where('client_id', '=', clientId).execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { filesDir });
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '34'),
      makeUser(t.handle, 'province_staff', '34-G1'),
      makeUser(t.handle, 'district_officer', '3415'),
      makeUser(t.handle, 'district_officer', '3401'),
      makeUser(t.handle, 'viewer', '34'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [admin, staff, warin, otherDistrict, viewer, yala, cdd] = await loginEach(t.app, users);
    // Warin Chamrap's community funds in the register (seed 000's fund form, 000 L102–139).
    const funds = [
      {
        name: 'กองทุนหมู่บ้านทดสอบ 1',
        type: 'village',
        juristicPerson: true,
        capital: [
          { round: 'government-allocation' },
          { round: 'rating-bonus' },
          { round: 'phase-2', amount: '350000' },
          { round: 'phase-3' },
        ],
        savings: '1250000.50',
      },
      {
        name: 'กองทุนหมู่บ้านทดสอบ 2',
        type: 'village',
        juristicPerson: false,
        capital: [{ round: 'government-allocation' }, { round: 'phase-3' }],
        savings: null,
      },
      {
        name: 'กองทุนชุมชนเมืองทดสอบ',
        type: 'urban',
        juristicPerson: true,
        capital: [{ round: 'government-allocation' }, { round: 'phase-2', amount: '123456.78' }],
        savings: '80000',
      },
    ];
    for (const fund of funds) {
      const res = await admin.send('POST', '/api/registers/community-funds', { unitCode: '3415', ...fund });
      expect(res.statusCode, res.body).toBe(201);
    }
    // Warin Chamrap's agreement with one result, for the KPI follow-up form.
    const set = await makeKpiSet(t.handle, '34', 2566, 2, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายเงินงบประมาณ', criteria: budgetCriteria },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของแผน', criteria: budgetCriteria },
    ]);
    const made = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '3415',
      items: [
        { kpiId: set.kpiIds.T1, weight: '60' },
        { kpiId: set.kpiIds.T2, weight: '40' },
      ],
    });
    expect(made.statusCode, made.body).toBe(201);
    agreementId = made.json().agreement.id;
    const result = await staff.send('PUT', '/api/kpi-results', {
      kpiId: set.kpiIds.T1,
      unitCode: '3415',
      value: '89.30',
      asOf: '2023-07-15',
    });
    expect(result.statusCode, result.body).toBe(200);
    const list = await admin.get('/api/form-templates?status=published');
    expect(list.statusCode, list.body).toBe(200);
    for (const tpl of list.json().templates as { id: number; code: string }[])
      templates.set(tpl.code, tpl.id);
    // A province's own form with a photo field.
    const created = await admin.send('POST', '/api/form-templates', {
      code: 'photo-test',
      definition: photoForm,
      unit: '34',
    });
    expect(created.statusCode, created.body).toBe(201);
    const published = await admin.send('POST', `/api/form-templates/${created.json().id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    templates.set('photo-test', created.json().id);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it("prefills the fund form with the register's own figures and says where they came from", async () => {
    const res = await staff.get(
      `/api/follow-ups/prefill?template=${templates.get('fund-follow-up')}&unit=3415&date=2023-07-27`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const { values, sources } = res.json() as {
      values: Record<string, string | null>;
      sources: { key: string; asOfTh: string }[];
    };
    const report = (await staff.get('/api/registers/community-funds?unit=3415')).json().report;
    expect(values).toMatchObject({
      fund_total: String(report.total),
      village_funds: String(report.byType.village),
      urban_funds: String(report.byType.urban),
      military_funds: '0',
      juristic_funds: String(report.juristicPersons.registered),
      round1_funds: '3',
      round1_amount: '3',
      round2_funds: '1',
      round2_amount: '0.1',
      round3_funds: '2',
      // 350,000 + 123,456.78 baht = 0.47345678 million, to the form's 2 decimals half up
      round3_amount: '0.47',
      round4_funds: '2',
      round4_amount: '2',
      savings_funds: String(report.account2.funds),
      savings_amount: '1.33',
      juristic_percent: '66.67',
      juristic_remaining: '1',
      account1_total: '5.57',
    });
    expect([values.round1_amount, values.round4_amount]).toEqual([
      report.rounds[0].millionBaht,
      report.rounds[3].millionBaht,
    ]);
    expect(sources.map((s) => s.key)).toEqual(
      expect.arrayContaining(['fund_total', 'round3_amount', 'savings_amount']),
    );
    expect(sources.map((s) => s.key)).not.toContain('remaining_funds');
    expect(sources[0]?.asOfTh).toMatch(/ทะเบียนกองทุน.*ณ วันที่ \d+ \S+ 25\d\d/);
  });

  it("fills the KPI form with the district's agreement weights and live scores, on prefill and on every draft save", async () => {
    const agreement = (await staff.get(`/api/agreements/${agreementId}`)).json();
    const expected = (
      agreement.items as {
        kpiId: number;
        key: string;
        weight: string;
        evaluation: { level: number; score: string } | null;
      }[]
    ).map((i) => ({
      kpiId: i.kpiId,
      code: i.key,
      weight: i.weight,
      score: i.evaluation?.score ?? null,
      level: i.evaluation?.level ?? null,
    }));
    expect(expected.map((e) => e.weight)).toEqual(['60', '40']);
    const pre = await staff.get(
      `/api/follow-ups/prefill?template=${templates.get('kpi-follow-up')}&unit=3415&date=2023-07-27`,
    );
    expect(pre.statusCode, pre.body).toBe(200);
    const kpis = pre.json().values.kpis as KpiValue[];
    expect(kpis.map(({ nameTh: _, ...k }) => k)).toEqual(expected);
    expect(kpis[0]?.level).toBe(2);
    // A draft whose client sent stale KPIs is saved with the live ones.
    const clientId = randomUUID();
    const res = await put(staff, clientId, draft('kpi-follow-up', { kpis: [], problems: 'รายงานล่าช้า' }));
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as FollowUp).values.kpis).toEqual(kpis);
  });

  it('saves the same client id once, sent twice in a row or twice at the same moment', async () => {
    const clientId = randomUUID();
    const body = draft('strong-subdistrict', { plan: 'แผนทดสอบ', d1: '๘๐', d2: '1,0.5' });
    const bad = await put(staff, clientId, body);
    expect(bad.statusCode, bad.body).toBe(422);
    expect(bad.json().error.problems).toEqual([
      { path: 'd2', messageTh: expect.stringContaining('มิติที่ ๒ ด้านความมั่งคั่ง') },
    ]);
    expect(await rowsOf(clientId)).toHaveLength(0);
    const good = draft('strong-subdistrict', { plan: 'แผนทดสอบ', d1: '๘๐', d2: '75.5' });
    const first = await put(staff, clientId, good);
    expect(first.statusCode, first.body).toBe(200);
    const again = await put(staff, clientId, good);
    expect(again.statusCode, again.body).toBe(200);
    expect([again.json().id, again.json().revision]).toEqual([first.json().id, 1]);
    expect(first.json().values).toMatchObject({ d1: '80', d2: '75.5', total: null, level: null });
    expect(await rowsOf(clientId)).toHaveLength(1);
    // A phone that lost the answer sends the create and its retry at once: one row, both answered 200.
    const twin = randomUUID();
    const both = await Promise.all([put(staff, twin, good), put(staff, twin, good), put(admin, twin, good)]);
    expect(both.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(new Set(both.map((r) => r.json().id)).size).toBe(1);
    expect(await rowsOf(twin)).toHaveLength(1);
  });

  it('refuses a save from an old revision with other answers, and answers a resend of the last save with the stored row', async () => {
    const clientId = randomUUID();
    const created = (
      await put(staff, clientId, draft('strong-subdistrict', { plan: 'ก' }))
    ).json() as FollowUp;
    const second = await put(
      staff,
      clientId,
      draft('strong-subdistrict', { plan: 'ข', d1: '90' }, created.revision),
    );
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().revision).toBe(2);
    // The same save again (its answer was lost): 200, nothing changes.
    const resend = await put(staff, clientId, draft('strong-subdistrict', { plan: 'ข', d1: '90' }, 1));
    expect([resend.statusCode, resend.json().revision]).toEqual([200, 2]);
    // Another device edited revision 1 too: stale.
    const stale = await put(admin, clientId, draft('strong-subdistrict', { plan: 'ค' }, 1));
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error).toMatchObject({
      field: 'baseRevision',
      message: expect.stringContaining('มีการแก้ไขจากเครื่องอื่น'),
    });
    // Two edits from revision 2 at once: one wins, the other is stale; nothing is lost silently.
    const race = await Promise.all([
      put(staff, clientId, draft('strong-subdistrict', { plan: 'ง' }, 2)),
      put(admin, clientId, draft('strong-subdistrict', { plan: 'จ' }, 2)),
    ]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const stored = (await staff.get(`/api/follow-ups/${created.id}`)).json() as FollowUp;
    expect(stored.revision).toBe(3);
    expect(stored.values.plan).toBe(race.find((r) => r.statusCode === 200)?.json().values.plan);
    // The client id keeps its form and unit.
    const moved = await put(staff, clientId, { ...draft('fund-follow-up', {}, 3) });
    expect(moved.statusCode).toBe(409);
  });

  it('finishes only a complete form: missing required fields and a signer without a name are named in Thai', async () => {
    const clientId = randomUUID();
    const values = {
      plan: 'แผนการดำเนินงานตำบลเข้มแข็ง',
      d1: '80',
      d2: '75',
      d3: '90',
      informant: [{ name: '', position: 'พัฒนาการอำเภอ' }],
      followers: [{ name: '', position: 'นักวิชาการพัฒนาชุมชน' }],
    };
    const made = (await put(staff, clientId, draft('strong-subdistrict', values))).json() as FollowUp;
    expect(made.values).toMatchObject({ total: '245', percent: '81.67', level: '3' });
    expect(made.problems.map((p) => p.path)).toEqual([
      'results',
      'informant.0.name',
      'informant',
      'followers.0.name',
      'followers',
    ]);
    const refused = await staff.send('POST', `/api/follow-ups/${made.id}/finish`);
    expect(refused.statusCode, refused.body).toBe(422);
    const problems = refused.json().error.problems as Problem[];
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'results', messageTh: 'กรุณากรอก "ผลการดำเนินงาน"' },
        { path: 'followers.0.name', messageTh: 'ลายมือชื่อที่ 1 ของผู้ติดตาม: กรุณากรอกชื่อ' },
      ]),
    );
    expect(refused.json().error.message).toContain('จบแบบติดตามไม่ได้');
    expect((await staff.get(`/api/follow-ups/${made.id}`)).json().status).toBe('draft');
    const complete = { ...values, results: 'จัดเวทีประชาคมครบ', ...signed };
    const saved = await put(staff, clientId, draft('strong-subdistrict', complete, made.revision));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().problems).toEqual([]);
    const done = await staff.send('POST', `/api/follow-ups/${made.id}/finish`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'finished',
      informant: 'นางสาวผู้ให้ข้อมูล ทดสอบ',
      canEdit: false,
      canAmend: true,
    });
    // Locked: a different save is refused; the queued copy of the last save is answered with the finished row.
    const edit = await put(
      staff,
      clientId,
      draft('strong-subdistrict', { ...complete, plan: 'แก้ไข' }, saved.json().revision),
    );
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('จบแล้ว');
    const replay = await put(staff, clientId, draft('strong-subdistrict', complete, made.revision));
    expect([replay.statusCode, replay.json().status]).toEqual([200, 'finished']);
    expect((await staff.send('POST', `/api/follow-ups/${made.id}/finish`)).statusCode).toBe(409);

    // A new version amends the finished one; the finished one stays; the list shows the latest.
    const v2 = await staff.send('POST', `/api/follow-ups/${made.id}/versions`);
    expect(v2.statusCode, v2.body).toBe(201);
    const second = v2.json() as FollowUp;
    expect(second).toMatchObject({ version: 2, status: 'draft', amendsId: made.id, revision: 1 });
    expect(second.clientId).not.toBe(clientId);
    expect(second.values.plan).toBe(complete.plan);
    expect(second.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'finished'],
      [2, 'draft'],
    ]);
    expect((await staff.send('POST', `/api/follow-ups/${made.id}/versions`)).statusCode).toBe(409);
    const old = (await staff.get(`/api/follow-ups/${made.id}`)).json() as FollowUp;
    expect([old.status, old.canAmend, old.values.plan]).toEqual(['finished', false, complete.plan]);
    const listed = (await staff.get('/api/follow-ups?q=นางสาวผู้ให้ข้อมูล')).json().followUps as { id: number }[];
    expect(listed.map((f) => f.id)).toEqual([second.id]);
  });

  it('keeps the KPI snapshot of a finished form while the live scores move on', async () => {
    const clientId = randomUUID();
    const made = (await put(staff, clientId, draft('kpi-follow-up', signed))).json() as FollowUp;
    const done = await staff.send('POST', `/api/follow-ups/${made.id}/finish`);
    expect(done.statusCode, done.body).toBe(200);
    const before = done.json().values.kpis as KpiValue[];
    const agreement = (await staff.get(`/api/agreements/${agreementId}`)).json();
    const t2 = agreement.items[1].kpiId;
    const res = await staff.send('PUT', '/api/kpi-results', {
      kpiId: t2,
      unitCode: '3415',
      value: '100',
      asOf: '2023-07-20',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await staff.get(`/api/follow-ups/${made.id}`)).json().values.kpis).toEqual(before);
    const live = (
      await staff.get(`/api/follow-ups/prefill?template=${templates.get('kpi-follow-up')}&unit=3415`)
    ).json();
    expect((live.values.kpis as KpiValue[])[1]?.level).toBe(5);
    expect(before[1]?.level).toBe(null);
  });

  it('takes photos by their content, once per picture, and only its own in the answers', async () => {
    const clientId = randomUUID();
    const made = (await put(staff, clientId, draft('photo-test', { note: 'ลงพื้นที่' }))).json() as FollowUp;
    const upload = (content: Buffer | string, filename: string, field = 'pictures', id = made.id) => {
      const { payload, headers } = multipartFile(filename, content);
      return staff.send('POST', `/api/follow-ups/${id}/photos?field=${field}`, payload, headers);
    };
    const png = await picture('#c33');
    const first = await upload(png, 'กิจกรรม.png');
    expect(first.statusCode, first.body).toBe(201);
    const again = await upload(png, 'กิจกรรม-อีกครั้ง.png');
    expect(again.json().fileId).toBe(first.json().fileId);
    const fake = await upload('not a picture at all', 'ภาพ.jpg');
    expect(fake.statusCode, fake.body).toBe(422);
    expect(fake.json().error.message).toMatch(/"ภาพกิจกรรม": ไฟล์ "ภาพ.jpg" ไม่ใช่ JPEG, PNG, WebP/);
    expect((await upload(png, 'x.png', 'note')).statusCode).toBe(422);
    const saved = await put(
      staff,
      clientId,
      draft('photo-test', { note: 'ลงพื้นที่', pictures: [first.json().fileId] }, 1),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().photos).toEqual([
      expect.objectContaining({
        id: first.json().fileId,
        fieldKey: 'pictures',
        url: `/api/follow-ups/${made.id}/photos/${first.json().fileId}`,
      }),
    ]);
    const image = await warin.get(`/api/follow-ups/${made.id}/photos/${first.json().fileId}`);
    expect([image.statusCode, image.headers['content-type']]).toEqual([200, 'image/jpeg']);
    // Another follow-up's photo id is not this one's.
    const other = (await put(staff, randomUUID(), draft('photo-test', {}))).json() as FollowUp;
    const foreign = await put(
      staff,
      other.clientId,
      draft('photo-test', { pictures: [first.json().fileId] }, 1),
    );
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.problems[0]).toMatchObject({
      path: 'pictures',
      messageTh: expect.stringContaining('ไม่พบรูปถ่าย'),
    });
    // A new version carries its own copies of the photos.
    const done = await staff.send('POST', `/api/follow-ups/${made.id}/finish`);
    expect(done.statusCode).toBe(422);
    await put(
      staff,
      clientId,
      draft('photo-test', { note: 'ลงพื้นที่', pictures: [first.json().fileId], ...signed }, 2),
    );
    expect((await staff.send('POST', `/api/follow-ups/${made.id}/finish`)).statusCode).toBe(200);
    expect((await upload(png, 'late.png')).statusCode).toBe(409);
    const v2 = (await staff.send('POST', `/api/follow-ups/${made.id}/versions`)).json() as FollowUp;
    expect(v2.photos).toHaveLength(1);
    expect(v2.values.pictures).toEqual([v2.photos[0]?.id]);
    expect(v2.photos[0]?.id).not.toBe(first.json().fileId);
  });

  it('keeps follow-ups inside the scope: other provinces 403, district officers read their own only, viewers read', async () => {
    const clientId = randomUUID();
    const made = (
      await put(admin, clientId, draft('strong-subdistrict', { plan: 'ขอบเขต' }))
    ).json() as FollowUp;
    expect((await yala.get(`/api/follow-ups/${made.id}`)).statusCode).toBe(403);
    expect((await yala.get(`/api/follow-ups/by-client/${clientId}`)).statusCode).toBe(403);
    expect((await put(yala, randomUUID(), draft('strong-subdistrict', {}))).statusCode).toBe(403);
    expect((await yala.get('/api/follow-ups?unit=3415')).statusCode).toBe(403);
    expect((await yala.get('/api/follow-ups')).json().followUps).toEqual([]);
    expect((await admin.get('/api/follow-ups/999999')).statusCode).toBe(404);
    const own = await warin.get(`/api/follow-ups/by-client/${clientId}`);
    expect([own.statusCode, own.json().id, own.json().canEdit]).toEqual([200, made.id, false]);
    expect((await put(warin, clientId, draft('strong-subdistrict', { plan: 'x' }, 1))).statusCode).toBe(403);
    expect((await warin.send('POST', `/api/follow-ups/${made.id}/finish`)).statusCode).toBe(403);
    expect((await otherDistrict.get(`/api/follow-ups/${made.id}`)).statusCode).toBe(403);
    expect((await viewer.get(`/api/follow-ups/${made.id}`)).statusCode).toBe(200);
    expect((await put(viewer, randomUUID(), draft('strong-subdistrict', {}))).statusCode).toBe(403);
    expect((await cdd.get(`/api/follow-ups/${made.id}`)).statusCode).toBe(200);
    // A template of another province, a sub-district for a district form.
    const yalaForm = await yala.send('POST', '/api/form-templates', {
      code: 'yala-only',
      definition: photoForm,
      unit: '95',
    });
    expect(yalaForm.statusCode, yalaForm.body).toBe(201);
    await yala.send('POST', `/api/form-templates/${yalaForm.json().id}/publish`);
    const elsewhere = await put(admin, randomUUID(), {
      ...draft('strong-subdistrict', {}),
      templateId: yalaForm.json().id,
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(422);
    const subdistrict = await put(admin, randomUUID(), draft('strong-subdistrict', {}, null, '341501'));
    expect(subdistrict.statusCode, subdistrict.body).toBe(422);
    expect(subdistrict.json().error.message).toContain('ใช้ติดตามอำเภอ');
  });

  it('audits every write and finds follow-ups by words, status, form, unit and date', async () => {
    const clientId = randomUUID();
    const made = (
      await put(
        staff,
        clientId,
        draft('fund-follow-up', { fund_total: '3', problems: 'หนี้ค้างชำระของกองทุนนกกระเรียน' }),
      )
    ).json() as FollowUp;
    await put(
      staff,
      clientId,
      draft('fund-follow-up', { fund_total: '3', problems: 'หนี้ค้างชำระของกองทุนนกกระเรียน', ...signed }, 1),
    );
    await staff.send('POST', `/api/follow-ups/${made.id}/finish`);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity'])
      .where('entity', '=', 'follow_up')
      .where('entity_id', '=', String(made.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'finish']);
    const find = async (query: string) =>
      ((await viewer.get(`/api/follow-ups?${query}`)).json().followUps as { id: number }[]).map((f) => f.id);
    expect(await find(`q=${encodeURIComponent('นกกระเรียน')}`)).toEqual([made.id]);
    expect(await find(`q=${encodeURIComponent('กองทุนหมู่บ้านและชุมชนเมือง')}`)).toContain(made.id);
    expect(await find('status=finished&template=fund-follow-up')).toContain(made.id);
    expect(await find('status=draft&template=fund-follow-up')).not.toContain(made.id);
    expect(await find('template=kpi-follow-up')).not.toContain(made.id);
    expect(await find('unit=3415&from=2023-07-27&to=2023-07-27')).toContain(made.id);
    expect(await find('unit=3415&from=2023-07-28')).not.toContain(made.id);
    expect(await find('unit=3401')).toEqual([]);
    const summary = ((await viewer.get('/api/follow-ups?q=นกกระเรียน')).json().followUps as object[])[0];
    expect(summary).toMatchObject({
      template: { code: 'fund-follow-up', version: 1 },
      unit: { code: '3415', kind: 'district' },
      status: 'finished',
      informant: 'นางสาวผู้ให้ข้อมูล ทดสอบ',
      followUpDate: '2023-07-27',
    });
  });

  it('answers junk with a Thai refusal and never a server error, and refuses a PDF as a photo', async () => {
    const clientId = randomUUID();
    const made = (await put(staff, clientId, draft('photo-test', { note: 'ก่อนขยะ' }))).json() as FollowUp;
    let nested: unknown = 'x';
    for (let i = 0; i < 60; i += 1) nested = { rows: [nested] };
    const bodies: unknown[] = [
      [],
      'text',
      { ...draft('fund-follow-up', {}), templateId: 'one' },
      { ...draft('fund-follow-up', {}), unit: { code: '3415' } },
      { ...draft('fund-follow-up', {}), followUpDate: '2566-13-45' },
      { ...draft('fund-follow-up', {}), values: [1, 2] },
      { ...draft('fund-follow-up', {}), baseRevision: -3 },
      { ...draft('fund-follow-up', {}), templateId: 2 ** 40 },
      draft('fund-follow-up', { fund_total: 'x'.repeat(100_000), problems: 'ก'.repeat(200_000) }),
      draft('fund-follow-up', {
        fund_total: '-5',
        village_funds: '1e400',
        informant: 'me',
        followers: [{}, 7],
      }),
      draft('fund-follow-up', { fund_total: nested, capital: { $gt: '' } }),
      draft('kpi-follow-up', { kpis: [{ kpiId: 'x', score: 'NaN' }] }),
      { ...draft('photo-test', { pictures: ['1', 2 ** 33, null] }, 1), unit: '3415' },
    ];
    for (const body of bodies) {
      for (const id of [randomUUID(), clientId]) {
        const res = await put(staff, id, body as object);
        expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, res.body).toBeLessThan(500);
        expect(res.json().error.message).toMatch(/[ก-๙]/);
      }
    }
    const rows = await t.handle.db
      .selectFrom('follow_ups')
      .select('revision')
      .where('id', '=', made.id)
      .execute();
    expect(rows).toEqual([{ revision: 1 }]);
    for (const url of [
      '/api/follow-ups?from=yesterday',
      '/api/follow-ups?status=lost',
      `/api/follow-ups?q=${'ก'.repeat(5000)}`,
      '/api/follow-ups/prefill?template=abc&unit=3415',
      '/api/follow-ups/by-client/not-a-uuid',
      `/api/follow-ups/${made.id}/photos/abc`,
    ]) {
      const res = await staff.get(url);
      expect(res.statusCode, `${url} ${res.body}`).toBe(400);
    }
    const pdf = multipartFile('รายงาน.pdf', Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n'));
    const refused = await staff.send(
      'POST',
      `/api/follow-ups/${made.id}/photos?field=pictures`,
      pdf.payload,
      pdf.headers,
    );
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.message).toContain('ไม่ใช่ JPEG, PNG, WebP');
  });

  it("loads the demo: Warin Chamrap's three finished follow-ups of seed 000's visit", async () => {
    expect(await loadDemoFollowUps(t.handle.db)).toBe(3);
    const list = (await warin.get('/api/follow-ups?q=ข้อมูลสาธิต')).json().followUps as FollowUp[];
    expect(list.map((f) => f.template.code).sort()).toEqual([
      'fund-follow-up',
      'kpi-follow-up',
      'strong-subdistrict',
    ]);
    expect(list.every((f) => f.status === 'finished' && f.followUpDate === '2023-07-27')).toBe(true);
    const strong = (
      await warin.get(`/api/follow-ups/${list.find((f) => f.template.code === 'strong-subdistrict')?.id}`)
    ).json();
    expect(strong.values).toMatchObject({ total: '255', percent: '85', level: '4' });
    expect(strong.problems).toEqual([]);
    const kpi = (
      await warin.get(`/api/follow-ups/${list.find((f) => f.template.code === 'kpi-follow-up')?.id}`)
    ).json();
    expect((kpi.values.kpis as KpiValue[]).map((k) => k.weight)).toEqual(['60', '40']);
  });
});
