import { sql } from 'kysely';
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

/** Any number of entries in one statement: they travel as a single jsonb parameter. */
export async function insertAudit(db: Db, entries: AuditInsert[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({
    user_id: e.userId,
    unit_id: e.unitId,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  }));
  await sql`
    insert into audit_log (user_id, unit_id, action, entity, entity_id, before, after)
    select user_id, unit_id, action, entity, entity_id, before, after
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(user_id integer, unit_id integer, action text, entity text, entity_id text, before jsonb, after jsonb)`.execute(
    db,
  );
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
