import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import {
  type EditionStatus,
  type EditionVersion,
  isAmendable,
  isEditionWriter,
  lockedMessage,
  NOT_AMENDABLE,
} from '../../domain/editions/lifecycle.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import { staleWrite, type VersionedRecord } from '../../http/row-version.ts';
import { type AuthUser, canRead, requireRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { unitByCode } from '../org-units/service.ts';

/**
 * The draft → finished → amended life of a province office's documents (src/domain/editions/lifecycle.ts), written
 * once for the visit plans and the meeting minutes. Each module keeps its own SQL and hands in the statement that
 * writes its table; this writes it in one transaction with its audit row and answers the lifecycle's refusals.
 */

/** A kind of document: the Thai noun its messages name it by and the audit entity of its rows. */
export type EditionKind = { nounTh: string; entity: string };

/** What the lifecycle reads of a document: its id, status and version and its province office. */
type Edition = {
  id: number;
  unit_id: number;
  unit_path: string;
  unit_name_th: string;
  status: EditionStatus;
  version: number;
};

type Office = { id: number; code: string; kind: string; name_th: string; path: string };

/** The province office whose documents are meant: the one named, else the user's own. 404 unknown, 403 outside, 422 not a province. */
export async function provinceOffice(
  db: Db,
  user: AuthUser,
  kind: EditionKind,
  code: string | undefined,
): Promise<Office> {
  const wanted = code ?? (user.scope.kind === 'province' ? user.scope.code : undefined);
  if (!wanted) throw new AppError(422, 'unit_required', `กรุณาเลือกจังหวัดของ${kind.nounTh}`, 'unit');
  const unit = await unitByCode(db, wanted);
  if (!unit) throw notFound(`หน่วยงานรหัส ${wanted}`, 'unit');
  requireRead(user, { path: unit.path, nameTh: unit.name_th });
  if (unit.kind !== 'province')
    throw new AppError(
      422,
      'not_province',
      `${kind.nounTh}เป็นของสำนักงานพัฒนาชุมชนจังหวัด ไม่ใช่${unit.name_th}`,
      'unit',
    );
  return unit;
}

export function requireEditionWriter(
  user: AuthUser,
  kind: EditionKind,
  office: { path: string; name_th: string },
) {
  if (!isEditionWriter(user.role) || !canRead(user, { path: office.path }))
    throw forbidden(`บัญชีของคุณไม่มีสิทธิ์จัดทำ${kind.nounTh}ของ${office.name_th}`);
}

const locked = (kind: EditionKind) => conflict('status', lockedMessage(kind.nounTh));

/** A draft the user may write: 403 for one who does not write the office's documents, 409 once it is finished. */
export function requireDraft(user: AuthUser, kind: EditionKind, row: Edition) {
  requireEditionWriter(user, kind, { path: row.unit_path, name_th: row.unit_name_th });
  if (row.status !== 'draft') throw locked(kind);
}

/**
 * Saves a draft and its audit row in one transaction. `update` answers how many rows it changed: none when the draft
 * was finished meanwhile (409, finished) or, with `rowVersion` sent, saved by someone else since (409 stale).
 */
export async function saveDraft(
  db: Db,
  user: AuthUser,
  kind: EditionKind,
  row: Edition,
  save: {
    versioned: VersionedRecord;
    rowVersion: number | undefined;
    update: (trx: Db) => Promise<number>;
    before: unknown;
    after: unknown;
  },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    if ((await save.update(trx)) === 0)
      throw save.rowVersion === undefined
        ? locked(kind)
        : await staleWrite(trx, save.versioned, save.rowVersion);
    await recordAudit(trx, {
      actor: user,
      unitId: row.unit_id,
      action: 'update',
      entity: kind.entity,
      entityId: String(row.id),
      before: save.before,
      after: save.after,
    });
  });
}

/** Finishes a draft (`markFinished` answers 0 when it was finished meanwhile: 409) with its audit row, in one transaction. */
export async function finishDraft(
  db: Db,
  user: AuthUser,
  kind: EditionKind,
  row: Edition,
  finish: { markFinished: (trx: Db) => Promise<number>; after: Record<string, unknown> },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    if ((await finish.markFinished(trx)) === 0) throw locked(kind);
    await recordAudit(trx, {
      actor: user,
      unitId: row.unit_id,
      action: 'finish',
      entity: kind.entity,
      entityId: String(row.id),
      before: { status: 'draft' },
      after: { status: 'finished', ...finish.after },
    });
  });
}

/**
 * Amends the latest finished version (409 otherwise) by a new draft, version + 1, that `insertCopy` writes as a copy
 * of it; the audit row keeps the reason. Answers the new draft's id.
 */
export async function amendFinished(
  db: Db,
  user: AuthUser,
  kind: EditionKind,
  row: Edition,
  amend: {
    versions: readonly EditionVersion[];
    reason: string;
    insertCopy: (trx: Db, copy: { version: number; amends_id: number }) => Promise<{ id: number }>;
  },
): Promise<number> {
  if (!isAmendable(row, amend.versions)) throw conflict('status', NOT_AMENDABLE);
  return inTransaction(db, async (trx) => {
    const { id: created } = await amend.insertCopy(trx, { version: row.version + 1, amends_id: row.id });
    await recordAudit(trx, {
      actor: user,
      unitId: row.unit_id,
      action: 'create',
      entity: kind.entity,
      entityId: String(created),
      before: { amends: row.id, version: row.version },
      after: { version: row.version + 1, reason: amend.reason },
    });
    return created;
  });
}
