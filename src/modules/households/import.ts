import fs from 'node:fs';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { houseCodeFitsUnit, houseCodeProvinceMessage } from '../../domain/registers/house-code.ts';
import type { HouseholdStatus } from '../../domain/registers/households.ts';
import { AppError } from '../../errors.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { importSlots } from '../imports/import-slots.ts';
import { HOUSEHOLD_LIMITS } from '../imports/limits.ts';
import { type FileKind, fileKindOf, readRows, type SheetRow } from '../imports/row-reader.ts';
import type { ImportRowError } from '../imports/schemas.ts';
import {
  createJob,
  failureMessage,
  type ImportLog,
  jobById,
  presentJob,
  reportProgress,
} from '../imports/service.ts';
import type { Upload } from '../imports/upload.ts';
import { type UnitRow, writableUnit } from '../org-units/unit-access.ts';
import { recomputeAfterWrite } from '../register-bindings/service.ts';
import {
  HOUSEHOLD_ONLY_KEYS,
  type ParsedActivity,
  type ParsedHousehold,
  type ParsedPlanItem,
  parseActivity,
  parseHousehold,
  parsePlanItem,
  RowCells,
} from './import-rows.ts';
import { surveyYears } from './measure.ts';
import { recountUnder } from './progress-queries.ts';
import {
  analyzeHouseholds,
  type HouseholdBatchRow,
  homeUnitsByCodes,
  householdsByCodes,
  saveHouseholdBatch,
  savePlanBatch,
} from './queries.ts';
import { type Column, headerMap, householdColumns, PLAN_COLUMNS, SHEET_NAMES } from './workbook-layout.ts';
import { GUIDE_SHEET } from './workbook-writer.ts';

/** Rows per statement: one jsonb parameter of a few megabytes. */
const BATCH_ROWS = 5_000;
/** Row errors kept for the answer; the total is counted past it. */
const MAX_ERRORS = 1_000;

/** Rows read between two progress reports while checking, so the page counts up instead of showing 0 until the end. */
const PROGRESS_ROWS = 200;

type Sheet = { number: 1 | 2; name: string; columns: Column[]; required: string[] };

const headerOf = (columns: readonly Column[], key: string) => columns.find((c) => c.key === key)?.header;

function sheetsFor(fiscalYear: number): Sheet[] {
  return [
    {
      number: 1,
      name: SHEET_NAMES[0],
      columns: householdColumns(fiscalYear),
      required: [
        'house_code',
        'unit_code',
        'members',
        'status_developable',
        'status_welfare',
        'status_self_reliant',
        'status_other',
      ],
    },
    { number: 2, name: SHEET_NAMES[1], columns: PLAN_COLUMNS, required: ['house_code', 'item'] },
  ];
}

type Interpreted =
  | { kind: 'household'; household: ParsedHousehold; activity: ParsedActivity | null }
  | { kind: 'activity'; houseCode: string; activity: ParsedActivity }
  | { kind: 'plan'; plan: ParsedPlanItem };

/**
 * Reads a file's rows in order and turns each into a household, a further activity (a repeated house code with its
 * household cells blank), or a plan item, with the row's errors. Both passes use it, so they read rows the same way.
 */
class RowInterpreter {
  readonly seen = new Map<string, { row: number; status: HouseholdStatus }>();
  private readonly headers = new Map<number, Map<string, number>>();
  private readonly headerless = new Set<number>();
  readonly fileErrors: ImportRowError[] = [];

  constructor(private readonly sheets: Sheet[]) {}

  interpret(r: SheetRow): { item: Interpreted | null; errors: ImportRowError[] } | null {
    const sheet = this.sheets.find((s) => s.number === r.sheet);
    if (!sheet || this.headerless.has(r.sheet) || r.cells.every((c) => c.trim() === '')) return null;
    const map = this.headers.get(r.sheet);
    if (!map) {
      this.readHeader(sheet, r);
      return null;
    }
    const cells = new RowCells(sheet, r.row, r.cells, sheet.columns, map);
    return {
      item: sheet.number === 1 ? this.householdRow(cells) : this.planRow(cells),
      errors: cells.errors,
    };
  }

  private readHeader(sheet: Sheet, r: SheetRow) {
    const map = headerMap(r.cells, sheet.columns);
    if (!map) {
      if (r.row < 5) return;
      this.headerless.add(sheet.number);
      this.fileError(sheet, r.row, 'house_code', 'ไม่พบแถวหัวตารางที่มีคอลัมน์ "รหัสบ้าน" ใน 5 แถวแรก');
      return;
    }
    this.headers.set(sheet.number, map);
    const missing = sheet.required.filter((key) => !map.has(key));
    // Without a required column every row would fail the same way: the file's error says it once.
    if (missing.length > 0) this.headerless.add(sheet.number);
    for (const key of missing) {
      this.fileError(
        sheet,
        r.row,
        key,
        `ไม่พบคอลัมน์ "${sheet.columns.find((c) => c.key === key)?.header ?? key}"`,
      );
    }
  }

  private fileError(sheet: Sheet, row: number, field: string, message: string) {
    this.fileErrors.push({
      sheet: sheet.number,
      row,
      field,
      column: headerOf(sheet.columns, field),
      message: `ชีต "${sheet.name}" แถวที่ ${row}: ${message}`,
    });
  }

  /** Sheet 1 must be there with its header row; its absence is an error of the file. */
  requireHouseholdSheet() {
    if (this.headers.has(1) || this.fileErrors.some((e) => e.sheet === 1)) return;
    this.fileErrors.push({
      sheet: 1,
      row: 1,
      field: 'file',
      column: 'ทั้งไฟล์',
      message: `ไม่พบชีต "${SHEET_NAMES[0]}" หรือแถวหัวตารางที่มีคอลัมน์ "รหัสบ้าน"`,
    });
  }

  private householdRow(cells: RowCells): Interpreted | null {
    const houseCode = cells.digits('house_code');
    const earlier = this.seen.get(houseCode);
    if (earlier) {
      if (!cells.blank(HOUSEHOLD_ONLY_KEYS)) {
        return cells.fail(
          'house_code',
          `รหัสบ้านซ้ำกับแถวที่ ${earlier.row} (แถวที่บันทึกกิจกรรมเพิ่มของครัวเรือนเดิมให้กรอกเฉพาะรหัสบ้านและช่องกิจกรรม)`,
        );
      }
      const activity = parseActivity(cells, earlier.status);
      return activity ? { kind: 'activity', houseCode, activity } : null;
    }
    const household = parseHousehold(cells);
    if (!household) {
      // Every error of the row is listed: the activity cells are checked too (their status rule needs a status).
      parseActivity(cells, 'developable');
      return null;
    }
    this.seen.set(houseCode, { row: cells.row, status: household.status });
    const activity = parseActivity(cells, household.status);
    return cells.errors.length > 0 ? null : { kind: 'household', household, activity };
  }

  private planRow(cells: RowCells): Interpreted | null {
    const plan = parsePlanItem(cells);
    return plan ? { kind: 'plan', plan } : null;
  }
}

type ImportContext = {
  db: Db;
  user: AuthUser;
  unit: UnitRow;
  jobId: number;
  file: string;
  kind: FileKind;
  fiscalYear: number;
  log: ImportLog;
};

type UnitCache = Map<string, { id: number; kind: string; path: string } | null>;

class ErrorList {
  readonly kept: ImportRowError[] = [];
  count = 0;

  add(errors: readonly ImportRowError[]) {
    this.count += errors.length;
    for (const e of errors) if (this.kept.length < MAX_ERRORS) this.kept.push(e);
  }
}

/**
 * Checks a batch against the database: each household's village or sub-district, and house codes held outside the
 * unit. Returns the batch's house codes already registered.
 */
async function checkBatch(
  ctx: ImportContext,
  batch: Interpreted[],
  rows: number[],
  units: UnitCache,
  errors: ErrorList,
) {
  const unknownUnits = [
    ...new Set(batch.flatMap((b) => (b.kind === 'household' ? [b.household.unit_code] : []))),
  ].filter((c) => !units.has(c));
  for (const c of unknownUnits) units.set(c, null);
  for (const u of await homeUnitsByCodes(ctx.db, unknownUnits)) units.set(u.code, u);
  const codes = batch.map((b) =>
    b.kind === 'household' ? b.household.house_code : b.kind === 'plan' ? b.plan.house_code : b.houseCode,
  );
  // A code of another province is refused for that alone and never looked up (domain/registers/house-code.ts).
  const homeCodeOf = (b: Interpreted) => (b.kind === 'household' ? b.household.unit_code : ctx.unit.code);
  const foreign = new Set(
    batch.flatMap((b, index) => {
      const code = codes[index] ?? '';
      return houseCodeFitsUnit(code, ctx.unit.code) && houseCodeFitsUnit(code, homeCodeOf(b)) ? [] : [code];
    }),
  );
  const looked = await householdsByCodes(
    ctx.db,
    [...new Set(codes)].filter((c) => !foreign.has(c)),
  );
  const stored = new Map(looked.map((h) => [h.house_code, h]));
  const sheetOf = (b: Interpreted) => (b.kind === 'plan' ? 2 : 1);
  const columns = [...householdColumns(ctx.fiscalYear), ...PLAN_COLUMNS];
  const fail = (b: Interpreted, row: number, field: string, message: string) =>
    errors.add([
      {
        sheet: sheetOf(b),
        row,
        field,
        column: headerOf(columns, field),
        message: `ชีต "${SHEET_NAMES[sheetOf(b) - 1]}" แถวที่ ${row}: ${message}`,
      },
    ]);
  batch.forEach((b, index) => {
    const row = rows[index] ?? 0;
    const code = codes[index] ?? '';
    const held = stored.get(code);
    if (foreign.has(code)) {
      fail(b, row, 'house_code', houseCodeProvinceMessage(code, homeCodeOf(b)));
    } else if (held && !held.path.startsWith(ctx.unit.path)) {
      fail(b, row, 'house_code', `รหัสบ้าน ${code} อยู่ในทะเบียนของหน่วยงานอื่นนอกพื้นที่${ctx.unit.name_th}`);
    }
    if (b.kind === 'household') {
      const unit = units.get(b.household.unit_code);
      if (!unit || (unit.kind !== 'village' && unit.kind !== 'subdistrict')) {
        fail(b, row, 'unit_code', `ไม่พบหมู่บ้านหรือตำบลรหัส ${b.household.unit_code}`);
      } else if (!unit.path.startsWith(ctx.unit.path)) {
        fail(b, row, 'unit_code', `รหัส ${b.household.unit_code} อยู่นอกพื้นที่${ctx.unit.name_th}`);
      }
    }
  });
  // Refused codes count as known, so no later "not found" tells a registered foreign code from an unregistered one.
  return new Set([...stored.keys(), ...foreign]);
}

/**
 * Plan items name households of sheet 1 or already registered. Codes neither seen nor stored are named at the end,
 * when all of sheet 1 has been read.
 */
function unknownPlanCodes(
  batch: Interpreted[],
  rows: number[],
  seen: Map<string, unknown>,
  stored: Set<string>,
) {
  return batch.flatMap((b, index) =>
    b.kind === 'plan' && !seen.has(b.plan.house_code) && !stored.has(b.plan.house_code)
      ? [{ code: b.plan.house_code, row: rows[index] ?? 0 }]
      : [],
  );
}

/** Pass 1: read everything, collect every row error (the first MAX_ERRORS kept), save nothing. */
async function validate(ctx: ImportContext, sheets: Sheet[]) {
  const interpreter = new RowInterpreter(sheets);
  const errors = new ErrorList();
  const units: UnitCache = new Map();
  const planRows: { code: string; row: number }[] = [];
  let batch: Interpreted[] = [];
  let rows: number[] = [];
  let read = 0;
  const flush = async () => {
    const stored = await checkBatch(ctx, batch, rows, units, errors);
    planRows.push(...unknownPlanCodes(batch, rows, interpreter.seen, stored));
    batch = [];
    rows = [];
    await reportProgress(ctx.db, ctx.jobId, { rows_read: read, error_count: errors.count });
  };
  for await (const r of readRows(ctx.file, ctx.kind, HOUSEHOLD_LIMITS)) {
    const result = interpreter.interpret(r);
    if (!result) continue;
    read += 1;
    errors.add(result.errors);
    if (read % PROGRESS_ROWS === 0)
      await reportProgress(ctx.db, ctx.jobId, { rows_read: read, error_count: errors.count });
    if (result.item) {
      batch.push(result.item);
      rows.push(r.row);
    }
    if (batch.length >= BATCH_ROWS) await flush();
  }
  await flush();
  for (const p of planRows.filter((p) => !interpreter.seen.has(p.code))) {
    errors.add([
      {
        sheet: 2,
        row: p.row,
        field: 'house_code',
        column: headerOf(PLAN_COLUMNS, 'house_code'),
        message: `ชีต "${SHEET_NAMES[1]}" แถวที่ ${p.row}: ไม่พบรหัสบ้าน ${p.code} ในชีตข้อมูลครัวเรือนหรือในทะเบียน`,
      },
    ]);
  }
  interpreter.requireHouseholdSheet();
  errors.kept.unshift(...interpreter.fileErrors);
  errors.count += interpreter.fileErrors.length;
  if (read === 0 && errors.count === 0) {
    errors.add([
      {
        sheet: 1,
        row: 1,
        field: 'file',
        column: 'ทั้งไฟล์',
        message: `ไฟล์ไม่มีข้อมูลครัวเรือน: กรอกครัวเรือนในชีต "${SHEET_NAMES[0]}" ตั้งแต่แถวที่ 3 ใต้หัวตาราง (ตัวอย่างการกรอกอยู่ในชีต "${GUIDE_SHEET}" ซึ่งระบบไม่นำเข้า)`,
      },
    ]);
  }
  errors.kept.sort((a, b) => a.sheet - b.sheet || a.row - b.row);
  return { errors, read, units };
}

function batchRow(b: Interpreted, units: UnitCache): HouseholdBatchRow | null {
  if (b.kind === 'plan') return null;
  const activity = b.activity ?? {
    activity: null,
    method: null,
    done_on: null,
    place: null,
    agency: null,
    agency_role: null,
    result: null,
  };
  if (b.kind === 'activity') {
    return {
      household: false,
      house_code: b.houseCode,
      unit_id: null,
      address: null,
      head_name: null,
      head_citizen_id: null,
      members: null,
      status: null,
      problem_health: false,
      problem_living: false,
      problem_education: false,
      problem_income: false,
      problem_access: false,
      baseline_income: null,
      result_income: null,
      ...activity,
    };
  }
  const h = b.household;
  return {
    household: true,
    house_code: h.house_code,
    unit_id: units.get(h.unit_code)?.id ?? null,
    address: h.address,
    head_name: h.head_name,
    head_citizen_id: h.head_citizen_id,
    members: h.members,
    status: h.status,
    problem_health: h.problems.health,
    problem_living: h.problems.living,
    problem_education: h.problems.education,
    problem_income: h.problems.income,
    problem_access: h.problems.access,
    baseline_income: h.baseline_income,
    result_income: h.result_income,
    ...activity,
  };
}

/** Pass 2: read again and save in batches, all in one transaction: any failure leaves nothing saved. */
async function save(ctx: ImportContext, sheets: Sheet[], units: UnitCache, total: number) {
  const years = surveyYears(ctx.fiscalYear);
  // PGlite has one connection, held by the transaction: progress can only be written where the engine has more.
  const liveProgress = ctx.db.getExecutor().adapter.supportsMultipleConnections;
  return inTransaction(ctx.db, async (trx) => {
    const interpreter = new RowInterpreter(sheets);
    const totals = { created: 0, updated: 0, activities: 0, planItems: 0 };
    let households: HouseholdBatchRow[] = [];
    let plans: ParsedPlanItem[] = [];
    let saved = 0;
    const flush = async () => {
      if (households.length > 0) {
        const r = await saveHouseholdBatch(trx, households, {
          userId: ctx.user.id,
          scopePath: ctx.unit.path,
          ...years,
        });
        if (r.created + r.updated !== households.filter((h) => h.household).length) {
          throw new AppError(
            409,
            'changed',
            'ทะเบียนมีการเปลี่ยนแปลงระหว่างนำเข้า (รหัสบ้านถูกบันทึกโดยหน่วยงานอื่น) กรุณานำเข้าใหม่',
          );
        }
        totals.created += r.created;
        totals.updated += r.updated;
        totals.activities += r.activities;
      }
      if (plans.length > 0) totals.planItems += await savePlanBatch(trx, plans, ctx.user.id);
      saved += households.length + plans.length;
      households = [];
      plans = [];
      if (liveProgress) await reportProgress(ctx.db, ctx.jobId, { rows_saved: saved });
    };
    for await (const r of readRows(ctx.file, ctx.kind, HOUSEHOLD_LIMITS)) {
      const item = interpreter.interpret(r)?.item;
      if (!item) continue;
      if (item.kind === 'plan') {
        if (households.length > 0) await flush();
        plans.push(item.plan);
      } else {
        const row = batchRow(item, units);
        if (row) households.push(row);
      }
      if (households.length + plans.length >= BATCH_ROWS) await flush();
    }
    await flush();
    await recordAudit(trx, {
      actor: ctx.user,
      unitId: ctx.unit.id,
      action: 'import',
      entity: 'household',
      entityId: `import:${ctx.jobId}`,
      before: null,
      after: { fiscalYear: ctx.fiscalYear, rows: total, ...totals },
    });
    await recountUnder(trx, ctx.unit.path);
    await recomputeAfterWrite(trx, 'households', ctx.unit.path);
    return { ...totals, saved };
  });
}

async function run(ctx: ImportContext) {
  const sheets = sheetsFor(ctx.fiscalYear);
  try {
    await importSlots.run(() => validateAndSave(ctx, sheets));
  } catch (error) {
    await reportProgress(ctx.db, ctx.jobId, {
      status: 'failed',
      message: `นำเข้าไม่สำเร็จ ไม่มีการบันทึกข้อมูล: ${failureMessage(ctx.log, error)}`,
      finished_at: new Date(),
    });
  } finally {
    await fs.promises.rm(ctx.file, { force: true });
  }
}

/** Pass 1, then pass 2 if the file has no error; the job records either outcome. */
async function validateAndSave(ctx: ImportContext, sheets: Sheet[]) {
  const { errors, read, units } = await validate(ctx, sheets);
  if (errors.count > 0) {
    await reportProgress(ctx.db, ctx.jobId, {
      status: 'failed',
      rows_total: read,
      rows_read: read,
      error_count: errors.count,
      errors: errors.kept,
      message: `พบข้อผิดพลาด ${errors.count.toLocaleString('en-US')} รายการ ไม่มีการบันทึกข้อมูล${errors.count > MAX_ERRORS ? ` (แสดง ${MAX_ERRORS.toLocaleString('en-US')} รายการแรก)` : ''}`,
      finished_at: new Date(),
    });
    return;
  }
  await reportProgress(ctx.db, ctx.jobId, { status: 'saving', rows_total: read, rows_read: read });
  const totals = await save(ctx, sheets, units, read);
  await analyzeHouseholds(ctx.db);
  await reportProgress(ctx.db, ctx.jobId, {
    status: 'done',
    rows_saved: totals.saved,
    message: `นำเข้าแล้ว: ครัวเรือนใหม่ ${totals.created} ครัวเรือน ปรับปรุง ${totals.updated} ครัวเรือน กิจกรรม ${totals.activities} รายการ แผนการพัฒนา ${totals.planItems} รายการ`,
    finished_at: new Date(),
  });
}

/**
 * Starts importing a household workbook (.xlsx laid out like the seed's 3 sheets, or .csv of sheet 1): checks the
 * user may write the unit, then `receive`s the file to disk; answers at once with the job, which the client polls.
 * `done` resolves when the job has finished.
 */
export async function startHouseholdImport(
  db: Db,
  user: AuthUser,
  input: { unitCode: string; fiscalYear: number; receive: () => Promise<Upload>; log: ImportLog },
) {
  const unit = await writableUnit(db, user, input.unitCode, 'unit');
  const { file, filename } = await input.receive();
  const kind = fileKindOf(filename);
  if (!kind) {
    fs.rm(file, { force: true }, () => undefined);
    throw new AppError(415, 'unsupported_file', 'รองรับเฉพาะไฟล์ .xlsx และ .csv', 'file');
  }
  const { id } = await createJob(db, {
    kind: 'households',
    unit_id: unit.id,
    user_id: user.id,
    fiscal_year: input.fiscalYear,
    filename,
  });
  const job = await jobById(db, id);
  if (!job) throw new AppError(500, 'internal', 'สร้างงานนำเข้าไม่สำเร็จ');
  const done = run({ db, user, unit, jobId: id, file, kind, fiscalYear: input.fiscalYear, log: input.log });
  return { job: presentJob(job), done };
}
