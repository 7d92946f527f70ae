import type { UnitRef } from '../../plugins/access.ts';
import type { UnitRecord } from './queries.ts';

export type UnitView = Omit<UnitRef, 'path'> & { childCount: number };

export function toUnitRef(r: UnitRecord): UnitRef {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    nameTh: r.name_th,
    nameEn: r.name_en,
    parentId: r.parent_id,
    path: r.path,
  };
}

/** toUnitRef's other way: a unit the session already holds, as the units query answers it. */
export function toUnitRecord(u: UnitRef): UnitRecord {
  return {
    id: u.id,
    code: u.code,
    kind: u.kind,
    name_th: u.nameTh,
    name_en: u.nameEn,
    parent_id: u.parentId,
    path: u.path,
  };
}

export function toUnitView(r: UnitRecord & { child_count: number }): UnitView {
  const { path: _path, ...rest } = toUnitRef(r);
  return { ...rest, childCount: r.child_count };
}

export function viewOfRef(u: UnitRef, childCount: number): UnitView {
  const { path: _path, ...rest } = u;
  return { ...rest, childCount };
}

/** Codes of the units on a path, root first: '/CDD/95/9501/' → ['CDD', '95', '9501']. */
export const codesOfPath = (path: string) => path.split('/').filter(Boolean);
