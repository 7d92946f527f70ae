import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadDemoQuarterly } from '../src/modules/quarterly/service.ts';
import {
  FISCAL_YEAR,
  kpiCard,
  lastId,
  type MatrixRole,
  MONTH,
  must,
  type ProvinceData,
  portfolio,
  reportForm,
  settledJob,
  type Target,
  type UnitData,
  type World,
} from './access-world.ts';
import { budgetCriteria, makeKpiSet } from './factories.ts';
import { makeUser } from './helpers.ts';
import { householdCsv } from './register-fixtures.ts';
import { jpeg, multipart } from './report-fixtures.ts';

/** One request of a case; `as` replaces the role's own session (e.g. a fresh login for logout). */
export type Call = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  as?: { cookies: Record<string, string>; csrfToken: string };
};

/** Sends a case's request with the role's session (cookies and CSRF token), or none for anonymous. */
export function injectAs(w: World, role: MatrixRole, call: Call) {
  const session = call.as ?? (role === 'anonymous' ? undefined : w.sessions[role]);
  return w.t.app.inject({
    method: call.method,
    url: call.url,
    ...(session ? { cookies: session.cookies } : {}),
    headers: { ...(session ? { 'x-csrf-token': session.csrfToken } : {}), ...call.headers },
    ...(call.payload === undefined ? {} : { payload: call.payload as string }),
  });
}

type Answer = 'A' | 'D' | '-';
/** Allowed (2xx), denied (401/403/404) or not applicable, for the targets own, child and foreign in that order. */
export type Answers = `${Answer}${Answer}${Answer}`;
export type Expectation = Record<MatrixRole, Answers>;

export type MatrixEntry = {
  expect: Expectation;
  call: (w: World, target: Target, role: MatrixRole) => Call | Promise<Call>;
  /** Tables a refused write must leave as they were. */
  tables?: string[];
  /** An import refuses rows outside the caller's area with its row errors (422) rather than 403/404. */
  refusesByRow?: boolean;
  /** What an allowed answer must show: the target's own row, so an empty list cannot pass for a filtered one. */
  shows?: (w: World, target: Target) => string;
  /** Waits for work an allowed call leaves running (an import job), so the next case starts from rest. */
  after?: (w: World, res: LightMyRequestResponse) => Promise<void>;
};

const rule = (
  department_admin: Answers,
  province_admin: Answers,
  province_staff: Answers,
  district_officer: Answers,
  viewer: Answers,
  anonymous: Answers,
): Expectation => ({ department_admin, province_admin, province_staff, district_officer, viewer, anonymous });

/** No session needed. */
const PUBLIC = rule('A--', 'A--', 'A--', 'A--', 'A--', 'A--');
/** Any account, no unit involved. */
const SIGNED_IN = rule('A--', 'A--', 'A--', 'A--', 'A--', 'D--');
const ADMINS = rule('A--', 'A--', 'D--', 'D--', 'D--', 'D--');
const DEPARTMENT = rule('A--', 'D--', 'D--', 'D--', 'D--', 'D--');
/** A unit's rows: read inside the scope; a district reads its own, not its province's. */
const READ_UNIT = rule('AAA', 'AAD', 'AAD', 'DAD', 'AAD', 'DDD');
/** A unit's rows: written by editors inside their scope, never by viewers. */
const WRITE_UNIT = rule('AAA', 'AAD', 'AAD', 'DAD', 'DDD', 'DDD');
const USER_ADMIN = rule('AAA', 'AAD', 'DDD', 'DDD', 'DDD', 'DDD');
/** Rows kept by districts only (households, villages). */
const READ_DISTRICT = rule('-AA', '-AD', '-AD', '-AD', '-AD', '-DD');
const WRITE_DISTRICT = rule('-AA', '-AD', '-AD', '-AD', '-DD', '-DD');
/** A province's lists filtered by province: another province's filter answers an empty list (rows are checked). */
const LIST_PROVINCE = rule('A-A', 'A-A', 'A-A', 'A-A', 'A-A', 'D-D');
/** The province's own pages (the timeliness board and league of its districts). */
const PROVINCE_OFFICE = rule('A-A', 'A-D', 'A-D', 'D-D', 'A-D', 'D-D');
/** A province's definitions (KPI sets, agreements, report forms): read by everyone below it. */
const READ_PROVINCE = rule('A-A', 'A-D', 'A-D', 'A-D', 'A-D', 'D-D');
/** …and written by the province's office, not by its districts. */
const WRITE_PROVINCE = rule('A-A', 'A-D', 'A-D', 'D-D', 'D-D', 'D-D');
/** A province's monthly visit plan (own, the one visiting Mueang Yala as child): the district visited reads it, never writes it. */
const WRITE_PLAN = rule('AAA', 'AAD', 'AAD', 'DDD', 'DDD', 'DDD');
/** Follow-up form templates: designed by the department and by a province's admin for its province; others use them. */
const DESIGN_FORMS = rule('A-A', 'A-D', 'D-D', 'D-D', 'D-D', 'D-D');
/** A district's follow-up: filled by the province's office and the department on their visit, read by the district. */
const FOLLOW_UP = rule('-AA', '-AD', '-AD', '-DD', '-DD', '-DD');
/** A district's monthly report: the province and the department review it. */
const REVIEW_REPORT = rule('-AA', '-AD', '-AD', '-DD', '-DD', '-DD');

const unitOf = (w: World, target: Target): UnitData =>
  w.units[target === 'own' ? '95' : target === 'child' ? '9501' : '2401'];
const provinceOf = (w: World, target: Target): ProvinceData =>
  w.provinces[target === 'foreign' ? '24' : '95'];

const get = (url: string): Call => ({ method: 'GET', url });
const send = (method: Call['method'], url: string, payload?: unknown): Call => ({ method, url, payload });
const upload = (url: string, filename: string, content: Buffer, type?: string): Call => {
  const body = multipart(filename, content, type);
  return { method: 'POST', url, payload: body.body, headers: body.headers };
};

const year = `fiscalYear=${FISCAL_YEAR}`;
/** Lists are read through their search: the words every row of the world carries in its name. */
const search = `q=${encodeURIComponent('ของหน่วย')}`;
const ownRow = (w: World, target: Target) => `ของหน่วย ${unitOf(w, target).code}`;
const dept = (w: World) => w.sessions.department_admin;

/** A file the department admin exports, checked whole before a case imports it back. */
async function exported(w: World, url: string) {
  const file = await dept(w).get(url);
  if (file.statusCode !== 200) throw new Error(`export ${url}: ${file.statusCode} ${file.body}`);
  return file;
}

/**
 * A register's own CSV export of the target unit imported back: a valid file by construction. `renamed` keeps the
 * header and the world's row, renamed, for registers that refuse a name they already hold.
 */
const reimport =
  (exportUrl: string, importUrl: string, renamed = false, province = false) =>
  async (w: World, target: Target) => {
    const unit = province ? provinceOf(w, target).code : unitOf(w, target).code;
    const file = await exported(w, exportUrl.replace('UNIT', unit));
    const [thai, ...rows] = file.body.split(/\r?\n/);
    const body = renamed
      ? [thai, rows.find((r) => r.includes('ของหน่วย'))?.replace('ของหน่วย', `นำเข้า ${w.next()}`)].join('\n')
      : file.rawPayload;
    return upload(importUrl.replace('UNIT', unit), 'rows.csv', Buffer.from(body), 'text/csv');
  };

/** A fresh report of the target's district in the state the case needs, filled by its own officer. */
async function freshSubmission(w: World, target: Target, state: 'draft' | 'submitted' | 'approved') {
  const p = provinceOf(w, target);
  const maker = w.makers[p.district as '9501' | '2401'];
  const month = w.nextMonth();
  const opened = must(
    await maker.send('POST', '/api/reports/submissions', {
      reportTypeId: p.reportType,
      unitCode: p.district,
      month,
    }),
    'open submission',
  );
  const id = opened.submission.id as number;
  must(
    await maker.send('PUT', `/api/reports/submissions/${id}/draft`, { values: { households: '3' } }),
    'draft',
  );
  if (state !== 'draft') must(await maker.send('POST', `/api/reports/submissions/${id}/submit`), 'submit');
  if (state === 'approved')
    must(await dept(w).send('POST', `/api/reports/submissions/${id}/approve`), 'approve');
  return id;
}

async function freshKpiSet(w: World, target: Target) {
  const { fiscalYear, round } = w.nextRound();
  const set = await makeKpiSet(w.t.handle, provinceOf(w, target).code, fiscalYear, round, [
    { key: 'T1', kind: 'team', nameTh: 'ตัวชี้วัดทดสอบ', criteria: budgetCriteria },
  ]);
  must(await dept(w).send('PUT', `/api/kpis/${set.kpiIds.T1}`, kpiCard('T1')), 'kpi');
  return set;
}

async function freshAgreement(w: World, target: Target, signed = false) {
  const p = provinceOf(w, target);
  const set = await freshKpiSet(w, target);
  const created = must(
    await dept(w).send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: p.district,
      items: [{ kpiId: set.kpiIds.T1, weight: '100' }],
    }),
    'agreement',
  );
  const id = created.agreement.id as number;
  if (signed) {
    const principal = w.principals[p.code as '95' | '24'];
    must(await principal.send('POST', `/api/agreements/${id}/sign`, { side: 'principal' }), 'sign principal');
    const agent = w.makers[p.district as '9501' | '2401'];
    must(await agent.send('POST', `/api/agreements/${id}/sign`, { side: 'agent' }), 'sign agent');
  }
  return id;
}

/** A province's monthly meeting minutes header. */
const minutesHeader = (unitCode: string) => ({
  unitCode,
  titleTh: 'รายงานการประชุมประจำเดือน',
  meetingDate: '2025-02-26',
  timeFrom: '09.30',
  venueTh: 'ห้องประชุมศาลากลางจังหวัด',
});

/** A new draft minutes of the target's province, signed by both blocks; `finished` finishes it. */
async function freshMinutes(w: World, target: Target, finished = false) {
  const made = must(
    await dept(w).send('POST', '/api/minutes', minutesHeader(provinceOf(w, target).code)),
    'minutes',
  );
  const body = {
    ...made.body,
    taker: { name: 'ผู้จด', position: 'เจ้าพนักงาน' },
    reviewer: { name: 'ผู้ตรวจ', position: 'ผู้อำนวยการ' },
  };
  const { unitCode: _unit, ...header } = minutesHeader('');
  const saved = must(
    await dept(w).send('PUT', `/api/minutes/${made.id}`, { ...header, body }),
    'minutes saved',
  );
  if (finished)
    must(await dept(w).send('POST', `/api/minutes/${made.id}/finish`, { confirm: true }), 'minutes finished');
  return saved as { id: number; body: unknown };
}

/**
 * A new draft visit plan of the target's province by the department, with one row and its letter ready to finish:
 * own visits no district, child visits Mueang Yala (so its officer reads it), foreign visits 2401. The letter's number
 * names the unit visited, so a list shows whose it is. `finished` finishes it.
 */
async function freshPlan(w: World, target: Target, finished = false) {
  const p = provinceOf(w, target);
  const month = w.nextMonth();
  const made = must(await dept(w).send('POST', '/api/visits', { unitCode: p.code, month }), 'visit plan');
  const district = target === 'own' ? null : p.district;
  const rows = [
    {
      activityTh: `ติดตามงานของหน่วย ${district ?? p.code}`,
      workGroupCode: null,
      workGroupTh: '',
      date: `${month}-10`,
      timeFrom: '09.00',
      timeTo: '12.00',
      districtCode: district,
      placeTh: district ? '' : 'ห้องประชุมศาลากลางจังหวัด',
      topics: [],
      remarksTh: '',
    },
  ];
  const letter = {
    ...made.body.letter,
    number: `ที่ ของหน่วย ${district ?? p.code}/${w.next()}`,
    date: `${month}-01`,
    signerName: 'ผู้ลงนาม',
  };
  const saved = must(
    await dept(w).send('PUT', `/api/visits/${made.id}`, { body: { rows, letter } }),
    'visit plan saved',
  );
  if (finished)
    must(
      await dept(w).send('POST', `/api/visits/${made.id}/finish`, { confirm: true }),
      'visit plan finished',
    );
  return saved as { id: number; body: unknown };
}

async function freshTopic(w: World, target: Target) {
  const made = must(
    await dept(w).send('POST', '/api/visits/topics', {
      unitCode: provinceOf(w, target).code,
      titleTh: `ประเด็นติดตาม ${w.next()}`,
    }),
    'visit topic',
  );
  return made.id as number;
}

/** A follow-up form of the target's province, named with its code so a list shows whose it is. */
const formTitle = (w: World, target: Target) => `แบบติดตามของจังหวัด ${provinceOf(w, target).code}`;
const formDefinition = (titleTh: string) => ({
  titleTh,
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
});

/** A new form template of the target's province by the department, a draft or published. */
async function freshTemplate(w: World, target: Target, published = false) {
  const made = must(
    await dept(w).send('POST', '/api/form-templates', {
      code: `matrix-${w.next()}`,
      definition: formDefinition(formTitle(w, target)),
      unit: provinceOf(w, target).code,
    }),
    'form template',
  );
  if (published) must(await dept(w).send('POST', `/api/form-templates/${made.id}/publish`), 'published');
  return made.id as number;
}

/** The department-wide form the matrix's follow-ups are filled from, published once per world. */
const followUpForms = new WeakMap<World, Promise<number>>();
function followUpForm(w: World): Promise<number> {
  let form = followUpForms.get(w);
  if (!form) {
    form = (async () => {
      const made = must(
        await dept(w).send('POST', '/api/form-templates', {
          code: 'matrix-follow-up',
          definition: formDefinition('แบบติดตามของตารางสิทธิ์'),
        }),
        'follow-up form',
      );
      must(await dept(w).send('POST', `/api/form-templates/${made.id}/publish`), 'follow-up form published');
      return made.id as number;
    })();
    followUpForms.set(w, form);
  }
  return form;
}

/** A follow-up's draft of the target's district (own: Mueang Yala too), its informant named with the district's code. */
async function followUpDraft(w: World, target: Target) {
  const unit = provinceOf(w, target).district;
  return {
    templateId: await followUpForm(w),
    unit,
    followUpDate: '2025-02-20',
    values: {
      note: `บันทึกของหน่วย ${unit}`,
      informant: [{ name: `ผู้ให้ข้อมูลของหน่วย ${unit}`, position: 'พัฒนาการอำเภอ' }],
    },
    baseRevision: null,
  };
}

/** A new follow-up of the target's district by the department, complete; `finished` finishes it. */
async function freshFollowUp(w: World, target: Target, finished = false) {
  const clientId = randomUUID();
  const made = must(
    await dept(w).send('PUT', `/api/follow-ups/drafts/${clientId}`, await followUpDraft(w, target)),
    'follow-up',
  );
  if (finished) must(await dept(w).send('POST', `/api/follow-ups/${made.id}/finish`), 'follow-up finished');
  return { id: made.id as number, clientId };
}

const household = (w: World, target: Target) => unitOf(w, target).household ?? 0;
const households = (w: World, target: Target) => `/api/registers/households/${household(w, target)}`;
const line = (w: World, target: Target) => `/api/registers/budget/lines/${unitOf(w, target).budgetLine}`;
const project = (w: World, target: Target) => `/api/registers/projects/${unitOf(w, target).project}`;
const submission = (w: World, target: Target) =>
  `/api/reports/submissions/${provinceOf(w, target).submission}`;

const budgetTables = ['budget_lines', 'budget_events'];
const householdTables = ['households', 'household_incomes', 'household_plan_items', 'household_activities'];
const reportTables = ['submissions', 'submission_files', 'submission_events'];

/** Every "METHOD /path" of the built app under /api, read from Fastify's route tree; HEAD mirrors GET. */
export function routesOf(app: FastifyInstance): string[] {
  const found = new Set<string>();
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const [, indent = '', segment = '', methods = ''] = m;
    stack.length = indent.length / 4;
    stack.push(segment);
    const path = stack
      .join('')
      .replace(/\/+/g, '/')
      .replace(/(.)\/$/, '$1');
    for (const method of methods.split(', ').filter((x) => x && x !== 'HEAD'))
      if (path.startsWith('/api')) found.add(`${method} ${path}`);
  }
  return [...found].sort();
}

/** Every route of the API by "METHOD path" as Fastify prints it (HEAD is GET's twin and not listed). */
export const accessMatrix: Record<string, MatrixEntry> = {
  'GET /api/docs': { expect: PUBLIC, call: () => get('/api/docs') },
  'GET /api/docs/static/index.html': { expect: PUBLIC, call: () => get('/api/docs/static/index.html') },
  'GET /api/docs/static/swagger-initializer.js': {
    expect: PUBLIC,
    call: () => get('/api/docs/static/swagger-initializer.js'),
  },
  'GET /api/docs/*': { expect: PUBLIC, call: () => get('/api/docs/static/swagger-ui.css') },
  'GET /api/docs/json': { expect: PUBLIC, call: () => get('/api/docs/json') },
  'GET /api/docs/yaml': { expect: PUBLIC, call: () => get('/api/docs/yaml') },
  'GET /api/openapi.json': { expect: PUBLIC, call: () => get('/api/openapi.json') },
  'GET /api/health': { expect: PUBLIC, call: () => get('/api/health') },
  'POST /api/auth/login': {
    expect: PUBLIC,
    call: async (w) => {
      const user = await makeUser(w.t.handle, 'viewer', '95');
      return send('POST', '/api/auth/login', { username: user.username, password: user.password });
    },
  },
  'POST /api/auth/logout': {
    expect: PUBLIC,
    call: async (w, _target, role) => {
      if (role === 'anonymous') return send('POST', '/api/auth/logout');
      const user = await makeUser(
        w.t.handle,
        role,
        { department_admin: 'CDD', province_staff: '95-G1' }[role as string] ??
          (role === 'district_officer' ? '9501' : '95'),
      );
      const res = await w.t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: user.password },
      });
      const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
      return { ...send('POST', '/api/auth/logout'), as: { cookies, csrfToken: res.json().csrfToken } };
    },
  },
  'GET /api/auth/me': { expect: SIGNED_IN, call: () => get('/api/auth/me') },
  'POST /api/scoring/evaluate': {
    expect: PUBLIC,
    call: () => send('POST', '/api/scoring/evaluate', { criteria: budgetCriteria, value: '91' }),
  },

  'GET /api/units': { expect: SIGNED_IN, call: () => get(`/api/units?q=${encodeURIComponent('เมือง')}`) },
  'GET /api/units/villages/template.xlsx': {
    expect: SIGNED_IN,
    call: () => get('/api/units/villages/template.xlsx'),
  },
  'POST /api/units/villages/import': {
    expect: WRITE_DISTRICT,
    tables: ['units'],
    refusesByRow: true,
    call: (w, target) =>
      upload(
        '/api/units/villages/import',
        'villages.csv',
        Buffer.from(
          `subdistrict_code,village_no,name_th\n${unitOf(w, target).subdistrict},${40 + (w.next() % 50)},หมู่บ้านนำเข้า`,
        ),
        'text/csv',
      ),
  },
  'GET /api/units/:code': {
    expect: READ_UNIT,
    call: (w, target) => get(`/api/units/${target === 'foreign' ? '24' : unitOf(w, target).code}`),
  },
  'POST /api/units/:code/villages': {
    expect: WRITE_DISTRICT,
    tables: ['units'],
    call: (w, target) =>
      send('POST', `/api/units/${unitOf(w, target).subdistrict}/villages`, {
        number: 50 + (w.next() % 49),
        nameTh: 'หมู่บ้านใหม่',
      }),
  },

  'GET /api/users': {
    // Filtered by a foreign unit, a province admin gets an empty list (its rows are checked), not an error.
    expect: rule('AAA', 'AAA', 'DDD', 'DDD', 'DDD', 'DDD'),
    call: (w, target) => get(`/api/users?unit=${unitOf(w, target).code}`),
  },
  'POST /api/users': {
    expect: USER_ADMIN,
    tables: ['users'],
    call: (w, target) =>
      send('POST', '/api/users', {
        username: `matrix.user${w.next()}`,
        password: 'a-long-enough-Passw0rd!',
        displayName: 'ผู้ใช้ใหม่',
        role: target === 'own' ? 'viewer' : 'district_officer',
        unitCode: unitOf(w, target).code,
      }),
  },
  'PATCH /api/users/:id': {
    expect: USER_ADMIN,
    tables: ['users'],
    call: async (w, target) => {
      const user = await makeUser(
        w.t.handle,
        target === 'own' ? 'viewer' : 'district_officer',
        unitOf(w, target).code,
      );
      return send('PATCH', `/api/users/${user.id}`, { displayName: 'ชื่อใหม่' });
    },
  },
  'GET /api/audit': { expect: ADMINS, call: () => get('/api/audit') },

  'GET /api/rounds/:fiscalYear': { expect: SIGNED_IN, call: () => get(`/api/rounds/${FISCAL_YEAR}`) },
  'PUT /api/rounds/:fiscalYear/:number': {
    expect: DEPARTMENT,
    tables: ['evaluation_rounds'],
    call: () => send('PUT', `/api/rounds/${FISCAL_YEAR}/1`, { start: '2024-10-01', end: '2025-03-31' }),
  },
  'GET /api/kpi-sets': { expect: SIGNED_IN, call: () => get(`/api/kpi-sets?${year}`) },
  'GET /api/kpi-sets/years': { expect: SIGNED_IN, call: () => get('/api/kpi-sets/years') },
  'POST /api/kpis/formula-preview': {
    expect: SIGNED_IN,
    call: () =>
      send('POST', '/api/kpis/formula-preview', {
        expression: 'a * 100 / b',
        inputs: [
          { id: 'a', labelTh: 'ผลงาน' },
          { id: 'b', labelTh: 'เป้าหมาย' },
        ],
        values: { a: '9', b: '10' },
      }),
  },
  'POST /api/kpi-sets': {
    expect: WRITE_PROVINCE,
    tables: ['kpi_sets'],
    call: (w, target) =>
      send('POST', '/api/kpi-sets', {
        ownerCode: provinceOf(w, target).code,
        ...w.nextRound(),
        nameTh: 'ชุดตัวชี้วัดใหม่',
      }),
  },
  'GET /api/kpi-sets/:id': {
    expect: READ_PROVINCE,
    call: (w, target) => get(`/api/kpi-sets/${provinceOf(w, target).kpiSet}`),
  },
  'GET /api/kpi-sets/:id/export.xlsx': {
    expect: READ_PROVINCE,
    call: (w, target) => get(`/api/kpi-sets/${provinceOf(w, target).kpiSet}/export.xlsx`),
  },
  'POST /api/kpi-sets/:id/import': {
    expect: WRITE_PROVINCE,
    tables: ['kpis'],
    call: async (w, target) => {
      const set = await freshKpiSet(w, target);
      const file = await exported(w, `/api/kpi-sets/${provinceOf(w, target).kpiSet}/export.xlsx`);
      return upload(`/api/kpi-sets/${set.id}/import`, 'set.xlsx', file.rawPayload);
    },
  },
  'POST /api/kpi-sets/:id/kpis': {
    expect: WRITE_PROVINCE,
    tables: ['kpis'],
    call: (w, target) =>
      send('POST', `/api/kpi-sets/${provinceOf(w, target).kpiSet}/kpis`, kpiCard(`T${w.next()}`)),
  },
  'PUT /api/kpis/:id': {
    expect: WRITE_PROVINCE,
    tables: ['kpis'],
    call: (w, target) => send('PUT', `/api/kpis/${provinceOf(w, target).kpi}`, kpiCard('T1')),
  },
  'DELETE /api/kpis/:id': {
    expect: WRITE_PROVINCE,
    tables: ['kpis'],
    call: async (w, target) => send('DELETE', `/api/kpis/${(await freshKpiSet(w, target)).kpiIds.T1}`),
  },
  'PUT /api/kpi-results': {
    expect: WRITE_UNIT,
    tables: ['kpi_results'],
    call: (w, target) =>
      send('PUT', '/api/kpi-results', {
        kpiId: provinceOf(w, target).kpi,
        unitCode: unitOf(w, target).code,
        value: '91',
        asOf: '2025-06-30',
      }),
  },

  'GET /api/agreements/rounds': { expect: SIGNED_IN, call: () => get('/api/agreements/rounds') },
  'GET /api/agreements': {
    expect: READ_PROVINCE,
    call: (w, target) => get(`/api/agreements?kpiSet=${provinceOf(w, target).kpiSet}`),
  },
  'POST /api/agreements': {
    expect: WRITE_PROVINCE,
    tables: ['agreements', 'agreement_items'],
    call: async (w, target) => {
      const set = await freshKpiSet(w, target);
      return send('POST', '/api/agreements', {
        kpiSetId: set.id,
        pair: 'province_district',
        agentCode: provinceOf(w, target).district,
        items: [{ kpiId: set.kpiIds.T1, weight: '100' }],
      });
    },
  },
  'GET /api/agreements/:id': {
    expect: READ_PROVINCE,
    call: (w, target) => get(`/api/agreements/${provinceOf(w, target).agreement}`),
  },
  'PUT /api/agreements/:id': {
    expect: WRITE_PROVINCE,
    tables: ['agreements', 'agreement_items'],
    call: (w, target) => {
      const p = provinceOf(w, target);
      return send('PUT', `/api/agreements/${p.agreement}`, { items: [{ kpiId: p.kpi, weight: '100' }] });
    },
  },
  'POST /api/agreements/:id/sign': {
    // Each side is signed by the account holding that post: the province admin for Yala, Mueang Yala's officer.
    expect: rule('D-D', 'A-D', 'D-D', 'A-D', 'D-D', 'D-D'),
    tables: ['agreements'],
    call: async (w, target, role) =>
      send('POST', `/api/agreements/${await freshAgreement(w, target)}/sign`, {
        side: role === 'district_officer' ? 'agent' : 'principal',
      }),
  },
  'POST /api/agreements/:id/amend': {
    expect: WRITE_PROVINCE,
    tables: ['agreements', 'agreement_items'],
    call: async (w, target) => {
      const id = await freshAgreement(w, target, true);
      return send('POST', `/api/agreements/${id}/amend`, { reason: 'แก้ไขน้ำหนักตามมติที่ประชุม' });
    },
  },

  'GET /api/reports/types': {
    expect: LIST_PROVINCE,
    call: (w, target) => get(`/api/reports/types?province=${provinceOf(w, target).code}`),
  },
  'POST /api/reports/types': {
    expect: WRITE_PROVINCE,
    tables: ['report_types'],
    call: (w, target) => send('POST', '/api/reports/types', reportForm(provinceOf(w, target).code, 'แบบใหม่')),
  },
  'GET /api/reports/types/:id': {
    expect: READ_PROVINCE,
    call: (w, target) => get(`/api/reports/types/${provinceOf(w, target).reportType}`),
  },
  'PUT /api/reports/types/:id': {
    expect: WRITE_PROVINCE,
    tables: ['report_types'],
    call: (w, target) => {
      const { provinceCode: _, ...form } = reportForm(provinceOf(w, target).code, 'แบบรายงานที่แก้ไข');
      return send('PUT', `/api/reports/types/${provinceOf(w, target).reportType}`, form);
    },
  },
  'DELETE /api/reports/types/:id': {
    expect: WRITE_PROVINCE,
    tables: ['report_types'],
    call: async (w, target) => {
      const created = must(
        await dept(w).send('POST', '/api/reports/types', reportForm(provinceOf(w, target).code, 'แบบชั่วคราว')),
        'report type',
      );
      return send('DELETE', `/api/reports/types/${created.reportType.id}`);
    },
  },
  'GET /api/reports/calendar': {
    expect: READ_UNIT,
    call: (w, target) => get(`/api/reports/calendar?unit=${unitOf(w, target).code}&month=${MONTH}`),
  },
  'PUT /api/reports/calendar/overrides': {
    expect: WRITE_PROVINCE,
    tables: ['due_date_overrides'],
    call: (w, target) =>
      send('PUT', '/api/reports/calendar/overrides', {
        reportTypeId: provinceOf(w, target).reportType,
        month: '2025-05',
        dueDate: '2025-05-12',
        reason: 'วันหยุดชดเชยของจังหวัด',
      }),
  },
  'GET /api/reports/board': {
    expect: PROVINCE_OFFICE,
    call: (w, target) => get(`/api/reports/board?province=${provinceOf(w, target).code}&month=${MONTH}`),
  },
  'GET /api/reports/league': {
    /** The league is read in the province's meeting: its districts see it too (their own rank), not another's. */
    expect: READ_PROVINCE,
    call: (w, target) => get(`/api/reports/league?province=${provinceOf(w, target).code}&month=${MONTH}`),
  },
  'POST /api/reports/submissions': {
    expect: WRITE_DISTRICT,
    tables: reportTables,
    call: (w, target) => {
      const p = provinceOf(w, target);
      return send('POST', '/api/reports/submissions', {
        reportTypeId: p.reportType,
        unitCode: p.district,
        month: w.nextMonth(),
      });
    },
  },
  'GET /api/reports/submissions/:id': {
    expect: READ_DISTRICT,
    call: (w, target) => get(submission(w, target)),
  },
  'PUT /api/reports/submissions/:id/draft': {
    expect: WRITE_DISTRICT,
    tables: reportTables,
    call: (w, target) =>
      send('PUT', `${submission(w, target)}/draft`, { values: { households: String(w.next()) } }),
  },
  'POST /api/reports/submissions/:id/submit': {
    expect: WRITE_DISTRICT,
    tables: reportTables,
    call: async (w, target) =>
      send('POST', `/api/reports/submissions/${await freshSubmission(w, target, 'draft')}/submit`),
  },
  'POST /api/reports/submissions/:id/return': {
    expect: REVIEW_REPORT,
    tables: reportTables,
    call: async (w, target) =>
      send('POST', `/api/reports/submissions/${await freshSubmission(w, target, 'submitted')}/return`, {
        reason: 'กรุณาแนบหลักฐานเพิ่ม',
      }),
  },
  'POST /api/reports/submissions/:id/reopen': {
    expect: REVIEW_REPORT,
    tables: reportTables,
    call: async (w, target) =>
      send('POST', `/api/reports/submissions/${await freshSubmission(w, target, 'approved')}/reopen`, {
        reason: 'พบตัวเลขไม่ตรงกับหลักฐาน',
      }),
  },
  'POST /api/reports/submissions/:id/approve': {
    expect: REVIEW_REPORT,
    tables: reportTables,
    call: async (w, target) =>
      send('POST', `/api/reports/submissions/${await freshSubmission(w, target, 'submitted')}/approve`),
  },
  'POST /api/reports/submissions/:id/files/:fieldId': {
    expect: WRITE_DISTRICT,
    tables: ['submission_files'],
    call: (w, target) =>
      upload(
        `${submission(w, target)}/files/evidence`,
        'more.pdf',
        Buffer.from(`%PDF-1.4\n${w.next()}\n%%EOF\n`),
      ),
  },
  'GET /api/reports/files/:id': {
    expect: READ_DISTRICT,
    call: (w, target) => get(`/api/reports/files/${provinceOf(w, target).file}`),
  },
  'DELETE /api/reports/files/:id': {
    expect: WRITE_DISTRICT,
    tables: ['submission_files'],
    call: async (w, target) => {
      const p = provinceOf(w, target);
      const body = multipart('extra.pdf', Buffer.from(`%PDF-1.4\n${w.next()}\n%%EOF\n`), 'application/pdf');
      const created = must(
        await w.makers[p.district as '9501' | '2401'].send(
          'POST',
          `/api/reports/submissions/${p.submission}/files/evidence`,
          body.body,
          body.headers,
        ),
        'file',
      );
      return send('DELETE', `/api/reports/files/${lastId(created.submission.files)}`);
    },
  },

  'GET /api/notifications': { expect: SIGNED_IN, call: () => get('/api/notifications') },
  'POST /api/notifications/read-all': {
    expect: SIGNED_IN,
    call: () => send('POST', '/api/notifications/read-all'),
  },
  'POST /api/notifications/:id/read': {
    // Own: the caller's own notification; foreign: another user's.
    expect: rule('A-D', 'A-D', 'A-D', 'A-D', 'A-D', 'D-D'),
    tables: ['notifications'],
    call: (w, target, role) => {
      const id =
        target === 'foreign' || role === 'anonymous'
          ? w.notifications.foreign
          : w.notifications[role as Exclude<MatrixRole, 'anonymous'>];
      return send('POST', `/api/notifications/${id}/read`);
    },
  },
  'GET /api/notifications/line-groups': {
    expect: READ_UNIT,
    call: (w, target) => get(`/api/notifications/line-groups?unit=${unitOf(w, target).code}`),
  },
  'PUT /api/notifications/line-groups/:unitCode': {
    expect: WRITE_UNIT,
    tables: ['unit_line_groups'],
    call: (w, target) =>
      send('PUT', `/api/notifications/line-groups/${unitOf(w, target).code}`, {
        groupId: `C${String(w.next()).padStart(32, '0')}`,
      }),
  },
  'GET /api/notifications/outbox': { expect: DEPARTMENT, call: () => get('/api/notifications/outbox') },
  'GET /api/home': { expect: SIGNED_IN, call: () => get('/api/home') },
  'GET /api/quarterly': { expect: SIGNED_IN, call: () => get('/api/quarterly') },
  'GET /api/quarterly/:fiscalYear/:quarter': {
    expect: SIGNED_IN,
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      return get('/api/quarterly/2562/4');
    },
  },
  'GET /api/quarterly/:fiscalYear/:quarter/export.xlsx': {
    expect: SIGNED_IN,
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      return get('/api/quarterly/2562/4/export.xlsx');
    },
  },
  'GET /api/quarterly/:fiscalYear/:quarter/data-quality': {
    expect: SIGNED_IN,
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      return get('/api/quarterly/2562/4/data-quality');
    },
  },
  'POST /api/quarterly/:fiscalYear/:quarter/publish': {
    expect: DEPARTMENT,
    tables: ['quarterly_reports'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      await w.t.handle.db.updateTable('quarterly_reports').set({ status: 'draft' }).execute();
      return send('POST', '/api/quarterly/2562/4/publish', { confirmWarnings: true });
    },
  },
  'POST /api/quarterly/:fiscalYear/:quarter/reopen': {
    expect: DEPARTMENT,
    tables: ['quarterly_reports'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      await w.t.handle.db.updateTable('quarterly_reports').set({ status: 'published' }).execute();
      return send('POST', '/api/quarterly/2562/4/reopen');
    },
  },
  'PUT /api/quarterly/:fiscalYear/:quarter/as-of': {
    expect: DEPARTMENT,
    tables: ['quarterly_reports'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      await w.t.handle.db.updateTable('quarterly_reports').set({ status: 'draft' }).execute();
      return send('PUT', '/api/quarterly/2562/4/as-of', { asOf: '2019-09-30' });
    },
  },
  'PUT /api/quarterly/:fiscalYear/:quarter/kpis/:code': {
    expect: DEPARTMENT,
    tables: ['quarterly_kpi_quarters', 'quarterly_region_results', 'quarterly_narratives'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      await w.t.handle.db.updateTable('quarterly_reports').set({ status: 'draft' }).execute();
      return send('PUT', '/api/quarterly/2562/4/kpis/1.2', {
        quarters: [1, 2, 3, 4].map((quarter) => ({ quarter, planned: '10', result: '9' })),
        regions: [],
        narratives: [],
      });
    },
  },
  'POST /api/quarterly/:fiscalYear/:quarter': {
    expect: DEPARTMENT,
    tables: ['quarterly_reports', 'quarterly_kpis'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      await w.t.handle.db.deleteFrom('quarterly_reports').where('fiscal_year', '=', 2563).execute();
      return send('POST', '/api/quarterly/2563/1', { from: 'previous' });
    },
  },
  'GET /api/quarterly/:fiscalYear/:quarter/regions': {
    expect: SIGNED_IN,
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      return get('/api/quarterly/2562/4/regions');
    },
  },
  'GET /api/quarterly/:fiscalYear/:quarter/regions/:region': {
    expect: SIGNED_IN,
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      return get('/api/quarterly/2562/4/regions/N');
    },
  },
  // The matrix's roles hold no CODI region office: the medium quarterly test checks a region office's own (200)
  // and another region (403).
  'PUT /api/quarterly/:fiscalYear/:quarter/regions/:region': {
    expect: DEPARTMENT,
    tables: ['quarterly_region_results'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      await w.t.handle.db.updateTable('quarterly_reports').set({ status: 'draft' }).execute();
      return send('PUT', '/api/quarterly/2562/4/regions/N', {
        kpis: [{ code: '1.1', result: '103', narrativeTh: 'บันทึกโดยสำนักงานภาค' }],
      });
    },
  },
  'POST /api/quarterly/:fiscalYear/:quarter/issues': {
    expect: DEPARTMENT,
    tables: ['quarterly_strategic_issues'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      await w.t.handle.db.updateTable('quarterly_reports').set({ status: 'draft' }).execute();
      await w.t.handle.db.deleteFrom('quarterly_strategic_issues').where('no', '=', 9).execute();
      return send('POST', '/api/quarterly/2562/4/issues', { no: 9, nameTh: 'ประเด็นทดสอบ' });
    },
  },
  'DELETE /api/quarterly/:fiscalYear/:quarter/issues/:no': {
    expect: DEPARTMENT,
    tables: ['quarterly_strategic_issues'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      const db = w.t.handle.db;
      await db.updateTable('quarterly_reports').set({ status: 'draft' }).execute();
      const report = await db
        .selectFrom('quarterly_reports')
        .select('id')
        .where('fiscal_year', '=', 2562)
        .executeTakeFirstOrThrow();
      await db
        .insertInto('quarterly_strategic_issues')
        .values({ report_id: report.id, no: 9, display_order: 9, name_th: 'ประเด็นทดสอบ', source_line: null })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return send('DELETE', '/api/quarterly/2562/4/issues/9');
    },
  },
  'POST /api/quarterly/:fiscalYear/:quarter/kpis': {
    expect: DEPARTMENT,
    tables: ['quarterly_kpis', 'quarterly_kpi_quarters'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      await w.t.handle.db.updateTable('quarterly_reports').set({ status: 'draft' }).execute();
      await w.t.handle.db.deleteFrom('quarterly_kpis').where('code', '=', '10').execute();
      return send('POST', '/api/quarterly/2562/4/kpis', {
        code: '10',
        strategicIssueNo: 4,
        nameTh: 'ตัวชี้วัดทดสอบ',
        unitTh: 'ตำบล',
        accumulation: 'flow',
        annualTarget: '40',
        planned: ['10', '10', '10', '10'],
        threshold: null,
      });
    },
  },
  'DELETE /api/quarterly/:fiscalYear/:quarter/kpis/:code': {
    expect: DEPARTMENT,
    tables: ['quarterly_kpis'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      const db = w.t.handle.db;
      await db.updateTable('quarterly_reports').set({ status: 'draft' }).execute();
      const report = await db
        .selectFrom('quarterly_reports')
        .select('id')
        .where('fiscal_year', '=', 2562)
        .executeTakeFirstOrThrow();
      await db.deleteFrom('quarterly_kpis').where('code', '=', '11').execute();
      await db
        .insertInto('quarterly_kpis')
        .values({
          report_id: report.id,
          strategic_issue_no: 4,
          code: '11',
          display_order: 99,
          name_th: 'ตัวชี้วัดทดสอบ',
          unit_th: 'ตำบล',
          accumulation: 'flow',
          annual_target: '1',
        })
        .execute();
      return send('DELETE', '/api/quarterly/2562/4/kpis/11');
    },
  },
  'PUT /api/quarterly/:fiscalYear/:quarter/order': {
    expect: DEPARTMENT,
    tables: ['quarterly_strategic_issues', 'quarterly_kpis'],
    call: async (w) => {
      await loadDemoQuarterly(w.t.handle.db);
      await w.t.handle.db.updateTable('quarterly_reports').set({ status: 'draft' }).execute();
      await w.t.handle.db.deleteFrom('quarterly_strategic_issues').where('no', '>', 4).execute();
      return send('PUT', '/api/quarterly/2562/4/order', { issues: [1, 3, 2, 4], kpis: [] });
    },
  },
  'GET /api/minutes': {
    expect: PROVINCE_OFFICE,
    call: (w, target) => get(`/api/minutes?unit=${provinceOf(w, target).code}`),
  },
  'GET /api/minutes/defaults': {
    expect: WRITE_PROVINCE,
    call: (w, target) => get(`/api/minutes/defaults?unit=${provinceOf(w, target).code}&date=2025-02-26`),
  },
  'POST /api/minutes': {
    expect: WRITE_PROVINCE,
    tables: ['meeting_minutes', 'meeting_minute_counters'],
    call: (w, target) => send('POST', '/api/minutes', minutesHeader(provinceOf(w, target).code)),
  },
  'GET /api/minutes/:id': {
    expect: PROVINCE_OFFICE,
    call: async (w, target) => get(`/api/minutes/${(await freshMinutes(w, target)).id}`),
  },
  'PUT /api/minutes/:id': {
    expect: WRITE_PROVINCE,
    tables: ['meeting_minutes'],
    call: async (w, target) => {
      const m = await freshMinutes(w, target);
      const { unitCode: _unit, ...header } = minutesHeader('');
      return send('PUT', `/api/minutes/${m.id}`, { ...header, body: m.body });
    },
  },
  'POST /api/minutes/:id/finish': {
    expect: WRITE_PROVINCE,
    tables: ['meeting_minutes'],
    call: async (w, target) =>
      send('POST', `/api/minutes/${(await freshMinutes(w, target)).id}/finish`, { confirm: true }),
  },
  'POST /api/minutes/:id/amend': {
    expect: WRITE_PROVINCE,
    tables: ['meeting_minutes'],
    call: async (w, target) => {
      const m = await freshMinutes(w, target, true);
      return send('POST', `/api/minutes/${m.id}/amend`, { reason: 'แก้ชื่อผู้เข้าร่วมประชุม' });
    },
  },
  'GET /api/minutes/:id/live-table': {
    expect: WRITE_PROVINCE,
    call: async (w, target) =>
      get(`/api/minutes/${(await freshMinutes(w, target)).id}/live-table?kind=timeliness`),
  },
  'GET /api/minutes/:id/export.docx': {
    expect: PROVINCE_OFFICE,
    call: async (w, target) => get(`/api/minutes/${(await freshMinutes(w, target)).id}/export.docx`),
  },

  'GET /api/visits': {
    // Own and foreign filter by the province; child lists the caller's own: a district officer's, the plans visiting it.
    expect: READ_UNIT,
    shows: (w, target) => `"code":"${provinceOf(w, target).code}"`,
    call: async (w, target) => {
      await freshPlan(w, target);
      return get(target === 'child' ? '/api/visits' : `/api/visits?unit=${provinceOf(w, target).code}`);
    },
  },
  'POST /api/visits': {
    expect: WRITE_PROVINCE,
    tables: ['visit_plans', 'visit_topics'],
    call: (w, target) =>
      send('POST', '/api/visits', { unitCode: provinceOf(w, target).code, month: w.nextMonth() }),
  },
  'GET /api/visits/:id': {
    expect: READ_UNIT,
    call: async (w, target) => get(`/api/visits/${(await freshPlan(w, target)).id}`),
  },
  'PUT /api/visits/:id': {
    expect: WRITE_PLAN,
    tables: ['visit_plans'],
    call: async (w, target) => {
      const plan = await freshPlan(w, target);
      return send('PUT', `/api/visits/${plan.id}`, { body: plan.body });
    },
  },
  'POST /api/visits/:id/finish': {
    expect: WRITE_PLAN,
    tables: ['visit_plans'],
    call: async (w, target) =>
      send('POST', `/api/visits/${(await freshPlan(w, target)).id}/finish`, { confirm: true }),
  },
  'POST /api/visits/:id/amend': {
    expect: WRITE_PLAN,
    tables: ['visit_plans'],
    call: async (w, target) =>
      send('POST', `/api/visits/${(await freshPlan(w, target, true)).id}/amend`, {
        reason: 'เปลี่ยนวันลงพื้นที่',
      }),
  },
  'GET /api/visits/topics': {
    expect: PROVINCE_OFFICE,
    call: (w, target) => get(`/api/visits/topics?unit=${provinceOf(w, target).code}`),
  },
  'POST /api/visits/topics': {
    expect: WRITE_PROVINCE,
    tables: ['visit_topics'],
    call: (w, target) =>
      send('POST', '/api/visits/topics', {
        unitCode: provinceOf(w, target).code,
        titleTh: `ประเด็นใหม่ ${w.next()}`,
      }),
  },
  'PUT /api/visits/topics/:id': {
    expect: WRITE_PROVINCE,
    tables: ['visit_topics'],
    call: async (w, target) =>
      send('PUT', `/api/visits/topics/${await freshTopic(w, target)}`, { titleTh: 'ประเด็นที่แก้ไข' }),
  },
  'DELETE /api/visits/topics/:id': {
    expect: WRITE_PROVINCE,
    tables: ['visit_topics'],
    call: async (w, target) => send('DELETE', `/api/visits/topics/${await freshTopic(w, target)}`),
  },

  'GET /api/form-templates': {
    // Everyone lists the department's forms and their own province's; another province's are left out (rows checked).
    expect: LIST_PROVINCE,
    shows: (w, target) => (target === 'own' ? formTitle(w, target) : 'fund-follow-up'),
    call: async (w, target) => {
      await freshTemplate(w, target, true);
      return get('/api/form-templates');
    },
  },
  'POST /api/form-templates': {
    expect: DESIGN_FORMS,
    tables: ['form_templates'],
    call: (w, target) =>
      send('POST', '/api/form-templates', {
        code: `matrix-${w.next()}`,
        definition: formDefinition(formTitle(w, target)),
        unit: provinceOf(w, target).code,
      }),
  },
  'POST /api/form-templates/preview': {
    expect: SIGNED_IN,
    call: () =>
      send('POST', '/api/form-templates/preview', {
        definition: formDefinition('แบบตัวอย่าง'),
        values: { note: 'ทดสอบ' },
      }),
  },
  'GET /api/form-templates/:id': {
    expect: READ_PROVINCE,
    call: async (w, target) => get(`/api/form-templates/${await freshTemplate(w, target, true)}`),
  },
  'PUT /api/form-templates/:id': {
    expect: DESIGN_FORMS,
    tables: ['form_templates'],
    call: async (w, target) =>
      send('PUT', `/api/form-templates/${await freshTemplate(w, target)}`, {
        definition: formDefinition(`${formTitle(w, target)} (แก้ไข)`),
      }),
  },
  'POST /api/form-templates/:id/publish': {
    expect: DESIGN_FORMS,
    tables: ['form_templates'],
    call: async (w, target) => send('POST', `/api/form-templates/${await freshTemplate(w, target)}/publish`),
  },
  'POST /api/form-templates/:id/versions': {
    expect: DESIGN_FORMS,
    tables: ['form_templates'],
    call: async (w, target) =>
      send('POST', `/api/form-templates/${await freshTemplate(w, target, true)}/versions`),
  },

  'GET /api/follow-ups': {
    // Own lists the province's follow-ups (of Mueang Yala), child and foreign their district's.
    expect: READ_UNIT,
    shows: (w, target) => `ผู้ให้ข้อมูลของหน่วย ${provinceOf(w, target).district}`,
    call: async (w, target) => {
      await freshFollowUp(w, target);
      return get(`/api/follow-ups?unit=${unitOf(w, target).code}`);
    },
  },
  'GET /api/follow-ups/prefill': {
    expect: READ_DISTRICT,
    call: async (w, target) =>
      get(
        `/api/follow-ups/prefill?template=${await followUpForm(w)}&unit=${unitOf(w, target).code}&date=2025-02-20`,
      ),
  },
  'PUT /api/follow-ups/drafts/:clientId': {
    expect: FOLLOW_UP,
    tables: ['follow_ups'],
    call: async (w, target) =>
      send('PUT', `/api/follow-ups/drafts/${randomUUID()}`, await followUpDraft(w, target)),
  },
  'GET /api/follow-ups/by-client/:clientId': {
    expect: READ_DISTRICT,
    call: async (w, target) => get(`/api/follow-ups/by-client/${(await freshFollowUp(w, target)).clientId}`),
  },
  'GET /api/follow-ups/:id': {
    expect: READ_DISTRICT,
    call: async (w, target) => get(`/api/follow-ups/${(await freshFollowUp(w, target)).id}`),
  },
  'POST /api/follow-ups/:id/finish': {
    expect: FOLLOW_UP,
    tables: ['follow_ups'],
    call: async (w, target) => send('POST', `/api/follow-ups/${(await freshFollowUp(w, target)).id}/finish`),
  },
  'POST /api/follow-ups/:id/versions': {
    expect: FOLLOW_UP,
    tables: ['follow_ups', 'follow_up_photos'],
    call: async (w, target) =>
      send('POST', `/api/follow-ups/${(await freshFollowUp(w, target, true)).id}/versions`),
  },
  'POST /api/follow-ups/:id/photos': {
    expect: FOLLOW_UP,
    tables: ['follow_up_photos'],
    call: async (w, target) =>
      upload(
        `/api/follow-ups/${(await freshFollowUp(w, target)).id}/photos?field=pictures`,
        'p.jpg',
        await jpeg(30 + (w.next() % 50), 20),
        'image/jpeg',
      ),
  },
  'GET /api/follow-ups/:id/photos/:fileId': {
    expect: READ_DISTRICT,
    call: async (w, target) => {
      const { id } = await freshFollowUp(w, target);
      const body = multipart('p.jpg', await jpeg(40, 30), 'image/jpeg');
      const photo = must(
        await dept(w).send('POST', `/api/follow-ups/${id}/photos?field=pictures`, body.body, body.headers),
        'follow-up photo',
      );
      return get(`/api/follow-ups/${id}/photos/${photo.fileId}`);
    },
  },

  'GET /api/registers/households': {
    expect: READ_DISTRICT,
    call: (w, target) => get(`/api/registers/households?unit=${unitOf(w, target).code}&q=0`),
  },
  'POST /api/registers/households': {
    expect: WRITE_DISTRICT,
    tables: householdTables,
    call: (w, target) => {
      const code = unitOf(w, target).subdistrict;
      return send('POST', '/api/registers/households', {
        unitCode: code,
        houseCode: `${code}${String(w.next()).padStart(5, '0')}`,
        status: 'developable',
        members: 3,
      });
    },
  },
  'GET /api/registers/households/summary': {
    expect: READ_UNIT,
    call: (w, target) => get(`/api/registers/households/summary?unit=${unitOf(w, target).code}&${year}`),
  },
  'GET /api/registers/households/template.xlsx': {
    expect: SIGNED_IN,
    call: () => get(`/api/registers/households/template.xlsx?${year}`),
  },
  'GET /api/registers/households/export.xlsx': {
    expect: READ_UNIT,
    call: (w, target) => get(`/api/registers/households/export.xlsx?unit=${unitOf(w, target).code}&${year}`),
  },
  'POST /api/registers/households/import': {
    expect: WRITE_UNIT,
    tables: ['register_imports', ...householdTables],
    call: (w, target) => {
      const code = unitOf(w, target).code;
      const rowUnit = unitOf(w, target).subdistrict;
      const row = {
        house_code: `${rowUnit}${String(w.next()).padStart(5, '0')}`,
        unit_code: rowUnit,
        members: 4,
        status_developable: 1,
      };
      return upload(
        `/api/registers/households/import?unit=${code}&${year}`,
        'households.csv',
        householdCsv([row]),
      );
    },
    after: (w, res) => settledJob(w, res.json().job.id),
  },
  'GET /api/registers/households/:id': {
    expect: READ_DISTRICT,
    call: (w, target) => get(households(w, target)),
  },
  'PATCH /api/registers/households/:id': {
    expect: WRITE_DISTRICT,
    tables: householdTables,
    call: (w, target) => send('PATCH', households(w, target), { address: `บ้านเลขที่ ${w.next()}` }),
  },
  'PUT /api/registers/households/:id/status': {
    expect: WRITE_DISTRICT,
    tables: householdTables,
    call: (w, target) => send('PUT', `${households(w, target)}/status`, { status: 'developable' }),
  },
  'PUT /api/registers/households/:id/incomes/:year': {
    expect: WRITE_DISTRICT,
    tables: householdTables,
    call: (w, target) =>
      send('PUT', `${households(w, target)}/incomes/${FISCAL_YEAR}`, {
        incomePerPerson: String(30000 + w.next()),
      }),
  },
  'POST /api/registers/households/:id/plan-items': {
    expect: WRITE_DISTRICT,
    tables: householdTables,
    call: (w, target) => send('POST', `${households(w, target)}/plan-items`, { item: `ฝึกอาชีพ ${w.next()}` }),
  },
  'POST /api/registers/households/:id/activities': {
    expect: WRITE_DISTRICT,
    tables: householdTables,
    call: (w, target) =>
      send('POST', `${households(w, target)}/activities`, {
        activity: `อบรม ${w.next()}`,
        doneOn: '2025-03-03',
      }),
  },
  'GET /api/registers/imports/:id': {
    expect: READ_DISTRICT,
    call: async (w, target) => {
      const code = unitOf(w, target).code;
      const { payload, headers } = upload(
        `/api/registers/households/import?unit=${code}&${year}`,
        'households.csv',
        householdCsv([]),
      );
      const job = must(
        await dept(w).send('POST', `/api/registers/households/import?unit=${code}&${year}`, payload, headers),
        'import job',
      );
      await settledJob(w, job.job.id);
      return get(`/api/registers/imports/${job.job.id}`);
    },
  },

  'GET /api/registers/budget/lines': {
    expect: READ_UNIT,
    shows: ownRow,
    call: (w, target) => get(`/api/registers/budget/lines?unit=${unitOf(w, target).code}&${year}&${search}`),
  },
  'POST /api/registers/budget/lines': {
    expect: WRITE_UNIT,
    tables: budgetTables,
    call: (w, target) =>
      send('POST', '/api/registers/budget/lines', {
        unitCode: unitOf(w, target).code,
        fiscalYear: FISCAL_YEAR,
        category: 'งบลงทุน',
        name: `รายการ ${w.next()}`,
      }),
  },
  'GET /api/registers/budget/lines/:id': { expect: READ_UNIT, call: (w, target) => get(line(w, target)) },
  'PATCH /api/registers/budget/lines/:id': {
    expect: WRITE_UNIT,
    tables: budgetTables,
    call: (w, target) => send('PATCH', line(w, target), { category: `งบดำเนินงาน ${w.next()}` }),
  },
  'POST /api/registers/budget/lines/:id/events': {
    expect: WRITE_UNIT,
    tables: budgetTables,
    call: (w, target) =>
      send('POST', `${line(w, target)}/events`, { kind: 'disbursement', date: '2025-01-15', amount: '1.00' }),
  },
  'DELETE /api/registers/budget/events/:id': {
    expect: WRITE_UNIT,
    tables: budgetTables,
    call: async (w, target) => {
      const created = must(
        await dept(w).send('POST', `${line(w, target)}/events`, {
          kind: 'allocation',
          date: '2024-11-01',
          amount: '5',
        }),
        'event',
      );
      return send('DELETE', `/api/registers/budget/events/${lastId(created.line.events)}`);
    },
  },
  'GET /api/registers/budget/export.xlsx': {
    expect: READ_UNIT,
    shows: ownRow,
    call: (w, target) =>
      get(`/api/registers/budget/export.xlsx?unit=${unitOf(w, target).code}&${year}&format=csv`),
  },
  'GET /api/registers/years': {
    expect: READ_UNIT,
    call: (w, target) => get(`/api/registers/years?unit=${unitOf(w, target).code}`),
  },
  'GET /api/registers/budget/report': {
    expect: READ_UNIT,
    call: (w, target) =>
      get(`/api/registers/budget/report?unit=${unitOf(w, target).code}&${year}&asOf=2025-06-30`),
  },
  'POST /api/registers/budget/import': {
    expect: WRITE_UNIT,
    tables: budgetTables,
    call: reimport(
      `/api/registers/budget/export.xlsx?unit=UNIT&${year}&format=csv`,
      `/api/registers/budget/import?unit=UNIT&${year}`,
    ),
  },
  'GET /api/registers/budget/cutoffs': {
    expect: SIGNED_IN,
    call: () => get('/api/registers/budget/cutoffs'),
  },
  'PUT /api/registers/budget/cutoffs/:fiscalYear': {
    expect: DEPARTMENT,
    tables: ['budget_cutoffs'],
    call: () => send('PUT', `/api/registers/budget/cutoffs/${FISCAL_YEAR}`, { returnCutoff: '2025-09-30' }),
  },

  'GET /api/registers/bindings': {
    expect: READ_PROVINCE,
    call: (w, target) => get(`/api/registers/bindings?kpiSet=${provinceOf(w, target).kpiSet}`),
  },
  'GET /api/registers/bindings/measures': {
    expect: SIGNED_IN,
    call: () => get('/api/registers/bindings/measures'),
  },
  'PUT /api/registers/bindings/:kpiId': {
    expect: WRITE_PROVINCE,
    tables: ['register_bindings'],
    call: (w, target) =>
      send('PUT', `/api/registers/bindings/${provinceOf(w, target).kpi}`, {
        measure: 'budget.spending',
        asOf: '2025-06-30',
      }),
  },
  'DELETE /api/registers/bindings/:kpiId': {
    expect: WRITE_PROVINCE,
    tables: ['register_bindings'],
    call: async (w, target) => {
      const set = await freshKpiSet(w, target);
      must(
        await dept(w).send('PUT', `/api/registers/bindings/${set.kpiIds.T1}`, {
          measure: 'budget.spending',
          asOf: '2025-06-30',
        }),
        'binding',
      );
      return send('DELETE', `/api/registers/bindings/${set.kpiIds.T1}`);
    },
  },
  'POST /api/registers/bindings/:kpiId/recompute': {
    expect: WRITE_PROVINCE,
    tables: ['kpi_results'],
    call: async (w, target) => {
      const set = await freshKpiSet(w, target);
      must(
        await dept(w).send('PUT', `/api/registers/bindings/${set.kpiIds.T1}`, {
          measure: 'budget.spending',
          asOf: '2025-06-30',
        }),
        'binding',
      );
      return send('POST', `/api/registers/bindings/${set.kpiIds.T1}/recompute`);
    },
  },

  'GET /api/registers/projects': {
    expect: READ_UNIT,
    shows: ownRow,
    call: (w, target) => get(`/api/registers/projects?unit=${unitOf(w, target).code}&${year}&${search}`),
  },
  'POST /api/registers/projects': {
    expect: WRITE_UNIT,
    tables: ['projects'],
    call: (w, target) =>
      send('POST', '/api/registers/projects', {
        unitCode: unitOf(w, target).code,
        fiscalYear: FISCAL_YEAR,
        round: 2,
        name: `โครงการ ${w.next()}`,
      }),
  },
  'POST /api/registers/projects/import': {
    expect: WRITE_UNIT,
    tables: ['projects'],
    call: reimport(
      `/api/registers/projects/export.xlsx?unit=UNIT&${year}&format=csv`,
      `/api/registers/projects/import?unit=UNIT&${year}`,
    ),
  },
  'GET /api/registers/projects/export.xlsx': {
    expect: READ_UNIT,
    shows: ownRow,
    call: (w, target) => get(`/api/registers/projects/export.xlsx?unit=${unitOf(w, target).code}&${year}`),
  },
  'GET /api/registers/projects/:id': { expect: READ_UNIT, call: (w, target) => get(project(w, target)) },
  'PATCH /api/registers/projects/:id': {
    expect: WRITE_UNIT,
    tables: ['projects'],
    call: (w, target) => send('PATCH', project(w, target), { completionPercent: String(w.next() % 100) }),
  },
  'POST /api/registers/projects/:id/photos': {
    expect: WRITE_UNIT,
    tables: ['project_photos'],
    call: async (w, target) =>
      upload(`${project(w, target)}/photos`, 'p.jpg', await jpeg(30 + (w.next() % 50), 20), 'image/jpeg'),
  },
  'GET /api/registers/projects/:id/photos/:photoId': {
    expect: READ_UNIT,
    call: (w, target) => get(`${project(w, target)}/photos/${unitOf(w, target).photo}`),
  },
  'DELETE /api/registers/projects/:id/photos/:photoId': {
    expect: WRITE_UNIT,
    tables: ['project_photos'],
    call: async (w, target) => {
      const body = multipart('d.jpg', await jpeg(20 + (w.next() % 50), 24), 'image/jpeg');
      const created = must(
        await dept(w).send('POST', `${project(w, target)}/photos`, body.body, body.headers),
        'photo',
      );
      return send('DELETE', `${project(w, target)}/photos/${lastId(created.project.photos)}`);
    },
  },

  'GET /api/registers/community-funds': {
    expect: READ_UNIT,
    shows: ownRow,
    call: (w, target) => get(`/api/registers/community-funds?unit=${unitOf(w, target).code}&${search}`),
  },
  'POST /api/registers/community-funds': {
    expect: WRITE_UNIT,
    tables: ['community_funds'],
    call: (w, target) =>
      send('POST', '/api/registers/community-funds', {
        unitCode: unitOf(w, target).code,
        name: `กองทุน ${w.next()}`,
        type: 'urban',
      }),
  },
  'GET /api/registers/community-funds/export.xlsx': {
    expect: READ_UNIT,
    shows: ownRow,
    call: (w, target) => get(`/api/registers/community-funds/export.xlsx?unit=${unitOf(w, target).code}`),
  },
  'POST /api/registers/community-funds/import': {
    expect: WRITE_UNIT,
    tables: ['community_funds'],
    call: reimport(
      '/api/registers/community-funds/export.xlsx?unit=UNIT&format=csv',
      '/api/registers/community-funds/import?unit=UNIT',
      true,
    ),
  },
  'PATCH /api/registers/community-funds/:id': {
    expect: WRITE_UNIT,
    tables: ['community_funds'],
    call: (w, target) =>
      send('PATCH', `/api/registers/community-funds/${unitOf(w, target).fund}`, {
        juristicPerson: w.next() % 2 === 0,
      }),
  },
  'GET /api/registers/womens-fund': {
    expect: READ_UNIT,
    call: (w, target) => get(`/api/registers/womens-fund?unit=${unitOf(w, target).code}`),
  },
  'PUT /api/registers/womens-fund': {
    expect: WRITE_UNIT,
    tables: ['womens_fund_snapshots'],
    call: (w, target) =>
      send('PUT', '/api/registers/womens-fund', {
        unitCode: unitOf(w, target).code,
        asOf: '2025-07-31',
        outstanding: String(1000 + w.next()),
      }),
  },
  'GET /api/registers/womens-fund/export.xlsx': {
    expect: READ_UNIT,
    call: (w, target) => get(`/api/registers/womens-fund/export.xlsx?unit=${unitOf(w, target).code}`),
  },
  'POST /api/registers/womens-fund/import': {
    expect: WRITE_UNIT,
    tables: ['womens_fund_snapshots'],
    call: reimport(
      '/api/registers/womens-fund/export.xlsx?unit=UNIT&format=csv',
      '/api/registers/womens-fund/import?unit=UNIT',
    ),
  },
  'GET /api/registers/womens-fund/portfolio': {
    expect: PROVINCE_OFFICE,
    call: (w, target) => get(`/api/registers/womens-fund/portfolio?unit=${provinceOf(w, target).code}`),
  },
  'PUT /api/registers/womens-fund/portfolio': {
    expect: WRITE_PROVINCE,
    tables: ['womens_fund_portfolios', 'womens_fund_portfolio_lines'],
    call: (w, target) =>
      send('PUT', '/api/registers/womens-fund/portfolio', portfolio(provinceOf(w, target).code)),
  },
  'POST /api/registers/womens-fund/portfolio/import': {
    expect: WRITE_PROVINCE,
    tables: ['womens_fund_portfolios', 'womens_fund_portfolio_lines'],
    call: reimport(
      '/api/registers/womens-fund/portfolio/export.xlsx?unit=UNIT&format=csv',
      '/api/registers/womens-fund/portfolio/import?unit=UNIT',
      false,
      true,
    ),
  },
  'GET /api/registers/womens-fund/portfolio/export.xlsx': {
    expect: PROVINCE_OFFICE,
    call: (w, target) =>
      get(`/api/registers/womens-fund/portfolio/export.xlsx?unit=${provinceOf(w, target).code}`),
  },
  'GET /api/registers/debt-relief': {
    expect: READ_UNIT,
    shows: ownRow,
    call: (w, target) => get(`/api/registers/debt-relief?unit=${unitOf(w, target).code}&${year}&${search}`),
  },
  'POST /api/registers/debt-relief': {
    expect: WRITE_UNIT,
    tables: ['debt_relief_households'],
    call: (w, target) =>
      send('POST', '/api/registers/debt-relief', {
        unitCode: unitOf(w, target).code,
        fiscalYear: FISCAL_YEAR,
        label: `ครัวเรือน ${w.next()}`,
      }),
  },
  'GET /api/registers/debt-relief/export.xlsx': {
    expect: READ_UNIT,
    shows: ownRow,
    call: (w, target) => get(`/api/registers/debt-relief/export.xlsx?unit=${unitOf(w, target).code}&${year}`),
  },
  'POST /api/registers/debt-relief/import': {
    expect: WRITE_UNIT,
    tables: ['debt_relief_households'],
    call: reimport(
      `/api/registers/debt-relief/export.xlsx?unit=UNIT&${year}&format=csv`,
      `/api/registers/debt-relief/import?unit=UNIT&${year}`,
    ),
  },
  'PATCH /api/registers/debt-relief/:id': {
    expect: WRITE_UNIT,
    tables: ['debt_relief_households'],
    call: (w, target) =>
      send('PATCH', `/api/registers/debt-relief/${unitOf(w, target).debt}`, {
        enteredProcess: w.next() % 2 === 0,
      }),
  },

  'GET /api/dashboards/districts': {
    expect: READ_UNIT,
    shows: (w, target) => provinceOf(w, target).district,
    call: (w, target) =>
      get(`/api/dashboards/districts?unit=${unitOf(w, target).code}&kpiSet=${provinceOf(w, target).kpiSet}`),
  },
  'GET /api/dashboards/districts/export': {
    expect: READ_UNIT,
    shows: (w, target) => provinceOf(w, target).district,
    call: (w, target) =>
      get(
        `/api/dashboards/districts/export?unit=${unitOf(w, target).code}&kpiSet=${provinceOf(w, target).kpiSet}&table=ranking&format=csv`,
      ),
  },
  'GET /api/dashboards/kpi': {
    expect: READ_UNIT,
    call: (w, target) =>
      get(`/api/dashboards/kpi?unit=${unitOf(w, target).code}&kpi=${provinceOf(w, target).kpi}`),
  },
  'GET /api/dashboards/kpi/export': {
    expect: READ_UNIT,
    call: (w, target) =>
      get(
        `/api/dashboards/kpi/export?unit=${unitOf(w, target).code}&kpi=${provinceOf(w, target).kpi}&format=csv`,
      ),
  },
  'GET /api/dashboards/budget': {
    expect: READ_UNIT,
    call: (w, target) => get(`/api/dashboards/budget?unit=${unitOf(w, target).code}&${year}`),
  },
  'GET /api/dashboards/budget/export': {
    expect: READ_UNIT,
    call: (w, target) =>
      get(`/api/dashboards/budget/export?unit=${unitOf(w, target).code}&${year}&table=months&format=csv`),
  },
  'GET /api/dashboards/households': {
    expect: READ_UNIT,
    call: (w, target) =>
      get(`/api/dashboards/households?unit=${unitOf(w, target).code}&surveyYear=${FISCAL_YEAR}`),
  },
  'GET /api/dashboards/households/export': {
    expect: READ_UNIT,
    call: (w, target) =>
      get(
        `/api/dashboards/households/export?unit=${unitOf(w, target).code}&surveyYear=${FISCAL_YEAR}&table=areas&format=csv`,
      ),
  },
  // The nation and its regions are the department's: any province or district account is refused.
  'GET /api/dashboards/nation': {
    expect: DEPARTMENT,
    call: () => get('/api/dashboards/nation?grouping=geo'),
  },
  'GET /api/dashboards/nation/export': {
    expect: DEPARTMENT,
    call: () =>
      get(`/api/dashboards/nation/export?fiscalYear=${FISCAL_YEAR}&round=2&table=provinces&format=csv`),
  },
  'GET /api/dashboards/region': { expect: DEPARTMENT, call: () => get('/api/dashboards/region?code=CODI-S') },
  'GET /api/dashboards/region/export': {
    expect: DEPARTMENT,
    call: () =>
      get(
        `/api/dashboards/region/export?code=CODI-S&fiscalYear=${FISCAL_YEAR}&round=2&table=levels&format=csv`,
      ),
  },
  'GET /api/registers/budget/plans': {
    expect: READ_UNIT,
    call: (w, target) => get(`/api/registers/budget/plans?unit=${unitOf(w, target).code}&${year}`),
  },
  // The department sets its plan and any province's; a province admin its own; nobody else.
  'PUT /api/registers/budget/plans/:fiscalYear': {
    expect: rule('AAA', 'AAD', 'DDD', 'DDD', 'DDD', 'DDD'),
    tables: ['budget_plans'],
    call: (w, target) =>
      send('PUT', `/api/registers/budget/plans/${FISCAL_YEAR}`, {
        unitCode: provinceOf(w, target).code,
        q1: '20',
        q2: '45',
        q3: String(60 + (w.next() % 10)),
      }),
  },
};

/**
 * Writes that pair the caller's own unit with another province's definition or row (its KPI, report form or
 * budget line): each must be refused as if the foreign row did not exist.
 */
export const crossScopeWrites: { name: string; tables: string[]; call: (w: World) => Call }[] = [
  {
    name: "a result of Chachoengsao's KPI for Mueang Yala",
    tables: ['kpi_results'],
    call: (w) =>
      send('PUT', '/api/kpi-results', {
        kpiId: w.provinces['24'].kpi,
        unitCode: '9501',
        value: '91',
        asOf: '2025-06-30',
      }),
  },
  {
    name: "an agreement on Chachoengsao's KPI set with Mueang Yala",
    tables: ['agreements', 'agreement_items'],
    call: (w) =>
      send('POST', '/api/agreements', {
        kpiSetId: w.provinces['24'].kpiSet,
        pair: 'province_district',
        agentCode: '9501',
        items: [{ kpiId: w.provinces['24'].kpi, weight: '100' }],
      }),
  },
  {
    name: "Mueang Yala's report on Chachoengsao's form",
    tables: ['submissions'],
    call: (w) =>
      send('POST', '/api/reports/submissions', {
        reportTypeId: w.provinces['24'].reportType,
        unitCode: '9501',
        month: '2027-01',
      }),
  },
  {
    name: "a Yala project paid from Chachoengsao's budget line",
    tables: ['projects'],
    call: (w) =>
      send('POST', '/api/registers/projects', {
        unitCode: '9501',
        fiscalYear: FISCAL_YEAR,
        round: 1,
        name: 'โครงการข้ามจังหวัด',
        budgetLineId: w.units['2401'].budgetLine,
      }),
  },
  {
    name: "a Yala project moved onto Chachoengsao's budget line",
    tables: ['projects'],
    call: (w) => send('PATCH', project(w, 'child'), { budgetLineId: w.units['2401'].budgetLine }),
  },
];
