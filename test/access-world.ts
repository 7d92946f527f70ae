import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '../src/db/database.ts';
import { portfolioStatuses } from '../src/domain/registers/womens-fund-portfolio.ts';
import { insertNotifications } from '../src/modules/notifications/queries.ts';
import { budgetCriteria, makeKpiSet } from './factories.ts';
import { loginEach, makeUser, type Session, startTestApp, type TestApp } from './helpers.ts';
import { citizenId } from './register-fixtures.ts';
import { jpeg, multipart, reportConfig, TestClock } from './report-fixtures.ts';

/** The roles of the access matrix: the five account roles of Yala (95) and a caller without a session. */
export const matrixRoles = [
  'department_admin',
  'province_admin',
  'province_staff',
  'district_officer',
  'viewer',
  'anonymous',
] as const;
export type MatrixRole = (typeof matrixRoles)[number];

/**
 * Where the data of a case lies, seen from Yala: `own` is the province (95), `child` its district Mueang Yala
 * (9501), `foreign` another province, Chachoengsao (24, district 2401).
 */
export const targets = ['own', 'child', 'foreign'] as const;
export type Target = (typeof targets)[number];

export const FISCAL_YEAR = 2568;
export const MONTH = '2025-02';

/** The registers' rows of one unit, named with the unit's code so a list or export shows whose they are. */
export type UnitData = {
  code: string;
  subdistrict: string;
  budgetLine: number;
  project: number;
  photo: number;
  fund: number;
  debt: number;
  household: number | null;
};

/** A province's KPI set, agreement and monthly report with one submitted report of its district, with a file. */
export type ProvinceData = {
  code: string;
  district: string;
  kpiSet: number;
  kpi: number;
  agreement: number;
  reportType: number;
  submission: number;
  file: number;
};

export type World = {
  t: TestApp;
  sessions: Record<Exclude<MatrixRole, 'anonymous'>, Session>;
  userIds: Record<Exclude<MatrixRole, 'anonymous'>, number>;
  /** District officers of 9501 and 2401 who fill the reports the matrix reviews. */
  makers: Record<'9501' | '2401', Session>;
  makerIds: Record<'9501' | '2401', number>;
  /** The province admins who sign agreements as the principal. */
  principals: Record<'95' | '24', Session>;
  units: Record<'95' | '9501' | '2401', UnitData>;
  provinces: Record<'95' | '24', ProvinceData>;
  /** A notification of each matrix user and one of the foreign maker. */
  notifications: Record<Exclude<MatrixRole, 'anonymous'> | 'foreign', number>;
  next: () => number;
  /** A fiscal year and round no KPI set of the test holds yet. */
  nextRound: () => { fiscalYear: number; round: 1 | 2 };
  /** A month no report of the test is opened for yet. */
  nextMonth: () => string;
};

/** The tables' whole contents as text, row by row in a stable order. */
export async function tableText(w: World, tables: string[]): Promise<string> {
  const parts = await Promise.all(
    tables.map(async (table) => {
      const { rows } = await sql<{ d: string }>`
        select coalesce(string_agg(t::text, '|' order by t::text), '') as d from ${sql.table(table)} t`.execute(
        w.t.handle.db,
      );
      return `${table}:${rows[0]?.d}`;
    }),
  );
  return parts.join('\n');
}

/** A fingerprint of the tables' whole contents: a refused write must leave it as it was. */
export async function fingerprint(w: World, tables: string[]): Promise<string> {
  return createHash('sha256')
    .update(await tableText(w, tables))
    .digest('hex');
}

/** The newest row of a list the API answered with. */
export const lastId = (rows: { id: number }[]) => Math.max(...rows.map((r) => r.id));

export function must(res: LightMyRequestResponse, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A province's report on its women's fund projects, every status line zero. */
export const portfolio = (unitCode: string) => ({
  unitCode,
  asOf: '2025-08-21',
  approvedFrom: 2556,
  approvedTo: FISCAL_YEAR,
  approvedProjects: 0,
  approvedAmount: '0',
  statuses: Object.fromEntries(portfolioStatuses.map((s) => [s, { projects: 0, amount: '0' }])),
});

/** A KPI card measured by the budget register's formula, so a register binding may feed it. */
export const kpiCard = (key: string) => ({
  key,
  number: key.slice(1),
  kind: 'team',
  nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ',
  nameEn: null,
  unitOfMeasure: 'ร้อยละ',
  weight: '50',
  definition: null,
  formulaText: null,
  formula: {
    expression: '(disbursed + purchase_orders) * 100 / (allocated - returned_before_cutoff)',
    inputs: ['disbursed', 'purchase_orders', 'allocated', 'returned_before_cutoff'].map((id) => ({
      id,
      labelTh: id,
    })),
  },
  rationale: null,
  dataSource: null,
  workGroup: null,
  levelTexts: ['ร้อยละ 80', 'ร้อยละ 85', 'ร้อยละ 90', 'ร้อยละ 95', 'ร้อยละ 100'],
  criteria: budgetCriteria,
  evidence: [],
  contacts: [],
  measurementDay: null,
  notes: null,
});

/** A report form with one number, a note and an optional file: submittable without photos. */
export const reportForm = (provinceCode: string, name: string) => ({
  provinceCode,
  nameTh: name,
  fields: [
    { id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', unit: 'ครัวเรือน', required: true, min: 0 },
    { id: 'evidence', kind: 'file', labelTh: 'เอกสารหลักฐาน', required: false },
  ],
  schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
});

async function unitData(dept: Session, code: string, subdistrict: string, n: number): Promise<UnitData> {
  const line = must(
    await dept.send('POST', '/api/registers/budget/lines', {
      unitCode: code,
      fiscalYear: FISCAL_YEAR,
      category: 'งบดำเนินงาน',
      name: `งบของหน่วย ${code}`,
    }),
    `budget line ${code}`,
  );
  const lineId = (line.line ?? line).id as number;
  must(
    await dept.send('POST', `/api/registers/budget/lines/${lineId}/events`, {
      kind: 'allocation',
      date: '2024-10-01',
      amount: '1000.00',
    }),
    `budget event ${code}`,
  );
  const project = must(
    await dept.send('POST', '/api/registers/projects', {
      unitCode: code,
      fiscalYear: FISCAL_YEAR,
      round: 1,
      name: `โครงการของหน่วย ${code}`,
    }),
    `project ${code}`,
  );
  const projectId = (project.project ?? project).id as number;
  const upload = multipart('photo.jpg', await jpeg(40, 30), 'image/jpeg');
  const photo = must(
    await dept.send('POST', `/api/registers/projects/${projectId}/photos`, upload.body, upload.headers),
    `photo ${code}`,
  );
  const fund = must(
    await dept.send('POST', '/api/registers/community-funds', {
      unitCode: code,
      name: `กองทุนของหน่วย ${code}`,
      type: 'village',
    }),
    `fund ${code}`,
  );
  const debt = must(
    await dept.send('POST', '/api/registers/debt-relief', {
      unitCode: code,
      fiscalYear: FISCAL_YEAR,
      label: `ลูกหนี้ของหน่วย ${code}`,
    }),
    `debt ${code}`,
  );
  must(
    await dept.send('PUT', '/api/registers/womens-fund', {
      unitCode: code,
      asOf: '2025-06-30',
      outstanding: '1000',
    }),
    `womens fund ${code}`,
  );
  let household: number | null = null;
  if (code.length === 4) {
    const h = must(
      await dept.send('POST', '/api/registers/households', {
        unitCode: subdistrict,
        houseCode: `${subdistrict}${String(n).padStart(5, '0')}`,
        status: 'developable',
        members: 4,
        headName: `หัวหน้าครัวเรือน ${code}`,
        headCitizenId: citizenId(n),
      }),
      `household ${code}`,
    );
    household = (h.household ?? h).id as number;
  }
  return {
    code,
    subdistrict,
    budgetLine: lineId,
    project: projectId,
    photo: lastId(photo.project.photos),
    fund: (fund.fund ?? fund).id as number,
    debt: (debt.household ?? debt.entry ?? debt).id as number,
    household,
  };
}

async function provinceData(
  t: TestApp,
  dept: Session,
  maker: Session,
  code: string,
  district: string,
): Promise<ProvinceData> {
  must(await dept.send('PUT', '/api/registers/womens-fund/portfolio', portfolio(code)), `portfolio ${code}`);
  const set = await makeKpiSet(t.handle, code, FISCAL_YEAR, 2, [
    { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
  ]);
  must(await dept.send('PUT', `/api/kpis/${set.kpiIds.T1}`, kpiCard('T1')), `kpi ${code}`);
  const agreement = must(
    await dept.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: district,
      items: [{ kpiId: set.kpiIds.T1, weight: '100' }],
    }),
    `agreement ${code}`,
  );
  const type = must(
    await dept.send('POST', '/api/reports/types', reportForm(code, `รายงานประจำเดือนของจังหวัด ${code}`)),
    `report type ${code}`,
  );
  const reportType = type.reportType.id as number;
  const opened = must(
    await maker.send('POST', '/api/reports/submissions', {
      reportTypeId: reportType,
      unitCode: district,
      month: MONTH,
    }),
    `submission ${district}`,
  );
  const submission = opened.submission.id as number;
  const upload = multipart('evidence.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), 'application/pdf');
  const file = must(
    await maker.send(
      'POST',
      `/api/reports/submissions/${submission}/files/evidence`,
      upload.body,
      upload.headers,
    ),
    `file ${district}`,
  );
  return {
    code,
    district,
    kpiSet: set.id,
    kpi: set.kpiIds.T1 ?? 0,
    agreement: agreement.agreement.id as number,
    reportType,
    submission,
    file: lastId(file.submission.files),
  };
}

/** Every role's account, and the rows of each kind in Yala, Mueang Yala and Chachoengsao, made once. */
export async function buildWorld(t: TestApp): Promise<World> {
  const users = await Promise.all([
    makeUser(t.handle, 'department_admin', 'CDD'),
    makeUser(t.handle, 'province_admin', '95'),
    makeUser(t.handle, 'province_staff', '95-G1'),
    makeUser(t.handle, 'district_officer', '9501'),
    makeUser(t.handle, 'viewer', '95'),
    makeUser(t.handle, 'district_officer', '9501'),
    makeUser(t.handle, 'district_officer', '2401'),
    makeUser(t.handle, 'province_admin', '24'),
  ]);
  const [dept, padmin, staff, district, viewer, maker95, maker24, admin24] = await loginEach(t.app, users);
  const [ua, ub, uc, ud, ue, uf, ug] = users.map((u) => u.id) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const units = {
    '95': await unitData(dept, '95', '950101', 1),
    '9501': await unitData(dept, '9501', '950101', 2),
    '2401': await unitData(dept, '2401', '240101', 3),
  };
  const provinces = {
    '95': await provinceData(t, dept, maker95, '95', '9501'),
    '24': await provinceData(t, dept, maker24, '24', '2401'),
  };
  const owners = [ua, ub, uc, ud, ue, ug];
  await insertNotifications(
    t.handle.db,
    owners.map((user_id) => ({ user_id, at: new Date(), title: 'แจ้งเตือน', body: 'ทดสอบ', link: null })),
  );
  const rows = await t.handle.db
    .selectFrom('notifications')
    .select(['id', 'user_id'])
    .where('user_id', 'in', owners)
    .execute();
  const note = (id: number) => rows.find((r) => r.user_id === id)?.id ?? 0;
  let counter = 1000;
  let rounds = 0;
  let months = 0;
  return {
    t,
    sessions: {
      department_admin: dept,
      province_admin: padmin,
      province_staff: staff,
      district_officer: district,
      viewer,
    },
    userIds: {
      department_admin: ua,
      province_admin: ub,
      province_staff: uc,
      district_officer: ud,
      viewer: ue,
    },
    makers: { '9501': maker95, '2401': maker24 },
    makerIds: { '9501': uf, '2401': ug },
    principals: { '95': padmin, '24': admin24 },
    units,
    provinces,
    notifications: {
      department_admin: note(ua),
      province_admin: note(ub),
      province_staff: note(uc),
      district_officer: note(ud),
      viewer: note(ue),
      foreign: note(ug),
    },
    next: () => {
      counter += 1;
      return counter;
    },
    nextRound: () => {
      rounds += 1;
      const fiscalYear = 2500 + (rounds % 100);
      return {
        fiscalYear: fiscalYear >= FISCAL_YEAR ? fiscalYear + 1 : fiscalYear,
        round: rounds > 100 ? 2 : 1,
      };
    },
    nextMonth: () => {
      months += 1;
      return `${2026 + Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
    },
  };
}

/** The world of a describe block on one engine: built before its tests, closed after them. */
export function worldOf(engine: Engine): () => World {
  const files = reportConfig(new TestClock('2025-02-20T03:00:00Z'));
  let w: World | undefined;
  beforeAll(async () => {
    w = await buildWorld(await startTestApp(engine, files.overrides));
  });
  afterAll(async () => {
    await w?.t.close();
    files.cleanup();
  });
  return () => {
    if (!w) throw new Error('the world is not built yet');
    return w;
  };
}

/** Polls a household import job until it has finished, and answers its view. */
export async function settledJob(w: World, id: number) {
  for (;;) {
    const { job } = must(await w.sessions.department_admin.get(`/api/registers/imports/${id}`), 'job');
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
