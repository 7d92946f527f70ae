import { type ExpressionBuilder, type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AgreementPair, Database } from '../../db/schema.ts';
import type { AgreementItemLevelsTable, AgreementScoresTable } from '../../db/tables/agreement-rollups.ts';
import { pathUnder } from '../../plugins/access.ts';
import type { StaleScores } from '../kpis/score-hooks.ts';
import { selectAgreements } from './queries.ts';

type SeedBuilder = ExpressionBuilder<Database & { s: Database['agreements'] }, 's'>;

/** Which agreements a write touched (the "seeds"): by id, by KPI (and unit), by KPI set, or all. */
function seedFilter(eb: SeedBuilder, stale: StaleScores) {
  if ('all' in stale) return eb.lit(true);
  if ('agreementIds' in stale) return eb('s.id', 'in', stale.agreementIds);
  if ('kpiSetIds' in stale) return eb('s.kpi_set_id', 'in', stale.kpiSetIds);
  const { kpiIds, unitIds } = stale;
  const usesKpi = eb.exists(
    eb
      .selectFrom('agreement_items as si')
      .select('si.id')
      .whereRef('si.agreement_id', '=', 's.id')
      .where('si.kpi_id', 'in', kpiIds),
  );
  return unitIds ? eb.and([usesKpi, eb('s.agent_unit_id', 'in', unitIds)]) : usesKpi;
}

const isEmpty = (stale: StaleScores) =>
  ('agreementIds' in stale && stale.agreementIds.length === 0) ||
  ('kpiSetIds' in stale && stale.kpiSetIds.length === 0) ||
  ('kpiIds' in stale && (stale.kpiIds.length === 0 || stale.unitIds?.length === 0));

/**
 * Every version of every (KPI set, pair, agent) that a write touched, with its round: one read, whatever the
 * number of agreements (the in-force version is chosen among them).
 */
export function agreementsToRescore(db: Db, stale: StaleScores) {
  if (isEmpty(stale)) return Promise.resolve([]);
  return selectAgreements(db)
    .innerJoin('kpi_sets as k', 'k.id', 'a.kpi_set_id')
    .select(['k.fiscal_year', 'k.round'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('agreements as s')
          .select('s.id')
          .whereRef('s.kpi_set_id', '=', 'a.kpi_set_id')
          .whereRef('s.pair', '=', 'a.pair')
          .whereRef('s.agent_unit_id', '=', 'a.agent_unit_id')
          .where((seb) => seedFilter(seb as unknown as SeedBuilder, stale)),
      ),
    )
    .execute();
}

/** Agreements in force that have no stored score yet (after the migration, or data loaded before it). */
export async function agreementsWithoutScores(db: Db) {
  const rows = await db
    .selectFrom('agreements as a')
    .select('a.id')
    .where('a.status', '!=', 'superseded')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('agreement_scores as r')
            .select('r.agreement_id')
            .whereRef('r.kpi_set_id', '=', 'a.kpi_set_id')
            .whereRef('r.pair', '=', 'a.pair')
            .whereRef('r.agent_unit_id', '=', 'a.agent_unit_id'),
        ),
      ),
    )
    .execute();
  return rows.map((r) => r.id);
}

const CHUNK = 4000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export type ScoreRow = Insertable<AgreementScoresTable>;
export type LevelRow = Insertable<AgreementItemLevelsTable>;

/** Replaces the stored scores of the given agreements (all versions of the touched agents) by the new rows. */
export async function replaceScores(
  db: Db,
  agreementIds: number[],
  scores: ScoreRow[],
  levels: LevelRow[],
  everything: boolean,
) {
  if (everything) await db.deleteFrom('agreement_scores').execute();
  else
    for (const ids of chunks(agreementIds))
      await db.deleteFrom('agreement_scores').where('agreement_id', 'in', ids).execute();
  for (const rows of chunks(scores)) await db.insertInto('agreement_scores').values(rows).execute();
  for (const rows of chunks(levels)) await db.insertInto('agreement_item_levels').values(rows).execute();
}

/** The rounds (fiscal year and round) that have stored scores of some pairs, newest first. */
export function roundsWithScores(db: Db, pairs: AgreementPair[]) {
  return db
    .selectFrom('agreement_scores')
    .select(['fiscal_year', 'round'])
    .where('pair', 'in', pairs)
    .groupBy(['fiscal_year', 'round'])
    .orderBy('fiscal_year', 'desc')
    .orderBy('round', 'desc')
    .execute();
}

/** A province→group mapping passed to SQL as one table (no read of the grouping per province). */
function membership(provinceCodes: string[], groupCodes: string[]) {
  return sql<{
    province_code: string;
    group_code: string;
  }>`(select * from unnest(${provinceCodes}::text[], ${groupCodes}::text[]) as m(province_code, group_code))`;
}

/**
 * Per group (region) of provinces in a round: the mean DG-agreement score of its provinces, the mean score of its
 * districts' agreements, and how many provinces and districts have agreements. One grouped read.
 */
export function groupMeans(
  db: Db,
  round: { fiscalYear: number; round: number },
  provinceCodes: string[],
  groupCodes: string[],
) {
  return db
    .selectFrom(membership(provinceCodes, groupCodes).as('m'))
    .innerJoin('agreement_scores as r', 'r.province_code', 'm.province_code')
    .where('r.fiscal_year', '=', round.fiscalYear)
    .where('r.round', '=', round.round)
    .where('r.pair', 'in', ['dg_province', 'province_district'])
    .select((eb) => [
      'm.group_code',
      sql<string | null>`round(avg(r.score) filter (where r.pair = 'dg_province'), 4)::text`.as(
        'province_mean',
      ),
      sql<string | null>`round(avg(r.score) filter (where r.pair = 'province_district'), 4)::text`.as(
        'district_mean',
      ),
      eb.fn.count<string>('r.agreement_id').filterWhere('r.pair', '=', 'dg_province').as('provinces'),
      eb.fn.count<string>('r.agreement_id').filterWhere('r.pair', '=', 'province_district').as('districts'),
    ])
    .groupBy('m.group_code')
    .execute();
}

/**
 * Per province in a round: its DG-agreement score, the mean of its districts' scores and how many districts have
 * agreements. One grouped read.
 */
export function provinceScores(
  db: Db,
  round: { fiscalYear: number; round: number },
  provinceCodes: string[],
) {
  return db
    .selectFrom('agreement_scores as r')
    .where('r.fiscal_year', '=', round.fiscalYear)
    .where('r.round', '=', round.round)
    .where('r.pair', 'in', ['dg_province', 'province_district'])
    .where('r.province_code', 'in', provinceCodes)
    .select((eb) => [
      'r.province_code',
      sql<string | null>`max(r.score::text) filter (where r.pair = 'dg_province')`.as('score'),
      sql<number | null>`max(r.agreement_id) filter (where r.pair = 'dg_province')`.as('agreement_id'),
      sql<string | null>`round(avg(r.score) filter (where r.pair = 'province_district'), 4)::text`.as(
        'district_mean',
      ),
      eb.fn.count<string>('r.agreement_id').filterWhere('r.pair', '=', 'province_district').as('districts'),
    ])
    .groupBy('r.province_code')
    .execute();
}

/** The levels of the provinces' DG agreements in a round, KPI by KPI (chosen KPIs only), with the KPIs' names. */
export function provinceLevels(
  db: Db,
  round: { fiscalYear: number; round: number },
  provinceCodes: string[],
) {
  return db
    .selectFrom('agreement_scores as r')
    .innerJoin('agreement_item_levels as l', 'l.agreement_id', 'r.agreement_id')
    .innerJoin('kpis as k', 'k.id', 'l.kpi_id')
    .where('r.fiscal_year', '=', round.fiscalYear)
    .where('r.round', '=', round.round)
    .where('r.pair', '=', 'dg_province')
    .where('r.province_code', 'in', provinceCodes)
    .where('l.selected', '=', true)
    .select([
      'r.province_code',
      'l.kpi_id',
      'l.level',
      'l.score',
      'l.next_th',
      'k.key',
      'k.number',
      'k.name_th',
      'k.position',
    ])
    .orderBy('k.position')
    .orderBy('k.id')
    .execute();
}

/** The stored scores of a KPI set's agreements of one pair whose agent is at or below `path`. */
function scoresOfSetUnder(db: Db, kpiSetId: number, pair: AgreementPair, path: string) {
  return db
    .selectFrom('agreement_scores as r')
    .where('r.kpi_set_id', '=', kpiSetId)
    .where('r.pair', '=', pair)
    .where((eb) => pathUnder(eb.ref('r.agent_path'), path));
}

/** An agreement's stored score (agreement_scores `r`) with its agent (units `u`). */
export const storedScoreColumns = [
  'r.agreement_id',
  'r.status',
  'r.score',
  'r.reported',
  'r.expected',
  'u.id as agent_id',
  'u.code as agent_code',
  'u.name_th as agent_name_th',
] as const;

/** The stored scores of a KPI set's agreements of one pair whose agent is at or below `path`, by agent code. */
export function storedScoresOfSet(db: Db, kpiSetId: number, pair: AgreementPair, path: string) {
  return scoresOfSetUnder(db, kpiSetId, pair, path)
    .innerJoin('units as u', 'u.id', 'r.agent_unit_id')
    .select(storedScoreColumns)
    .orderBy('u.code')
    .execute();
}

/**
 * The stored levels of the chosen KPIs of a KPI set's agreements of one pair whose agent is at or below `path`, with
 * each row's KPI and what it is scored against (the KPI card's criteria, the row's own criteria and tier targets),
 * in the agreement's order (by agreement, then item position).
 */
export function storedLevelsOfSet(db: Db, kpiSetId: number, pair: AgreementPair, path: string) {
  return scoresOfSetUnder(db, kpiSetId, pair, path)
    .innerJoin('agreement_item_levels as l', 'l.agreement_id', 'r.agreement_id')
    .innerJoin('agreement_items as i', (join) =>
      join.onRef('i.agreement_id', '=', 'l.agreement_id').onRef('i.kpi_id', '=', 'l.kpi_id'),
    )
    .innerJoin('kpis as k', 'k.id', 'l.kpi_id')
    .select([
      'r.agreement_id',
      'l.kpi_id',
      'l.level',
      'l.score',
      'l.next_th',
      'i.unit_criteria',
      'i.targets',
      'k.key',
      'k.number',
      'k.name_th',
      'k.criteria',
    ])
    .where('l.selected', '=', true)
    .orderBy('r.agreement_id')
    .orderBy('i.position')
    .orderBy('i.id')
    .execute();
}
