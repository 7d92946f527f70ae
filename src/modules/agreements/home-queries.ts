import type { Db } from '../../db/database.ts';

/**
 * The agreement in force of a unit (as the lower side) for the latest round that has one: the newest KPI set by
 * fiscal year and round, its latest version that is not superseded. One indexed read.
 */
export function latestAgreementOfAgent(db: Db, agentUnitId: number) {
  return db
    .selectFrom('agreements as a')
    .innerJoin('kpi_sets as k', 'k.id', 'a.kpi_set_id')
    .select(['a.id', 'a.kpi_set_id', 'a.status', 'k.fiscal_year', 'k.round', 'k.name_th as set_name_th'])
    .where('a.agent_unit_id', '=', agentUnitId)
    .where('a.status', '!=', 'superseded')
    .orderBy('k.fiscal_year', 'desc')
    .orderBy('k.round', 'desc')
    .orderBy('a.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The newest KPI set (by fiscal year and round) in which a unit is the principal of some agreement. */
export function latestSetWithAgreementsOf(db: Db, principalUnitId: number) {
  return db
    .selectFrom('kpi_sets as k')
    .select(['k.id', 'k.fiscal_year', 'k.round', 'k.name_th'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('agreements as a')
          .select('a.id')
          .whereRef('a.kpi_set_id', '=', 'k.id')
          .where('a.principal_unit_id', '=', principalUnitId),
      ),
    )
    .orderBy('k.fiscal_year', 'desc')
    .orderBy('k.round', 'desc')
    .orderBy('k.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
