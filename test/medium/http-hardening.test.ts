import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../../src/plugins/errors.ts';
import { engines, loginEach, makeUser, type Session, startTestApp, type TestApp } from '../helpers.ts';
import { household, householdCsv, importHouseholds } from '../register-fixtures.ts';

const THAI = /[\u0E00-\u0E7F]/;

/** Every bad input answers a 4xx with the usual error body and a Thai message, never a 5xx. */
function expectRefused(res: { statusCode: number; body: string }, statuses: number[] = [400]) {
  expect(statuses, `${res.statusCode} ${res.body}`).toContain(res.statusCode);
  const error = JSON.parse(res.body).error;
  expect(error.message).toMatch(THAI);
  return error as { code: string; message: string; field?: string };
}

describe.each(engines())('no 5xx from any input on %s', (engine) => {
  let t: TestApp;
  let mueang: Session;
  let yala: Session;
  let department: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const users = await Promise.all([
      makeUser(t.handle, 'district_officer', '9501'),
      makeUser(t.handle, 'province_admin', '95'),
      makeUser(t.handle, 'department_admin', 'CDD'),
    ]);
    [mueang, yala, department] = await loginEach(t.app, users);
  });
  afterAll(() => t.close());

  const rowCount = async (table: 'households' | 'projects' | 'users') =>
    Number(
      (
        await t.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const rawLogin = (json: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: json,
    });

  it('refuses NUL bytes and lone surrogates in the login before it runs', async () => {
    for (const json of [
      '{"username":"yala\\u0000admin","password":"whatever-123"}',
      '{"username":"yala.admin","password":"pass\\u0000word-1"}',
      '{"username":"\\ud800","password":"whatever-123"}',
      '{"username":"yala.admin","password":"\\udfffabcdefghij"}',
      '{"username\\u0000":"x","password":"whatever-123"}',
    ]) {
      expect(expectRefused(await rawLogin(json)).code).toBe('invalid_characters');
    }
    // A whole astral character (a surrogate pair) is ordinary text.
    expect((await rawLogin('{"username":"\\ud83d\\ude00","password":"whatever-123"}')).statusCode).toBe(401);
  });

  it('refuses NUL bytes and lone surrogates in paths, queries and JSON bodies of any route', async () => {
    const before = { households: await rowCount('households'), projects: await rowCount('projects') };
    for (const url of [
      '/api/registers/households?unit=95%00',
      '/api/registers/households?unit=95&q=%00',
      '/api/registers/households/1%00',
      '/api/units/95%00',
      '/api/users?q=%00abc',
      '/api/registers/projects?unit=9501&fiscalYear=2568&q=%ED%A0%80',
    ]) {
      expectRefused(await yala.get(url));
    }
    expectRefused(await yala.get('/api/x%ED%A0%80y'));
    const bodies: [string, string, unknown][] = [
      [
        'POST',
        '/api/registers/households',
        {
          unitCode: '950101',
          houseCode: '95010000077',
          status: 'developable',
          members: 3,
          headName: 'นาย\u0000ทดสอบ',
        },
      ],
      [
        'POST',
        '/api/registers/households',
        {
          unitCode: '950101',
          houseCode: '95010000078',
          status: 'developable',
          members: 3,
          address: 'บ้าน\ud800',
        },
      ],
      [
        'POST',
        '/api/registers/projects',
        { unitCode: '9501', fiscalYear: 2568, round: 2, name: 'โครงการ\udc00' },
      ],
      [
        'PUT',
        '/api/kpi-results/',
        { kpiId: 1, unitCode: '9501', value: '1', asOf: '2025-09-30', note: '\u0000' },
      ],
      [
        'POST',
        '/api/reports/submissions',
        { reportTypeId: 1, unitCode: '9501', month: '2025-03', extra: ['\ud800'] },
      ],
    ];
    for (const [method, url, payload] of bodies) {
      const res = await mueang.send(method as 'POST' | 'PUT', url, payload);
      expect(expectRefused(res).code).toBe('invalid_characters');
    }
    expect(await rowCount('households')).toBe(before.households);
    expect(await rowCount('projects')).toBe(before.projects);
  });

  it('refuses a body nested deeper than any form instead of overflowing the stack', async () => {
    const deep = `{"username":${'['.repeat(300_000)}${']'.repeat(300_000)},"password":"x"}`;
    expect(expectRefused(await rawLogin(deep)).code).toBe('too_deep');
    const targets = `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`;
    const res = await yala.send('POST', '/api/agreements', JSON.parse(`{"kpiSetId":1,"targets":${targets}}`));
    expect(expectRefused(res).code).toBe('too_deep');
  });

  it('refuses dates that do not exist, B.E. years typed as C.E. and years outside 1957–2057', async () => {
    const report = (asOf: string) =>
      mueang.get(`/api/registers/budget/report?unit=9501&fiscalYear=2568&asOf=${asOf}`);
    expect(expectRefused(await report('2025-02-31')).message).toMatch(/ไม่มี 2025-02-31 ในปฏิทิน/);
    expect(expectRefused(await report('2025-13-45')).field).toBe('asOf');
    expect(expectRefused(await report('2568-09-30')).message).toMatch(
      /ปี 2568 เป็นปี พ\.ศ\. หรือไม่\? ให้กรอกเป็น ค\.ศ\. 2025-09-30/,
    );
    expect(expectRefused(await report('9999-12-31')).message).toMatch(/1957–2057/);
    expect((await report('2025-09-30')).statusCode).toBe(200);

    for (const month of ['0000-01', '9999-12', '2025-13', '2568-03']) {
      expect(expectRefused(await mueang.get(`/api/reports/calendar?unit=9501&month=${month}`)).field).toBe(
        'month',
      );
    }
    expectRefused(await yala.get('/api/audit?from=2025-02-31'));
    expectRefused(await yala.get('/api/audit?to=2568-01-01'));

    const project = (extra: Record<string, unknown>) =>
      mueang.send('POST', '/api/registers/projects', {
        unitCode: '9501',
        fiscalYear: 2568,
        round: 2,
        name: 'โครงการวันที่ผิด',
        ...extra,
      });
    const before = await rowCount('projects');
    expect(expectRefused(await project({ completedOn: '2025-02-29' })).field).toBe('completedOn');
    expect(expectRefused(await project({ evaluationSubmittedOn: '2568-06-06' })).message).toMatch(
      /2025-06-06/,
    );
    expect(expectRefused(await project({ fiscalYear: 2601 })).field).toBe('fiscalYear');
    expect(expectRefused(await project({ fiscalYear: 2025 })).message).toMatch(/พ\.ศ\./);
    expect(await rowCount('projects')).toBe(before);

    const round = await department.send('PUT', '/api/rounds/2568/2', {
      start: '2025-04-01',
      end: '2025-09-31',
    });
    expect(expectRefused(round).field).toBe('end');
  });

  it('refuses import dates outside 1957–2057 as a form does, B.E. years still read as B.E.', async () => {
    const withDate = (n: number, date: string) =>
      household(
        n,
        '950101',
        'developable',
        {},
        {
          activity: 'ฝึกอาชีพ',
          activity_date: date,
          activity_agency: 'พัฒนาการอำเภอ',
          activity_agency_role: 'หลัก',
        },
      );
    const before = await rowCount('households');
    const far = await importHouseholds(
      mueang,
      '9501',
      'far.csv',
      householdCsv([withDate(9001, '1/1/9999'), withDate(9002, '2099-01-01'), withDate(9003, '2025-02-30')]),
    );
    expect(far.status).toBe('failed');
    expect(far.errors.map((e) => e.field)).toEqual(['activity_date', 'activity_date', 'activity_date']);
    expect(await rowCount('households')).toBe(before);
    const thai = await importHouseholds(
      mueang,
      '9501',
      'be.csv',
      householdCsv([withDate(9004, '20/1/2568')]),
    );
    expect(thai.status, JSON.stringify(thai.errors)).toBe('done');
  });

  it('answers ids beyond the integer column with 400 or 404, never 500', async () => {
    for (const url of [
      '/api/registers/households/2147483648',
      '/api/registers/projects/2147483648',
      '/api/registers/projects/99999999999999999999',
      '/api/kpi-sets/2147483648',
      '/api/agreements/2147483648',
      '/api/agreements?kpiSet=2147483648',
      '/api/reports/submissions/2147483648',
      '/api/reports/types/2147483648',
      '/api/registers/imports/2147483648',
      '/api/registers/households?unit=95&after=2147483648',
      '/api/registers/households/-1',
      '/api/registers/households/1.5',
    ]) {
      expectRefused(await yala.get(url), [400, 404]);
    }
    expectRefused(await yala.send('PATCH', '/api/users/2147483648', { displayName: 'x' }), [400, 404]);
    expectRefused(
      await mueang.send('PUT', '/api/kpi-results/', {
        kpiId: 2147483648,
        unitCode: '9501',
        value: '1',
        asOf: '2025-09-30',
      }),
      [400, 404],
    );
  });

  it('answers malformed multipart with a Thai 4xx on every upload route', async () => {
    const uploads = [
      '/api/registers/households/import?unit=9501&fiscalYear=2568',
      '/api/registers/budget/import?unit=9501&fiscalYear=2568',
      '/api/registers/projects/import?unit=9501&fiscalYear=2568',
    ];
    const part =
      'Content-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n';
    const bodies: [string, Record<string, string>][] = [
      ['abc', { 'content-type': 'multipart/form-data' }],
      ['--x\r\nnot a part', { 'content-type': 'multipart/form-data; boundary=zzz' }],
      [`--b\r\n${part}house_code\r\n1`, { 'content-type': 'multipart/form-data; boundary=b' }],
      [
        '--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--b--\r\n',
        { 'content-type': 'multipart/form-data; boundary=b' },
      ],
      ['', { 'content-type': 'multipart/form-data; boundary=b' }],
      ['{}', { 'content-type': 'application/json' }],
      ['plain', { 'content-type': 'text/plain' }],
    ];
    for (const url of uploads) {
      for (const [payload, headers] of bodies) {
        expectRefused(await mueang.send('POST', url, payload, headers), [400, 413, 415, 422]);
      }
    }
  });

  it('maps a PostgreSQL data exception caused by a value to a Thai 422, and a unique key taken first to 409, as the last line of defence', async () => {
    const probe = Fastify();
    registerErrorHandling(probe);
    const queries: Record<string, string> = {
      '22P02': "select 'abc'::integer as v",
      '22003': 'select 2147483648::bigint::integer as v',
      '22008': "select '2025-02-31'::date as v",
    };
    probe.get<{ Params: { code: string } }>('/probe/:code', async (request) =>
      sql.raw(queries[request.params.code] ?? '').execute(t.handle.db),
    );
    probe.get('/probe-nul', async () => sql`select ${'a\u0000b'}::text as v`.execute(t.handle.db));
    // A unique key taken by another writer first: the same unit code inserted again.
    probe.get('/probe-duplicate', async () =>
      sql`insert into units (kind, code, name_th, path) select kind, code, name_th, path || 'x' from units where code = '95'`.execute(
        t.handle.db,
      ),
    );
    try {
      for (const code of Object.keys(queries)) {
        expect(expectRefused(await probe.inject({ url: `/probe/${code}` }), [422]).code).toBe(
          'invalid_value',
        );
      }
      expectRefused(await probe.inject({ url: '/probe-nul' }), [422]);
      expect(expectRefused(await probe.inject({ url: '/probe-duplicate' }), [409]).code).toBe('conflict');
    } finally {
      await probe.close();
    }
  });
});
