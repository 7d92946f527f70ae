import { type Kysely, sql } from 'kysely';

// Issue R2-5 item 1: a province office's monthly plan of follow-up visits (seed 000: the letter อบ 0019/ว 996, the plan
// table and the issue list). One plan per province and month; a finished plan is locked and an amendment is a new
// version of the same month (version 2, 3, …). The rows and the letter are one jsonb document checked by zod before
// it is written; district_ids are the districts the rows visit, so a district officer reads the plans that name
// their district; search_text is the document's words for the list's text search.
// visit_topics are the province's reusable topic templates (the seed's ประเด็นการตรวจติดตามงาน), copied into a row's
// topics when picked, so editing a template never changes a plan already written.
const statements = [
  sql`create table visit_plans (
    id serial primary key,
    unit_id integer not null references units(id),
    plan_month text not null check (plan_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    fiscal_year integer not null check (fiscal_year between 2500 and 2700),
    version integer not null default 1 check (version >= 1),
    amends_id integer references visit_plans(id),
    status text not null default 'draft' check (status in ('draft', 'finished')),
    body jsonb not null,
    district_ids integer[] not null default '{}',
    search_text text not null default '',
    created_by integer references users(id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    finished_at timestamptz,
    finished_by integer references users(id),
    unique (unit_id, plan_month, version)
  )`,
  sql`create index visit_plans_month on visit_plans (plan_month desc)`,
  sql`create table visit_topics (
    id serial primary key,
    unit_id integer not null references units(id),
    position integer not null default 0,
    title_th text not null,
    detail_th text not null default '',
    lines jsonb not null default '[]',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  sql`create index visit_topics_unit on visit_topics (unit_id, position)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table visit_topics`.execute(db);
  await sql`drop table visit_plans`.execute(db);
}
