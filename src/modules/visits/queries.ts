import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, nextRowVersion } from '../../db/row-version.ts';
import type { VisitPlansTable } from '../../db/tables/visits.ts';
import { containing, pathUnder } from '../../plugins/access.ts';

/** All SQL of the visit plans: the plans with their versions, the province's districts and work groups, the topics. */

const columns = [
  'p.id',
  'p.unit_id',
  'p.plan_month',
  'p.fiscal_year',
  'p.version',
  'p.amends_id',
  'p.status',
  'p.body',
  'p.district_ids',
  'p.search_text',
  'p.updated_at',
  'p.finished_at',
  'p.row_version',
  'n.code as unit_code',
  'n.name_th as unit_name_th',
  'n.path as unit_path',
] as const;

function selectPlans(db: Db) {
  return db.selectFrom('visit_plans as p').innerJoin('units as n', 'n.id', 'p.unit_id').select(columns);
}

export type PlanRecord = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export function findPlan(db: Db, id: number) {
  return selectPlans(db).where('p.id', '=', id).executeTakeFirst();
}

/** The latest version of a province's plan for a month, if any. */
export function latestOfMonth(db: Db, unitId: number, month: string) {
  return db
    .selectFrom('visit_plans')
    .select(['id', 'version'])
    .where('unit_id', '=', unitId)
    .where('plan_month', '=', month)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function insertPlan(db: Db, row: Insertable<VisitPlansTable>) {
  return db.insertInto('visit_plans').values(row).returning('id').executeTakeFirstOrThrow();
}

export function updatePlan(
  db: Db,
  id: number,
  changes: { body: string; search_text: string; district_ids: number[] },
  rowVersion: number | undefined,
) {
  return db
    .updateTable('visit_plans')
    .set({ ...changes, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where(atRowVersion(rowVersion))
    .executeTakeFirst()
    .then((r) => Number(r.numUpdatedRows));
}

export function markFinished(db: Db, id: number, userId: number) {
  return db
    .updateTable('visit_plans')
    .set({
      status: 'finished',
      finished_at: new Date(),
      finished_by: userId,
      updated_at: new Date(),
      row_version: nextRowVersion(),
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst()
    .then((r) => Number(r.numUpdatedRows));
}

export type ListFilter = {
  /** Plans of provinces under this path… */
  scopePath: string;
  /** …or, for a district officer, plans that visit this district. */
  districtId: number | null;
  fiscalYear?: number;
  month?: string;
  q?: string | null;
};

/** The latest version of each province's month, newest month first. */
export function listPlans(db: Db, f: ListFilter) {
  let q = selectPlans(db).where(({ not, exists, selectFrom }) =>
    not(
      exists(
        selectFrom('visit_plans as later')
          .select('later.id')
          .whereRef('later.unit_id', '=', 'p.unit_id')
          .whereRef('later.plan_month', '=', 'p.plan_month')
          .whereRef('later.version', '>', 'p.version'),
      ),
    ),
  );
  const { districtId } = f;
  q =
    districtId === null
      ? q.where((eb) => pathUnder(eb.ref('n.path'), f.scopePath))
      : q.where((eb) => eb(eb.val(districtId), '=', eb.fn.any('p.district_ids')));
  if (f.fiscalYear) q = q.where('p.fiscal_year', '=', f.fiscalYear);
  if (f.month) q = q.where('p.plan_month', '=', f.month);
  if (f.q) q = q.where('p.search_text', 'ilike', containing(f.q));
  return q.orderBy('p.plan_month', 'desc').orderBy('n.code').limit(200).execute();
}

/** Every version of a province's month, oldest first. */
export function versionsOf(db: Db, unitId: number, month: string) {
  return db
    .selectFrom('visit_plans')
    .select(['id', 'version', 'status', 'updated_at', 'finished_at'])
    .where('unit_id', '=', unitId)
    .where('plan_month', '=', month)
    .orderBy('version')
    .execute();
}

/** The province's districts and work groups, for the rows' pickers and the district check. */
export function provinceChildren(db: Db, provinceId: number) {
  return db
    .selectFrom('units')
    .select(['id', 'code', 'kind', 'name_th'])
    .where('parent_id', '=', provinceId)
    .where('kind', 'in', ['district', 'work_group'])
    .orderBy('code')
    .execute();
}

export function topicsOf(db: Db, unitId: number) {
  return db
    .selectFrom('visit_topics')
    .select(['id', 'unit_id', 'position', 'title_th', 'detail_th', 'lines', 'row_version'])
    .where('unit_id', '=', unitId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function findTopic(db: Db, id: number) {
  return db
    .selectFrom('visit_topics as t')
    .innerJoin('units as n', 'n.id', 't.unit_id')
    .select([
      't.id',
      't.unit_id',
      't.position',
      't.title_th',
      't.detail_th',
      't.lines',
      't.row_version',
      'n.path',
      'n.name_th',
    ])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

export function insertTopics(
  db: Db,
  rows: { unit_id: number; position: number; title_th: string; detail_th: string; lines: string }[],
) {
  return db.insertInto('visit_topics').values(rows).returning('id').execute();
}

/** An edit of a topic, only while it is at the row version the client loaded (if sent); answers the new version. */
export function updateTopic(
  db: Db,
  id: number,
  changes: { position: number; title_th: string; detail_th: string; lines: string },
  rowVersion: number | undefined,
) {
  return db
    .updateTable('visit_topics')
    .set({ ...changes, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .returning('row_version')
    .executeTakeFirst();
}

export function deleteTopic(db: Db, id: number) {
  return db.deleteFrom('visit_topics').where('id', '=', id).executeTakeFirst();
}
