import type { Db } from '../../db/database.ts';
import { lastChange } from './last-change-queries.ts';

/** Who changed a record (or one of its parts) last and when, from the audit log every write records into. */
export async function lastChangeOf(
  db: Db,
  entities: readonly string[],
  entityId: string,
): Promise<{ by: string | null; at: Date } | null> {
  const row = await lastChange(db, entities, entityId);
  if (!row) return null;
  return { by: row.display_name ?? row.username ?? null, at: new Date(row.at) };
}
