/**
 * The life of a document a province office writes, its visit plans and its meeting minutes: a draft is edited,
 * finished (locked, with who and when), and a finished one is amended by a new draft version with a reason, the
 * finished one staying as it was. Only the latest version may be amended.
 */

export type EditionStatus = 'draft' | 'finished';

/** One version as the document's history lists it. */
export type EditionVersion = {
  id: number;
  version: number;
  status: EditionStatus;
  updated_at: Date;
  finished_at: Date | null;
};

/** The roles that write a province's plans and minutes. */
const WRITERS: readonly string[] = ['department_admin', 'province_admin', 'province_staff'];

export const isEditionWriter = (role: string) => WRITERS.includes(role);

/** The latest of the versions (oldest first), finished: the only one that may be amended. */
export const isAmendable = (
  row: { id: number; status: EditionStatus },
  versions: readonly EditionVersion[],
) => row.status === 'finished' && versions.at(-1)?.id === row.id;

/** The versions of a document and what a writer (or not) may do with the one shown. */
export function editionHistory(
  row: { id: number; status: EditionStatus },
  versions: readonly EditionVersion[],
  writer: boolean,
) {
  return {
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      updatedAt: v.updated_at.toISOString(),
      finishedAt: v.finished_at ? v.finished_at.toISOString() : null,
    })),
    canEdit: writer && row.status === 'draft',
    canAmend: writer && isAmendable(row, versions),
  };
}

/** Why a finished document is not saved or finished again. */
export const lockedMessage = (nounTh: string) => `${nounTh}นี้จบแล้ว แก้ไขไม่ได้ ให้สร้างฉบับแก้ไขแทน`;

/** Why a draft or an older version is not amended. */
export const NOT_AMENDABLE = 'แก้ไขได้เฉพาะฉบับล่าสุดที่จบแล้ว';
