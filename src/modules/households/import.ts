import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { provinceOfUnitCode } from '../../domain/registers/house-code.ts';
import { activityLogGuard, HOUSEHOLD_STATUSES } from '../../domain/registers/households.ts';
import { AppError } from '../../errors.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { importSlots } from '../imports/import-slots.ts';
import { HOUSEHOLD_LIMITS } from '../imports/limits.ts';
import { ImportPhases, secondsSince } from '../imports/phases.ts';
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
  copyIntoStaging,
  copyLine,
  createStaging,
  dropStaging,
  emptyStagingRow,
  indexStaging,
  insertStagingBatch,
  type Staging,
  type StagingRow,
  saveStagedHouseholds,
  saveStagedPlanItems,
  setImportSession,
  stagedItemCount,
  stagingErrors,
  stagingOf,
} from './import-queries.ts';
import {
  HOUSEHOLD_ONLY_KEYS,
  parseActivity,
  parseHousehold,
  parsePlanItem,
  RowCells,
} from './import-rows.ts';
import { surveyYears } from './measure.ts';
import { recountUnder } from './progress-queries.ts';
import { analyzeHouseholds } from './queries.ts';
import {
  ACTIVITY_KEYS,
  type Column,
  headerMap,
  householdColumns,
  PLAN_COLUMNS,
  SHEET_NAMES,
} from './workbook-layout.ts';
import { GUIDE_SHEET } from './workbook-writer.ts';

/** Staging rows per statement on PGlite (one jsonb parameter of a few megabytes). */
const STAGING_BATCH = 5_000;
/** Characters of COPY text handed to the stream at a time on PostgreSQL. */
const COPY_CHUNK = 64 * 1024;
/** Row errors kept for the answer; the total is counted past it. */
const MAX_ERRORS = 1_000;

/**
 * Rows read between two progress reports while reading, so the page counts up instead of showing 0 until the end:
 * every 200 rows in a small file, every 10,000 past the first 10,000.
 */
const progressStep = (read: number) => (read <= 10_000 ? 200 : 10_000);

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

const EMPTY_ROW: StagingRow = {
  ...emptyStagingRow(),
  sheet: 1,
  more: false,
  hh_ok: false,
  has_activity: false,
};

/**
 * Reads a file's rows in order and turns each into a staging row: its cells checked and typed one by one (the rules
 * of import-rows.ts, the same as the forms'), or its errors. What needs other rows or the register (duplicates,
 * further activities, units, house codes held elsewhere) is checked in SQL over the staged file (import-queries.ts),
 * so nothing grows with the file here.
 */
class RowInterpreter {
  private readonly headers = new Map<number, Map<string, number>>();
  private readonly headerless = new Set<number>();
  readonly fileErrors: ImportRowError[] = [];

  constructor(private readonly sheets: Sheet[]) {}

  interpret(r: SheetRow): StagingRow | null {
    const sheet = this.sheets.find((s) => s.number === r.sheet);
    if (!sheet || this.headerless.has(r.sheet) || r.cells.every((c) => c.trim() === '')) return null;
    const map = this.headers.get(r.sheet);
    if (!map) {
      this.readHeader(sheet, r);
      return null;
    }
    const cells = new RowCells(sheet, r.row, r.cells, sheet.columns, map);
    return sheet.number === 1 ? householdRow(cells) : planRow(cells);
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
}

/**
 * A sheet-1 row read as a household's first row (its errors if it is one), and, when its household cells are all
 * blank, its activity cells alone as a further activity of a developable household (`act_errors`): which it is
 * depends on the rows before it, decided over the staged file. Every column written out in one literal: a million
 * rows make a million of these.
 */
function householdRow(cells: RowCells): StagingRow {
  const more = cells.blank(HOUSEHOLD_ONLY_KEYS);
  const household = parseHousehold(cells);
  const householdErrors = cells.errors.length;
  const activity = parseActivity(cells, household?.status ?? 'developable');
  const activityErrors =
    more && cells.errors.length > householdErrors ? cells.errors.slice(householdErrors) : null;
  const problems = household?.problems;
  return {
    sheet: 1,
    line: cells.row,
    more,
    hh_ok: household !== null,
    errors: cells.errors.length > 0 ? cells.errors : null,
    act_errors: activityErrors,
    has_activity: !cells.blank(ACTIVITY_KEYS),
    house_code: cells.digits('house_code'),
    unit_code: household?.unit_code ?? null,
    address: household?.address ?? null,
    head_name: household?.head_name ?? null,
    head_citizen_id: household?.head_citizen_id ?? null,
    members: household?.members ?? null,
    status: household?.status ?? null,
    problem_health: problems?.health ?? null,
    problem_living: problems?.living ?? null,
    problem_education: problems?.education ?? null,
    problem_income: problems?.income ?? null,
    problem_access: problems?.access ?? null,
    baseline_income: household?.baseline_income ?? null,
    result_income: household?.result_income ?? null,
    activity: activity?.activity ?? null,
    method: activity?.method ?? null,
    done_on: activity?.done_on ?? null,
    place: activity?.place ?? null,
    agency: activity?.agency ?? null,
    agency_role: activity?.agency_role ?? null,
    result: activity?.result ?? null,
    dimension: null,
    item: null,
    due_on: null,
  };
}

function planRow(cells: RowCells): StagingRow {
  const plan = parsePlanItem(cells);
  return {
    ...EMPTY_ROW,
    sheet: 2,
    line: cells.row,
    errors: cells.errors.length > 0 ? cells.errors : null,
    house_code: cells.digits('house_code'),
    ...(plan && { dimension: plan.dimension, item: plan.item, agency: plan.agency, due_on: plan.due_on }),
  };
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
  phases: ImportPhases;
};

/** Seconds of the import's own JavaScript while loading staging: reading, parsing, checking and encoding rows. */
type JsClock = { seconds: number };

/** COPY text of the rows, in chunks: the stream pulls the next chunk only when the database has taken the last. */
async function* copyChunks(rows: AsyncIterable<StagingRow>, js: JsClock) {
  let chunk = '';
  for await (const row of rows) {
    const start = performance.now();
    chunk += copyLine(row);
    js.seconds += secondsSince(start);
    if (chunk.length >= COPY_CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/**
 * Loads the staging table: PostgreSQL streams COPY FROM STDIN with backpressure; PGlite (one in-process connection,
 * no client COPY stream) inserts batches. Only this differs by engine; the checks and the save are the same SQL.
 */
async function loadStaging(
  conn: Db,
  t: Staging,
  rows: AsyncIterable<StagingRow>,
  copy: boolean,
  js: JsClock,
) {
  if (copy) {
    const { stream } = copyIntoStaging(conn, t);
    await pipeline(Readable.from(copyChunks(rows, js)), stream);
    return;
  }
  let batch: StagingRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= STAGING_BATCH) {
      await insertStagingBatch(conn, t, batch);
      batch = [];
    }
  }
  await insertStagingBatch(conn, t, batch);
}

/** The refusal of an activity for each status that may not log one, as the domain words it. */
const guardMessages = Object.fromEntries(
  HOUSEHOLD_STATUSES.flatMap((status) => {
    const guard = activityLogGuard(status);
    return guard.allowed ? [] : [[status, guard.message]];
  }),
);

/** Reads the file once into staging, then checks it in SQL: every error (the first MAX_ERRORS kept) and the rows read. */
async function stageAndCheck(ctx: ImportContext, conn: Db, t: Staging, sheets: Sheet[], copy: boolean) {
  const interpreter = new RowInterpreter(sheets);
  let read = 0;
  let errorsSeen = 0;
  const js: JsClock = { seconds: 0 };
  async function* rows() {
    let resumed = performance.now();
    for await (const r of readRows(ctx.file, ctx.kind, HOUSEHOLD_LIMITS)) {
      const row = interpreter.interpret(r);
      if (!row) continue;
      read += 1;
      // A row with only activity cells may be a further activity: its errors are known once staged.
      if (Array.isArray(row.errors) && !row.more) errorsSeen += row.errors.length;
      js.seconds += secondsSince(resumed);
      yield row;
      resumed = performance.now();
      if (read % progressStep(read) === 0)
        await reportProgress(ctx.db, ctx.jobId, { rows_read: read, error_count: errorsSeen });
    }
    js.seconds += secondsSince(resumed);
  }
  const loading = performance.now();
  await loadStaging(conn, t, rows(), copy, js);
  ctx.phases.add('read, parse and check cells (JS)', js.seconds, read);
  ctx.phases.add(
    copy ? 'COPY into staging' : 'insert into staging',
    secondsSince(loading) - js.seconds,
    read,
  );
  await ctx.phases.time('index staging', read, () => indexStaging(conn, t));
  const columns = householdColumns(ctx.fiscalYear);
  const found = await ctx.phases.time('SQL checks', read, () =>
    stagingErrors(conn, t, {
      path: ctx.unit.path,
      unitName: ctx.unit.name_th,
      province: provinceOfUnitCode(ctx.unit.code),
      sheetNames: [SHEET_NAMES[0], SHEET_NAMES[1]],
      headers: {
        houseCode: headerOf(columns, 'house_code') ?? 'house_code',
        unitCode: headerOf(columns, 'unit_code') ?? 'unit_code',
        activity: headerOf(columns, 'activity') ?? 'activity',
      },
      guardMessages,
      limit: MAX_ERRORS,
    }),
  );
  interpreter.requireHouseholdSheet();
  const errors = {
    kept: [...interpreter.fileErrors, ...found.errors],
    count: interpreter.fileErrors.length + found.total,
  };
  if (read === 0 && errors.count === 0) {
    errors.count = 1;
    errors.kept.push({
      sheet: 1,
      row: 1,
      field: 'file',
      column: 'ทั้งไฟล์',
      message: `ไฟล์ไม่มีข้อมูลครัวเรือน: กรอกครัวเรือนในชีต "${SHEET_NAMES[0]}" ตั้งแต่แถวที่ 3 ใต้หัวตาราง (ตัวอย่างการกรอกอยู่ในชีต "${GUIDE_SHEET}" ซึ่งระบบไม่นำเข้า)`,
    });
  }
  errors.kept.sort((a, b) => a.sheet - b.sheet || a.row - b.row);
  return { errors, read };
}

/** The staged file into the register, in one transaction: any failure leaves nothing saved. */
async function save(ctx: ImportContext, conn: Db, t: Staging, total: number, liveProgress: boolean) {
  const scope = { userId: ctx.user.id, scopePath: ctx.unit.path, ...surveyYears(ctx.fiscalYear) };
  const { phases } = ctx;
  let committing = 0;
  const result = await inTransaction(conn, async (trx) => {
    const households = await phases.time(
      'save households, incomes, activities',
      (h) => h.expected,
      () => saveStagedHouseholds(trx, t, scope),
    );
    if (households.created + households.updated !== households.expected) {
      throw new AppError(
        409,
        'changed',
        'ทะเบียนมีการเปลี่ยนแปลงระหว่างนำเข้า (รหัสบ้านถูกบันทึกโดยหน่วยงานอื่น) กรุณานำเข้าใหม่',
      );
    }
    // PGlite has one connection, held by the transaction: progress can only be written where the engine has more.
    if (liveProgress) await reportProgress(ctx.db, ctx.jobId, { rows_saved: households.expected });
    const planItems = await phases.time(
      'save plan items',
      (n) => n,
      () => saveStagedPlanItems(trx, t, scope),
    );
    const saved = await phases.time('count saved rows', total, () => stagedItemCount(trx, t));
    const { created, updated, activities } = households;
    const totals = { created, updated, activities, planItems };
    await recordAudit(trx, {
      actor: ctx.user,
      unitId: ctx.unit.id,
      action: 'import',
      entity: 'household',
      entityId: `import:${ctx.jobId}`,
      before: null,
      after: { fiscalYear: ctx.fiscalYear, rows: total, ...totals },
    });
    await phases.time('recount rollups', total, () => recountUnder(trx, ctx.unit.path));
    await phases.time('recompute bindings', total, () =>
      recomputeAfterWrite(trx, 'households', ctx.unit.path),
    );
    committing = performance.now();
    return { ...totals, saved };
  });
  phases.add('commit', secondsSince(committing), total);
  return result;
}

async function run(ctx: ImportContext) {
  const sheets = sheetsFor(ctx.fiscalYear);
  const started = performance.now();
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
  ctx.phases.add('whole import', secondsSince(started), 0);
  ctx.log.info({ job: ctx.jobId, phases: ctx.phases.list }, 'household import phases');
  return ctx.phases.list;
}

/**
 * On PostgreSQL the import holds one connection of the pool throughout (its staging table is that session's; the
 * progress goes through the others); PGlite's one session is everyone's, so the staging table is simply there.
 */
function inImportSession<T>(ctx: ImportContext, fn: (conn: Db, copy: boolean) => Promise<T>): Promise<T> {
  if (!ctx.db.getExecutor().adapter.supportsMultipleConnections) return fn(ctx.db, false);
  return ctx.db.connection().execute(async (conn) => {
    await setImportSession(conn, true);
    try {
      return await fn(conn, true);
    } finally {
      await setImportSession(conn, false).catch((error: unknown) =>
        ctx.log.warn({ err: error }, 'jit not reset'),
      );
    }
  });
}

/** Stages and checks the file, then saves it if it has no error; the job records either outcome. */
async function validateAndSave(ctx: ImportContext, sheets: Sheet[]) {
  await inImportSession(ctx, async (conn, copy) => {
    const t = stagingOf(ctx.jobId);
    await createStaging(conn, t);
    try {
      await stageAndSave(ctx, conn, t, sheets, copy);
    } finally {
      await dropStaging(conn, t).catch((error: unknown) =>
        ctx.log.warn({ err: error }, 'staging not dropped'),
      );
    }
  });
}

async function stageAndSave(ctx: ImportContext, conn: Db, t: Staging, sheets: Sheet[], copy: boolean) {
  const { errors, read } = await stageAndCheck(ctx, conn, t, sheets, copy);
  if (errors.count > 0) {
    await reportProgress(ctx.db, ctx.jobId, {
      status: 'failed',
      rows_total: read,
      rows_read: read,
      error_count: errors.count,
      errors: errors.kept.slice(0, MAX_ERRORS),
      message: `พบข้อผิดพลาด ${errors.count.toLocaleString('en-US')} รายการ ไม่มีการบันทึกข้อมูล${errors.count > MAX_ERRORS ? ` (แสดง ${MAX_ERRORS.toLocaleString('en-US')} รายการแรก)` : ''}`,
      finished_at: new Date(),
    });
    return;
  }
  await reportProgress(ctx.db, ctx.jobId, { status: 'saving', rows_total: read, rows_read: read });
  const totals = await save(ctx, conn, t, read, copy);
  await ctx.phases.time('analyze', read, () => analyzeHouseholds(conn));
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
  const done = run({
    db,
    user,
    unit,
    jobId: id,
    file,
    kind,
    fiscalYear: input.fiscalYear,
    log: input.log,
    phases: new ImportPhases(),
  });
  return { job: presentJob(job), done };
}
