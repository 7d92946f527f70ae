import type { DeleteResult } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { changedAny } from '../db/row-version.ts';
import { AppError } from '../errors.ts';
import { lastChangeOf } from '../modules/audit/last-change.ts';

/**
 * Optimistic concurrency for every edit route (issue R2-6 item 5). A GET answers the record's `rowVersion`; a
 * PUT/PATCH sends it back in the body as `rowVersion`, the version the form was loaded at. It is a body field
 * rather than an `If-Match` header because the body is what the zod schemas type: the OpenAPI document and the
 * web's generated types carry it to every form, the offline queues keep it with the save, and a route that edits a
 * row through a sub-path (a household's status or income) names it the same way. A stale version is answered
 * 409 `stale` with who saved last and when (from the audit log) and never changes the row. A request without it
 * (scripts, API clients that never loaded the record) is accepted as last-write-wins, as before this field; the
 * web always sends it.
 */
export const ROW_VERSION_NOTE =
  'ส่ง rowVersion ที่ได้จากการอ่านข้อมูล (GET) กลับมาด้วย: ถ้ามีผู้อื่นบันทึกก่อน ตอบ 409 stale และไม่เปลี่ยนข้อมูล; ไม่ส่ง = บันทึกทับ (สำหรับสคริปต์)';

/** A version sent back: an integer from `min` (1, or 0 for "none stored when loaded") up to PostgreSQL's integer. */
const versionField = (min: 0 | 1, message: string, note: string) =>
  z.number({ message }).int(message).min(min, message).max(2_147_483_647, message).optional().describe(note);

/** The body field: the row version the client loaded. */
export const rowVersionField = versionField(
  1,
  'ฉบับของข้อมูล (rowVersion) ต้องเป็นจำนวนเต็มบวกตามที่อ่านมา',
  ROW_VERSION_NOTE,
);

/**
 * The removal's querystring (a DELETE has no body): `?rowVersion=` the version the client loaded; a removal from an
 * older version is refused 409 stale like a save, and one without it is accepted (scripts).
 */
export const rowVersionQuery = z.object({
  rowVersion: z.coerce
    .number({ message: 'ฉบับของข้อมูล (rowVersion) ต้องเป็นจำนวนเต็มบวกตามที่อ่านมา' })
    .pipe(rowVersionField.unwrap())
    .optional()
    .describe(ROW_VERSION_NOTE),
});

/**
 * The body field of a save that creates or replaces a row (a round's dates, a KPI result, a plan): 0 when the form
 * loaded none stored yet, so that two first saves from the same empty form cannot both be stored either.
 */
export const savedRowVersionField = versionField(
  0,
  'ฉบับของข้อมูล (rowVersion) ต้องเป็นจำนวนเต็มไม่ติดลบตามที่อ่านมา (0 = ยังไม่มีข้อมูล)',
  `${ROW_VERSION_NOTE}; 0 = ยังไม่มีข้อมูลเมื่ออ่าน`,
);

/** Its answer field: 0 while nothing is stored. */
export const savedRowVersionOut = z
  .number()
  .int()
  .describe('ฉบับของแถวข้อมูล (0 = ยังไม่มีข้อมูล): ส่งกลับมาเมื่อบันทึก (rowVersion)');

/** The answer field: the row version to send back with the next edit. */
export const rowVersionOut = z.number().int().describe('ฉบับของแถวข้อมูล: ส่งกลับมาเมื่อแก้ไข (rowVersion)');

/**
 * What a 409 names: the audit log's entity of the record (and of its parts, logged as '<id>:…'), its id, and what
 * it is in Thai ("ข้อมูลครัวเรือนรหัสบ้าน …").
 */
export type VersionedRecord = { entity: string | readonly string[]; entityId: string | number; what: string };

const THAI_TIME = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
  timeZone: 'Asia/Bangkok',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "7 ธันวาคม 2569 เวลา 21:16 น." in Thailand's time, Buddhist-era year. */
export function thaiDateTime(at: Date): string {
  return `${THAI_TIME.format(at)} น.`;
}

/** The 409 for a save made from an older version, naming the last editor and time where the audit log has them. */
export async function staleWrite(
  db: Db,
  record: VersionedRecord,
  sent: number | undefined,
  stored?: number,
): Promise<AppError> {
  const entities = typeof record.entity === 'string' ? [record.entity] : record.entity;
  const last = await lastChangeOf(db, entities, String(record.entityId));
  const who = last?.by ? `โดย ${last.by} ` : '';
  const when = last ? `เมื่อ ${thaiDateTime(last.at)} ` : '';
  const versions =
    sent !== undefined && stored !== undefined ? ` (ท่านเปิดฉบับที่ ${sent} ฉบับล่าสุดคือ ${stored})` : '';
  return new AppError(
    409,
    'stale',
    `${record.what}นี้ถูกแก้ไข${who}${when}หลังจากที่ท่านเปิดไว้${versions} กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง`,
    'rowVersion',
  );
}

/** Refuses early (before any work) a save whose version is not the stored one; nothing to check when none was sent. */
export async function requireRowVersion(
  db: Db,
  record: VersionedRecord,
  stored: number,
  sent: number | undefined,
): Promise<void> {
  if (sent !== undefined && sent !== stored) throw await staleWrite(db, record, sent, stored);
}

/**
 * Runs the guarded update (its WHERE has atRowVersion(sent)) and refuses when it changed no row: someone saved
 * between the read and this write. Thrown inside the caller's transaction, it rolls back whatever came before.
 */
export async function guardedUpdate<R extends Parameters<typeof changedAny>[0]>(
  db: Db,
  record: VersionedRecord,
  sent: number | undefined,
  update: () => Promise<R>,
): Promise<R> {
  const result = await update();
  if (sent !== undefined && !changedAny(result)) throw await staleWrite(db, record, sent);
  return result;
}

/**
 * The same for a removal (its WHERE has atRowVersion(sent), the version sent as `?rowVersion=`): no row removed
 * means someone saved or removed it since it was loaded.
 */
export async function guardedDelete(
  db: Db,
  record: VersionedRecord,
  sent: number | undefined,
  remove: () => Promise<DeleteResult>,
): Promise<DeleteResult> {
  const result = await remove();
  if (sent !== undefined && result.numDeletedRows === 0n) throw await staleWrite(db, record, sent);
  return result;
}

/**
 * The same for a save that creates or replaces a row (`insert … on conflict … do update set …, row_version =
 * nextRowVersion() where atRowVersion(sent) returning …`): no row back means the stored row moved on since it was
 * loaded. A save with no version always gets its row back.
 */
export async function guardedUpsert<R>(
  db: Db,
  record: VersionedRecord,
  sent: number | undefined,
  upsert: () => Promise<R | undefined>,
): Promise<R> {
  const row = await upsert();
  if (row === undefined) throw await staleWrite(db, record, sent);
  return row;
}
