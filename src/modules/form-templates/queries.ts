import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, nextRowVersion } from '../../db/row-version.ts';
import type { FormTemplateStatus, FormTemplatesTable } from '../../db/tables/forms.ts';
import { containing, pathAbove, pathUnder } from '../../plugins/access.ts';

/** All SQL of the follow-up form templates. */

const columns = [
  't.id',
  't.unit_id',
  't.code',
  't.version',
  't.status',
  't.title_th',
  't.updated_at',
  't.published_at',
  'n.code as unit_code',
  'n.name_th as unit_name_th',
  'n.path as unit_path',
] as const;

function selectTemplates(db: Db) {
  return db.selectFrom('form_templates as t').leftJoin('units as n', 'n.id', 't.unit_id').select(columns);
}

export type TemplateSummaryRow = Awaited<ReturnType<typeof listTemplates>>[number];
export type TemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplate>>>;

export function findTemplate(db: Db, id: number) {
  return selectTemplates(db)
    .select(['t.definition', 't.row_version'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** Templates by id with their definitions, for the follow-ups that were filled from them. */
export function findTemplates(db: Db, ids: readonly number[]) {
  return selectTemplates(db)
    .select(['t.definition', 't.row_version'])
    .where('t.id', 'in', [...ids])
    .execute();
}

/** The ids of every version of every owner's template with this code. */
export function idsWithCode(db: Db, code: string) {
  return db
    .selectFrom('form_templates')
    .select('id')
    .where('code', '=', code)
    .execute()
    .then((rows) => rows.map((r) => r.id));
}

export type ListFilter = {
  /** The reader's scope path: department-wide templates, those of a unit above it and those of units under it. */
  scopePath: string;
  statuses: readonly FormTemplateStatus[];
  /** Where the reader may write, so sees drafts: department-wide ones and those under `path`; null = nowhere. */
  writable: { departmentWide: boolean; path: string } | null;
  q?: string | null;
};

/** Templates a reader sees (drafts only where the reader writes), department-wide first, newest version first. */
export function listTemplates(db: Db, f: ListFilter) {
  let q = selectTemplates(db)
    .where((eb) =>
      eb.or([
        eb('t.unit_id', 'is', null),
        pathAbove(eb.ref('n.path').$notNull(), f.scopePath),
        pathUnder(eb.ref('n.path').$notNull(), f.scopePath),
      ]),
    )
    .where('t.status', 'in', [...f.statuses]);
  const writable = f.writable;
  q = q.where((eb) => {
    const published = eb('t.status', '<>', 'draft');
    if (writable === null) return published;
    const owned = writable.departmentWide
      ? eb.or([eb('t.unit_id', 'is', null), pathUnder(eb.ref('n.path').$notNull(), writable.path)])
      : eb.and([eb('t.unit_id', 'is not', null), pathUnder(eb.ref('n.path').$notNull(), writable.path)]);
    return eb.or([published, owned]);
  });
  if (f.q) {
    const pattern = containing(f.q);
    q = q.where((eb) =>
      eb.or([
        eb('t.code', 'ilike', pattern),
        eb('t.title_th', 'ilike', pattern),
        eb('t.search_text', 'ilike', pattern),
      ]),
    );
  }
  return q
    .orderBy(sql`t.unit_id is null`, 'desc')
    .orderBy('n.code')
    .orderBy('t.code')
    .orderBy('t.version', 'desc')
    .limit(500)
    .execute();
}

/** Every version of one owner's code, oldest first. */
export function versionsOf(db: Db, unitId: number | null, code: string) {
  return db
    .selectFrom('form_templates')
    .select(['id', 'version', 'status'])
    .where((eb) => (unitId === null ? eb('unit_id', 'is', null) : eb('unit_id', '=', unitId)))
    .where('code', '=', code)
    .orderBy('version')
    .execute();
}

export function insertTemplate(db: Db, row: Insertable<FormTemplatesTable>) {
  return db.insertInto('form_templates').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Saves a draft's definition; 0 when it is no longer a draft. */
/** An edit of a draft, only while it is at the row version the client loaded (if sent). */
export function updateDraft(
  db: Db,
  id: number,
  changes: { title_th: string; definition: string; search_text: string },
  rowVersion: number | undefined,
) {
  return db
    .updateTable('form_templates')
    .set({ ...changes, updated_at: new Date(), row_version: nextRowVersion() })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

/**
 * Publishes a draft and retires the owner's published version of the same code, retiring first so the
 * one-published index holds at every statement. 0 when the draft is no longer a draft.
 */
export async function publishDraft(db: Db, id: number, unitId: number | null, code: string, userId: number) {
  const retired = await db
    .updateTable('form_templates')
    .set({ status: 'retired', updated_at: new Date() })
    .where((eb) => (unitId === null ? eb('unit_id', 'is', null) : eb('unit_id', '=', unitId)))
    .where('code', '=', code)
    .where('status', '=', 'published')
    .returning(['id', 'version'])
    .execute();
  const published = await db
    .updateTable('form_templates')
    .set({ status: 'published', published_at: new Date(), published_by: userId, updated_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return { published: Number(published.numUpdatedRows), retired };
}
