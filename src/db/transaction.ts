import type { Db } from './database.ts';

/** Runs fn in a transaction, joining the caller's when there is one, so services compose into one atomic write. */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
