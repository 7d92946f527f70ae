import type { Db } from '../../db/database.ts';

/** Region groupings by their codes' prefix (data/org/regions.json): CODI-… the five CODI offices, GEO-… the six regions. */
export const groupingPrefix = { codi: 'CODI-', geo: 'GEO-' } as const;
export type RegionGrouping = keyof typeof groupingPrefix;

/**
 * The regions of a grouping (or one region) with their member provinces, each province with its number of
 * districts: one read.
 */
export function regionMembers(db: Db, filter: { grouping: RegionGrouping } | { regionCode: string }) {
  return db
    .selectFrom('units as r')
    .innerJoin('unit_memberships as m', 'm.group_id', 'r.id')
    .innerJoin('units as p', 'p.id', 'm.member_id')
    .select(['r.code as region_code', 'r.name_th as region_name_th', 'p.code', 'p.name_th'])
    .select((eb) =>
      eb
        .selectFrom('units as d')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('d.parent_id', '=', 'p.id')
        .where('d.kind', '=', 'district')
        .as('districts'),
    )
    .where('r.kind', '=', 'region')
    .where('p.kind', '=', 'province')
    .where((eb) =>
      'grouping' in filter
        ? eb('r.code', 'like', `${groupingPrefix[filter.grouping]}%`)
        : eb('r.code', '=', filter.regionCode),
    )
    .orderBy('r.code')
    .orderBy('p.name_th')
    .execute();
}
