import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { itemsFor } from '../../domain/kpi-library/kpi-set-checks.ts';
import {
  type KpiSetFile,
  kpiSetFileMessages,
  kpiSetFileSchema,
} from '../../domain/kpi-library/kpi-set-file.ts';
import { recordAudit } from '../audit/service.ts';
import { insertSetWithCards } from '../kpis/service.ts';
import { unitsByCodes } from '../org-units/service.ts';
import { insertAgreements, insertItems } from './queries.ts';
import { refreshScores } from './rollup.ts';

export const KPI_SET_DIR = path.resolve(import.meta.dirname, '../../../data/kpi-sets');

export function readKpiSetFile(file: string): KpiSetFile {
  const parsed = kpiSetFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${path.basename(file)}: ${kpiSetFileMessages(parsed.error).join('; ')}`);
  return parsed.data;
}

/**
 * Loads a KPI set file: the set, its cards, and one draft agreement per agent with that agent's items, its share
 * of the optional KPIs (the first N chosen until the unit picks) and its targets. One transaction.
 */
export async function loadKpiSetFile(
  db: Db,
  file: KpiSetFile,
): Promise<{ kpiSetId: number; agreements: number }> {
  const codes = [file.owner, ...file.agreements.flatMap((a) => [a.principal, ...a.agents])];
  const units = new Map((await unitsByCodes(db, [...new Set(codes)])).map((u) => [u.code, u]));
  const unitId = (code: string) => {
    const unit = units.get(code);
    if (!unit) throw new Error(`unit ${code} of ${file.nameTh} is not in the tree`);
    return unit.id;
  };
  return inTransaction(db, async (trx) => {
    const set = await insertSetWithCards(
      trx,
      {
        ownerId: unitId(file.owner),
        fiscalYear: file.fiscalYear,
        round: file.round,
        nameTh: file.nameTh,
        source: file.source,
      },
      file.kpis,
    );
    const plans = file.agreements.flatMap((a) => a.agents.map((agent) => ({ a, agent })));
    const created = await insertAgreements(
      trx,
      plans.map(({ a, agent }) => ({
        kpi_set_id: set.id,
        pair: a.pair,
        principal_unit_id: unitId(a.principal),
        agent_unit_id: unitId(agent),
        version: 1,
        optional_required: a.optionalRequired,
        amendment_reason: null,
      })),
    );
    const idOf = new Map(created.map((c) => [`${c.pair}:${c.agent_unit_id}`, c.id]));
    await insertItems(
      trx,
      plans.flatMap(({ a, agent }) => {
        const agreementId = idOf.get(`${a.pair}:${unitId(agent)}`) ?? 0;
        let optionalChosen = 0;
        return itemsFor(a, agent).map((item, position) => {
          const chosen = item.section !== 'optional' || optionalChosen++ < a.optionalRequired;
          return {
            agreement_id: agreementId,
            kpi_id: set.kpiIds.get(item.kpi) ?? 0,
            section: item.section,
            weight: item.weight,
            targets: a.targets?.[agent]?.[item.kpi] ?? null,
            unit_criteria: null,
            selected: chosen,
            position,
          };
        });
      }),
    );
    await refreshScores(trx, { kpiSetIds: [set.id] });
    await recordAudit(trx, {
      actor: null,
      unitId: unitId(file.owner),
      action: 'import',
      entity: 'kpi_set',
      entityId: String(set.id),
      before: null,
      after: { nameTh: file.nameTh, kpis: file.kpis.length, agreements: created.length },
    });
    return { kpiSetId: set.id, agreements: created.length };
  });
}
