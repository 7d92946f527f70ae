import { type Kysely, sql } from 'kysely';

// Issue R2-6 item 5, a region removed from a KPI and added back: the department's KPI entry deletes the rows of the
// regions it leaves out, so a re-added row used to start again at version 1 and a region office's form loaded before
// the removal could match it by chance and overwrite it. The KPI entry keeps the highest version any removed region
// row of it had (0 while none was removed); a region row the department adds starts one above it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table quarterly_kpis add column removed_region_version integer not null default 0 check (removed_region_version >= 0)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table quarterly_kpis drop column removed_region_version`.execute(db);
}
