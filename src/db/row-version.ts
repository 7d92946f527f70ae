import { type RawBuilder, type SqlBool, sql, type UpdateResult } from 'kysely';

/**
 * Optimistic concurrency on a row (issue R2-6 item 5, migration 2026-12-08-1400-row-versions): every versioned
 * table has `row_version`, bumped by each edit. An edit sets `row_version: nextRowVersion()` and filters with
 * `atRowVersion(sent)`: the update changes nothing when someone saved in between, and the caller answers 409
 * (src/http/row-version.ts). Both fragments name the bare column: use them on single-table updates only.
 */
export const nextRowVersion = (): RawBuilder<number> => sql<number>`row_version + 1`;

/** The row only while it is still at the version the client loaded; every row when the client sent none. */
export const atRowVersion = (sent: number | undefined): RawBuilder<SqlBool> =>
  sent === undefined ? sql<SqlBool>`true` : sql<SqlBool>`row_version = ${sent}`;

/** Whether an update changed any row (0 rows after atRowVersion: the row moved on since it was loaded). */
export function changedAny(result: UpdateResult | readonly UpdateResult[] | undefined): boolean {
  if (result === undefined) return false;
  const results = Array.isArray(result) ? result : [result as UpdateResult];
  return results.some((r) => r.numUpdatedRows > 0n);
}

/**
 * The same two fragments for `insert … on conflict … do update`, where the bare column is ambiguous (the stored row
 * or `excluded`): they name the stored row's column by its table.
 */
export const nextStoredRowVersion = (table: string): RawBuilder<number> =>
  sql<number>`${sql.ref(`${table}.row_version`)} + 1`;

export const atStoredRowVersion = (table: string, sent: number | undefined): RawBuilder<SqlBool> =>
  sent === undefined ? sql<SqlBool>`true` : sql<SqlBool>`${sql.ref(`${table}.row_version`)} = ${sent}`;
