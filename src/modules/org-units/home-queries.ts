import type { Db } from '../../db/database.ts';
import { pathUnder } from '../../plugins/access.ts';

/** The provinces under a unit with their district counts: one read of the units table, no report data. */
export function provincesUnder(db: Db, path: string) {
  return db
    .selectFrom('units as p')
    .select(['p.code', 'p.name_th', 'p.name_en'])
    .select((eb) =>
      eb
        .selectFrom('units as d')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('d.parent_id', '=', 'p.id')
        .where('d.kind', '=', 'district')
        .as('districts'),
    )
    .where('p.kind', '=', 'province')
    .where((eb) => pathUnder(eb.ref('p.path'), path))
    .orderBy('p.name_th')
    .execute();
}
