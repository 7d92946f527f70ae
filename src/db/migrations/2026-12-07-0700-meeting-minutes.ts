import { type Kysely, sql } from 'kysely';

// Issue R2-5 item 3: a province office's monthly meeting minutes (seed 003 §1). The number n/B.E.-year comes from a
// per-office, per-year counter bumped inside the creating transaction, and the unique key makes a repeat impossible:
// seed 003 L1203 announced the next meeting as "ครั้งที่ ๘/๒๕๖๕" although 8/2565 was the meeting itself (L4).
// A finished minutes is locked; an amendment is a new version under the same number (version 2, 3, …).
// The body (attendees, agenda items, inserted tables with their as-of dates, signatures) is one jsonb document
// checked by zod before it is written; search_text is its words, for the list's text search.
const statements = [
  sql`create table meeting_minute_counters (
    unit_id integer not null references units(id),
    number_year integer not null check (number_year between 2500 and 2700),
    last_no integer not null check (last_no >= 1),
    primary key (unit_id, number_year)
  )`,
  sql`create table meeting_minutes (
    id serial primary key,
    unit_id integer not null references units(id),
    number_no integer not null check (number_no >= 1),
    number_year integer not null check (number_year between 2500 and 2700),
    version integer not null default 1 check (version >= 1),
    amends_id integer references meeting_minutes(id),
    status text not null default 'draft' check (status in ('draft', 'finished')),
    title_th text not null,
    meeting_date date not null,
    time_from text not null,
    time_to text,
    venue_th text not null,
    body jsonb not null,
    search_text text not null default '',
    created_by integer references users(id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    finished_at timestamptz,
    finished_by integer references users(id),
    unique (unit_id, number_year, number_no, version)
  )`,
  sql`create index meeting_minutes_unit_date on meeting_minutes (unit_id, meeting_date desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table meeting_minutes`.execute(db);
  await sql`drop table meeting_minute_counters`.execute(db);
}
