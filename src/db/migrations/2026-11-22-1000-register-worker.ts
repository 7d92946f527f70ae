import { type Kysely, sql } from 'kysely';

const statements = [
  // A register write asks for its bound KPIs to be recomputed instead of computing them in the user's request
  // (a household edit in a province of a million households would otherwise wait seconds for the measure).
  // `generation` grows with every new request, so the worker deletes a request only if none came while it computed.
  sql`create table register_recompute_requests (
    kpi_id integer primary key references register_bindings(kpi_id) on delete cascade,
    generation integer not null default 1,
    requested_at timestamptz not null default now(),
    failed_generation integer,
    error text
  )`,
  // The import's heartbeat: an unfinished import whose row has not moved for a while died with its server.
  sql`alter table register_imports add column updated_at timestamptz not null default now()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table register_imports drop column updated_at`.execute(db);
  await sql`drop table register_recompute_requests`.execute(db);
}
