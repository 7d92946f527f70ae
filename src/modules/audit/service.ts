import type { Db } from '../../db/database.ts';
import { type AuthUser, requirePermission } from '../../plugins/access.ts';
import { type AuditFilter, type AuditInsert, auditInsertFor, insertAudit, listAudit } from './queries.ts';

export type AuditEntry = Omit<AuditInsert, 'userId'> & { actor: Pick<AuthUser, 'id'> | null };

const inserts = (entries: AuditEntry[]): AuditInsert[] =>
  entries.map(({ actor, ...e }) => ({ ...e, userId: actor?.id ?? null }));

/** Record writes in the caller's transaction, so an audit row exists exactly when the write does. */
export function recordAudit(trx: Db, ...entries: AuditEntry[]): Promise<void> {
  return insertAudit(trx, inserts(entries));
}

/**
 * Record a write made by one statement inside that statement: the entries are inserted once for each row of its CTE
 * `source` (the row written), so an audit row exists exactly when the write does, with no statement of its own.
 */
export function auditAlongside(source: string, ...entries: AuditEntry[]) {
  return auditInsertFor(source, inserts(entries));
}

export async function searchAudit(
  db: Db,
  user: AuthUser,
  filter: Omit<AuditFilter, 'scopePath' | 'includeUnscoped'>,
) {
  requirePermission(user, 'viewAudit');
  const { items, total } = await listAudit(db, {
    ...filter,
    scopePath: user.scope.path,
    includeUnscoped: user.scope.kind === 'department',
  });
  return {
    total,
    items: items.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      user:
        r.user_id === null
          ? null
          : { id: r.user_id, username: r.username ?? '', displayName: r.display_name ?? '' },
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      unit: r.unit_code === null ? null : { code: r.unit_code, nameTh: r.unit_name_th ?? '' },
      before: r.before,
      after: r.after,
    })),
  };
}
