import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { AppError, notFound } from '../../errors.ts';

/**
 * Uploaded files on disk (config filesDir), shared by report evidence and project evaluation photos: the type is
 * sniffed from the content, the original is stored once under its sha256, photos get a resized display copy.
 * A file is written before the row that names it, so a row never points at nothing; a file no row names any more
 * stays (another row may hold the same content).
 */

export const photoTypes: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

export const documentTypes: Record<string, string> = {
  ...photoTypes,
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (xlsx)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (docx)',
};

/** Photos are shown at most this wide or high; the original is kept as uploaded. */
const DISPLAY_EDGE = 1600;

/** A file of a type not taken here, or a picture that cannot be read: 415 Unsupported Media Type. */
const refused = (message: string) => new AppError(415, 'unsupported_media_type', message, 'file');

/** The file's type from its first bytes (magic numbers), never from its name or the browser's claim. */
async function sniff(buffer: Buffer, filename: string, allowed: Record<string, string>) {
  const found = await fileTypeFromBuffer(buffer);
  if (found && allowed[found.mime]) return found.mime;
  const what = found ? `ไฟล์ชนิด ${found.ext}` : 'ข้อความหรือไฟล์ชนิดที่ไม่รู้จัก';
  throw refused(
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

async function storePhotoForDisplay(dir: string, sha256: string, buffer: Buffer) {
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
    throw refused('อ่านรูปภาพไม่ได้ ไฟล์อาจเสียหาย กรุณาถ่ายหรือบันทึกรูปใหม่');
  }
  return name;
}

/** The name as shown back: no folders, no control characters, at most 200 characters. */
export function cleanName(filename: string): string {
  const base = path.basename(filename.replaceAll('\\', '/'));
  const printable = [...base].filter((c) => (c.codePointAt(0) ?? 0) >= 0x20).join('');
  return (printable || 'file').slice(0, 200);
}

export type Upload = { buffer: Buffer; filename: string };

/** What a caller records in its row once the upload is checked. */
export type CheckedUpload = { filename: string; mime: string; sha256: string; bytes: number; buffer: Buffer };

/** Refuses an empty file or one whose content is not of an allowed type; nothing is written yet. */
export async function checkUpload(upload: Upload, allowed: Record<string, string>): Promise<CheckedUpload> {
  const filename = cleanName(upload.filename);
  if (upload.buffer.length === 0) throw new AppError(400, 'invalid', `ไฟล์ "${filename}" ว่างเปล่า`, 'file');
  const mime = await sniff(upload.buffer, filename, allowed);
  const sha256 = createHash('sha256').update(upload.buffer).digest('hex');
  return { filename, mime, sha256, bytes: upload.buffer.length, buffer: upload.buffer };
}

/**
 * Writes a checked upload (the original under its sha256, and for a photo its display copy); call before the
 * transaction that inserts the row. Returns the display copy's name, or null for a document.
 */
export async function storeUpload(filesDir: string, file: CheckedUpload): Promise<string | null> {
  return file.mime in photoTypes
    ? storePhoto(filesDir, file)
    : storeOriginal(filesDir, file).then(() => null);
}

/** As storeUpload for a photo: returns its display copy's name; a picture sharp cannot read is refused. */
export async function storePhoto(filesDir: string, file: CheckedUpload): Promise<string> {
  await storeOriginal(filesDir, file);
  return storePhotoForDisplay(filesDir, file.sha256, file.buffer);
}

function storeOriginal(filesDir: string, file: CheckedUpload) {
  return storeOnce(filesDir, file.sha256, (tmp) => fs.promises.writeFile(tmp, file.buffer));
}

/**
 * A stored file with the type sniffed at upload. Originals are attachments, never rendered in Tidtam's origin (an
 * uploaded PDF or SVG-like content could run there); only the resized display copy of a photo, a JPEG that sharp
 * wrote itself, is shown inline.
 */
export function openStored(
  filesDir: string,
  file: { storedPath: string; displayPath: string | null; mime: string; filename: string },
  variant: 'original' | 'display',
) {
  const display = variant === 'display' && file.displayPath !== null;
  const stored = path.join(filesDir, display ? (file.displayPath ?? '') : file.storedPath);
  if (!fs.existsSync(stored)) throw notFound(`ไฟล์ "${file.filename}" ในที่เก็บ`);
  return {
    stream: fs.createReadStream(stored),
    headers: {
      'content-type': display ? 'image/jpeg' : file.mime,
      'content-disposition': `${display ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'x-content-type-options': 'nosniff',
    },
  };
}
