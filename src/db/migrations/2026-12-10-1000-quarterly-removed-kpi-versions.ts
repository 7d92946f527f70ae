import { type Kysely, sql } from 'kysely';

// Issue R2-6 item 5, a KPI removed from a draft quarter and added back: removing it deletes its entry and its region
// rows, so a re-added KPI used to start again at version 1 and a KPI form or a region office's form loaded before the
// removal could match it by chance and overwrite the new entry. The quarter's report keeps, per KPI code, the highest
// version the removed KPI's entry or any of its region rows had ({} while none was removed); a KPI added back starts
// above it, its entry and its region rows alike.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table quarterly_reports add column removed_kpi_versions jsonb not null default '{}'::jsonb`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table quarterly_reports drop column removed_kpi_versions`.execute(db);
}
