import { type Kysely, sql } from 'kysely';

// Issue R2-1 §5: an approved report must keep showing the fields it was filled with. A report type's fields move
// into numbered versions; every submission names the version it was opened with. Existing forms become version 1,
// and so do all their existing submissions (they were filled with the fields the form has now).
const statements = [
  sql`create table report_type_versions (
    report_type_id integer not null references report_types(id) on delete cascade,
    version integer not null check (version >= 1),
    fields jsonb not null,
    created_by integer references users(id),
    created_at timestamptz not null default now(),
    primary key (report_type_id, version)
  )`,
  sql`insert into report_type_versions (report_type_id, version, fields, created_at)
    select id, 1, fields, created_at from report_types`,
  sql`alter table report_types drop column fields`,
  sql`alter table submissions add column report_type_version integer not null default 1`,
  sql`alter table submissions alter column report_type_version drop default`,
  sql`alter table submissions add constraint submissions_version_fk
    foreign key (report_type_id, report_type_version) references report_type_versions (report_type_id, version)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

/** Back to one field set per form: each form keeps its latest version's fields; older versions are dropped. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table submissions drop constraint submissions_version_fk`.execute(db);
  await sql`alter table submissions drop column report_type_version`.execute(db);
  await sql`alter table report_types add column fields jsonb`.execute(db);
  await sql`update report_types t set fields = (select v.fields from report_type_versions v
    where v.report_type_id = t.id order by v.version desc limit 1)`.execute(db);
  await sql`alter table report_types alter column fields set not null`.execute(db);
  await sql`drop table report_type_versions`.execute(db);
}
