import path from 'node:path';
import type { DatabaseHandle } from '../src/db/database.ts';
import type { KpiKind } from '../src/db/schema.ts';
import { KPI_SET_DIR, readKpiSetFile } from '../src/modules/agreements/kpi-set-files.ts';
import { insertKpiSet, insertKpis, type KpiRow } from '../src/modules/kpis/queries.ts';
import { unitByCode } from '../src/modules/org-units/service.ts';

export type KpiFixture = { key: string; kind: KpiKind; nameTh: string; criteria: unknown; weight?: string };

/** A KPI set straight into the database, for tests of what is built on it. */
export async function makeKpiSet(
  handle: DatabaseHandle,
  ownerCode: string,
  fiscalYear: number,
  round: 1 | 2,
  kpis: KpiFixture[],
) {
  const owner = await unitByCode(handle.db, ownerCode);
  if (!owner) throw new Error(`no unit ${ownerCode}`);
  const set = await insertKpiSet(handle.db, {
    owner_unit_id: owner.id,
    fiscal_year: fiscalYear,
    round,
    name_th: `ชุดทดสอบ ${ownerCode} ${round}/${fiscalYear}`,
    source: null,
    copied_from_id: null,
  });
  const rows: KpiRow[] = kpis.map((k, position) => ({
    key: k.key,
    number: k.key.slice(1),
    kind: k.kind,
    name_th: k.nameTh,
    name_en: null,
    unit_of_measure: 'ร้อยละ',
    weight: k.weight ?? null,
    definition: null,
    formula_text: null,
    formula: null,
    rationale: null,
    data_source: null,
    level_texts: ['ระดับ 1', 'ระดับ 2', 'ระดับ 3', 'ระดับ 4', 'ระดับ 5'],
    criteria: k.criteria,
    evidence: [],
    contacts: [],
    work_group: null,
    measurement_day: null,
    notes: null,
    position,
  }));
  const inserted = await insertKpis(handle.db, set.id, rows);
  return {
    id: set.id,
    kpiIds: Object.fromEntries(inserted.map((k) => [k.key, k.id])) as Record<string, number>,
  };
}

export const budgetCriteria = {
  type: 'threshold',
  direction: 'higher',
  inclusive: true,
  thresholds: ['80', '85', '90', '95', '100'],
};
export const planCriteria = {
  type: 'threshold',
  direction: 'higher',
  inclusive: true,
  thresholds: ['75', '80', '85', '90', '95'],
};
export const overdueCriteria = {
  type: 'threshold',
  direction: 'lower',
  inclusive: false,
  thresholds: [null, '20', '15', '10', '5'],
};

/** Seed 001's budget example for Mueang Yala (formula inputs of KPI T1): 13,746,496.46 of 15,394,077.59 → 89.30 %. */
export const seedBudgetExample = {
  disbursed: '13746496.46',
  purchase_orders: '0',
  allocated: '15394077.59',
  returned_before_cutoff: '0',
};

/** Gives a test KPI the formula of Yala's seed card T1 (its inputs are the budget register's: it can be bound). */
export async function withBudgetFormula(handle: DatabaseHandle, kpiId: number) {
  const seedT1 = readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')).kpis.find(
    (k) => k.key === 'T1',
  );
  await handle.db
    .updateTable('kpis')
    .set({ formula: JSON.stringify(seedT1?.formula) })
    .where('id', '=', kpiId)
    .execute();
}
