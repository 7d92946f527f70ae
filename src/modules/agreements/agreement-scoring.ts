import type { Db } from '../../db/database.ts';
import { type AgreementItem, scoreAgreement } from '../../domain/agreements/agreement-score.ts';
import { type Criteria, criteriaSchema } from '../../domain/scoring/criteria.ts';
import { canonical, Dec } from '../../domain/scoring/decimal.ts';
import type { EvaluationInput } from '../../domain/scoring/evaluate.ts';
import { resultsForUnits } from '../kpis/results.ts';
import { scoreOrRefuse } from '../scoring/service.ts';
import { type AgreementRecord, itemsOf } from './queries.ts';

/** How an agreement is scored, shared by the agreement page, the dashboards and the scores kept on write. */

export type ItemRecord = Awaited<ReturnType<typeof itemsOf>>[number];

export function criteriaOf(item: ItemRecord): Criteria | null {
  const kpiCriteria = criteriaSchema.parse(item.criteria);
  if (kpiCriteria.type !== 'project-defined') return kpiCriteria;
  const own = item.unit_criteria ?? kpiCriteria.unitCriteria;
  return own ? criteriaSchema.parse(own) : null;
}

/** The evaluation input of a stored result: a value, milestone steps, composite measures, and the unit's tier targets. */
function inputOf(
  result: { value: string | null; inputs: unknown } | undefined,
  targets: unknown,
): EvaluationInput | null {
  if (!result) return null;
  const inputs = (result.inputs ?? {}) as { verified?: string[]; measures?: Record<string, string> };
  const tierTargets = (targets as { tiers?: Record<string, string> } | null)?.tiers;
  return {
    ...(result.value === null ? {} : { value: result.value }),
    ...(inputs.verified ? { verified: inputs.verified } : {}),
    ...(inputs.measures ? { measures: inputs.measures } : {}),
    ...(tierTargets ? { targets: tierTargets } : {}),
  };
}

/** The items of some agreements and their agents' results for those KPIs: two set-based reads. */
export async function itemsAndResultsOf(db: Db, rows: AgreementRecord[]) {
  const items = await itemsOf(
    db,
    rows.map((r) => r.id),
  );
  const results = await resultsForUnits(
    db,
    [...new Set(items.map((i) => i.kpi_id))],
    rows.map((r) => r.agent_id),
  );
  return { items, results };
}

export function scoreItems(
  items: ItemRecord[],
  a: AgreementRecord,
  results: Awaited<ReturnType<typeof resultsForUnits>>,
) {
  const scorable = items.map(
    (i): AgreementItem => ({
      id: String(i.id),
      section: i.section,
      weight: canonical(new Dec(i.weight)),
      selected: i.selected,
      criteria: criteriaOf(i),
      input: inputOf(
        results.find((r) => r.kpi_id === i.kpi_id && r.unit_id === a.agent_id),
        i.targets,
      ),
    }),
  );
  return scoreOrRefuse(() => scoreAgreement(scorable, a.optional_required));
}

export function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * Of an agent's versions in a KPI set and pair, the one in force: the latest signed one, else the latest draft
 * (superseded versions never).
 */
export function inForceOf(all: readonly AgreementRecord[]): AgreementRecord[] {
  const inForce = new Map<string, AgreementRecord>();
  for (const a of all) {
    if (a.status === 'superseded') continue;
    const key = `${a.kpi_set_id}:${a.pair}:${a.agent_id}`;
    const held = inForce.get(key);
    const better =
      !held ||
      (a.status === 'signed') > (held.status === 'signed') ||
      (a.status === held.status && a.version > held.version);
    if (better) inForce.set(key, a);
  }
  return [...inForce.values()];
}
