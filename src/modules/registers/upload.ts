import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.ts';

/** A household workbook of a province may hold a million rows: far above the 20 MB other uploads may take. */
const REGISTER_UPLOAD_MAX_BYTES = 1024 * 1024 * 1024;

/**
 * Streams the request's one file to a temporary file (never into memory); the importer deletes it when done.
 * A file of another type is refused before it is stored.
 */
export async function saveUpload(
  request: FastifyRequest,
  extensions: readonly string[],
): Promise<{ file: string; filename: string }> {
  const part = await request.file({ limits: { fileSize: REGISTER_UPLOAD_MAX_BYTES, files: 1 } });
  if (!part) throw new AppError(400, 'invalid', 'กรุณาแนบไฟล์', 'file');
  if (!extensions.includes(path.extname(part.filename).toLowerCase())) {
    part.file.resume();
    throw new AppError(415, 'unsupported_file', `รองรับเฉพาะไฟล์ ${extensions.join(' และ ')}`, 'file');
  }
  const file = path.join(
    os.tmpdir(),
    `tidtam-import-${randomUUID()}${path.extname(part.filename).toLowerCase()}`,
  );
  try {
    await pipeline(part.file, fs.createWriteStream(file));
  } catch (error) {
    await fs.promises.rm(file, { force: true });
    throw error;
  }
  return { file, filename: part.filename };
}
