import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { atRowVersion, nextRowVersion } from '../../db/row-version.ts';
import type { AgreementPair, AgreementStatus, KpiKind } from '../../db/schema.ts';
import { pathAbove, pathUnder } from '../../plugins/access.ts';

const agreementColumns = [
  'a.id',
  'a.kpi_set_id',
  'a.pair',
  'a.version',
  'a.status',
  'a.optional_required',
  'a.amendment_reason',
  'a.principal_signed_at',
  'a.agent_signed_at',
  'a.created_at',
  'a.row_version',
  'p.id as principal_id',
  'p.code as principal_code',
  'p.kind as principal_kind',
  'p.name_th as principal_name_th',
  'p.path as principal_path',
  'g.id as agent_id',
  'g.code as agent_code',
  'g.kind as agent_kind',
  'g.name_th as agent_name_th',
  'g.path as agent_path',
  'ps.display_name as principal_signer',
  'ps.position_title as principal_signer_position',
  'gs.display_name as agent_signer',
  'gs.position_title as agent_signer_position',
] as const;

export function selectAgreements(db: Db) {
  return db
    .selectFrom('agreements as a')
    .innerJoin('units as p', 'p.id', 'a.principal_unit_id')
    .innerJoin('units as g', 'g.id', 'a.agent_unit_id')
    .leftJoin('users as ps', 'ps.id', 'a.principal_signed_by')
    .leftJoin('users as gs', 'gs.id', 'a.agent_signed_by')
    .select(agreementColumns);
}

export type AgreementRecord = NonNullable<Awaited<ReturnType<typeof findAgreement>>>;

export function findAgreement(db: Db, id: number) {
  return selectAgreements(db).where('a.id', '=', id).executeTakeFirst();
}

/** The agreements of a KPI set that a scope may read: its own unit's, those it is principal of, and those below it. */
export function listAgreements(db: Db, kpiSetId: number, scopePath: string) {
  return selectAgreements(db)
    .where('a.kpi_set_id', '=', kpiSetId)
    .where((eb) => eb.or([pathUnder(eb.ref('g.path'), scopePath), pathUnder(eb.ref('p.path'), scopePath)]))
    .orderBy('a.pair')
    .orderBy('g.code')
    .orderBy('a.version')
    .execute();
}

/**
 * The KPI sets (one per round) in which a scope may read some agreement, the newest round first, with how many
 * agreements each holds: what the agreements page opens on and offers in its picker. One grouped read.
 */
export function roundsWithAgreements(db: Db, scopePath: string) {
  return db
    .selectFrom('agreements as a')
    .innerJoin('kpi_sets as k', 'k.id', 'a.kpi_set_id')
    .innerJoin('units as p', 'p.id', 'a.principal_unit_id')
    .innerJoin('units as g', 'g.id', 'a.agent_unit_id')
    .where((eb) => eb.or([pathUnder(eb.ref('g.path'), scopePath), pathUnder(eb.ref('p.path'), scopePath)]))
    .where('a.status', '!=', 'superseded')
    .select((eb) => [
      'k.id',
      'k.fiscal_year',
      'k.round',
      'k.name_th',
      eb.fn.countAll<string>().as('agreements'),
    ])
    .groupBy(['k.id', 'k.fiscal_year', 'k.round', 'k.name_th'])
    .orderBy('k.fiscal_year', 'desc')
    .orderBy('k.round', 'desc')
    .orderBy('k.id', 'desc')
    .execute();
}

export function latestVersion(db: Db, kpiSetId: number, pair: AgreementPair, agentId: number) {
  return db
    .selectFrom('agreements')
    .select(['id', 'version', 'status'])
    .where('kpi_set_id', '=', kpiSetId)
    .where('pair', '=', pair)
    .where('agent_unit_id', '=', agentId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
}

export function insertAgreement(
  db: Db,
  row: {
    kpi_set_id: number;
    pair: AgreementPair;
    principal_unit_id: number;
    agent_unit_id: number;
    version: number;
    optional_required: number;
    amendment_reason: string | null;
  },
) {
  return db.insertInto('agreements').values(row).returning('id').executeTakeFirstOrThrow();
}

export type ItemRow = {
  kpi_id: number;
  section: KpiKind;
  weight: string;
  targets: unknown;
  unit_criteria: unknown;
  selected: boolean;
  position: number;
};

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export async function replaceItems(db: Db, agreementId: number, items: ItemRow[]) {
  await db.deleteFrom('agreement_items').where('agreement_id', '=', agreementId).execute();
  if (items.length === 0) return;
  await db
    .insertInto('agreement_items')
    .values(
      items.map((i) => ({
        ...i,
        agreement_id: agreementId,
        targets: json(i.targets),
        unit_criteria: json(i.unit_criteria),
      })),
    )
    .execute();
}

export function itemsOf(db: Db, agreementIds: number[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agreement_items as i')
    .innerJoin('kpis as k', 'k.id', 'i.kpi_id')
    .select([
      'i.id',
      'i.agreement_id',
      'i.kpi_id',
      'i.section',
      'i.weight',
      'i.targets',
      'i.unit_criteria',
      'i.selected',
      'i.position',
      'k.key',
      'k.number',
      'k.name_th',
      'k.unit_of_measure',
      'k.criteria',
      'k.level_texts',
      'k.formula',
      'k.work_group',
    ])
    .where('i.agreement_id', 'in', agreementIds)
    .orderBy('i.agreement_id')
    .orderBy('i.position')
    .execute();
}

export function setOptionalRequired(db: Db, id: number, optionalRequired: number) {
  return db
    .updateTable('agreements')
    .set({ optional_required: optionalRequired, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function signAgreement(db: Db, id: number, side: 'principal' | 'agent', userId: number, at: Date) {
  return db
    .updateTable('agreements')
    .set(
      side === 'principal'
        ? { principal_signed_by: userId, principal_signed_at: at }
        : { agent_signed_by: userId, agent_signed_at: at },
    )
    .set({ row_version: nextRowVersion() })
    .where('id', '=', id)
    .execute();
}

/** A draft's items are replaced: its row version moves on, only from the version the client loaded (if sent). */
export function touchAgreement(db: Db, id: number, rowVersion: number | undefined) {
  return db
    .updateTable('agreements')
    .set({ row_version: nextRowVersion() })
    .where('id', '=', id)
    .where(atRowVersion(rowVersion))
    .executeTakeFirst();
}

export function setStatus(db: Db, ids: number[], status: AgreementStatus) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .updateTable('agreements')
    .set({ status, updated_at: new Date() })
    .where('id', 'in', ids)
    .execute();
}

/** Signed earlier versions of the same pair and agent, replaced when an amendment is signed. */
export function signedPredecessors(
  db: Db,
  a: { kpi_set_id: number; pair: AgreementPair; agent_id: number; version: number },
) {
  return db
    .selectFrom('agreements')
    .select('id')
    .where('kpi_set_id', '=', a.kpi_set_id)
    .where('pair', '=', a.pair)
    .where('agent_unit_id', '=', a.agent_id)
    .where('version', '<', a.version)
    .where('status', '=', 'signed')
    .execute()
    .then((rows) => rows.map((r) => r.id));
}

export function insertAgreements(db: Db, rows: Parameters<typeof insertAgreement>[1][]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insertInto('agreements').values(rows).returning(['id', 'agent_unit_id', 'pair']).execute();
}

export async function insertItems(db: Db, rows: (ItemRow & { agreement_id: number })[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('agreement_items')
    .values(rows.map((i) => ({ ...i, targets: json(i.targets), unit_criteria: json(i.unit_criteria) })))
    .execute();
}

export type KpiAgent = {
  kpi_id: number;
  unit_id: number;
  code: string;
  name_th: string;
  path: string;
  targets: unknown;
};

/** One row per KPI and agent: the latest version of its agreement gives the item's targets. */
const kpiAgentColumns = sql`distinct on (i.kpi_id, g.id) i.kpi_id, g.id as unit_id, g.code, g.name_th, g.path, i.targets`;
const byAgent = sql`order by i.kpi_id, g.id, a.version desc`;

/** The agents of the agreements in force or in draft (not superseded) that list the KPIs, with their item targets. */
export function agentsOfKpis(db: Db, kpiIds: number[]): Promise<KpiAgent[]> {
  if (kpiIds.length === 0) return Promise.resolve([]);
  return sql<KpiAgent>`
    select ${kpiAgentColumns}
    from agreement_items i
    join agreements a on a.id = i.agreement_id and a.status <> 'superseded'
    join units g on g.id = a.agent_unit_id
    where i.kpi_id in (select jsonb_array_elements_text(${JSON.stringify(kpiIds)}::jsonb)::int)
    ${byAgent}`
    .execute(db)
    .then((r) => r.rows);
}

/** Of some KPIs, those listed by an agreement (not superseded) whose agent is on `path`, above it or below it. */
export function kpisWithAgentsAlong(db: Db, kpiIds: number[], path: string): Promise<number[]> {
  if (kpiIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agreement_items as i')
    .innerJoin('agreements as a', 'a.id', 'i.agreement_id')
    .innerJoin('units as g', 'g.id', 'a.agent_unit_id')
    .select('i.kpi_id')
    .distinct()
    .where('a.status', '<>', 'superseded')
    .where('i.kpi_id', 'in', kpiIds)
    .where((eb) => eb.or([pathAbove(eb.ref('g.path'), path), pathUnder(eb.ref('g.path'), path)]))
    .execute()
    .then((rows) => rows.map((r) => r.kpi_id));
}

/** The agreements (any status) that list the KPI. */
export function agreementsListingKpi(db: Db, kpiId: number) {
  return db
    .selectFrom('agreement_items as i')
    .innerJoin('agreements as a', 'a.id', 'i.agreement_id')
    .select(['a.id', 'a.status'])
    .where('i.kpi_id', '=', kpiId)
    .execute();
}

/** The KPIs of a set that an agreement past draft lists: those cards are frozen. */
export function kpisInSignedAgreementsOf(db: Db, kpiSetId: number): Promise<number[]> {
  return db
    .selectFrom('agreement_items as i')
    .innerJoin('agreements as a', 'a.id', 'i.agreement_id')
    .select('i.kpi_id')
    .distinct()
    .where('a.kpi_set_id', '=', kpiSetId)
    .where('a.status', '<>', 'draft')
    .execute()
    .then((rows) => rows.map((r) => r.kpi_id));
}
