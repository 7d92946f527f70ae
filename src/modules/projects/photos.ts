import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { conflict, notFound } from '../../errors.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { checkUpload, openStored, photoTypes, storePhoto, type Upload } from '../files/store.ts';
import { deletePhoto, findPhoto, insertPhoto } from './queries.ts';
import { getProject, projectForWrite, projectInScope } from './service.ts';

/**
 * An evaluation photo of a project (003 L297: at least 3): JPEG, PNG or WebP by content (anything else 415), within
 * the 20 MB upload limit, for editors of the project's unit. The file and its display copy are written first, then
 * the row and the audit in one transaction, so a row never points at a missing file. The same picture twice on one
 * project is refused (409): it would count as two photos. Photos do not enter KPI 2, so no KPI is recomputed.
 */
export async function addPhoto(db: Db, filesDir: string, user: AuthUser, projectId: number, upload: Upload) {
  const project = await projectForWrite(db, user, projectId);
  const checked = await checkUpload(upload, photoTypes);
  const displayPath = await storePhoto(filesDir, checked);
  await inTransaction(db, async (trx) => {
    const row = {
      project_id: projectId,
      sha256: checked.sha256,
      mime: checked.mime,
      filename: checked.filename,
      size: checked.bytes,
      display_path: displayPath,
      uploaded_by: user.id,
    };
    const created = await insertPhoto(trx, row);
    if (!created) {
      throw conflict('file', `ภาพ "${checked.filename}" อัปโหลดไว้แล้วในโครงการนี้ ภาพซ้ำไม่นับเป็นภาพเพิ่ม`);
    }
    await recordAudit(trx, {
      actor: user,
      unitId: project.unit_id,
      action: 'create',
      entity: 'project_photo',
      entityId: String(created.id),
      before: null,
      after: row,
    });
  });
  return getProject(db, user, projectId);
}

/** Takes a photo off the project; the stored file stays (another row may hold the same content). */
export async function removePhoto(db: Db, user: AuthUser, projectId: number, photoId: number) {
  const project = await projectForWrite(db, user, projectId);
  const photo = await findPhoto(db, projectId, photoId);
  if (!photo) throw notFound('ภาพถ่าย');
  await inTransaction(db, async (trx) => {
    await deletePhoto(trx, photoId);
    await recordAudit(trx, {
      actor: user,
      unitId: project.unit_id,
      action: 'delete',
      entity: 'project_photo',
      entityId: String(photoId),
      before: photo,
      after: null,
    });
  });
  return getProject(db, user, projectId);
}

/** A photo for whoever may read the project's unit: the display copy, or the original on request. */
export async function openPhoto(
  db: Db,
  filesDir: string,
  user: AuthUser,
  projectId: number,
  photoId: number,
  variant: 'original' | 'display',
) {
  await projectInScope(db, user, projectId);
  const photo = await findPhoto(db, projectId, photoId);
  if (!photo) throw notFound('ภาพถ่าย');
  return openStored(
    filesDir,
    { storedPath: photo.sha256, displayPath: photo.display_path, mime: photo.mime, filename: photo.filename },
    variant,
  );
}
