import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { NewUnit, UnitKind } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { type AuthUser, canRead, isAboveScope, requireRead, requireWrite } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { TABLE_LIMITS } from '../imports/limits.ts';
import { runImport } from '../imports/runner.ts';
import type { Upload } from '../imports/upload.ts';
import { codesOfPath, toUnitRecord, toUnitRef, toUnitView } from './present.ts';
import {
  childCountOf,
  childrenOf,
  countUnits,
  descendantCounts,
  existingCodes,
  findUnitByCode,
  findUnitsByCodes,
  groupsOf,
  insertUnits,
  membersOf,
  regionCounts,
  searchUnits,
  subdistrictsUnder,
  type UnitRecord,
} from './queries.ts';
import { regionMembers } from './region-queries.ts';
import { type NewVillageInput, villageRow } from './schemas.ts';

/** For the home page and dashboards: the provinces under a unit. */
export { provincesUnder } from './home-queries.ts';

const countedKinds: UnitKind[] = ['region', 'province', 'district', 'subdistrict', 'village', 'work_group'];

async function unitInScope(db: Db, user: AuthUser, code: string): Promise<UnitRecord> {
  const unit = await findUnitByCode(db, code);
  if (!unit) throw notFound(`หน่วยงานรหัส ${code}`, 'code');
  requireRead(user, toUnitRef(unit));
  return unit;
}

export async function getUnit(db: Db, user: AuthUser, code: string) {
  const unit = await unitInScope(db, user, code);
  const isRegion = unit.kind === 'region';
  const [ancestors, children, counts, groups] = await Promise.all([
    findUnitsByCodes(db, codesOfPath(unit.path).slice(0, -1)),
    isRegion ? membersOf(db, unit.id) : childrenOf(db, unit.id),
    isRegion ? regionCounts(db, unit.id) : descendantCounts(db, unit.path),
    unit.kind === 'province' ? groupsOf(db, unit.id) : Promise.resolve([]),
  ]);
  const byKind = Object.fromEntries(countedKinds.map((k) => [k, 0])) as Record<UnitKind, number>;
  for (const c of counts) byKind[c.kind] = c.n;
  const { department: _d, ...countsOut } = byKind;
  return {
    unit: toUnitView({ ...unit, child_count: children.length }),
    ancestors: ancestors
      .filter((a) => canRead(user, a) || isAboveScope(user, a))
      .sort((a, b) => a.path.length - b.path.length)
      .map(toUnitView),
    children: children.filter((c) => canRead(user, c)).map(toUnitView),
    counts: countsOut,
    groups: groups.map(toUnitView),
  };
}

export async function findUnits(db: Db, user: AuthUser, q: string, limit: number) {
  const found = await searchUnits(db, user.scope.path, q, limit);
  const names = new Map(
    (await findUnitsByCodes(db, [...new Set(found.flatMap((u) => codesOfPath(u.path)))])).map((u) => [
      u.code,
      u.name_th,
    ]),
  );
  return {
    items: found.map((u) => ({
      unit: toUnitView(u),
      path: codesOfPath(u.path)
        .slice(1)
        .map((c) => names.get(c) ?? c)
        .join(' › '),
    })),
  };
}

const villageCode = (subdistrictCode: string, no: number) =>
  `${subdistrictCode}${String(no).padStart(2, '0')}`;

function villageUnit(subdistrict: UnitRecord, no: number, nameTh: string, nameEn?: string): NewUnit {
  const code = villageCode(subdistrict.code, no);
  return {
    kind: 'village',
    code,
    name_th: nameTh,
    name_en: nameEn || null,
    parent_id: subdistrict.id,
    path: `${subdistrict.path}${code}/`,
  };
}

function insertVillages(db: Db, actor: AuthUser | null, rows: NewUnit[]) {
  return inTransaction(db, async (trx) => {
    const inserted = await insertUnits(trx, rows);
    const rowOf = new Map(rows.map((r) => [r.code, r]));
    await recordAudit(
      trx,
      ...inserted.map((u) => ({
        actor,
        unitId: u.id,
        action: 'create',
        entity: 'unit',
        entityId: u.code,
        before: null,
        after: rowOf.get(u.code),
      })),
    );
    return inserted;
  });
}

export async function addVillage(db: Db, user: AuthUser, subdistrictCode: string, input: NewVillageInput) {
  const subdistrict = await unitInScope(db, user, subdistrictCode);
  requireWrite(user, toUnitRef(subdistrict), 'editUnits');
  if (subdistrict.kind !== 'subdistrict') {
    throw new AppError(422, 'not_subdistrict', 'เพิ่มหมู่บ้านได้เฉพาะภายใต้ตำบล', 'code');
  }
  const row = villageUnit(subdistrict, input.number, input.nameTh, input.nameEn);
  if ((await existingCodes(db, [row.code])).length > 0) {
    throw conflict('number', `ตำบล${subdistrict.name_th}มีหมู่ที่ ${input.number} อยู่แล้ว`);
  }
  const [created] = await insertVillages(db, user, [row]);
  const unit = created && (await findUnitByCode(db, created.code));
  if (!unit) throw notFound('หมู่บ้านที่เพิ่ง');
  return { unit: toUnitView({ ...unit, child_count: 0 }) };
}

/** Imports villages from CSV/xlsx: every row is checked first; any error → nothing is saved and every bad row is named. */
export function importVillages(db: Db, user: AuthUser, receive: () => Promise<Upload>) {
  requireWrite(user, user.scope, 'editUnits');
  type Parsed = { row: number } & z.infer<typeof villageRow>;
  return runImport<Parsed, NewUnit[], { created: number }>(db, receive, {
    columns: ['subdistrict_code', 'village_no', 'name_th'],
    labels: {
      subdistrict_code: 'รหัสตำบล',
      village_no: 'หมู่ที่',
      name_th: 'ชื่อหมู่บ้าน (ภาษาไทย)',
      name_en: 'ชื่อหมู่บ้าน (ภาษาอังกฤษ)',
    },
    emptyMessage: 'ไฟล์ไม่มีข้อมูลหมู่บ้าน',
    limits: { ...TABLE_LIMITS, maxRows: 100_000 },
    parseRow: ({ row, values }, errors) => {
      const result = villageRow.safeParse(values);
      if (result.success) return { row, ...result.data };
      for (const issue of result.error.issues)
        errors.rows.push({ row, field: String(issue.path[0]), message: issue.message });
      return null;
    },
    check: async (parsed, errors) => {
      const fail = (row: number, field: string, message: string) => errors.rows.push({ row, field, message });
      const subdistricts = new Map(
        (await findUnitsByCodes(db, [...new Set(parsed.map((p) => p.subdistrict_code))])).map((u) => [
          u.code,
          u,
        ]),
      );
      const taken = new Set(
        await existingCodes(
          db,
          parsed.map((p) => villageCode(p.subdistrict_code, p.village_no)),
        ),
      );
      const seen = new Map<string, number>();
      const rows: NewUnit[] = [];
      for (const p of parsed) {
        const subdistrict = subdistricts.get(p.subdistrict_code);
        const code = villageCode(p.subdistrict_code, p.village_no);
        if (subdistrict?.kind !== 'subdistrict') {
          fail(p.row, 'subdistrict_code', `ไม่พบตำบลรหัส ${p.subdistrict_code}`);
        } else if (!canRead(user, subdistrict)) {
          fail(p.row, 'subdistrict_code', `ตำบล${subdistrict.name_th}อยู่นอกพื้นที่ที่คุณรับผิดชอบ`);
        } else if (taken.has(code)) {
          fail(p.row, 'village_no', `ตำบล${subdistrict.name_th}มีหมู่ที่ ${p.village_no} อยู่แล้ว`);
        } else if (seen.has(code)) {
          fail(p.row, 'village_no', `ซ้ำกับแถวที่ ${seen.get(code)} (หมู่ที่ ${p.village_no})`);
        } else {
          seen.set(code, p.row);
          rows.push(villageUnit(subdistrict, p.village_no, p.name_th, p.name_en));
        }
      }
      return rows;
    },
    save: async (trx, rows) => {
      await insertVillages(trx, user, rows);
      return { created: rows.length };
    },
  });
}

/** For other modules: a unit by its code, or undefined. */
export const unitByCode = (db: Db, code: string) => findUnitByCode(db, code);

/**
 * The unit of `code` for a user's request: their scope or own unit as the session read it this request (no statement:
 * a province or district asking for its own page), any other unit read by its code.
 */
export function unitByCodeFor(db: Db, user: AuthUser, code: string): Promise<UnitRecord | undefined> {
  const known = [user.scope, user.unit].find((u) => u.code === code);
  return known ? Promise.resolve(toUnitRecord(known)) : findUnitByCode(db, code);
}

/** For other modules: units by codes, in no particular order. */
export const unitsByCodes = (db: Db, codes: string[]) => findUnitsByCodes(db, codes);

export const childCount = (db: Db, unitId: number) => childCountOf(db, unitId);

export const hasUnits = async (db: Db) => (await countUnits(db)) > 0;

/** Villages for several sub-districts at once (demo data, imports): audited, in one transaction. */
export const addVillages = (db: Db, actor: AuthUser | null, rows: NewUnit[]) =>
  insertVillages(db, actor, rows);

export const subdistrictsOf = (db: Db, paths: string[]) => subdistrictsUnder(db, paths);

/** The regions of a CODI or geographic grouping, or one region, with their member provinces (one read). */
export const regionsWithProvinces = (db: Db, filter: Parameters<typeof regionMembers>[1]) =>
  regionMembers(db, filter);
