import { type Kysely, sql } from 'kysely';

// Issue R2-6 item 5: the login limits (per client address and account name, and per address) counted in the
// database, so that two or more app instances behind one proxy share them; in process memory each instance counted
// its own and N instances let a client try N times as often. One row per key and window of one minute: hits so far
// and when the window ends; rows of ended windows are deleted by later logins.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table login_attempts (
    key text primary key,
    window_end timestamptz not null,
    hits integer not null check (hits >= 1)
  )`.execute(db);
  await sql`create index login_attempts_window_end on login_attempts (window_end)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table login_attempts`.execute(db);
}
