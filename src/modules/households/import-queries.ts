import { CompiledQuery, type RawBuilder, sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../db/database.ts';
import { pathUnder } from '../../plugins/access.ts';
import type { ImportRowError } from '../imports/schemas.ts';
import { upsertHousehold } from './queries.ts';

/**
 * The staging table of one household import: a temporary table of the import's own session (PostgreSQL: the pinned
 * connection that loads, checks and saves; PGlite: its one session), named after the job, so two imports never share
 * rows and a stopped server leaves nothing behind (no migration, no clean-up of another run's rows, no WAL). Each
 * sheet row read becomes one staging row: its cells as the row parser typed them, or its errors.
 *
 * sheet 1 rows: `more` when every household cell is blank (a further activity of a household given on an earlier row,
 * or a first row that lacks its household cells); `hh_ok` when the household cells parsed; `errors` every error of
 * the row read as a household's first row; `act_errors` the errors of its activity cells alone (read for a developable
 * household), used when the row turns out to be a further activity. sheet 2 rows: a plan item, or its errors.
 */
export const STAGING_COLUMNS = [
  ['sheet', 'smallint'],
  ['line', 'integer'],
  ['more', 'boolean'],
  ['hh_ok', 'boolean'],
  ['errors', 'jsonb'],
  ['act_errors', 'jsonb'],
  ['has_activity', 'boolean'],
  ['house_code', 'text'],
  ['unit_code', 'text'],
  ['address', 'text'],
  ['head_name', 'text'],
  ['head_citizen_id', 'text'],
  ['members', 'smallint'],
  ['status', 'text'],
  ['problem_health', 'boolean'],
  ['problem_living', 'boolean'],
  ['problem_education', 'boolean'],
  ['problem_income', 'boolean'],
  ['problem_access', 'boolean'],
  ['baseline_income', 'numeric'],
  ['result_income', 'numeric'],
  ['activity', 'text'],
  ['method', 'text'],
  ['done_on', 'date'],
  ['place', 'text'],
  ['agency', 'text'],
  ['agency_role', 'text'],
  ['result', 'text'],
  ['dimension', 'text'],
  ['item', 'text'],
  ['due_on', 'date'],
] as const;

type ColumnName = (typeof STAGING_COLUMNS)[number][0];
export type StagingRow = Record<ColumnName, string | number | boolean | null | ImportRowError[]>;

/** A staging row with every column null, to be filled by the row's reader. */
export const emptyStagingRow = () =>
  Object.fromEntries(STAGING_COLUMNS.map(([name]) => [name, null])) as unknown as StagingRow;

/** The staging table and its table of households' first rows, by job. */
export type Staging = { rows: RawBuilder<unknown>; firsts: RawBuilder<unknown>; name: string };

export function stagingOf(jobId: number): Staging {
  const name = `household_import_${Math.trunc(jobId)}`;
  return { name, rows: sql.table(name), firsts: sql.table(`${name}_first`) };
}

const columnList = sql.raw(STAGING_COLUMNS.map(([name]) => name).join(', '));
const columnTypes = sql.raw(STAGING_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', '));

export async function createStaging(db: Db, t: Staging) {
  await dropStaging(db, t);
  await sql`create temporary table ${t.rows} (${columnTypes})`.execute(db);
}

/**
 * PostgreSQL: the import's pinned connection runs without JIT, put back when it returns to the pool. Its few big
 * statements each cost far above the JIT threshold, and compiling them took 6–8 s per statement at 300,000 rows
 * (EXPLAIN ANALYZE on the shared 2-core machine), while their time goes to index and foreign-key work that JIT does
 * not compile. Its sorts (staging's first rows, the save's joins by house code) get 64 MB instead of the server's
 * default 4 MB, which sent them to disk at 200,000 rows; one import slot at a time uses it.
 */
export async function setImportSession(db: Db, importing: boolean) {
  if (importing) {
    await sql`set jit = off`.execute(db);
    await sql`set work_mem = '64MB'`.execute(db);
    return;
  }
  await sql`reset jit`.execute(db);
  await sql`reset work_mem`.execute(db);
}

export async function dropStaging(db: Db, t: Staging) {
  await sql`drop table if exists ${t.rows}, ${t.firsts}`.execute(db);
}

/** PGlite: one batch of staging rows in one statement (a jsonb parameter). */
export async function insertStagingBatch(db: Db, t: Staging, rows: StagingRow[]) {
  if (rows.length === 0) return;
  await sql`insert into ${t.rows} (${columnList})
    select ${columnList} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${columnTypes})`.execute(
    db,
  );
}

/**
 * PostgreSQL: a COPY FROM STDIN stream (text format) into the staging table, on `db`'s connection. Kysely has no COPY,
 * but its pg connection hands the compiled query's `sql` to `client.query`, and pg runs any object with `submit` as a
 * query of its own: so the pg-copy-streams query goes through Kysely's pinned connection, queued like any statement.
 * `db` must be a single pinned connection (db.connection()), and the stream written and ended before the next query.
 */
export function copyIntoStaging(db: Db, t: Staging) {
  const compiled = sql`copy ${t.rows} (${columnList}) from stdin`.compile(db);
  const stream = copyFrom(compiled.sql);
  const done = db.executeQuery({ ...CompiledQuery.raw(''), sql: stream as unknown as string });
  return { stream, done };
}

/** One value as COPY's text format writes it: \N for null, backslash escapes for backslash, tab, newline and return. */
function copyValue(value: StagingRow[ColumnName]): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c) : text;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyLine(row: StagingRow): string {
  let line = '';
  for (const [name] of STAGING_COLUMNS) line += (line === '' ? '' : '\t') + copyValue(row[name]);
  return `${line}\n`;
}

/**
 * Each household's first row (the earliest sheet-1 row of its house code whose household cells parsed): later rows
 * of the code are its further activities (household cells blank) or duplicates. Planner statistics for both tables
 * (autovacuum never visits a temporary table).
 */
export async function indexStaging(db: Db, t: Staging) {
  await sql`create temporary table ${t.firsts} as
    select distinct on (house_code) house_code, line, status from ${t.rows}
    where sheet = 1 and hh_ok order by house_code, line`.execute(db);
  await sql`create unique index on ${t.firsts} (house_code)`.execute(db);
  await sql`analyze ${t.rows}`.execute(db);
  await sql`analyze ${t.firsts}`.execute(db);
}

export type StagingCheck = {
  /** The importing unit: its path, Thai name and province code (null above provinces). */
  path: string;
  unitName: string;
  province: string | null;
  sheetNames: readonly [string, string];
  /** Thai headers of the columns errors name. */
  headers: { houseCode: string; unitCode: string; activity: string };
  /** The activity-log refusal for each status that may not log one (domain activityLogGuard), by status. */
  guardMessages: Record<string, string>;
  limit: number;
};

/**
 * Every error of the staged file, in sheet and row order (within a row: the cells' own errors, then the house code's,
 * then the unit's), the first `limit` of them with the total. Rules over the whole file and the register, set-based:
 * - a sheet-1 row after its household's first row: with household cells, a duplicate; with only activity cells, a
 *   further activity, allowed for a developable household only (domain activityLogGuard);
 * - a house code of another province (domain/registers/house-code.ts houseCodeProvinceMessage, checked against the
 *   household's village or sub-district and against the importing unit), or registered outside the importing unit;
 * - a village or sub-district code that is not one, or lies outside the importing unit;
 * - a plan item of a house code neither in sheet 1 nor in the register.
 * The cell rules (formats, ranges, status marks, incomes, dates) were checked as each row was read (import-rows.ts).
 */
export async function stagingErrors(db: Db, t: Staging, q: StagingCheck) {
  const sheetText = (sheet: RawBuilder<unknown>, line: RawBuilder<unknown>) =>
    sql`'ชีต "' || (${JSON.stringify(q.sheetNames)}::jsonb ->> (${sheet} - 1)) || '" แถวที่ ' || ${line}::text`;
  const rowError = (field: string, column: string, message: RawBuilder<unknown>, cell: boolean) =>
    sql`jsonb_build_object('sheet', c.sheet, 'row', c.line, 'field', ${field}::text, 'column', ${column}::text,
      'message', ${sheetText(sql`c.sheet`, sql`c.line`)} || ${cell ? sql`' ช่อง "' || ${column}::text || '": '` : sql`': '`}
        || ${message})`;
  const rows = await sql<{ error: ImportRowError; total: number }>`
    with c as (
      select s.*, f.line as first_line, f.status as first_status
      from ${t.rows} s left join ${t.firsts} f on s.sheet = 1 and f.house_code = s.house_code
    ), item as (
      select c.*, case when c.sheet = 1 and not c.more then c.unit_code end as home_code,
        (${q.province}::text is not null and left(c.house_code, 2) <> ${q.province}::text)
          or (c.sheet = 1 and not c.more and left(c.house_code, 2) <> left(c.unit_code, 2)) as foreign_code
      from c
      where (c.sheet = 2 and c.errors is null)
        or (c.sheet = 1 and c.first_line = c.line and c.errors is null)
        or (c.sheet = 1 and c.more and c.has_activity and c.first_line < c.line
          and c.first_status = 'developable' and c.act_errors is null)
    ), checked as (
      select i.sheet, i.line, i.house_code, i.home_code, i.foreign_code,
        not i.foreign_code and hu.path is not null and not starts_with(hu.path, ${q.path}) as held_outside,
        not i.foreign_code and h.id is null as unregistered,
        u.kind as unit_kind, u.path as unit_path
      from item i
      left join households h on not i.foreign_code and h.house_code = i.house_code
      left join units hu on hu.id = h.unit_id
      left join units u on u.code = i.home_code
    ), errs as (
      select c.sheet, c.line, 0 as phase, e.ord, e.error
      from c cross join lateral jsonb_array_elements(c.errors) with ordinality as e(error, ord)
      where c.errors is not null and (c.sheet = 2 or c.first_line is null or c.first_line >= c.line)
      union all
      select c.sheet, c.line, 0, e.ord, e.error
      from c cross join lateral jsonb_array_elements(c.act_errors) with ordinality as e(error, ord)
      where c.sheet = 1 and c.more and c.has_activity and c.first_line < c.line and c.first_status = 'developable'
        and c.act_errors is not null
      union all
      select c.sheet, c.line, 0, 0, ${rowError(
        'activity',
        q.headers.activity,
        sql`(${JSON.stringify(q.guardMessages)}::jsonb ->> c.first_status)`,
        true,
      )}
      from c where c.sheet = 1 and c.more and c.has_activity and c.first_line < c.line
        and c.first_status <> 'developable'
      union all
      select c.sheet, c.line, 0, 0, ${rowError(
        'house_code',
        q.headers.houseCode,
        sql`'รหัสบ้านซ้ำกับแถวที่ ' || c.first_line::text
          || ' (แถวที่บันทึกกิจกรรมเพิ่มของครัวเรือนเดิมให้กรอกเฉพาะรหัสบ้านและช่องกิจกรรม)'`,
        true,
      )}
      from c where c.sheet = 1 and not c.more and c.first_line < c.line
      union all
      select c.sheet, c.line, 1, 0, ${rowError(
        'house_code',
        q.headers.houseCode,
        sql`case
          when c.foreign_code then 'รหัสบ้าน ' || c.house_code || ' ไม่ใช่รหัสบ้านของจังหวัดนี้: รหัสประจำบ้านต้องขึ้นต้นด้วยรหัสจังหวัด '
            || coalesce(left(c.home_code, 2), ${q.province}::text, '') || ' ตามทะเบียนราษฎร (2 หลักแรก)'
          when c.held_outside then 'รหัสบ้าน ' || c.house_code || ' อยู่ในทะเบียนของหน่วยงานอื่นนอกพื้นที่' || ${q.unitName}::text
          else 'ไม่พบรหัสบ้าน ' || c.house_code || ' ในชีตข้อมูลครัวเรือนหรือในทะเบียน' end`,
        false,
      )}
      from checked c
      where c.foreign_code or c.held_outside
        or (c.sheet = 2 and c.unregistered
          and not exists (select 1 from ${t.firsts} f where f.house_code = c.house_code))
      union all
      select c.sheet, c.line, 2, 0, ${rowError(
        'unit_code',
        q.headers.unitCode,
        sql`case when c.unit_kind is null or c.unit_kind not in ('village', 'subdistrict')
          then 'ไม่พบหมู่บ้านหรือตำบลรหัส ' || c.home_code
          else 'รหัส ' || c.home_code || ' อยู่นอกพื้นที่' || ${q.unitName}::text end`,
        false,
      )}
      from checked c
      where c.home_code is not null and (c.unit_kind is null or c.unit_kind not in ('village', 'subdistrict')
        or not starts_with(c.unit_path, ${q.path}))
    )
    select error, (count(*) over ())::int as total from errs
    order by sheet, line, phase, ord
    limit ${q.limit}`.execute(db);
  return { errors: rows.rows.map((r) => r.error), total: rows.rows[0]?.total ?? 0 };
}

/** The file's income of a survey year (blank: the stored one kept) equals the stored household `e`'s, digit for digit. */
const sameIncome = (income: RawBuilder<unknown>, year: number) =>
  sql`(${income} is null or exists (select 1 from household_incomes si where si.household_id = e.id
    and si.survey_year = ${year}::smallint and si.income_per_person::text = ${income}::text))`;

type SaveScope = { userId: number; scopePath: string; baselineYear: number; resultYear: number };

/**
 * The households of the staged file in one statement: each household's first row upserted by house code
 * (queries.ts upsertHousehold, which moves its row version on), its two survey years' incomes and the activities of
 * its rows (first and further; one already logged for the household that day is kept once), joined to the upsert's
 * own ids rather than looked up again. A household created here has no income yet: its incomes are plain inserts,
 * without the upsert's conflict probe. A stored household the file leaves as it is (every cell the upsert would set
 * equal, and its incomes: an income is part of the household's version, as the form's income edit moves it) is not
 * rewritten, nor its version moved, nor an unchanged income: a re-imported file costs reads, not a new version of
 * every row and of its index entries. A stored household outside `scopePath` is left alone and not counted, so the
 * caller can tell that the register changed since it checked (`expected` is what should have been written or found
 * equal).
 */
export async function saveStagedHouseholds(db: Db, t: Staging, q: SaveScope) {
  const r = await sql<{ created: number; updated: number; expected: number; activities: number }>`
    with x as (
      select s.*, u.id as unit_id
      from ${t.rows} s join ${t.firsts} f on f.line = s.line left join units u on u.code = s.unit_code
      where s.sheet = 1
    ), same as (
      select e.id, e.house_code
      from x join households e on e.house_code = x.house_code join units o on o.id = e.unit_id
      where ${pathUnder(sql.ref('o.path'), q.scopePath)}
        and (e.unit_id, e.address, e.members, e.status, e.problem_health, e.problem_living, e.problem_education,
          e.problem_income, e.problem_access, e.head_name, e.head_citizen_id)
        is not distinct from (x.unit_id, coalesce(x.address, e.address), x.members, x.status, x.problem_health,
          x.problem_living, x.problem_education, x.problem_income, x.problem_access, coalesce(x.head_name, e.head_name),
          coalesce(x.head_citizen_id, e.head_citizen_id))
        and ${sameIncome(sql`x.baseline_income`, q.baselineYear)} and ${sameIncome(sql`x.result_income`, q.resultYear)}
    ), h as (
      insert into households as t (unit_id, house_code, address, members, status, status_set_by, problem_health,
        problem_living, problem_education, problem_income, problem_access, head_name, head_citizen_id)
      select x.unit_id, x.house_code, x.address, x.members, x.status, ${q.userId}::int, x.problem_health,
        x.problem_living, x.problem_education, x.problem_income, x.problem_access, x.head_name, x.head_citizen_id
      from x
      where x.unit_id is not null and not exists (select 1 from same where same.house_code = x.house_code)
      order by x.line
      ${upsertHousehold(q.scopePath)}
      returning t.id, t.house_code, (t.xmax = 0) as inserted
    ), ids as (
      select id, house_code, inserted from h union all select id, house_code, false from same
    ), v as (
      select ids.id, ids.inserted, v.year, v.income
      from x join ids on ids.house_code = x.house_code
      cross join lateral (values (${q.baselineYear}::smallint, x.baseline_income),
        (${q.resultYear}::smallint, x.result_income)) as v(year, income)
      where v.income is not null
    ), fresh as (
      insert into household_incomes (household_id, survey_year, income_per_person)
      select id, year, income from v where inserted
    ), i as (
      insert into household_incomes as t (household_id, survey_year, income_per_person)
      select id, year, income from v where not inserted
      on conflict (household_id, survey_year) do update set income_per_person = excluded.income_per_person
      where t.income_per_person::text <> excluded.income_per_person::text
    ), a as (
      insert into household_activities (household_id, activity, method, done_on, place, agency, agency_role,
        result, created_by)
      select ids.id, s.activity, s.method, s.done_on, s.place, s.agency, s.agency_role, s.result, ${q.userId}::int
      from ${t.rows} s join ${t.firsts} f on f.house_code = s.house_code join ids on ids.house_code = s.house_code
      where s.sheet = 1 and s.activity is not null and (f.line = s.line or (s.more and f.line < s.line))
      order by s.line
      on conflict (household_id, done_on, activity) do nothing
      returning 1
    )
    select (select count(*) from h where inserted)::int as created,
      (select count(*) from h where not inserted)::int + (select count(*) from same)::int as updated,
      (select count(*) from x)::int as expected,
      (select count(*) from a)::int as activities`.execute(db);
  return r.rows[0] ?? { created: 0, updated: 0, expected: 0, activities: 0 };
}

/** Sheet 2's plan items; an item a household already has is kept once. */
export async function saveStagedPlanItems(db: Db, t: Staging, q: SaveScope) {
  const r = await sql<{ n: number }>`
    with p as (
      insert into household_plan_items (household_id, dimension, item, agency, due_on, created_by)
      select h.id, s.dimension, s.item, s.agency, s.due_on, ${q.userId}::int
      from ${t.rows} s join households h on h.house_code = s.house_code
      where s.sheet = 2
      order by s.line
      on conflict (household_id, item) do nothing
      returning 1
    )
    select count(*)::int as n from p`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** Rows that become a record: households' first rows, further activities and plan items (the job's rows saved). */
export async function stagedItemCount(db: Db, t: Staging) {
  const r = await sql<{ n: number }>`
    select count(*)::int as n from ${t.rows} s left join ${t.firsts} f on s.sheet = 1 and f.house_code = s.house_code
    where s.sheet = 2 or f.line = s.line or (s.more and s.has_activity and f.line < s.line)`.execute(db);
  return r.rows[0]?.n ?? 0;
}
