import type { Db } from '../../db/database.ts';
import type { AgreementPair } from '../../db/schema.ts';
import { pathUnder } from '../../plugins/access.ts';
import { selectAgreements } from './queries.ts';
import { storedScoreColumns } from './rollup-queries.ts';

/**
 * The agreement in force of a unit (as the lower side) for the latest round that has one: the newest KPI set by
 * fiscal year and round, its latest version that is not superseded, as the agreement page reads it (findAgreement's
 * record) with its round. One indexed read.
 */
export function latestAgreementRecordOfAgent(db: Db, agentUnitId: number) {
  return selectAgreements(db)
    .innerJoin('kpi_sets as k', 'k.id', 'a.kpi_set_id')
    .select(['k.fiscal_year', 'k.round', 'k.name_th as set_name_th'])
    .where('a.agent_unit_id', '=', agentUnitId)
    .where('a.status', '!=', 'superseded')
    .orderBy('k.fiscal_year', 'desc')
    .orderBy('k.round', 'desc')
    .orderBy('a.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The newest KPI set (by fiscal year and round) in which a unit is the principal of some agreement, with the stored
 * scores (agreement_scores, as storedScoresOfSet reads them) of that set's agreements of one pair whose agent is at
 * or below `path`, by agent code: one row per agreement, or one row with null scores when none is under `path`;
 * no row without such a set. One read.
 */
export function latestSetScoresOf(db: Db, principalUnitId: number, pair: AgreementPair, path: string) {
  return db
    .with('latest', (qc) =>
      qc
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
        .limit(1),
    )
    .selectFrom('latest as k')
    .leftJoin('agreement_scores as r', (join) =>
      join
        .onRef('r.kpi_set_id', '=', 'k.id')
        .on('r.pair', '=', pair)
        .on((eb) => pathUnder(eb.ref('r.agent_path'), path)),
    )
    .leftJoin('units as u', 'u.id', 'r.agent_unit_id')
    .select([
      'k.id as kpi_set_id',
      'k.fiscal_year',
      'k.round',
      'k.name_th as set_name_th',
      ...storedScoreColumns,
    ])
    .orderBy('u.code')
    .execute();
}
