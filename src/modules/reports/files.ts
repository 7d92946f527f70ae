import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { isAttachment } from '../../domain/report-form/field.ts';
import { attachmentRoomProblem } from '../../domain/report-form/values.ts';
import { AppError, notFound } from '../../errors.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { fieldsOf } from './present.ts';
import { deleteFile, filesOf, findFile, insertFile } from './queries.ts';
import { editableSubmission, getSubmission, touchDraft } from './submissions.ts';

const photoTypes: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};
const documentTypes: Record<string, string> = {
  ...photoTypes,
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (xlsx)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (docx)',
};

/** Photos are shown at most this wide or high; the original is kept as uploaded. */
const DISPLAY_EDGE = 1600;

const unsupported = (message: string) => new AppError(415, 'unsupported_media_type', message, 'file');

/** The file's type from its first bytes (magic numbers), never from its name or the browser's claim. */
async function sniff(buffer: Buffer, filename: string, allowed: Record<string, string>) {
  const found = await fileTypeFromBuffer(buffer);
  if (found && allowed[found.mime]) return found.mime;
  const what = found ? `ไฟล์ชนิด ${found.ext}` : 'ข้อความหรือไฟล์ชนิดที่ไม่รู้จัก';
  throw unsupported(
    `ไฟล์ "${filename}" ไม่ใช่ ${Object.values(allowed).join(', ')} (ตรวจจากเนื้อหาของไฟล์แล้วเป็น${what})`,
  );
}

/** Writes once under its hash: a temporary name, then a rename, so a reader never sees half a file. */
async function storeOnce(dir: string, name: string, write: (tmp: string) => Promise<unknown>) {
  const target = path.join(dir, name);
  if (fs.existsSync(target)) return;
  await fs.promises.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await write(tmp);
    await fs.promises.rename(tmp, target);
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
}

async function storePhotoForDisplay(dir: string, sha256: string, buffer: Buffer): Promise<string> {
  const name = `${sha256}.display.jpg`;
  try {
    await storeOnce(dir, name, (tmp) =>
      sharp(buffer)
        .rotate()
        .resize(DISPLAY_EDGE, DISPLAY_EDGE, { fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 82 })
        .toFile(tmp),
    );
  } catch {
    throw unsupported('อ่านรูปภาพไม่ได้ ไฟล์อาจเสียหาย กรุณาถ่ายหรือบันทึกรูปใหม่');
  }
  return name;
}

/** The name as shown back: no folders, no control characters, at most 200 characters. */
function cleanName(filename: string): string {
  const base = path.basename(filename.replaceAll('\\', '/'));
  const printable = [...base].filter((c) => (c.codePointAt(0) ?? 0) >= 0x20).join('');
  return (printable || 'file').slice(0, 200);
}

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
  const { s, type } = await editableSubmission(db, user, submissionId);
  const field = fieldsOf(type).find((f) => f.id === fieldId);
  if (!field || !isAttachment(field)) {
    throw new AppError(422, 'not_attachment_field', `แบบรายงานนี้ไม่มีช่องแนบไฟล์รหัส "${fieldId}"`, 'fieldId');
  }
  const filename = cleanName(upload.filename);
  if (upload.buffer.length === 0) throw new AppError(400, 'invalid', `ไฟล์ "${filename}" ว่างเปล่า`, 'file');
  const mime = await sniff(upload.buffer, filename, field.kind === 'photo' ? photoTypes : documentTypes);
  const existing = (await filesOf(db, submissionId)).filter((f) => f.field_id === fieldId).length;
  const full = attachmentRoomProblem(field, existing);
  if (full) throw new AppError(422, 'too_many_files', full, 'file');
  const sha256 = createHash('sha256').update(upload.buffer).digest('hex');
  await storeOnce(filesDir, sha256, (tmp) => fs.promises.writeFile(tmp, upload.buffer));
  const displayPath = mime in photoTypes ? await storePhotoForDisplay(filesDir, sha256, upload.buffer) : null;
  await inTransaction(db, async (trx) => {
    await touchDraft(trx, submissionId);
    const row = {
      submission_id: submissionId,
      field_id: fieldId,
      original_name: filename,
      sha256,
      mime,
      bytes: upload.buffer.length,
      stored_path: sha256,
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
  const display = variant === 'display' && file.display_path !== null;
  const stored = path.join(filesDir, display ? (file.display_path ?? '') : file.stored_path);
  if (!fs.existsSync(stored)) throw notFound(`ไฟล์ "${file.original_name}" ในที่เก็บ`);
  return {
    stream: fs.createReadStream(stored),
    headers: {
      'content-type': display ? 'image/jpeg' : file.mime,
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.original_name)}`,
      'x-content-type-options': 'nosniff',
    },
  };
}
