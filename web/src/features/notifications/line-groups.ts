import type { Me } from '../auth/types';
import type { Unit } from '../units/types';
import type { LineGroup } from './types';

/**
 * The LINE groups page is the administrators' (department: any province; province: its own). The API also lets
 * province staff and a district's officers set their own units' groups; the page is not offered to them.
 */
export function canManageLineGroups(me: Pick<Me, 'role'>): boolean {
  return me.role === 'department_admin' || me.role === 'province_admin';
}

/** A group id ('C' and 32 hex digits) shortened for a list: its first 5 and last 4 characters. */
export function shortGroupId(groupId: string): string {
  return groupId.length <= 12 ? groupId : `${groupId.slice(0, 5)}…${groupId.slice(-4)}`;
}

/** One unit that may have a group, with its group (null: none) and the row version a save sends back. */
export type LineGroupRow = Pick<Unit, 'code' | 'kind' | 'nameTh' | 'nameEn'> & {
  groupId: string | null;
  rowVersion: number;
};

/**
 * The unit (a province or a district) then its districts, in the order the unit page lists them, each with the
 * group stored for it; a unit without a group is at version 0, the version its first save is made from.
 */
export function lineGroupRows(
  unit: Pick<Unit, 'code' | 'kind' | 'nameTh' | 'nameEn'>,
  children: Pick<Unit, 'code' | 'kind' | 'nameTh' | 'nameEn'>[],
  groups: LineGroup[],
): LineGroupRow[] {
  const units = [unit, ...children.filter((child) => child.kind === 'district')].filter(
    (u) => u.kind === 'province' || u.kind === 'district',
  );
  return units.map((u) => {
    const group = groups.find((g) => g.unitCode === u.code);
    return {
      code: u.code,
      kind: u.kind,
      nameTh: u.nameTh,
      nameEn: u.nameEn,
      groupId: group?.groupId ?? null,
      rowVersion: group?.rowVersion ?? 0,
    };
  });
}
