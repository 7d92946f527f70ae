import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, nextRowVersion } from '../../db/row-version.ts';
import { yearsOf } from '../../db/years-of.ts';
import { containing, pathUnder } from '../../plugins/access.ts';

const projectColumns = [
  'p.id',
  'p.fiscal_year',
  'p.round',
  'p.name',
  'p.budget_line_id',
  'p.completion_percent',
  'p.completed_on',
  'p.evaluation_submitted_on',
  'p.row_version',
  'u.id as unit_id',
  'u.code as unit_code',
  'u.name_th as unit_name_th',
  'u.path as unit_path',
] as const;

function selectProjects(db: Db) {
  return db
    .selectFrom('projects as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(projectColumns)
    .select((eb) =>
      eb
        .selectFrom('project_photos as ph')
        .whereRef('ph.project_id', '=', 'p.id')
        .select((c) => c.cast<number>(c.fn.countAll(), 'integer').as('n'))
        .as('photo_count'),
    );
}

export type ProjectRecord = NonNullable<Awaited<ReturnType<typeof findProject>>>;

export function findProject(db: Db, id: number) {
  return selectProjects(db).where('p.id', '=', id).executeTakeFirst();
}

export type ProjectFilter = {
  round?: number | undefined;
  /** Anywhere in the project's name, case-insensitive, % and _ as themselves. */
  q?: string | undefined;
  /** Completion below 100 %. */
  incomplete?: boolean | undefined;
};

export function projectsUnder(db: Db, path: string, fiscalYear: number, f: ProjectFilter = {}) {
  let q = selectProjects(db)
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .where('p.fiscal_year', '=', fiscalYear);
  if (f.round !== undefined) q = q.where('p.round', '=', f.round);
  if (f.q !== undefined) q = q.where('p.name', 'ilike', containing(f.q));
  if (f.incomplete) q = q.where('p.completion_percent', '<', '100');
  return q.orderBy('u.code').orderBy('p.id').execute();
}

export function projectsForUnits(
  db: Db,
  units: { code: string; path: string }[],
  fiscalYear: number,
  round: number,
) {
  if (units.length === 0) return Promise.resolve([]);
  return sql<{ code: string; id: number; completion_percent: string }>`
    select a.code, p.id, p.completion_percent
    from jsonb_to_recordset(${JSON.stringify(units)}::jsonb) as a(code text, path text)
    join units u on starts_with(u.path, a.path)
    join projects p on p.unit_id = u.id and p.fiscal_year = ${fiscalYear} and p.round = ${round}
    order by a.code, p.id`
    .execute(db)
    .then((r) => r.rows);
}

export type ProjectColumns = {
  name: string;
  budget_line_id: number | null;
  completion_percent: string;
  completed_on: string | null;
  evaluation_submitted_on: string | null;
};

export function insertProject(
  db: Db,
  row: ProjectColumns & { unit_id: number; fiscal_year: number; round: number },
) {
  return db.insertInto('projects').values(row).returning('id').executeTakeFirstOrThrow();
}

/** An edit of one project, only while it is at the row version the client loaded (if sent). */
export function updateProject(
  db: Db,
  id: number,
  row: Partial<ProjectColumns>,
  rowVersion: number | undefined,
) {
  return db
    .updateTable('projects')
    .set({ ...row, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

type NewProject = ProjectColumns & { unit_id: number; fiscal_year: number; round: number };

/** Imported projects, in one statement. */
export async function insertProjects(db: Db, rows: NewProject[]) {
  if (rows.length === 0) return;
  await sql`
    insert into projects (unit_id, fiscal_year, round, name, budget_line_id, completion_percent, completed_on,
      evaluation_submitted_on)
    select unit_id, fiscal_year, round, name, budget_line_id, completion_percent, completed_on, evaluation_submitted_on
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(unit_id integer, fiscal_year smallint,
      round smallint, name text, budget_line_id integer, completion_percent numeric, completed_on date,
      evaluation_submitted_on date)`.execute(db);
}

/** Re-imported projects, matched to their ids beforehand, in one statement; their photos stay. */
export async function updateProjects(db: Db, rows: (ProjectColumns & { id: number })[]) {
  if (rows.length === 0) return;
  await sql`
    update projects p
    set name = x.name, budget_line_id = x.budget_line_id, completion_percent = x.completion_percent,
      completed_on = x.completed_on, evaluation_submitted_on = x.evaluation_submitted_on, updated_at = now(),
      row_version = p.row_version + 1
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id integer, name text, budget_line_id integer,
      completion_percent numeric, completed_on date, evaluation_submitted_on date)
    where p.id = x.id`.execute(db);
}

/** Stored projects of a fiscal year under given keys (unit, round, name): how an import matches its rows. */
export function projectsOfKeys(
  db: Db,
  fiscalYear: number,
  keys: { unit_id: number; round: number; name: string }[],
) {
  if (keys.length === 0) return Promise.resolve([]);
  return sql<ProjectColumns & { id: number; unit_id: number; round: number }>`
    select p.id, p.unit_id, p.round, p.name, p.budget_line_id, p.completion_percent, p.completed_on,
      p.evaluation_submitted_on
    from projects p
    join jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as x(unit_id integer, round smallint, name text)
      on p.unit_id = x.unit_id and p.round = x.round and p.name = x.name
    where p.fiscal_year = ${fiscalYear}
    order by p.id`
    .execute(db)
    .then((r) => r.rows);
}

const photoColumns = [
  'id',
  'project_id',
  'sha256',
  'mime',
  'filename',
  'size',
  'display_path',
  'uploaded_at',
] as const;

export type PhotoRecord = NonNullable<Awaited<ReturnType<typeof findPhoto>>>;

export function photosOfProjects(db: Db, projectIds: number[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('project_photos')
    .select(photoColumns)
    .where('project_id', 'in', projectIds)
    .orderBy('project_id')
    .orderBy('id')
    .execute();
}

export function findPhoto(db: Db, projectId: number, photoId: number) {
  return db
    .selectFrom('project_photos')
    .select(photoColumns)
    .where('project_id', '=', projectId)
    .where('id', '=', photoId)
    .executeTakeFirst();
}

/** Undefined when the project already holds a photo with the same content. */
export function insertPhoto(
  db: Db,
  row: {
    project_id: number;
    sha256: string;
    mime: string;
    filename: string;
    size: number;
    display_path: string;
    uploaded_by: number;
  },
) {
  return db
    .insertInto('project_photos')
    .values(row)
    .onConflict((oc) => oc.columns(['project_id', 'sha256']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function deletePhoto(db: Db, photoId: number) {
  return db.deleteFrom('project_photos').where('id', '=', photoId).execute();
}

/**
 * The projects at or below a unit in the newest fiscal year that has one (none when it has none), as projectsUnder
 * lists a year: the home's project alerts in one read.
 */
export function projectsOfLatestYearUnder(db: Db, path: string) {
  return selectProjects(db)
    .where((eb) => pathUnder(eb.ref('u.path'), path))
    .where((eb) =>
      eb(
        'p.fiscal_year',
        '=',
        eb
          .selectFrom('projects as lp')
          .innerJoin('units as lu', 'lu.id', 'lp.unit_id')
          .select((m) => m.fn.max('lp.fiscal_year').as('year'))
          .where((m) => pathUnder(m.ref('lu.path'), path)),
      ),
    )
    .orderBy('u.code')
    .orderBy('p.id')
    .execute();
}

/** The fiscal years that have projects at or below a unit, newest first. */
export function projectYearsUnder(db: Db, path: string) {
  return yearsOf(
    db
      .selectFrom('projects as p')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .where((eb) => pathUnder(eb.ref('u.path'), path))
      .select('p.fiscal_year as year'),
  );
}
