import type { Db } from '../../db/database.ts';
import { reportFieldsSchema } from '../../domain/report-form/field.ts';
import { recordAudit } from '../audit/service.ts';
import { usersNamed } from '../users/service.ts';
import {
  type HistorySubmission,
  insertHistory,
  insertReportTypes,
  type ReportTypeRecord,
  type ReportTypeRow,
  reportTypesByIds,
} from './queries.ts';

export type { HistorySubmission } from './queries.ts';

export type FormToLoad = { row: ReportTypeRow; fields: unknown; responsibleIds: number[] };

/** Users' ids by username, for files that name accounts (the demo's). */
export async function userIdsByName(db: Db, usernames: string[]): Promise<Map<string, number>> {
  return new Map((await usersNamed(db, usernames)).map((u) => [u.username, u.id]));
}

/**
 * Report forms written by the system (the demo), checked like a form from the editor, in three inserts; the
 * caller's transaction holds them with the history. Answers the forms as the rest of the module reads them.
 */
export async function loadForms(trx: Db, forms: FormToLoad[]): Promise<ReportTypeRecord[]> {
  const ids = await insertReportTypes(
    trx,
    forms.map((f) => ({
      row: f.row,
      fields: JSON.stringify(reportFieldsSchema.parse(f.fields)),
      responsibleIds: f.responsibleIds,
    })),
  );
  return reportTypesByIds(trx, ids);
}

/** Submissions with their review logs, as they happened (the demo's history): two inserts, one audit line. */
export async function loadHistory(trx: Db, rows: HistorySubmission[], what: string): Promise<number> {
  const count = await insertHistory(trx, rows);
  await recordAudit(trx, {
    actor: null,
    unitId: null,
    action: 'import',
    entity: 'submission',
    entityId: null,
    before: null,
    after: { what, submissions: count },
  });
  return count;
}
