import { type Kysely, sql } from 'kysely';

// Issue R2-6 item 5: no lost update on concurrent edits. Every table edited through a PUT/PATCH route keeps a row
// version, bumped by each edit; an edit names the version it was made from and changes the row only while the
// row is still at that version (`update … set …, row_version = row_version + 1 where id = $1 and row_version = $2`),
// so two officers who opened the same record cannot overwrite each other silently: the later save is answered 409.
// This is not the document `version` of agreements, minutes and visit plans (amendments are new rows) nor the
// follow-ups' `revision` (their offline sync's own counter, older than this column). A constant default adds the
// column without rewriting the table on PostgreSQL 11+ (and PGlite), whatever the number of households.
export const VERSIONED_TABLES = [
  'households',
  'meeting_minutes',
  'visit_plans',
  'visit_topics',
  'projects',
  'community_funds',
  'debt_relief_households',
  'users',
  'report_types',
  'submissions',
  'budget_lines',
  'kpis',
  'agreements',
  'form_templates',
  'quarterly_reports',
  'quarterly_kpis',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of VERSIONED_TABLES)
    await sql`alter table ${sql.table(table)} add column row_version integer not null default 1 check (row_version >= 1)`.execute(
      db,
    );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of VERSIONED_TABLES)
    await sql`alter table ${sql.table(table)} drop column row_version`.execute(db);
}
