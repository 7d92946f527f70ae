import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { pathUnder } from '../../plugins/access.ts';

export type AuditInsert = {
  userId: number | null;
  unitId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

const auditRows = (entries: AuditInsert[]) =>
  JSON.stringify(
    entries.map((e) => ({
      user_id: e.userId,
      unit_id: e.unitId,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );

const auditRecordset = (entries: AuditInsert[]) => sql`jsonb_to_recordset(${auditRows(entries)}::jsonb)
  as x(user_id integer, unit_id integer, action text, entity text, entity_id text, before jsonb, after jsonb)`;

/** Any number of entries in one statement: they travel as a single jsonb parameter. */
export async function insertAudit(db: Db, entries: AuditInsert[]): Promise<void> {
  if (entries.length === 0) return;
  await sql`
    insert into audit_log (user_id, unit_id, action, entity, entity_id, before, after)
    select user_id, unit_id, action, entity, entity_id, before, after
    from ${auditRecordset(entries)}`.execute(db);
}

/**
 * The entries as a part of another module's write statement (a data-modifying CTE of it): inserted once for each
 * row of `source`, the statement's CTE holding the row it wrote, so nothing is logged when the write changed no
 * row. An entry with no entity id takes the written row's id (a row the statement creates).
 */
export function auditInsertFor(source: string, entries: AuditInsert[]): RawBuilder<unknown> {
  return sql`
    insert into audit_log (user_id, unit_id, action, entity, entity_id, before, after)
    select x.user_id, x.unit_id, x.action, x.entity, coalesce(x.entity_id, w.id::text), x.before, x.after
    from ${sql.table(source)} w cross join ${auditRecordset(entries)}`;
}

export type AuditFilter = {
  scopePath: string;
  /** Rows with no unit (system-wide changes) are for the department only. */
  includeUnscoped: boolean;
  entity?: string;
  action?: string;
  username?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

function filtered(db: Db, f: AuditFilter) {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('units as n', 'n.id', 'a.unit_id')
    .where((eb) =>
      f.includeUnscoped
        ? eb.or([pathUnder(eb.ref('n.path').$notNull(), f.scopePath), eb('a.unit_id', 'is', null)])
        : pathUnder(eb.ref('n.path').$notNull(), f.scopePath),
    );
  if (f.entity) q = q.where('a.entity', '=', f.entity);
  if (f.action) q = q.where('a.action', '=', f.action);
  if (f.username) q = q.where('u.username', '=', f.username);
  if (f.from) q = q.where('a.at', '>=', new Date(`${f.from}T00:00:00+07:00`));
  if (f.to) q = q.where('a.at', '<', new Date(new Date(`${f.to}T00:00:00+07:00`).getTime() + 86_400_000));
  return q;
}

export async function listAudit(db: Db, f: AuditFilter) {
  const base = filtered(db, f);
  const [items, total] = await Promise.all([
    base
      .select([
        'a.id',
        'a.at',
        'a.action',
        'a.entity',
        'a.entity_id',
        'a.before',
        'a.after',
        'u.id as user_id',
        'u.username',
        'u.display_name',
        'n.code as unit_code',
        'n.name_th as unit_name_th',
      ])
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}
