import { type Kysely, sql } from 'kysely';

// Issue R2-6 (national scale, item 3): sheet 3 (002 L48) and KPI I4 (001 L404–407) from per-unit counts kept on
// write instead of a count over households and their incomes (seconds per million households).
// household_poverty_counts: per village or sub-district and fiscal year FY, the developable households whose
// income of survey year FY − 1 (the baseline) is below the line (targets) and, of those, the ones whose income of
// survey year FY (the result) is at or above it (passed):
// 001 L404: "จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. ปี ๒๕๖๗ / - จำนวนครัวเรือนยากจนเป้าหมายที่มีรายได้ผ่านเกณฑ์ จปฐ. ปี ๒๕๖๘" (FY2568);
// 001 L397: "รายได้เฉลี่ยของคนในครัวเรือนต่อปี น้อยกว่า ๔๐,๐๐๐ บาท" (the line, 40,000 baht per person per year; 40,000 is not below it).
// Only fiscal years with targets have a row (a survey year Y gives the row of FY Y + 1); the household counts by
// status come from household_progress_status (migration 2026-12-07-0500). The households module recounts the units
// a write touches in the write's transaction (progress-queries.ts); this migration backfills from the register.
const statements = [
  sql`create table household_poverty_counts (
    unit_id integer not null references units(id),
    fiscal_year smallint not null,
    targets integer not null,
    passed integer not null,
    primary key (unit_id, fiscal_year),
    check (0 <= passed and passed <= targets)
  )`,
  sql`insert into household_poverty_counts (unit_id, fiscal_year, targets, passed)
    select h.unit_id, (b.survey_year + 1)::smallint, count(*)::int,
      count(*) filter (where r.income_per_person >= 40000)::int
    from households h
    join household_incomes b on b.household_id = h.id and b.income_per_person < 40000
    left join household_incomes r on r.household_id = h.id and r.survey_year = b.survey_year + 1
    where h.status = 'developable'
    group by h.unit_id, b.survey_year`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table household_poverty_counts`.execute(db);
}
