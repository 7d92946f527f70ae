import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { type AuthUser, requireRead, requireWrite } from '../../plugins/access.ts';
import { unitByCodeFor } from './service.ts';

export type UnitRow = { id: number; code: string; kind: string; name_th: string; path: string };

/**
 * A unit the user may read, by code: a code that names no unit answers 404, a unit outside the scope 403, so the page
 * says "no access" rather than "no such unit" for a neighbouring district (unit codes are the public DOPA codes).
 */
export async function readableUnit(db: Db, user: AuthUser, code: string, field = 'unit'): Promise<UnitRow> {
  const unit = await unitByCodeFor(db, user, code);
  if (!unit) throw notFound(`หน่วยงานรหัส ${code}`, field);
  requireRead(user, { path: unit.path, nameTh: unit.name_th });
  return unit;
}

/** Register and record writes: an editor (not a viewer) whose scope holds the unit. */
export function requireUnitWrite(user: AuthUser, unit: Pick<UnitRow, 'path' | 'name_th'>): void {
  requireWrite(user, { path: unit.path, nameTh: unit.name_th }, 'editUnits');
}

export async function writableUnit(
  db: Db,
  user: AuthUser,
  code: string,
  field = 'unitCode',
): Promise<UnitRow> {
  const unit = await readableUnit(db, user, code, field);
  requireUnitWrite(user, unit);
  return unit;
}
