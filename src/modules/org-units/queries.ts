import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { NewUnit, UnitKind } from '../../db/schema.ts';
import { containing, pathUnder, startingWith } from '../../plugins/access.ts';

const unitColumns = ['id', 'code', 'kind', 'name_th', 'name_en', 'parent_id', 'path'] as const;

export type UnitRecord = {
  id: number;
  code: string;
  kind: UnitKind;
  name_th: string;
  name_en: string | null;
  parent_id: number | null;
  path: string;
};

export function findUnitByCode(db: Db, code: string): Promise<UnitRecord | undefined> {
  return db.selectFrom('units').select(unitColumns).where('code', '=', code).executeTakeFirst();
}

export function findUnitsByCodes(db: Db, codes: string[]): Promise<(UnitRecord & { child_count: number })[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('units')
    .select(unitColumns)
    .select(childCount.as('child_count'))
    .where('code', 'in', codes)
    .execute();
}

/** Children in the tree, or member provinces for a region grouping. */
const childCount = sql<number>`((select count(*) from units c where c.parent_id = units.id)
  + (select count(*) from unit_memberships m where m.group_id = units.id))`;

export function childrenOf(db: Db, parentId: number) {
  return db
    .selectFrom('units')
    .select(unitColumns)
    .select(childCount.as('child_count'))
    .where('parent_id', '=', parentId)
    .orderBy('kind')
    .orderBy('code')
    .execute();
}

/** Member provinces of a region grouping, with their district counts. */
export function membersOf(db: Db, groupId: number) {
  return db
    .selectFrom('units')
    .innerJoin('unit_memberships as m', 'm.member_id', 'units.id')
    .select(unitColumns.map((c) => `units.${c}` as const))
    .select(childCount.as('child_count'))
    .where('m.group_id', '=', groupId)
    .orderBy('units.code')
    .execute();
}

export function groupsOf(db: Db, memberId: number) {
  return db
    .selectFrom('units')
    .innerJoin('unit_memberships as m', 'm.group_id', 'units.id')
    .select(unitColumns.map((c) => `units.${c}` as const))
    .select(childCount.as('child_count'))
    .where('m.member_id', '=', memberId)
    .orderBy('units.code')
    .execute();
}

export function childCountOf(db: Db, unitId: number): Promise<number> {
  return db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', unitId)
    .executeTakeFirstOrThrow()
    .then((r) => r.n);
}

/** Descendants of a unit by kind, the unit itself excluded. */
export function descendantCounts(db: Db, path: string) {
  return db
    .selectFrom('units')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => pathUnder(eb.ref('path'), path))
    .where('path', '<>', path)
    .groupBy('kind')
    .execute();
}

/** Everything under the member provinces of a region, the provinces included. */
export function regionCounts(db: Db, groupId: number) {
  return db
    .selectFrom('unit_memberships as m')
    .innerJoin('units as p', 'p.id', 'm.member_id')
    .innerJoin('units as d', (join) => join.on(sql<boolean>`starts_with(d.path, p.path)`))
    .select(['d.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('m.group_id', '=', groupId)
    .groupBy('d.kind')
    .execute();
}

export function searchUnits(db: Db, scopePath: string, q: string, limit: number) {
  const pattern = containing(q);
  return db
    .selectFrom('units')
    .select(unitColumns)
    .select(childCount.as('child_count'))
    .where((eb) => pathUnder(eb.ref('path'), scopePath))
    .where((eb) =>
      eb.or([
        eb('name_th', 'ilike', pattern),
        eb('name_en', 'ilike', pattern),
        eb('code', 'like', startingWith(q)),
      ]),
    )
    .orderBy(
      sql`case kind when 'province' then 1 when 'district' then 2 when 'subdistrict' then 3 when 'village' then 4 else 5 end`,
    )
    .orderBy('code')
    .limit(limit)
    .execute();
}

export function countUnits(db: Db): Promise<number> {
  return db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => r.n);
}

/** One statement for any number of rows: the rows travel as a single jsonb parameter. */
export function insertUnits(db: Db, rows: NewUnit[]) {
  return sql<{ id: number; code: string; path: string }>`
    insert into units (kind, code, name_th, name_en, parent_id, path)
    select kind, code, name_th, name_en, parent_id, path
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(kind text, code text, name_th text, name_en text, parent_id integer, path text)
    returning id, code, path`
    .execute(db)
    .then((r) => r.rows);
}

/** Memberships by code pairs, in one statement. */
export function insertMemberships(db: Db, pairs: { group: string; member: string }[]) {
  return sql`
    insert into unit_memberships (group_id, member_id)
    select g.id, m.id
    from jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) as x("group" text, member text)
    join units g on g.code = x."group"
    join units m on m.code = x.member`.execute(db);
}

export function existingCodes(db: Db, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('units')
    .select('code')
    .where('code', 'in', codes)
    .execute()
    .then((rows) => rows.map((r) => r.code));
}

/** Sets parent_id from the path for rows that have none: '/CDD/95/9501/' → the unit at '/CDD/95/'. */
export function linkParents(db: Db) {
  return sql`
    update units set parent_id = p.id
    from units p
    where units.parent_id is null
      and units.kind <> 'department'
      and p.path = regexp_replace(units.path, '[^/]+/$', '')`.execute(db);
}

export function subdistrictsUnder(db: Db, paths: string[]) {
  return db
    .selectFrom('units')
    .select(unitColumns)
    .where('kind', '=', 'subdistrict')
    .where((eb) => eb.or(paths.map((p) => pathUnder(eb.ref('path'), p))))
    .orderBy('code')
    .execute();
}
