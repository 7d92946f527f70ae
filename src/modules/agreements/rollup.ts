import type { Db } from '../../db/database.ts';
import type { AgreementPair } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { StaleScores } from '../kpis/score-hooks.ts';
import { groupBy, inForceOf, itemsAndResultsOf, scoreItems } from './agreement-scoring.ts';
import {
  agreementsToRescore,
  agreementsWithoutScores,
  groupMeans,
  type LevelRow,
  provinceLevels,
  provinceScores,
  replaceScores,
  roundsWithScores,
  type ScoreRow,
  storedLevelsOfSet,
  storedScoresOfSet,
} from './rollup-queries.ts';

/** The province code in a unit path: "/CDD/95/9501/" → "95". */
const provinceOf = (path: string) => path.split('/')[2] ?? '';

/**
 * Keeps the stored agreement scores (agreement_scores, agreement_item_levels) equal to what the agreement page
 * shows, after any write that changes them: the agreements a write touched are re-scored by the agreement page's
 * own scoreItems (src/domain/scoring/weighted.ts agreementTotal underneath) and their rows replaced. Set-based:
 * four reads (the touched agreements, their items, their agents' results) and batched writes, whatever their number.
 * Call it inside the writer's transaction.
 */
export async function refreshScores(trx: Db, stale: StaleScores): Promise<number> {
  const all = await agreementsToRescore(trx, stale);
  if (all.length === 0) return 0;
  const rows = inForceOf(all);
  const { items, results } = await itemsAndResultsOf(trx, rows);
  const itemsByAgreement = groupBy(items, (i) => i.agreement_id);
  const resultsByUnit = groupBy(results, (r) => r.unit_id);
  const roundOf = new Map(all.map((a) => [a.id, { fiscalYear: a.fiscal_year, round: a.round }]));
  const scores: ScoreRow[] = [];
  const levels: LevelRow[] = [];
  for (const a of rows) {
    const own = itemsByAgreement.get(a.id) ?? [];
    const score = scoreItems(own, a, resultsByUnit.get(a.agent_id) ?? []);
    const round = roundOf.get(a.id);
    scores.push({
      agreement_id: a.id,
      kpi_set_id: a.kpi_set_id,
      pair: a.pair,
      agent_unit_id: a.agent_id,
      agent_path: a.agent_path,
      province_code: provinceOf(a.agent_path),
      fiscal_year: round?.fiscalYear ?? 0,
      round: round?.round ?? 0,
      score: score.weighted?.score ?? null,
      reported: score.reported,
      expected: score.expected,
      status: a.status === 'signed' ? 'signed' : 'draft',
    });
    for (const i of own) {
      const evaluation = score.items.find((s) => s.id === String(i.id))?.evaluation ?? null;
      levels.push({
        agreement_id: a.id,
        kpi_id: i.kpi_id,
        selected: i.selected,
        level: evaluation?.level ?? null,
        score: evaluation?.score ?? null,
        weighted_score: score.weighted?.items.find((s) => s.id === String(i.id))?.contribution ?? null,
        next_th: evaluation?.next?.text ?? null,
      });
    }
  }
  await replaceScores(
    trx,
    all.map((a) => a.id),
    scores,
    levels,
    'all' in stale,
  );
  return scores.length;
}

/**
 * Fills the stored scores of agreements that have none (existing agreements after the migration, which cannot run
 * app code): called at start-up; when every agreement has its row it costs one read.
 */
export async function backfillScores(db: Db): Promise<number> {
  const missing = await agreementsWithoutScores(db);
  if (missing.length === 0) return 0;
  return inTransaction(db, (trx) => refreshScores(trx, { agreementIds: missing }));
}

type Round = { fiscalYear: number; round: number };

/** The rounds with stored scores of some pairs, newest first (the nation dashboard's round picker). */
export async function scoredRounds(db: Db, pairs: AgreementPair[]): Promise<Round[]> {
  const rows = await roundsWithScores(db, pairs);
  return rows.map((r) => ({ fiscalYear: r.fiscal_year, round: r.round }));
}

/**
 * For groups of provinces (regions) in a round, from the stored scores: each group's mean DG-agreement score, the
 * mean of its districts' agreement scores (4 decimals, computed in SQL), and how many provinces and districts have
 * agreements. The caller checks the user may read the nation.
 */
export async function scoresByGroup(
  db: Db,
  round: Round,
  members: { provinceCode: string; groupCode: string }[],
) {
  if (members.length === 0) return [];
  const rows = await groupMeans(
    db,
    round,
    members.map((m) => m.provinceCode),
    members.map((m) => m.groupCode),
  );
  return rows.map((r) => ({
    groupCode: r.group_code,
    provinceMean: r.province_mean,
    districtMean: r.district_mean,
    provinces: Number(r.provinces),
    districts: Number(r.districts),
  }));
}

/** Per province in a round, from the stored scores: its DG-agreement score, its districts' mean and count. */
export async function scoresByProvince(db: Db, round: Round, provinceCodes: string[]) {
  if (provinceCodes.length === 0) return [];
  const rows = await provinceScores(db, round, provinceCodes);
  return rows.map((r) => ({
    provinceCode: r.province_code,
    agreementId: r.agreement_id === null ? null : Number(r.agreement_id),
    score: r.score,
    districtMean: r.district_mean,
    districts: Number(r.districts),
  }));
}

type StoredLevel = Awaited<ReturnType<typeof provinceLevels>>[number];

/** A stored level with its KPI, as the dashboards show it. */
const levelOf = (r: Omit<StoredLevel, 'province_code' | 'position'>) => ({
  kpiId: r.kpi_id,
  key: r.key,
  number: r.number,
  nameTh: r.name_th,
  level: r.level,
  score: r.score,
  nextTh: r.next_th,
});

/** The provinces' levels on each KPI of their DG agreements in a round (the heat table), from the stored levels. */
export async function levelsByProvince(db: Db, round: Round, provinceCodes: string[]) {
  if (provinceCodes.length === 0) return [];
  const rows = await provinceLevels(db, round, provinceCodes);
  return rows.map((r) => ({ provinceCode: r.province_code, ...levelOf(r) }));
}

/**
 * A KPI set's agreements of one pair under a unit with their stored scores (what the agreement page shows, kept on
 * write), without scoring anything: the province home's district scores. The caller checks the user may read the set.
 */
export async function storedScoresUnder(db: Db, kpiSetId: number, pair: AgreementPair, path: string) {
  return (await storedScoresOfSet(db, kpiSetId, pair, path)).map(presentStoredScore);
}

export type StoredScoreRow = Awaited<ReturnType<typeof storedScoresOfSet>>[number];

/** An agreement's stored score as the home and the dashboards show it. */
export function presentStoredScore(r: StoredScoreRow) {
  return {
    id: r.agreement_id,
    agent: { id: r.agent_id, code: r.agent_code, nameTh: r.agent_name_th },
    status: r.status,
    score: r.score,
    reported: r.reported,
    expected: r.expected,
  };
}

/**
 * The stored levels of the chosen KPIs of a KPI set's agreements of one pair under a unit, by agreement id, each
 * agreement's in item order, with what each row is scored against: the districts dashboard's heat table, without
 * scoring anything. The caller checks the user may read the unit.
 */
export async function storedLevelsUnder(db: Db, kpiSetId: number, pair: AgreementPair, path: string) {
  const rows = await storedLevelsOfSet(db, kpiSetId, pair, path);
  const items = rows.map((r) => ({
    agreementId: r.agreement_id,
    ...levelOf(r),
    criteria: { kpi: r.criteria as unknown, unit: r.unit_criteria as unknown, targets: r.targets as unknown },
  }));
  return groupBy(items, (i) => i.agreementId);
}
