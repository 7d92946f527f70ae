import type { SelectQueryBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import { RegisterInputError } from '../../domain/registers/errors.ts';
import { AppError, notFound } from '../../errors.ts';
import { type AuthUser, requireRead, requireWrite } from '../../plugins/access.ts';
import { unitByCode } from '../org-units/service.ts';

export type RegisterUnit = { id: number; code: string; kind: string; name_th: string; path: string };

/**
 * A unit the user may read, by code: a code that names no unit answers 404, a unit outside the scope 403, so the page
 * says "no access" rather than "no such unit" for a neighbouring district (unit codes are the public DOPA codes).
 */
export async function readableUnit(
  db: Db,
  user: AuthUser,
  code: string,
  field = 'unit',
): Promise<RegisterUnit> {
  const unit = await unitByCode(db, code);
  if (!unit) throw notFound(`หน่วยงานรหัส ${code}`, field);
  requireRead(user, { path: unit.path, nameTh: unit.name_th });
  return unit;
}

/** Register writes: an editor (not a viewer) whose scope holds the unit. */
export function requireRegisterWrite(user: AuthUser, unit: Pick<RegisterUnit, 'path' | 'name_th'>): void {
  requireWrite(user, { path: unit.path, nameTh: unit.name_th }, 'editUnits');
}

export async function writableUnit(db: Db, user: AuthUser, code: string, field = 'unitCode') {
  const unit = await readableUnit(db, user, code, field);
  requireRegisterWrite(user, unit);
  return unit;
}

const owningKinds = new Set(['province', 'district', 'subdistrict', 'village', 'work_group']);

/**
 * Names and ID numbers of household heads are seen only by the offices that keep the household's file: its
 * district, which classifies and records (002 L133–154), and its province, which summarises and sends it
 * (002 L62: "พัฒนาการจังหวัด โดยส่งไฟล์ข้อมูลครัวเรือนยากจนเป้าหมาย… ของแต่ละจังหวัด"). A user only ever reads households inside
 * their scope, so the rule is: a scope at or below a province, and not a viewer account. The department and regions
 * read the register and its summaries without them.
 */
export function seesPersonalData(user: AuthUser): boolean {
  return user.role !== 'viewer' && owningKinds.has(user.scope.kind);
}

/** Runs a domain formula, answering its Thai input error as 422 with the field at fault. */
export function domainOr422<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RegisterInputError)
      throw new AppError(422, 'register_input', error.message, error.field);
    throw error;
  }
}

/** The distinct years a query selects as `year`, newest first: the years a register holds (registers/years.ts). */
export async function yearsOf(
  query: SelectQueryBuilder<Database, never, { year: number }>,
): Promise<number[]> {
  const rows = await query.distinct().orderBy('year', 'desc').execute();
  return rows.map((r) => r.year);
}

const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** '/CDD/95/9501/' matches itself and everything below it. */
export const under = (path: string) => `${literal(path)}%`;

/** A like/ilike pattern for `text` anywhere in a value, its % and _ matching themselves. */
export const containing = (text: string) => `%${literal(text)}%`;
