import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.ts';

export type Upload = { file: string; filename: string };

/** The files every table import reads. */
export const TABLE_EXTENSIONS = ['.xlsx', '.csv'] as const;

const MB = 1024 * 1024;

/** A table of budget, projects, funds, villages or KPI cards: far more than their 200,000 rows could fill. */
export const TABLE_UPLOAD_MAX_BYTES = 100 * MB;
/** A household workbook of a province may hold a million rows. */
export const HOUSEHOLD_UPLOAD_MAX_BYTES = 1024 * MB;

/**
 * Streams the request's one file to a temporary file (never into memory); the importer deletes it when done.
 * A file of another type is refused before it is stored, a larger one while it is.
 */
export async function saveUpload(
  request: FastifyRequest,
  extensions: readonly string[],
  maxBytes = TABLE_UPLOAD_MAX_BYTES,
): Promise<Upload> {
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part) throw new AppError(400, 'invalid', 'กรุณาแนบไฟล์', 'file');
  if (!extensions.includes(path.extname(part.filename).toLowerCase())) {
    part.file.resume();
    throw new AppError(415, 'unsupported_file', `รองรับเฉพาะไฟล์ ${extensions.join(' และ ')}`, 'file');
  }
  const file = path.join(
    os.tmpdir(),
    `tidtam-import-${randomUUID()}${path.extname(part.filename).toLowerCase()}`,
  );
  const tooLarge = () => new AppError(413, 'too_large', `ไฟล์มีขนาดเกิน ${maxBytes / MB} MB`, 'file');
  try {
    await pipeline(part.file, fs.createWriteStream(file));
  } catch (error) {
    await fs.promises.rm(file, { force: true });
    throw (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : error;
  }
  // Past the limit the multipart stream ends quietly, cut short: a cut CSV would import its first rows only.
  if (part.file.truncated) {
    await fs.promises.rm(file, { force: true });
    throw tooLarge();
  }
  return { file, filename: part.filename };
}
