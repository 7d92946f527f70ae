import path from 'node:path';
import ExcelJS from 'exceljs';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../src/modules/agreements/kpi-set-files.ts';
import { householdColumns, PLAN_COLUMNS, SHEET_NAMES } from '../src/modules/households/workbook-layout.ts';
import { kpisOfKpiSet } from '../src/modules/kpis/service.ts';
import { multipartFile, type Session, type TestApp } from './helpers.ts';

/** Seed 001's Yala set (FY2568 round 2) with its draft agreements and targets, and its KPI ids by key. */
export async function loadYalaSet(t: TestApp) {
  const { kpiSetId } = await loadKpiSetFile(
    t.handle.db,
    readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')),
  );
  const kpis = await kpisOfKpiSet(t.handle.db, kpiSetId);
  return { kpiSetId, kpi: Object.fromEntries(kpis.map((k) => [k.key, k.id])) as Record<string, number> };
}

/** An 11-digit house code from a running number. */
export const houseCode = (n: number) => `95${String(n).padStart(9, '0')}`;

/** A 13-digit citizen ID with a valid check digit. */
export function citizenId(n: number): string {
  const first = `3${String(n).padStart(11, '0')}`;
  const sum = [...first].reduce((total, d, i) => total + Number(d) * (13 - i), 0);
  return `${first}${(11 - (sum % 11)) % 10}`;
}

/** Cells by column key; a Date is written as an Excel date cell. */
type HouseholdLine = Partial<Record<string, string | number | Date>>;

const statusKey = {
  developable: 'status_developable',
  welfare: 'status_welfare',
  self: 'status_self_reliant',
  other: 'status_other',
} as const;

/** A sheet-1 row: a household of `unit` with one status mark and its incomes. */
export function household(
  n: number,
  unit: string,
  status: keyof typeof statusKey,
  incomes: { baseline?: number; result?: number } = {},
  extra: HouseholdLine = {},
): HouseholdLine {
  return {
    house_code: houseCode(n),
    unit_code: unit,
    members: 4,
    [statusKey[status]]: 1,
    ...(incomes.baseline === undefined ? {} : { baseline_income: incomes.baseline }),
    ...(incomes.result === undefined ? {} : { result_income: incomes.result }),
    ...extra,
  };
}

/** Sheet 1 as CSV with the columns' keys as the header row. */
export function householdCsv(rows: HouseholdLine[], fiscalYear = 2568): Buffer {
  const keys = householdColumns(fiscalYear).map((c) => c.key);
  const quote = (v: string | number | Date | undefined) =>
    v === undefined ? '' : `"${String(v).replaceAll('"', '""')}"`;
  return Buffer.from([keys.join(','), ...rows.map((r) => keys.map((k) => quote(r[k])).join(','))].join('\n'));
}

/** The seed's layout: a group row, the Thai headers, then the rows; sheet 2 the plan; sheet 3 left to the system. */
export async function householdXlsx(rows: HouseholdLine[], plans: HouseholdLine[] = [], fiscalYear = 2568) {
  const workbook = new ExcelJS.Workbook();
  const sheets: [string, ReturnType<typeof householdColumns>, HouseholdLine[]][] = [
    [SHEET_NAMES[0], householdColumns(fiscalYear), rows],
    [SHEET_NAMES[1], PLAN_COLUMNS, plans],
  ];
  for (const [name, columns, data] of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(columns.map((c) => c.group));
    sheet.addRow(columns.map((c) => c.header));
    for (const r of data) sheet.addRow(columns.map((c) => r[c.key] ?? null));
  }
  workbook.addWorksheet(SHEET_NAMES[2]).addRow(['สรุป']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type JobView = {
  id: number;
  status: 'validating' | 'saving' | 'done' | 'failed';
  rowsTotal: number | null;
  rowsRead: number;
  rowsSaved: number;
  errorCount: number;
  errors: { sheet: number; row: number; field: string; column?: string; message: string }[];
  message: string | null;
};

/** Uploads a household file and polls its job until it has finished. */
export async function importHouseholds(
  session: Session,
  unit: string,
  filename: string,
  content: Buffer,
  fiscalYear = 2568,
): Promise<JobView> {
  const { payload, headers } = multipartFile(filename, content);
  const res = await session.send(
    'POST',
    `/api/registers/households/import?unit=${unit}&fiscalYear=${fiscalYear}`,
    payload,
    headers,
  );
  if (res.statusCode !== 202) throw new Error(`import answered ${res.statusCode}: ${res.body}`);
  const id = (res.json() as { job: JobView }).job.id;
  for (;;) {
    const job = (await session.get(`/api/registers/imports/${id}`)).json().job as JobView;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Reads a streamed xlsx answer back: each sheet's rows as arrays of text. */
export async function readXlsx(content: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      rows.push(Array.from(values, (v) => (v === null || v === undefined ? '' : String(v))));
    });
    return { name: sheet.name, rows };
  });
}

export type BudgetEventLine = { kind: string; date: string; amount: string; againstPurchaseOrder?: boolean };

// 003 L271–276, FY2565, data as of 30 Aug 2565: the Chachoengsao office's table entered as dated events.
export const SEED_003_BUDGET: { category: string; name: string; events: BudgetEventLine[] }[] = [
  {
    category: 'งบบุคลากร',
    name: 'เงินเดือนและค่าจ้างประจำ',
    events: [
      { kind: 'allocation', date: '2021-10-01', amount: '10536677.51' },
      { kind: 'disbursement', date: '2022-07-29', amount: '9994452.51' },
    ],
  },
  {
    category: 'งบบริหาร',
    name: 'ค่าใช้จ่ายในการบริหาร ไตรมาส 1–2',
    events: [
      { kind: 'allocation', date: '2021-10-15', amount: '3000000.00' },
      { kind: 'disbursement', date: '2022-03-31', amount: '2500000.00' },
    ],
  },
  {
    category: 'งบบริหาร',
    name: 'ค่าใช้จ่ายในการบริหาร ไตรมาส 3–4',
    events: [
      { kind: 'allocation', date: '2022-04-01', amount: '1857400.08' },
      { kind: 'purchase-order', date: '2022-06-10', amount: '1252043.95' },
    ],
  },
];
