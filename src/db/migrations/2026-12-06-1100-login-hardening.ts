import { type Kysely, sql } from 'kysely';

// Issue R2-1 item 10: a per-account lockout next to the per-address limit. failed_logins counts wrong
// passwords since the last successful login; locked_until is when the account may try again (null: not locked).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users
    add column failed_logins integer not null default 0 check (failed_logins >= 0),
    add column locked_until timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop column failed_logins, drop column locked_until`.execute(db);
}
