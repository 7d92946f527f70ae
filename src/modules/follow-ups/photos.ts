import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { formFields } from '../../domain/forms/definition.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { checkUpload, openStored, photoTypes, storePhoto, type Upload } from '../files/store.ts';
import { findPhoto, findPhotoBySha, insertPhoto } from './queries.ts';
import { readableFollowUp, requireFollowUpWriter, templateOfFollowUp } from './service.ts';

/** A follow-up's photo is at most 10 MB (the app takes uploads up to 20 MB). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** The files store refuses a wrong type with 415; a form field answers 422 with the same Thai message. */
const asFieldError = (labelTh: string) => (error: unknown) => {
  if (error instanceof AppError && error.status === 415)
    throw new AppError(422, error.code, `"${labelTh}": ${error.message}`, 'file');
  throw error;
};

/**
 * A photo for a photo field of a draft follow-up: JPEG, PNG or WebP by content (anything else 422), at most 10 MB.
 * The file and its display copy are written first, then the row and the audit in one transaction. The same picture
 * sent again to the same field (a phone retrying after the network dropped) gets the same file id, never a second row.
 */
export async function addPhoto(
  db: Db,
  filesDir: string,
  user: AuthUser,
  id: number,
  fieldKey: string,
  upload: Upload,
) {
  const row = await readableFollowUp(db, user, id);
  requireFollowUpWriter(user, { path: row.unit_path, name_th: row.unit_name_th });
  if (row.status !== 'draft') throw conflict('status', 'แบบติดตามนี้จบแล้ว แนบรูปเพิ่มไม่ได้ ให้สร้างฉบับแก้ไขแทน');
  const template = await templateOfFollowUp(db, row);
  const field = formFields(template.definition).find((f) => f.key === fieldKey);
  if (field?.kind !== 'photo')
    throw new AppError(422, 'invalid', `แบบฟอร์มนี้ไม่มีช่องรูปถ่ายรหัส "${fieldKey}"`, 'field');
  if (upload.buffer.length > MAX_PHOTO_BYTES)
    throw new AppError(413, 'too_large', `รูป "${upload.filename}" ใหญ่เกิน 10 MB กรุณาย่อรูปหรือถ่ายใหม่`, 'file');
  const checked = await checkUpload(upload, photoTypes).catch(asFieldError(field.labelTh));
  const displayPath = await storePhoto(filesDir, checked).catch(asFieldError(field.labelTh));
  const fileId = await inTransaction(db, async (trx) => {
    const photo = {
      follow_up_id: id,
      field_key: fieldKey,
      sha256: checked.sha256,
      mime: checked.mime,
      filename: checked.filename,
      size: checked.bytes,
      display_path: displayPath,
      uploaded_by: user.id,
    };
    const created = await insertPhoto(trx, photo);
    if (created === null) return findPhotoBySha(trx, id, fieldKey, checked.sha256);
    await recordAudit(trx, {
      actor: user,
      unitId: row.unit_id,
      action: 'create',
      entity: 'follow_up_photo',
      entityId: String(created),
      before: null,
      after: { ...photo, followUpId: id },
    });
    return created;
  });
  if (fileId === null) throw conflict('file', 'บันทึกรูปพร้อมกันจากหลายคำขอ กรุณาส่งอีกครั้ง');
  return { fileId };
}

/** A photo for whoever may read the follow-up: the display copy, or the original on request. */
export async function openPhoto(
  db: Db,
  filesDir: string,
  user: AuthUser,
  id: number,
  fileId: number,
  variant: 'original' | 'display',
) {
  await readableFollowUp(db, user, id);
  const photo = await findPhoto(db, id, fileId);
  if (!photo) throw notFound('รูปถ่าย');
  return openStored(
    filesDir,
    { storedPath: photo.sha256, displayPath: photo.display_path, mime: photo.mime, filename: photo.filename },
    variant,
  );
}
