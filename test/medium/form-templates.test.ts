import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinForms } from '../../src/domain/forms/builtin.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';

type Summary = {
  id: number;
  code: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  titleTh: string;
  unit: { code: string; nameTh: string } | null;
};
type Template = Summary & {
  definition: { titleTh: string };
  versions: { id: number; version: number; status: string }[];
  canEdit: boolean;
  canVersion: boolean;
};

/** A small form of the designer's kinds: a number with a range, a choice, a computed total and its signers. */
const visitForm = (titleTh: string) => ({
  titleTh,
  subject: 'district',
  sections: [
    {
      titleTh: 'ผลการติดตาม',
      fields: [
        {
          key: 'groups',
          labelTh: 'จำนวนกลุ่ม',
          required: true,
          kind: 'number',
          min: '0',
          max: '50',
          decimals: 0,
        },
        { key: 'members', labelTh: 'จำนวนสมาชิก', required: true, kind: 'number', min: '0', decimals: 0 },
        {
          key: 'total',
          labelTh: 'รวม',
          required: false,
          kind: 'computed',
          expression: 'groups + members',
          decimals: 0,
        },
        {
          key: 'result',
          labelTh: 'ผลการดำเนินงาน',
          required: true,
          kind: 'choice',
          multiple: false,
          options: [
            { value: 'done', labelTh: 'ดำเนินการแล้ว' },
            { value: 'late', labelTh: 'ล่าช้า' },
          ],
        },
        { key: 'informant', labelTh: 'ผู้ให้ข้อมูล', required: true, kind: 'signature', count: 1 },
      ],
    },
  ],
});

describe.each(engines())('the follow-up form templates on %s', (engine) => {
  let t: TestApp;
  let ubon: Session;
  let yala: Session;
  let staff: Session;
  let district: Session;
  let cdd: Session;

  const list = async (who: Session, query = '') =>
    (await who.get(`/api/form-templates${query}`)).json() as { templates: Summary[]; canCreate: boolean };
  const auditOf = (id: number) =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'form_template')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'province_admin', '34'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'province_staff', '34-G1'),
      makeUser(t.handle, 'district_officer', '3415'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [ubon, yala, staff, district, cdd] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  it("lists seed 000's three follow-up forms, department-wide, published as version 1, for everyone", async () => {
    for (const who of [ubon, district, cdd]) {
      const builtins = (await list(who)).templates.filter((s) => s.unit === null);
      expect(builtins.map((s) => [s.code, s.version, s.status])).toEqual([
        ['fund-follow-up', 1, 'published'],
        ['kpi-follow-up', 1, 'published'],
        ['strong-subdistrict', 1, 'published'],
      ]);
    }
    // The migration installs a frozen copy of the builtin forms: it must still be what the domain builds.
    for (const { code, definition } of builtinForms) {
      const id = (await list(district)).templates.find((s) => s.code === code)?.id;
      expect(((await district.get(`/api/form-templates/${id}`)).json() as Template).definition).toEqual(
        definition,
      );
    }
    const titles = (await list(district)).templates.map((s) => s.titleTh);
    expect(titles).toContain('แบบติดตามการดำเนินงานกองทุนหมู่บ้านและชุมชนเมือง');
    const fund = (await list(district, `?q=${encodeURIComponent('นิติบุคคล')}`)).templates;
    expect(fund.map((s) => s.code)).toEqual(['fund-follow-up']);
    const one = (await district.get(`/api/form-templates/${fund[0]?.id}`)).json() as Template;
    expect([one.canEdit, one.canVersion, one.definition.titleTh]).toEqual([false, false, fund[0]?.titleTh]);
  });

  it('creates a province draft, refuses a bad definition with each problem and its path in Thai, and audits', async () => {
    const created = await ubon.send('POST', '/api/form-templates', {
      code: 'group-visit',
      definition: visitForm('แบบติดตามกลุ่มอาชีพ'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as Template;
    expect([draft.version, draft.status, draft.unit?.code, draft.canEdit]).toEqual([1, 'draft', '34', true]);

    const bad = visitForm('แบบติดตามกลุ่มอาชีพ');
    const fields = bad.sections[0]?.fields as Record<string, unknown>[];
    fields[2] = { ...fields[2], expression: 'groups + unknown_field' };
    fields[4] = { ...fields[4], count: 9 };
    const refused = await ubon.send('PUT', `/api/form-templates/${draft.id}`, { definition: bad });
    expect(refused.statusCode, refused.body).toBe(422);
    const error = refused.json().error as { message: string; field: string; rows: { field: string }[] };
    expect(error.message).toMatch(/^แบบฟอร์มไม่ถูกต้อง: /);
    // The message names the place in Thai (no code names on screen); rows keep the paths for the designer.
    expect(error.message).toContain('ส่วนที่ 1 "ผลการติดตาม" ช่องที่ 3 "รวม" สูตร: ');
    expect(error.message).toContain('ช่องที่ 5 "ผู้ให้ข้อมูล" จำนวนผู้ลงนาม: ต้องไม่มากกว่า 3');
    expect(error.message).not.toMatch(/sections\./);
    expect(error.rows.map((r) => r.field)).toEqual(
      expect.arrayContaining(['sections.0.fields.2.expression', 'sections.0.fields.4.count']),
    );
    const duplicate = await ubon.send('POST', '/api/form-templates', {
      code: 'group-visit',
      definition: visitForm('ซ้ำ'),
    });
    expect([duplicate.statusCode, duplicate.json().error.message]).toEqual([
      409,
      expect.stringContaining('มีอยู่แล้ว'),
    ]);
    const badCode = await ubon.send('POST', '/api/form-templates', {
      code: 'ไทย',
      definition: visitForm('x'),
    });
    expect([badCode.statusCode, badCode.json().error.message]).toEqual([
      400,
      expect.stringContaining('รหัสแบบฟอร์ม'),
    ]);

    const saved = await ubon.send('PUT', `/api/form-templates/${draft.id}`, {
      definition: visitForm('แบบติดตามกลุ่มอาชีพ (ปรับปรุง)'),
    });
    expect([saved.statusCode, saved.json().titleTh]).toEqual([200, 'แบบติดตามกลุ่มอาชีพ (ปรับปรุง)']);
    expect((await auditOf(draft.id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('publishes, locks the published version, and retires it when the next version is published', async () => {
    const v1 = (
      await ubon.send('POST', '/api/form-templates', {
        code: 'savings-visit',
        definition: visitForm('ออมทรัพย์'),
      })
    ).json() as Template;
    const published = (await ubon.send('POST', `/api/form-templates/${v1.id}/publish`)).json() as Template;
    expect([published.status, published.canEdit, published.canVersion]).toEqual(['published', false, true]);
    const locked = await ubon.send('PUT', `/api/form-templates/${v1.id}`, { definition: visitForm('แก้') });
    expect([locked.statusCode, locked.json().error.message]).toEqual([
      409,
      expect.stringContaining('สร้างฉบับใหม่'),
    ]);
    expect((await ubon.send('POST', `/api/form-templates/${v1.id}/publish`)).statusCode).toBe(409);

    const v2 = await ubon.send('POST', `/api/form-templates/${v1.id}/versions`);
    expect(v2.statusCode, v2.body).toBe(201);
    const next = v2.json() as Template;
    expect([next.version, next.status, next.definition.titleTh]).toEqual([2, 'draft', 'ออมทรัพย์']);
    expect((await ubon.send('POST', `/api/form-templates/${v1.id}/versions`)).statusCode).toBe(409);
    await ubon.send('PUT', `/api/form-templates/${next.id}`, { definition: visitForm('ออมทรัพย์ ฉบับที่ 2') });
    await ubon.send('POST', `/api/form-templates/${next.id}/publish`);

    const after = (await ubon.get(`/api/form-templates/${v1.id}`)).json() as Template;
    expect(after.status).toBe('retired');
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'retired'],
      [2, 'published'],
    ]);
    expect((await auditOf(v1.id)).map((a) => a.action)).toEqual(['create', 'publish', 'retire']);
    const shown = (await list(district, '?q=savings')).templates;
    expect(shown.map((s) => [s.version, s.status])).toEqual([[2, 'published']]);
  });

  it('keeps templates in scope: a province designs its own, districts and staff use but do not design', async () => {
    const draft = (
      await ubon.send('POST', '/api/form-templates', { code: 'scope-visit', definition: visitForm('ขอบเขต') })
    ).json() as Template;
    expect((await list(district)).canCreate).toBe(false);
    expect((await district.get(`/api/form-templates/${draft.id}`)).statusCode).toBe(403);
    expect((await yala.get(`/api/form-templates/${draft.id}`)).statusCode).toBe(403);
    expect(
      (await district.send('POST', '/api/form-templates', { code: 'mine', definition: visitForm('x') }))
        .statusCode,
    ).toBe(403);
    expect(
      (await staff.send('POST', '/api/form-templates', { code: 'mine', definition: visitForm('x') }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await yala.send('POST', '/api/form-templates', {
          code: 'mine',
          definition: visitForm('x'),
          unit: '34',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await yala.send('PUT', `/api/form-templates/${draft.id}`, { definition: visitForm('x') })).statusCode,
    ).toBe(403);
    expect((await yala.send('POST', `/api/form-templates/${draft.id}/publish`)).statusCode).toBe(403);
    const toDistrict = await ubon.send('POST', '/api/form-templates', {
      code: 'district-owned',
      definition: visitForm('x'),
      unit: '3415',
    });
    expect([toDistrict.statusCode, toDistrict.json().error.message]).toEqual([
      422,
      expect.stringContaining('ไม่ใช่'),
    ]);
    expect((await ubon.get('/api/form-templates/999999')).statusCode).toBe(404);

    await ubon.send('POST', `/api/form-templates/${draft.id}/publish`);
    expect((await district.get(`/api/form-templates/${draft.id}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/form-templates/${draft.id}`)).statusCode).toBe(200);
    expect((await district.send('POST', `/api/form-templates/${draft.id}/versions`)).statusCode).toBe(403);
    expect((await yala.get(`/api/form-templates/${draft.id}`)).statusCode).toBe(403);
    expect((await list(yala)).templates.map((s) => s.code)).not.toContain('scope-visit');
    expect((await list(cdd)).templates.map((s) => s.code)).toContain('scope-visit');
    const cddOwn = await cdd.send('POST', '/api/form-templates', {
      code: 'national',
      definition: visitForm('กรม'),
    });
    expect([cddOwn.statusCode, cddOwn.json().unit]).toEqual([201, null]);
    expect(
      (await ubon.send('PUT', `/api/form-templates/${cddOwn.json().id}`, { definition: visitForm('x') }))
        .statusCode,
    ).toBe(403);
  });

  it("previews a form's values as finishing checks them, naming the field of each problem", async () => {
    const res = await district.send('POST', '/api/form-templates/preview', {
      definition: visitForm('ตัวอย่าง'),
      values: { groups: '51', members: '๑๒', result: 'done', informant: [{ name: '', position: 'พัฒนากร' }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { values, problems } = res.json() as {
      values: Record<string, unknown>;
      problems: { path: string }[];
    };
    expect(values.members).toBe('12');
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['groups', 'informant.0.name']));
  });

  it('answers junk with a Thai refusal, never a server error', async () => {
    const target = (
      await ubon.send('POST', '/api/form-templates', { code: 'junk-target', definition: visitForm('x') })
    ).json() as Template;
    let nested: unknown = 'x';
    for (let i = 0; i < 60; i += 1) nested = { sections: [nested] };
    const bodies: unknown[] = [
      { definition: null },
      { definition: 'a form' },
      { definition: { titleTh: 'x'.repeat(100_000), subject: 'district', sections: [] } },
      { definition: { titleTh: 'x', subject: 'galaxy', sections: [{ titleTh: 1, fields: 'no' }] } },
      {
        definition: {
          ...visitForm('x'),
          sections: [{ titleTh: 'a', fields: [{ key: 'ก', kind: 'number' }] }],
        },
      },
      { definition: nested },
      { definition: [1, 2, 3] },
      [],
      'text',
    ];
    for (const body of bodies) {
      for (const [method, url] of [
        ['PUT', `/api/form-templates/${target.id}`],
        ['POST', '/api/form-templates'],
        ['POST', '/api/form-templates/preview'],
      ] as const) {
        const payload =
          method === 'POST' && url === '/api/form-templates' ? { code: 'junk', ...(body as object) } : body;
        const res = await ubon.send(method, url, payload);
        expect(res.statusCode, `${method} ${url} ${res.body}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${method} ${url} ${res.body}`).toBeLessThan(500);
        expect(res.json().error.message).toMatch(/[ก-๙]/);
      }
    }
    expect((await ubon.get('/api/form-templates?status=galaxy')).statusCode).toBe(400);
    expect((await ubon.get('/api/form-templates/abc')).statusCode).toBe(400);
  });
});
