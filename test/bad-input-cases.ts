import ExcelJS from 'exceljs';
import { accessMatrix, type Call } from './access-matrix.ts';
import { FISCAL_YEAR, kpiCard, MONTH, portfolio, reportForm, targets, type World } from './access-world.ts';
import { householdCsv } from './register-fixtures.ts';
import { jpeg, multipart } from './report-fixtures.ts';

/**
 * The bad-input suite's cases (issue R2-1, "Must also deliver" 2), generated from tables: each form with a valid
 * body and the kind of each field, each import with a valid file, and the bad values of each kind. A case is sent
 * by the department admin (so scope never answers for the input) and must be refused with a 4xx and a Thai
 * message, leaving its tables as they were; an `accepted` case is input the product reads on purpose (Thai digits).
 */
export type BadCase = {
  name: string;
  call: (w: World) => Call | Promise<Call>;
  tables: string[];
  accepted?: boolean;
  /** For an accepted case: text its tables must then hold, and text they must not. */
  stored?: { present: string; absent: string };
  /** The household import answers 202 and refuses the file in its job: the job must fail with a Thai message. */
  job?: boolean;
};

type Kind = 'text' | 'date' | 'month' | 'id' | 'money' | 'decimal' | 'count' | 'fiscalYear';

const NUL = 'ก\u0000ข';
const SURROGATE = 'ก\ud800ข';
const LONG = 'ก'.repeat(100_000);

/** The bad values of each kind of field, by what they are. */
const badValues: Record<Kind, Record<string, unknown>> = {
  text: { 'NUL byte': NUL, 'lone surrogate': SURROGATE, 'over-long text': LONG, 'a number for text': 42 },
  date: {
    '2025-02-31': '2025-02-31',
    '2025-13-45': '2025-13-45',
    '0000-01-01': '0000-01-01',
    '9999-12-31': '9999-12-31',
    'B.E. year as C.E. 2568-09-30': '2568-09-30',
    'Thai order 31/12/2025': '31/12/2025',
    'NUL in a date': `2025-01-0\u0000`,
  },
  month: { '2025-13': '2025-13', '0000-01': '0000-01', '9999-12': '9999-12', 'B.E. 2568-09': '2568-09' },
  id: { '2147483648': 2147483648, '-1': -1, '"abc"': 'abc', '1.5': 1.5, '0': 0 },
  money: {
    'negative -1.00': '-1.00',
    'negative -0.01': -0.01,
    '1e5': '1e5',
    '"abc"': 'abc',
    'NUL in money': NUL,
  },
  /** A measured value, which may be negative (a KPI result, a report's number before its range is checked). */
  decimal: { '"abc"': 'abc', 'NUL in a number': NUL, 'lone surrogate in a number': SURROGATE, '1e5': '1e5' },
  count: { '2147483648': 2147483648, '-1': -1, '"abc"': 'abc' },
  fiscalYear: { 'C.E. year 2025': 2025, '99999': 99999, '-1': -1 },
};

type Form = {
  route: string;
  url: (w: World) => string;
  body: (w: World) => Record<string, unknown>;
  tables: string[];
  /** The fields to attack, by dotted path into the body. */
  fields: Record<string, Kind>;
};

const [POST, PUT, PATCH] = ['POST', 'PUT', 'PATCH'] as const;
const form = (method: Call['method'], path: string, f: Omit<Form, 'route'>): [Call['method'], Form] => [
  method,
  { route: `${method} ${path}`, ...f },
];

const u = (w: World) => w.units['9501'];
const p = (w: World) => w.provinces['95'];
const n = (w: World) => w.next();
const household = (w: World) => `/api/registers/households/${u(w).household}`;

const householdTables = ['households', 'household_incomes', 'household_plan_items', 'household_activities'];
const reportTables = ['submissions', 'submission_events', 'submission_files'];

const forms: [Call['method'], Form][] = [
  form(POST, '/api/auth/login', {
    url: () => '/api/auth/login',
    body: () => ({ username: 'nobody.here', password: 'a-long-enough-password' }),
    tables: ['sessions'],
    fields: { username: 'text', password: 'text' },
  }),
  form(POST, '/api/scoring/evaluate', {
    url: () => '/api/scoring/evaluate',
    body: () => ({
      criteria: {
        type: 'threshold',
        direction: 'higher',
        inclusive: true,
        thresholds: ['80', '85', '90', '95', '100'],
      },
      value: '91',
    }),
    tables: [],
    fields: { value: 'decimal', 'criteria.direction': 'text', 'criteria.thresholds.2': 'decimal' },
  }),
  form(POST, '/api/units/:code/villages', {
    url: () => '/api/units/950101/villages',
    body: (w) => ({ number: 1 + (n(w) % 98), nameTh: 'หมู่บ้านทดสอบ' }),
    tables: ['units'],
    fields: { number: 'count', nameTh: 'text' },
  }),
  form(POST, '/api/users', {
    url: () => '/api/users',
    body: (w) => ({
      username: `bad.input${n(w)}`,
      password: 'a-long-enough-Passw0rd!',
      displayName: 'ผู้ใช้ทดสอบ',
      role: 'viewer',
      unitCode: '95',
    }),
    tables: ['users'],
    fields: { displayName: 'text', unitCode: 'text', username: 'text' },
  }),
  form(PATCH, '/api/users/:id', {
    url: (w) => `/api/users/${w.userIds.viewer}`,
    body: () => ({ displayName: 'ชื่อใหม่' }),
    tables: ['users'],
    fields: { displayName: 'text', positionTitle: 'text' },
  }),
  form(PUT, '/api/rounds/:fiscalYear/:number', {
    url: () => `/api/rounds/${FISCAL_YEAR}/1`,
    body: () => ({ start: '2024-10-01', end: '2025-03-31' }),
    tables: ['evaluation_rounds'],
    fields: { start: 'date', end: 'date' },
  }),
  form(PUT, '/api/quarterly/:fiscalYear/:quarter/as-of', {
    url: () => '/api/quarterly/2562/4/as-of',
    body: () => ({ asOf: '2019-09-30' }),
    tables: ['quarterly_reports'],
    fields: { asOf: 'date' },
  }),
  form(PUT, '/api/quarterly/:fiscalYear/:quarter/kpis/:code', {
    url: () => '/api/quarterly/2562/4/kpis/1.1',
    body: () => ({
      quarters: [1, 2, 3, 4].map((quarter) => ({ quarter, planned: '10', result: '9' })),
      regions: [{ region: 'N', target: '10', result: '9' }],
      narratives: [{ kind: 'result', textTh: 'ผลการดำเนินงาน' }],
    }),
    tables: ['quarterly_kpi_quarters', 'quarterly_region_results', 'quarterly_narratives'],
    fields: {
      'quarters.0.planned': 'decimal',
      'quarters.1.result': 'decimal',
      'regions.0.target': 'decimal',
      'regions.0.result': 'decimal',
      'narratives.0.textTh': 'text',
    },
  }),
  form(POST, '/api/minutes', {
    url: () => '/api/minutes',
    body: () => ({
      unitCode: '95',
      titleTh: 'รายงานการประชุมประจำเดือน',
      meetingDate: '2025-02-26',
      timeFrom: '09.30',
      venueTh: 'ห้องประชุมศาลากลางจังหวัด',
    }),
    tables: ['meeting_minutes', 'meeting_minute_counters'],
    fields: { unitCode: 'text', titleTh: 'text', meetingDate: 'date', timeFrom: 'text', venueTh: 'text' },
  }),
  form(POST, '/api/quarterly/:fiscalYear/:quarter', {
    url: () => '/api/quarterly/2563/4',
    body: () => ({ from: 'previous' }),
    tables: ['quarterly_reports'],
    fields: { from: 'text' },
  }),
  form(PUT, '/api/quarterly/:fiscalYear/:quarter/regions/:region', {
    url: () => '/api/quarterly/2562/4/regions/N',
    body: () => ({ kpis: [{ code: '1.1', result: '105', narrativeTh: 'ผลของภาคเหนือ' }] }),
    tables: ['quarterly_region_results'],
    fields: { 'kpis.0.code': 'text', 'kpis.0.result': 'decimal', 'kpis.0.narrativeTh': 'text' },
  }),
  form(POST, '/api/quarterly/:fiscalYear/:quarter/issues', {
    url: () => '/api/quarterly/2562/4/issues',
    body: () => ({ no: 8, nameTh: 'ประเด็นยุทธศาสตร์ใหม่' }),
    tables: ['quarterly_strategic_issues'],
    fields: { no: 'count', nameTh: 'text' },
  }),
  form(POST, '/api/quarterly/:fiscalYear/:quarter/kpis', {
    url: () => '/api/quarterly/2562/4/kpis',
    body: () => ({
      code: '12',
      strategicIssueNo: 4,
      nameTh: 'ตัวชี้วัดใหม่',
      unitTh: 'ตำบล',
      accumulation: 'flow',
      annualTarget: '40',
      planned: ['10', '10', '10', '10'],
      threshold: '40',
    }),
    tables: ['quarterly_kpis', 'quarterly_kpi_quarters'],
    fields: {
      code: 'text',
      nameTh: 'text',
      unitTh: 'text',
      annualTarget: 'decimal',
      'planned.0': 'decimal',
      threshold: 'decimal',
    },
  }),
  form(PUT, '/api/quarterly/:fiscalYear/:quarter/order', {
    url: () => '/api/quarterly/2562/4/order',
    body: () => ({ issues: [1, 3, 2, 4], kpis: [] }),
    tables: ['quarterly_strategic_issues', 'quarterly_kpis'],
    fields: { 'issues.0': 'count' },
  }),
  form(POST, '/api/kpi-sets', {
    url: () => '/api/kpi-sets',
    body: () => ({ ownerCode: '95', fiscalYear: 2599, round: 1, nameTh: 'ชุดตัวชี้วัด' }),
    tables: ['kpi_sets'],
    fields: { fiscalYear: 'fiscalYear', nameTh: 'text', copyFromId: 'id' },
  }),
  form(POST, '/api/kpi-sets/:id/kpis', {
    url: (w) => `/api/kpi-sets/${p(w).kpiSet}/kpis`,
    body: (w) => kpiCard(`T${n(w)}`),
    tables: ['kpis'],
    fields: {
      nameTh: 'text',
      weight: 'money',
      'criteria.direction': 'text',
      'criteria.thresholds.2': 'decimal',
      'levelTexts.1': 'text',
    },
  }),
  form(POST, '/api/kpis/formula-preview', {
    url: () => '/api/kpis/formula-preview',
    body: () => ({
      expression: 'a * 100 / b',
      inputs: [
        { id: 'a', labelTh: 'ผลงาน' },
        { id: 'b', labelTh: 'เป้าหมาย' },
      ],
      values: { a: '9', b: '10' },
    }),
    tables: [],
    fields: { expression: 'text', 'inputs.0.labelTh': 'text', 'values.a': 'text' },
  }),
  form(PUT, '/api/kpi-results', {
    url: () => '/api/kpi-results',
    body: (w) => ({ kpiId: p(w).kpi, unitCode: '9501', value: '91', asOf: '2025-06-30' }),
    tables: ['kpi_results'],
    fields: { kpiId: 'id', asOf: 'date', value: 'decimal', note: 'text' },
  }),
  form(POST, '/api/agreements', {
    url: () => '/api/agreements',
    body: (w) => ({
      kpiSetId: p(w).kpiSet,
      pair: 'province_district',
      agentCode: '9502',
      items: [{ kpiId: p(w).kpi, weight: '100' }],
    }),
    tables: ['agreements', 'agreement_items'],
    fields: { kpiSetId: 'id', 'items.0.kpiId': 'id', 'items.0.weight': 'money', agentCode: 'text' },
  }),
  form(PUT, '/api/agreements/:id', {
    url: (w) => `/api/agreements/${p(w).agreement}`,
    body: (w) => ({ items: [{ kpiId: p(w).kpi, weight: '100' }] }),
    tables: ['agreements', 'agreement_items'],
    fields: { 'items.0.kpiId': 'id', 'items.0.weight': 'money' },
  }),
  form(POST, '/api/agreements/:id/amend', {
    url: (w) => `/api/agreements/${p(w).agreement}/amend`,
    body: () => ({ reason: 'แก้ไขตามมติที่ประชุม' }),
    tables: ['agreements', 'agreement_items'],
    fields: { reason: 'text' },
  }),
  form(POST, '/api/reports/types', {
    url: () => '/api/reports/types',
    body: () => reportForm('95', 'แบบรายงานทดสอบ'),
    tables: ['report_types'],
    fields: { nameTh: 'text', 'schedule.dueDay': 'count', 'responsibleUserIds.0': 'id' },
  }),
  form(PUT, '/api/reports/calendar/overrides', {
    url: () => '/api/reports/calendar/overrides',
    body: (w) => ({
      reportTypeId: p(w).reportType,
      month: '2025-05',
      dueDate: '2025-05-12',
      reason: 'วันหยุดชดเชย',
    }),
    tables: ['due_date_overrides'],
    fields: { reportTypeId: 'id', month: 'month', dueDate: 'date', reason: 'text' },
  }),
  form(POST, '/api/reports/submissions', {
    url: () => '/api/reports/submissions',
    body: (w) => ({ reportTypeId: p(w).reportType, unitCode: '9501', month: MONTH }),
    tables: reportTables,
    fields: { reportTypeId: 'id', month: 'month', unitCode: 'text' },
  }),
  form(PUT, '/api/reports/submissions/:id/draft', {
    url: (w) => `/api/reports/submissions/${p(w).submission}/draft`,
    body: () => ({ values: { households: '3' }, narrative: 'เรียบร้อย' }),
    tables: reportTables,
    fields: { 'values.households': 'decimal', narrative: 'text' },
  }),
  form(POST, '/api/reports/submissions/:id/return', {
    url: (w) => `/api/reports/submissions/${p(w).submission}/return`,
    body: () => ({ reason: 'กรุณาแนบหลักฐาน' }),
    tables: reportTables,
    fields: { reason: 'text' },
  }),
  form(PUT, '/api/notifications/line-groups/:unitCode', {
    url: () => '/api/notifications/line-groups/9501',
    body: () => ({ groupId: `C${'0'.repeat(32)}` }),
    tables: ['unit_line_groups'],
    fields: { groupId: 'text' },
  }),
  form(POST, '/api/registers/households', {
    url: () => '/api/registers/households',
    body: (w) => ({
      unitCode: '950101',
      houseCode: `950101${String(n(w)).padStart(5, '0')}`,
      status: 'developable',
      members: 3,
    }),
    tables: householdTables,
    fields: {
      houseCode: 'text',
      members: 'count',
      headName: 'text',
      address: 'text',
      'incomes.0.surveyYear': 'fiscalYear',
    },
  }),
  form(PATCH, '/api/registers/households/:id', {
    url: household,
    body: () => ({ address: 'บ้านเลขที่ 1' }),
    tables: householdTables,
    fields: { address: 'text', members: 'count', headCitizenId: 'text' },
  }),
  form(PUT, '/api/registers/households/:id/incomes/:year', {
    url: (w) => `${household(w)}/incomes/${FISCAL_YEAR}`,
    body: () => ({ incomePerPerson: '30000' }),
    tables: householdTables,
    fields: { incomePerPerson: 'money' },
  }),
  form(POST, '/api/registers/households/:id/plan-items', {
    url: (w) => `${household(w)}/plan-items`,
    body: (w) => ({ item: `แผน ${n(w)}`, dueOn: '2025-09-30' }),
    tables: householdTables,
    fields: { item: 'text', dueOn: 'date', agency: 'text' },
  }),
  form(POST, '/api/registers/households/:id/activities', {
    url: (w) => `${household(w)}/activities`,
    body: (w) => ({ activity: `กิจกรรม ${n(w)}`, doneOn: '2025-03-03' }),
    tables: householdTables,
    fields: { activity: 'text', doneOn: 'date', result: 'text' },
  }),
  form(POST, '/api/registers/budget/lines', {
    url: () => '/api/registers/budget/lines',
    body: (w) => ({ unitCode: '9501', fiscalYear: FISCAL_YEAR, category: 'งบลงทุน', name: `รายการ ${n(w)}` }),
    tables: ['budget_lines'],
    fields: { fiscalYear: 'fiscalYear', category: 'text', name: 'text', unitCode: 'text' },
  }),
  form(PATCH, '/api/registers/budget/lines/:id', {
    url: (w) => `/api/registers/budget/lines/${u(w).budgetLine}`,
    body: () => ({ name: 'รายการที่แก้ไข' }),
    tables: ['budget_lines'],
    fields: { name: 'text', category: 'text' },
  }),
  form(POST, '/api/registers/budget/lines/:id/events', {
    url: (w) => `/api/registers/budget/lines/${u(w).budgetLine}/events`,
    body: () => ({ kind: 'disbursement', date: '2025-01-15', amount: '10.00' }),
    tables: ['budget_events'],
    fields: { date: 'date', amount: 'money', note: 'text' },
  }),
  form(PUT, '/api/registers/budget/cutoffs/:fiscalYear', {
    url: () => `/api/registers/budget/cutoffs/${FISCAL_YEAR}`,
    body: () => ({ returnCutoff: '2025-09-30' }),
    tables: ['budget_cutoffs'],
    fields: { returnCutoff: 'date' },
  }),
  form(PUT, '/api/registers/budget/plans/:fiscalYear', {
    url: () => `/api/registers/budget/plans/${FISCAL_YEAR}`,
    body: () => ({ unitCode: '95', q1: '20', q2: '45', q3: '70', q4: '100' }),
    tables: ['budget_plans'],
    fields: { unitCode: 'text', q1: 'decimal', q2: 'decimal', q3: 'decimal', q4: 'decimal' },
  }),
  form(PUT, '/api/registers/bindings/:kpiId', {
    url: (w) => `/api/registers/bindings/${p(w).kpi}`,
    body: () => ({ measure: 'budget.spending', asOf: '2025-06-30' }),
    tables: ['register_bindings'],
    fields: { asOf: 'date' },
  }),
  form(POST, '/api/registers/projects', {
    url: () => '/api/registers/projects',
    body: (w) => ({ unitCode: '9501', fiscalYear: FISCAL_YEAR, round: 2, name: `โครงการ ${n(w)}` }),
    tables: ['projects'],
    fields: {
      name: 'text',
      completedOn: 'date',
      evaluationSubmittedOn: 'date',
      budgetLineId: 'id',
      completionPercent: 'money',
    },
  }),
  form(PATCH, '/api/registers/projects/:id', {
    url: (w) => `/api/registers/projects/${u(w).project}`,
    body: () => ({ completionPercent: '50' }),
    tables: ['projects'],
    fields: { completedOn: 'date', completionPercent: 'money', budgetLineId: 'id' },
  }),
  form(POST, '/api/registers/community-funds', {
    url: () => '/api/registers/community-funds',
    body: (w) => ({ unitCode: '9501', name: `กองทุน ${n(w)}`, type: 'village' }),
    tables: ['community_funds'],
    fields: { name: 'text', savings: 'money' },
  }),
  form(PATCH, '/api/registers/community-funds/:id', {
    url: (w) => `/api/registers/community-funds/${u(w).fund}`,
    body: () => ({ savings: '100.00' }),
    tables: ['community_funds'],
    fields: { name: 'text', savings: 'money' },
  }),
  form(PUT, '/api/registers/womens-fund', {
    url: () => '/api/registers/womens-fund',
    body: () => ({ unitCode: '9501', asOf: '2025-05-31', outstanding: '1000' }),
    tables: ['womens_fund_snapshots'],
    fields: { asOf: 'date', outstanding: 'money', suspended: 'money', members: 'count' },
  }),
  form(PUT, '/api/registers/womens-fund/portfolio', {
    url: () => '/api/registers/womens-fund/portfolio',
    body: () => portfolio('95'),
    tables: ['womens_fund_portfolios', 'womens_fund_portfolio_lines'],
    fields: { asOf: 'date', approvedFrom: 'fiscalYear', approvedAmount: 'money', approvedProjects: 'count' },
  }),
  form(POST, '/api/registers/debt-relief', {
    url: () => '/api/registers/debt-relief',
    body: (w) => ({ unitCode: '9501', fiscalYear: FISCAL_YEAR, label: `ครัวเรือน ${n(w)}` }),
    tables: ['debt_relief_households'],
    fields: { label: 'text', fiscalYear: 'fiscalYear' },
  }),
  form(PATCH, '/api/registers/debt-relief/:id', {
    url: (w) => `/api/registers/debt-relief/${u(w).debt}`,
    body: () => ({ label: 'ครัวเรือนที่แก้ไข' }),
    tables: ['debt_relief_households'],
    fields: { label: 'text' },
  }),
];

/** The body with the value at a dotted path replaced (arrays and objects made on the way). */
function withValue(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    const next = at[key] ?? (/^\d+$/.test(keys[keys.indexOf(key) + 1] ?? '') ? [{}] : {});
    at[key] = next;
    at = next as Record<string, unknown>;
  }
  at[keys.at(-1) ?? path] = value;
  return copy;
}

const formCases: BadCase[] = forms.flatMap(([method, f]) =>
  Object.entries(f.fields).flatMap(([field, kind]) =>
    Object.entries(badValues[kind]).map(([label, value]) => ({
      name: `${f.route} ${field}: ${label}`,
      tables: f.tables,
      call: (w: World) => ({ method, url: f.url(w), payload: withValue(f.body(w), field, value) }),
    })),
  ),
);

/** Numbers typed in Thai digits where the product reads them (money, counts, codes, report values). */
const thaiDigits: [string, string, string][] = [
  ['POST /api/registers/budget/lines/:id/events', 'amount', '๑๒๓.๕๐'],
  ['POST /api/units/:code/villages', 'number', '๙๗'],
  ['PUT /api/reports/submissions/:id/draft', 'values.households', '๒๕'],
  ['PUT /api/kpi-results', 'value', '๙๑.๕'],
  ['PUT /api/registers/households/:id/incomes/:year', 'incomePerPerson', '๓๘๕๐๐'],
];
const acceptedCases: BadCase[] = thaiDigits.map(([route, field, value]) => {
  const found = forms.find(([, x]) => x.route === route);
  if (!found) throw new Error(`no form ${route}`);
  const [method, f] = found;
  return {
    name: `${route} ${field}: Thai digits ${value} are read`,
    tables: f.tables,
    accepted: true,
    call: (w: World) => ({ method, url: f.url(w), payload: withValue(f.body(w), field, value) }),
  };
});

const badIds = ['2147483648', '-1', 'abc', '1e3', '0', '99999999999999999999'];

/** Routes with an id in the path, each called with ids that are not ids or fit no row. */
const idRoutes: [Call['method'], string, (id: string, w: World) => string, unknown?][] = [
  ['GET', 'GET /api/registers/budget/lines/:id', (id) => `/api/registers/budget/lines/${id}`],
  ['DELETE', 'DELETE /api/registers/budget/events/:id', (id) => `/api/registers/budget/events/${id}`],
  ['GET', 'GET /api/registers/households/:id', (id) => `/api/registers/households/${id}`],
  ['GET', 'GET /api/minutes/:id', (id) => `/api/minutes/${id}`],
  ['POST', 'POST /api/minutes/:id/finish', (id) => `/api/minutes/${id}/finish`, { confirm: true }],
  [
    'GET',
    'GET /api/registers/projects/:id/photos/:photoId',
    (id, w) => `/api/registers/projects/${u(w).project}/photos/${id}`,
  ],
  [
    'PATCH',
    'PATCH /api/registers/debt-relief/:id',
    (id) => `/api/registers/debt-relief/${id}`,
    { label: 'ก' },
  ],
  ['GET', 'GET /api/reports/submissions/:id', (id) => `/api/reports/submissions/${id}`],
  ['GET', 'GET /api/reports/files/:id', (id) => `/api/reports/files/${id}`],
  ['GET', 'GET /api/agreements/:id', (id) => `/api/agreements/${id}`],
  ['PUT', 'PUT /api/kpis/:id', (id) => `/api/kpis/${id}`, kpiCard('T9')],
  ['POST', 'POST /api/notifications/:id/read', (id) => `/api/notifications/${id}/read`],
  ['GET', 'GET /api/rounds/:fiscalYear', (id) => `/api/rounds/${id}`],
  ['GET', 'GET /api/registers/imports/:id', (id) => `/api/registers/imports/${id}`],
];

const idCases: BadCase[] = idRoutes.flatMap(([method, route, url, payload]) =>
  badIds.map((id) => ({
    name: `${route} with id ${id}`,
    tables: [],
    call: (w: World) => ({ method, url: url(id, w), ...(payload === undefined ? {} : { payload }) }),
  })),
);

/** Query strings: NUL, lone surrogates (as escapes), impossible dates and months, ids beyond the column. */
const queryCases: BadCase[] = [
  ['/api/registers/budget/lines?unit=9501&fiscalYear=2568&q=', '%00'],
  ['/api/minutes?unit=95&q=', 'a%00b'],
  ['/api/minutes?unit=95&from=', '2025-02-31'],
  ['/api/minutes?unit=95&number=', '8%2F65'],
  ['/api/minutes/defaults?unit=95&date=', '2568-02-26'],
  ['/api/minutes/1/live-table?kind=', 'pie'],
  ['/api/registers/budget/lines?unit=9501&fiscalYear=2568&q=', '%ED%A0%80'],
  ['/api/registers/households?unit=9501&q=', 'a%00b'],
  ['/api/registers/budget/report?unit=9501&fiscalYear=2568&asOf=', '2025-02-31'],
  ['/api/registers/budget/report?unit=9501&fiscalYear=2568&asOf=', '9999-12-31'],
  ['/api/registers/budget/report?unit=9501&fiscalYear=2568&asOf=', '2568-09-30'],
  ['/api/reports/calendar?unit=9501&month=', '2025-13'],
  ['/api/reports/calendar?unit=9501&month=', '0000-01'],
  ['/api/reports/board?province=95&month=', '9999-12'],
  ['/api/registers/bindings?kpiSet=', '2147483648'],
  ['/api/agreements?kpiSet=', '-1'],
  ['/api/kpi-sets?fiscalYear=', '2025'],
  ['/api/registers/projects?unit=9501&fiscalYear=', '99999'],
  ['/api/units?q=', '%00'],
  ['/api/users?q=', '%00'],
  ['/api/audit?from=', '2025-02-31'],
  ['/api/registers/households?unit=', '%00'],
  ['/api/registers/years?unit=', '%00'],
  ['/api/registers/debt-relief?unit=9501&fiscalYear=2568&reduced=', 'maybe'],
  ['/api/dashboards/districts?unit=95&kpiSet=', '-1'],
  ['/api/dashboards/nation?grouping=', 'north'],
  ['/api/dashboards/nation?round=1&fiscalYear=', '99999'],
  ['/api/dashboards/region?fiscalYear=2569&round=', '9'],
  ['/api/dashboards/region/export?code=CODI-S&fiscalYear=2569&round=1&table=', 'chart'],
  ['/api/dashboards/nation/export?fiscalYear=2569&round=1&table=regions&format=', 'pdf'],
  ['/api/dashboards/districts?unit=95&round=1&fiscalYear=', 'abc'],
  ['/api/dashboards/districts/export?unit=95&kpiSet=1&table=', 'chart'],
  ['/api/dashboards/districts/export?unit=95&kpiSet=1&table=ranking&format=', 'pdf'],
  ['/api/dashboards/kpi?unit=95&kpi=', '-1'],
  ['/api/dashboards/kpi/export?unit=95&kpi=1&format=', 'pdf'],
  ['/api/dashboards/budget?unit=95&fiscalYear=', '2025'],
  ['/api/dashboards/budget/export?unit=95&fiscalYear=2568&table=', 'chart'],
  ['/api/dashboards/households?unit=95&surveyYear=', 'abc'],
  ['/api/dashboards/households/export?unit=95&surveyYear=2568&table=areas&format=', 'pdf'],
  ['/api/registers/budget/plans?unit=95&fiscalYear=', '99999'],
].map(([url, value]) => ({
  name: `GET ${url}${value}`,
  tables: [],
  call: () => ({ method: 'GET' as const, url: `${url}${value}` }),
}));

// ---------------------------------------------------------------- imports

type Importer = {
  name: string;
  url: (w: World) => string;
  /** The two header rows (Thai, then the machine column names) and a valid row of a fresh name. */
  thai: string;
  keys: string;
  row: (w: World) => string[];
  tables: string[];
  /** Columns by kind, for the file cases that attack one column. */
  columns: Partial<Record<'date' | 'money' | 'text', number>>;
  /** Two rows that must not both be in one file (the same code or name). */
  duplicate?: boolean;
  /** The import is for one unit (?unit=): a row of a unit outside it is refused. */
  area?: boolean;
  job?: boolean;
};

const budgetImporter: Importer = {
  name: 'budget',
  area: true,
  url: () => `/api/registers/budget/import?unit=9501&fiscalYear=${FISCAL_YEAR}`,
  thai: 'รหัสหน่วยงาน,หมวดงบประมาณ,ชื่อโครงการ/กิจกรรม,ประเภทรายการ,วันที่ (ค.ศ.),จำนวนเงิน (บาท),จ่ายตาม PO,หมายเหตุ',
  keys: 'unit_code,category,name,kind,date,amount,against_po,note',
  row: (w) => ['9501', 'งบดำเนินงาน', `รายการนำเข้า ${n(w)}`, 'allocation', '2024-10-01', '100.00', '', ''],
  tables: ['budget_lines', 'budget_events'],
  columns: { date: 4, money: 5, text: 2 },
};

const importers: Importer[] = [
  budgetImporter,
  {
    name: 'projects',
    area: true,
    url: () => `/api/registers/projects/import?unit=9501&fiscalYear=${FISCAL_YEAR}`,
    thai: 'รหัสหน่วยงาน,ปีงบประมาณ,รอบการประเมิน,ชื่อโครงการ/กิจกรรม,รหัสรายการงบประมาณ,ร้อยละความสำเร็จ,วันที่แล้วเสร็จ,วันที่ส่งแบบประเมิน,จำนวนภาพถ่าย (ไม่นำเข้า)',
    keys: 'unit_code,fiscal_year,round,name,budget_line_id,completion_percent,completed_on,evaluation_submitted_on,photo_count',
    row: (w) => ['9501', String(FISCAL_YEAR), '1', `โครงการนำเข้า ${n(w)}`, '', '50.00', '2025-03-01', '', ''],
    tables: ['projects'],
    columns: { date: 6, money: 5, text: 3 },
    duplicate: true,
  },
  {
    name: 'community funds',
    area: true,
    url: () => '/api/registers/community-funds/import?unit=9501',
    thai: 'รหัสหน่วยงาน,ชื่อกองทุน,ประเภทกองทุน,จดทะเบียนนิติบุคคล,จัดสรร,ผลประเมิน,ระยะที่ 2,ระยะที่ 3,เงินออม',
    keys: 'unit_code,name,type,juristic_person,capital_government_allocation,capital_rating_bonus,capital_phase_2,capital_phase_3,savings',
    row: (w) => ['9501', `กองทุนนำเข้า ${n(w)}`, 'village', '0', '1', '0', '', '0', '500.00'],
    tables: ['community_funds'],
    columns: { money: 8, text: 1 },
    duplicate: true,
  },
  {
    name: "women's fund",
    area: true,
    url: () => '/api/registers/womens-fund/import?unit=9501',
    thai: 'รหัสหน่วยงาน,ข้อมูล ณ วันที่,ลูกหนี้คงเหลือ (A),ยังไม่ถึงกำหนดชำระ,พักชำระหนี้,อยู่ระหว่างดำเนินคดี,หนี้เกินกำหนดชำระ (B),สมาชิก,สตรีอายุ 15 ปีขึ้นไป',
    keys: 'unit_code,as_of,outstanding,not_yet_due,suspended,litigation,overdue,members,women_aged_15_plus',
    row: () => ['9501', '2025-04-30', '1000.00', '0.00', '0.00', '0.00', '1000.00', '', ''],
    tables: ['womens_fund_snapshots'],
    columns: { date: 1, money: 2 },
    duplicate: true,
  },
  {
    name: 'portfolio',
    url: () => '/api/registers/womens-fund/portfolio/import?unit=95',
    thai: 'รหัสหน่วยงาน,ข้อมูล ณ วันที่,อนุมัติตั้งแต่ปีงบประมาณ,ถึงปีงบประมาณ,โครงการที่อนุมัติ,งบประมาณที่อนุมัติ (บาท)',
    keys: 'unit_code,as_of,approved_from,approved_to,approved_projects,approved_amount,principal_repaid_projects,principal_repaid_amount,paying_projects,paying_amount,in_default_projects,in_default_amount,debt_acknowledged_projects,debt_acknowledged_amount,restructured_projects,restructured_amount,moratorium_projects,moratorium_amount,penalty_waived_projects,penalty_waived_amount,litigation_projects,litigation_amount,outstanding_projects,outstanding_amount',
    row: () => ['95', '2025-07-31', '2556', String(FISCAL_YEAR), '0', '0.00', ...Array(18).fill('0')],
    tables: ['womens_fund_portfolios', 'womens_fund_portfolio_lines'],
    columns: { date: 1, money: 5 },
    duplicate: true,
  },
  {
    name: 'debt relief',
    area: true,
    url: () => `/api/registers/debt-relief/import?unit=9501&fiscalYear=${FISCAL_YEAR}`,
    thai: 'รหัสหน่วยงาน,ปีงบประมาณ,รหัสหรือชื่อย่อครัวเรือน,เข้าสู่กระบวนการ,ปรับโครงสร้างหนี้,ส่งเสริมอาชีพ,ลดหนี้/ปลดหนี้ได้',
    keys: 'unit_code,fiscal_year,label,entered_process,debt_restructured,occupational_promotion,reduced',
    row: (w) => ['9501', String(FISCAL_YEAR), `ครัวเรือนนำเข้า ${n(w)}`, '1', '0', '0', '0'],
    tables: ['debt_relief_households'],
    columns: { text: 2 },
    duplicate: true,
  },
  {
    name: 'villages',
    url: () => '/api/units/villages/import',
    thai: 'รหัสตำบล,หมู่ที่,ชื่อหมู่บ้าน',
    keys: 'subdistrict_code,village_no,name_th',
    row: (w) => ['950102', String(1 + (n(w) % 98)), 'หมู่บ้านนำเข้า'],
    tables: ['units'],
    columns: { text: 2 },
    duplicate: true,
  },
  {
    name: 'households',
    area: true,
    url: () => `/api/registers/households/import?unit=9501&fiscalYear=${FISCAL_YEAR}`,
    thai: '',
    keys: '',
    row: (w) => [`950102${String(9000 + n(w)).padStart(5, '0')}`, '4', 'สมชาย ใจดี'],
    tables: householdTables,
    columns: { text: 2 },
    duplicate: true,
    job: true,
  },
];

const csvLine = (cells: string[]) =>
  cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');

/** A file of the importer's layout: its header rows, then the rows. */
function fileOf(imp: Importer, rows: string[][]): Buffer {
  if (imp.job) {
    const lines = rows.map(([house_code, members, head_name]) => ({
      house_code,
      unit_code: '950102',
      members,
      head_name,
      status_developable: 1,
    }));
    return householdCsv(lines);
  }
  return Buffer.from([imp.thai, imp.keys, ...rows.map(csvLine)].join('\n'));
}

const withCell = (row: string[], column: number | undefined, value: string) =>
  column === undefined ? row : row.map((c, i) => (i === column ? value : c));

async function workbook(sheet: string, rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

type FileCase = {
  name: string;
  /** What the importer must have for the case to apply: a column of that kind, duplicate codes, a job. */
  needs?: 'date' | 'money' | 'text' | 'duplicate' | 'job' | 'area';
  file: (imp: Importer, w: World) => Promise<{ filename: string; content: Buffer; type?: string }>;
};

const applies = (fc: FileCase, imp: Importer) =>
  fc.needs === undefined ||
  (fc.needs === 'duplicate' || fc.needs === 'job' || fc.needs === 'area'
    ? imp[fc.needs] === true
    : imp.columns[fc.needs] !== undefined);

const csv = (content: Buffer) => ({ filename: 'rows.csv', content, type: 'text/csv' });

const fileCases: FileCase[] = [
  { name: 'an empty .csv', file: async () => csv(Buffer.alloc(0)) },
  { name: 'an empty .xlsx', file: async () => ({ filename: 'rows.xlsx', content: Buffer.alloc(0) }) },
  {
    name: 'text named .xlsx',
    file: async () => ({ filename: 'rows.xlsx', content: Buffer.from('สวัสดี ไม่ใช่ไฟล์ Excel') }),
  },
  {
    name: 'a corrupt zip named .xlsx',
    file: async () => ({
      filename: 'rows.xlsx',
      content: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 0x41)]),
    }),
  },
  {
    name: 'a truncated workbook',
    file: async () => {
      const full = await workbook('ข้อมูล', [
        ['unit_code', 'name'],
        ['9501', 'ก'],
      ]);
      return { filename: 'rows.xlsx', content: full.subarray(0, Math.floor(full.length / 2)) };
    },
  },
  {
    name: 'a workbook with the wrong sheet and headers',
    file: async () => ({
      filename: 'rows.xlsx',
      content: await workbook('แผ่นงานอื่น', [
        ['foo', 'bar'],
        ['1', '2'],
      ]),
    }),
  },
  { name: 'a CSV with the wrong columns', file: async () => csv(Buffer.from('foo,bar\n1,2\n')) },
  {
    name: 'a CSV missing a required column',
    file: async (imp, w) => {
      const lines = fileOf(imp, [imp.row(w)])
        .toString()
        .split('\n');
      // The household file's one header row names house_code; the registers' second row names their columns.
      const keys = (imp.job ? lines[0] : lines[1]) ?? '';
      const gone = imp.job ? keys.split(',').indexOf('house_code') : (imp.columns.text ?? 1);
      const drop = (line: string) =>
        line
          .split(',')
          .filter((_, i) => i !== gone)
          .join(',');
      return csv(Buffer.from(lines.map(drop).join('\n')));
    },
  },
  { name: 'a CSV of headers only', file: async (imp) => csv(fileOf(imp, [])) },
  {
    name: 'a NUL byte in a cell',
    file: async (imp, w) => csv(fileOf(imp, [withCell(imp.row(w), imp.columns.text ?? 0, NUL)])),
  },
  {
    name: 'bytes that are not UTF-8 (a lone surrogate) in a cell',
    file: async (imp, w) => {
      const [head = '', tail = ''] = fileOf(imp, [withCell(imp.row(w), imp.columns.text ?? 0, 'ก@@')])
        .toString()
        .split('@@');
      return csv(Buffer.concat([Buffer.from(head), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(tail)]));
    },
  },
  {
    name: 'a file that is not a table (.exe)',
    file: async () => ({ filename: 'setup.exe', content: Buffer.from('MZ\u0090\u0000') }),
  },
  {
    name: 'the same code twice in one file',
    needs: 'duplicate',
    file: async (imp, w) => {
      const row = imp.row(w);
      return csv(fileOf(imp, [row, row]));
    },
  },
  {
    name: 'an impossible date 2025-02-31',
    needs: 'date',
    file: async (imp, w) => csv(fileOf(imp, [withCell(imp.row(w), imp.columns.date, '2025-02-31')])),
  },
  {
    name: 'a date 9999-12-31',
    needs: 'date',
    file: async (imp, w) => csv(fileOf(imp, [withCell(imp.row(w), imp.columns.date, '9999-12-31')])),
  },
  {
    name: 'negative money',
    needs: 'money',
    file: async (imp, w) => csv(fileOf(imp, [withCell(imp.row(w), imp.columns.money, '-500.00')])),
  },
  {
    name: 'over-long text in a cell',
    needs: 'text',
    file: async (imp, w) => csv(fileOf(imp, [withCell(imp.row(w), imp.columns.text, 'ก'.repeat(20_000))])),
  },
  {
    name: 'a row of a unit outside the area of the import',
    needs: 'area',
    file: async (imp, w) => {
      if (imp.job)
        return csv(
          householdCsv([
            { house_code: '24010100001', unit_code: '240101', members: 3, status_developable: 1 },
          ]),
        );
      return csv(fileOf(imp, [['2401', ...imp.row(w).slice(1)]]));
    },
  },
  {
    name: 'a negative household size',
    needs: 'job',
    file: async (imp, w) => csv(fileOf(imp, [withCell(imp.row(w), 1, '-3')])),
  },
];

/** Evidence files and photos: what is not the file it claims to be. */
const attachmentCases: { name: string; file: (w: World) => Promise<File> }[] = [
  {
    name: 'an empty file',
    file: async () => ({ filename: 'photo.jpg', content: Buffer.alloc(0), type: 'image/jpeg' }),
  },
  {
    name: 'a program named .jpg',
    file: async () => ({
      filename: 'photo.jpg',
      content: Buffer.from('MZ\u0090\u0000\u0003'),
      type: 'image/jpeg',
    }),
  },
  {
    name: 'a web page named .pdf',
    file: async () => ({
      filename: 'evidence.pdf',
      content: Buffer.from('<html><script>alert(1)</script></html>'),
      type: 'application/pdf',
    }),
  },
  {
    name: 'a truncated JPEG',
    file: async () => ({
      filename: 'photo.jpg',
      content: (await jpeg(64, 48)).subarray(0, 40),
      type: 'image/jpeg',
    }),
  },
];

const MULTIPART = 'multipart/form-data; boundary=----tidtamBAD';

/** Requests that are not a proper upload at all. */
const malformed: { name: string; headers: Record<string, string>; payload: string | Buffer }[] = [
  {
    name: 'a multipart body without its closing boundary',
    headers: { 'content-type': MULTIPART },
    payload:
      '------tidtamBAD\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nunit_code\r\n',
  },
  {
    name: 'a multipart body of garbage',
    headers: { 'content-type': MULTIPART },
    payload: Buffer.from([0, 1, 2, 3, 0xff, 0xfe]),
  },
  {
    name: 'a multipart body without a file',
    headers: { 'content-type': MULTIPART },
    payload:
      '------tidtamBAD\r\nContent-Disposition: form-data; name="note"\r\n\r\nx\r\n------tidtamBAD--\r\n',
  },
  {
    name: 'a multipart type without a boundary',
    headers: { 'content-type': 'multipart/form-data' },
    payload: 'x',
  },
  {
    name: 'JSON instead of a file',
    headers: { 'content-type': 'application/json' },
    payload: '{"file":"x"}',
  },
];

type File = { filename: string; content: Buffer; type?: string };

const uploadCall = (url: string, file: File): Call => {
  const { body, headers } = multipart(file.filename, file.content, file.type);
  return { method: 'POST', url, payload: body, headers };
};

/** Every import endpoint: its file cases, and requests that are not a proper upload. */
const uploadTargets: {
  name: string;
  url: (w: World) => string;
  tables: string[];
  job?: boolean;
  cases: { name: string; file: (w: World) => Promise<File> }[];
}[] = [
  ...importers.map((imp) => ({
    name: `import ${imp.name}`,
    url: imp.url,
    tables: imp.tables,
    ...(imp.job ? { job: true } : {}),
    cases: fileCases
      .filter((fc) => applies(fc, imp))
      .map((fc) => ({ ...fc, file: (w: World) => fc.file(imp, w) })),
  })),
  {
    name: 'import KPI set',
    url: (w) => `/api/kpi-sets/${w.provinces['95'].kpiSet}/import`,
    tables: ['kpis'],
    // The KPI workbook is xlsx only: the cases of a file that is no table at all.
    cases: fileCases.slice(0, 7).map((fc) => ({ ...fc, file: (w: World) => fc.file(budgetImporter, w) })),
  },
  {
    name: 'report evidence upload',
    url: (w) => `/api/reports/submissions/${w.provinces['95'].submission}/files/evidence`,
    tables: ['submission_files'],
    cases: attachmentCases,
  },
  {
    name: 'project photo upload',
    url: (w) => `/api/registers/projects/${w.units['9501'].project}/photos`,
    tables: ['project_photos'],
    cases: attachmentCases,
  },
];

const importCases: BadCase[] = uploadTargets.flatMap((target) => [
  ...target.cases.map((fc) => ({
    name: `${target.name}: ${fc.name}`,
    tables: target.tables,
    ...(target.job ? { job: true } : {}),
    call: async (w: World) => uploadCall(target.url(w), await fc.file(w)),
  })),
  ...malformed.map((m) => ({
    name: `${target.name}: ${m.name}`,
    tables: target.tables,
    call: (w: World): Call => ({
      method: 'POST',
      url: target.url(w),
      payload: m.payload,
      headers: m.headers,
    }),
  })),
]);

/** Every GET route of the access matrix with NUL or a lone surrogate (as UTF-8 escapes) in each query value, or at
 * the end of its path when it has no query. */
const readCases: BadCase[] = Object.entries(accessMatrix)
  .filter(([route]) => route.startsWith('GET ') && !/docs|openapi|health/.test(route))
  .flatMap(([route, entry]) =>
    Object.entries({ NUL: '%00', 'a lone surrogate': '%ED%A0%80' }).map(([label, bad]) => ({
      name: `${route} with ${label} in its query or path`,
      tables: [],
      call: async (w: World): Promise<Call> => {
        const target = targets.find((_, i) => entry.expect.department_admin[i] === 'A') ?? 'own';
        const { url } = await entry.call(w, target, 'department_admin');
        return {
          method: 'GET',
          url: url.includes('?') ? url.replace(/=([^&]*)/g, `=$1${bad}`) : `${url}${bad}`,
        };
      },
    })),
  );

/**
 * A file whose dates mix B.E. and C.E. years: every date column is read as typed, a year past 2400 as B.E. (like
 * a date typed in a form), so the file is taken and its B.E. date stored as C.E. 2025-01-16, never as year 2568.
 */
const mixedEraCases: BadCase[] = importers
  .filter((imp) => imp.columns.date !== undefined)
  .map((imp) => ({
    name: `import ${imp.name}: B.E. and C.E. dates mixed in one file are each read`,
    tables: imp.tables,
    accepted: true,
    stored: { present: '2025-01-16', absent: '2568-01-16' },
    call: (w: World) =>
      uploadCall(
        imp.url(w),
        csv(
          fileOf(imp, [
            withCell(imp.row(w), imp.columns.date, '2025-01-15'),
            withCell(imp.row(w), imp.columns.date, '2568-01-16'),
          ]),
        ),
      ),
  }));

/** A file over the 20 MB upload limit: refused as too large (413) before anything is read. */
const hugeCase: BadCase = {
  name: 'import budget: a file over the 20 MB upload limit',
  tables: budgetImporter.tables,
  call: (w) =>
    uploadCall(
      budgetImporter.url(w),
      csv(Buffer.concat([fileOf(budgetImporter, []), Buffer.alloc(21 * 1024 * 1024, 0x41)])),
    ),
};

/** Every case of the suite. */
export const badInputCases: BadCase[] = [
  ...formCases,
  ...acceptedCases,
  ...idCases,
  ...queryCases,
  ...importCases,
  ...mixedEraCases,
  ...readCases,
  hugeCase,
];
