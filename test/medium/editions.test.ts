import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_000_TOPICS } from '../../src/domain/visits/plan.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

/**
 * The draft → finished → amended lifecycle the visit plans and the meeting minutes share (src/modules/editions):
 * each kind answers the same refusals in its own words, with the same codes and fields, and audits the same steps.
 */

type Edition = { id: number; version: number; status: string; body: Record<string, unknown> };

/** How to make each kind of document and fill it so that it can be finished. */
const kinds = [
  {
    path: '/api/visits',
    entity: 'visit_plan',
    nounTh: 'แผนการติดตามงาน',
    create: { month: '2024-01' },
    complete: (doc: Edition) => ({
      body: {
        rows: [
          {
            activityTh: 'ติดตามการดำเนินงานกองทุนหมู่บ้าน',
            workGroupCode: '24-G1',
            workGroupTh: '',
            date: '2024-01-10',
            timeFrom: '09.00',
            timeTo: '12.00',
            districtCode: '2401',
            placeTh: '',
            topics: [SEED_000_TOPICS[0]],
            remarksTh: '',
          },
        ],
        letter: {
          ...(doc.body.letter as object),
          number: 'ฉช 0019/ว 1',
          date: '2024-01-03',
          signerName: 'นายทดสอบ ลงนาม',
        },
      },
    }),
    finishedAfter: (doc: Edition) => ({ month: '2024-01', version: doc.version }),
  },
  {
    path: '/api/minutes',
    entity: 'meeting_minutes',
    nounTh: 'รายงานการประชุม',
    create: {
      titleTh: 'รายงานการประชุมผู้บริหาร/นักวิชาการพัฒนาชุมชน และเจ้าหน้าที่พัฒนาชุมชน จังหวัดฉะเชิงเทรา',
      meetingDate: '2024-01-24',
      timeFrom: '09.30',
      timeTo: '12.00',
      venueTh: 'ห้องประชุมศาลากลางจังหวัดฉะเชิงเทรา',
    },
    complete: (doc: Edition & Record<string, unknown>) => ({
      titleTh: doc.titleTh,
      meetingDate: doc.meetingDate,
      timeFrom: doc.timeFrom,
      timeTo: doc.timeTo,
      venueTh: doc.venueTh,
      body: {
        ...doc.body,
        taker: { name: 'นางสาวจด รายงาน', position: 'เจ้าพนักงานธุรการชำนาญงาน' },
        reviewer: { name: 'นางตรวจ รายงาน', position: 'ผู้อำนวยการกลุ่มงาน' },
      },
    }),
    finishedAfter: (doc: Edition & Record<string, unknown>) => ({ number: doc.number }),
  },
] as const;

describe.each(engines())('the edition lifecycle on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let viewer: Session;
  let dept: Session;
  let province: string;
  let district: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '24'),
      makeUser(t.handle, 'viewer', '24'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [admin, viewer, dept] = await loginEach(t.app, users);
    const names = await t.handle.db
      .selectFrom('units')
      .select(['code', 'name_th'])
      .where('code', 'in', ['24', '2401'])
      .orderBy('code')
      .execute();
    [province, district] = names.map((n) => n.name_th) as [string, string];
  });
  afterAll(() => t?.close());

  it.each(kinds)('answers $path the same refusals in its own words and audits each step', async (kind) => {
    const error = async (res: Promise<{ statusCode: number; json: () => unknown }>) => {
      const answer = await res;
      return { status: answer.statusCode, ...(answer.json() as { error: object }).error };
    };
    expect(await error(dept.send('POST', kind.path, kind.create))).toEqual({
      status: 422,
      code: 'unit_required',
      message: `กรุณาเลือกจังหวัดของ${kind.nounTh}`,
      field: 'unit',
    });
    expect(await error(admin.get(`${kind.path}?unit=2401`))).toEqual({
      status: 422,
      code: 'not_province',
      message: `${kind.nounTh}เป็นของสำนักงานพัฒนาชุมชนจังหวัด ไม่ใช่${district}`,
      field: 'unit',
    });

    const created = await admin.send('POST', kind.path, { unitCode: '24', ...kind.create });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as Edition & Record<string, unknown>;
    expect(draft).toMatchObject({ version: 1, status: 'draft', canEdit: true, canAmend: false });
    const url = `${kind.path}/${draft.id}`;
    expect(await error(viewer.send('POST', `${url}/finish`, { confirm: true }))).toEqual({
      status: 403,
      code: 'forbidden',
      message: `บัญชีของคุณไม่มีสิทธิ์จัดทำ${kind.nounTh}ของ${province}`,
    });
    const notAmendable = {
      status: 409,
      code: 'conflict',
      message: 'แก้ไขได้เฉพาะฉบับล่าสุดที่จบแล้ว',
      field: 'status',
    };
    expect(await error(admin.send('POST', `${url}/amend`, { reason: 'ยังไม่จบ' }))).toEqual(notAmendable);

    const saved = await admin.send('PUT', url, kind.complete(draft));
    expect(saved.statusCode, saved.body).toBe(200);
    const finished = await admin.send('POST', `${url}/finish`, { confirm: true });
    expect(finished.statusCode, finished.body).toBe(200);
    expect(finished.json()).toMatchObject({ status: 'finished', canEdit: false, canAmend: true });
    expect((await viewer.get(url)).json()).toMatchObject({ canEdit: false, canAmend: false });

    const locked = {
      status: 409,
      code: 'conflict',
      message: `${kind.nounTh}นี้จบแล้ว แก้ไขไม่ได้ ให้สร้างฉบับแก้ไขแทน`,
      field: 'status',
    };
    expect(await error(admin.send('PUT', url, kind.complete(draft)))).toEqual(locked);
    expect(await error(admin.send('POST', `${url}/finish`, { confirm: true }))).toEqual(locked);

    const amended = await admin.send('POST', `${url}/amend`, { reason: 'แก้ชื่อผู้ลงนาม' });
    expect(amended.statusCode, amended.body).toBe(200);
    const v2 = amended.json() as Edition & { versions: { id: number; version: number; status: string }[] };
    expect(v2).toMatchObject({
      version: 2,
      status: 'draft',
      amendsId: draft.id,
      canEdit: true,
      canAmend: false,
    });
    expect(v2.versions.map((v) => [v.id, v.version, v.status])).toEqual([
      [draft.id, 1, 'finished'],
      [v2.id, 2, 'draft'],
    ]);
    expect(await error(admin.send('POST', `${url}/amend`, { reason: 'อีกครั้ง' }))).toEqual(notAmendable);

    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'before', 'after'])
      .where('entity', '=', kind.entity)
      .where('entity_id', 'in', [String(draft.id), String(v2.id)])
      .where('action', 'in', ['finish', 'create'])
      .orderBy('id')
      .execute();
    expect(audit.slice(1)).toEqual([
      {
        action: 'finish',
        entity_id: String(draft.id),
        before: { status: 'draft' },
        after: { status: 'finished', ...kind.finishedAfter(draft) },
      },
      {
        action: 'create',
        entity_id: String(v2.id),
        before: { amends: draft.id, version: 1 },
        after: { version: 2, reason: 'แก้ชื่อผู้ลงนาม' },
      },
    ]);
  });
});
