import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { isAttachment } from '../../domain/report-form/field.ts';
import { attachmentRoomProblem } from '../../domain/report-form/values.ts';
import { AppError, notFound } from '../../errors.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { checkUpload, documentTypes, openStored, photoTypes, storeUpload } from '../files/store.ts';
import { fieldsOf } from './present.ts';
import { deleteFile, filesOf, findFile, insertFile } from './queries.ts';
import { editableSubmission, getSubmission, touchDraft } from './submissions.ts';

/**
 * Evidence or a photo for one field of a draft (issue R1-3 §3: ≤ 20 MB each, the multipart limit; type checked by
 * content; photos resized for display, originals kept). Stored by sha256; the row and the audit are one transaction.
 */
export async function addFile(
  db: Db,
  filesDir: string,
  user: AuthUser,
  submissionId: number,
  fieldId: string,
  upload: { buffer: Buffer; filename: string },
  { now, today }: { now: Date; today: IsoDate },
) {
  const { s } = await editableSubmission(db, user, submissionId);
  const field = fieldsOf(s).find((f) => f.id === fieldId);
  if (!field || !isAttachment(field)) {
    throw new AppError(422, 'not_attachment_field', `แบบรายงานนี้ไม่มีช่องแนบไฟล์รหัส "${fieldId}"`, 'fieldId');
  }
  const checked = await checkUpload(upload, field.kind === 'photo' ? photoTypes : documentTypes);
  const existing = (await filesOf(db, submissionId)).filter((f) => f.field_id === fieldId).length;
  const full = attachmentRoomProblem(field, existing);
  if (full) throw new AppError(422, 'too_many_files', full, 'file');
  const displayPath = await storeUpload(filesDir, checked);
  await inTransaction(db, async (trx) => {
    await touchDraft(trx, submissionId);
    const row = {
      submission_id: submissionId,
      field_id: fieldId,
      original_name: checked.filename,
      sha256: checked.sha256,
      mime: checked.mime,
      bytes: checked.bytes,
      stored_path: checked.sha256,
      display_path: displayPath,
      created_by: user.id,
      created_at: now,
    };
    const created = await insertFile(trx, row);
    await recordAudit(trx, {
      actor: user,
      unitId: s.unit_id,
      action: 'create',
      entity: 'submission_file',
      entityId: String(created.id),
      before: null,
      after: row,
    });
  });
  return getSubmission(db, user, submissionId, today);
}

export async function removeFile(db: Db, user: AuthUser, fileId: number, today: IsoDate) {
  const file = await findFile(db, fileId);
  if (!file || !canRead(user, { path: file.unit_path })) throw notFound('ไฟล์');
  const { s } = await editableSubmission(db, user, file.submission_id);
  await inTransaction(db, async (trx) => {
    await touchDraft(trx, s.id);
    await deleteFile(trx, fileId);
    await recordAudit(trx, {
      actor: user,
      unitId: s.unit_id,
      action: 'delete',
      entity: 'submission_file',
      entityId: String(fileId),
      before: file,
      after: null,
    });
  });
  return getSubmission(db, user, s.id, today);
}

/** A stored file for whoever may read the unit, with the type sniffed at upload; the display copy of a photo on request. */
export async function openFile(
  db: Db,
  filesDir: string,
  user: AuthUser,
  fileId: number,
  variant: 'original' | 'display',
) {
  const file = await findFile(db, fileId);
  if (!file || !canRead(user, { path: file.unit_path })) throw notFound('ไฟล์');
  return openStored(
    filesDir,
    {
      storedPath: file.stored_path,
      displayPath: file.display_path,
      mime: file.mime,
      filename: file.original_name,
    },
    variant,
  );
}
