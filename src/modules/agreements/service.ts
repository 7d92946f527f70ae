import type { Db } from '../../db/database.ts';
import type { AgreementPair, KpiKind, UnitKind } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { countToNextLevel } from '../../domain/agreements/count-to-next-level.ts';
import { formulaSchema } from '../../domain/formula/schema.ts';
import { criteriaSchema } from '../../domain/scoring/criteria.ts';
import { canonical, Dec } from '../../domain/scoring/decimal.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { guardedUpdate, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead, permissionsOf, roleFitsUnit } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import {
  canEditKpiSet,
  formulaWordsOf,
  kpiSetInScope,
  kpisOfKpiSet,
  requireSetWrite,
} from '../kpis/service.ts';
import { unitByCode } from '../org-units/service.ts';
import { unprocessable } from '../scoring/service.ts';
import {
  criteriaOf,
  groupBy,
  type ItemRecord,
  inForceOf,
  itemsAndResultsOf,
  scoreItems,
} from './agreement-scoring.ts';
import { latestAgreementRecordOfAgent, latestSetScoresOf } from './home-queries.ts';
import {
  type AgreementRecord,
  agentsOfKpis,
  agreementsListingKpi,
  findAgreement,
  type ItemRow,
  insertAgreement,
  itemsOf,
  kpisInSignedAgreementsOf,
  kpisWithAgentsAlong,
  latestVersion,
  listAgreements,
  replaceItems,
  roundsWithAgreements,
  setOptionalRequired,
  setStatus,
  signAgreement,
  signedPredecessors,
  touchAgreement,
} from './queries.ts';
import { presentStoredScore, refreshScores, type StoredScoreRow } from './rollup.ts';
import type { AgreementBody } from './schemas.ts';

/**
 * For a province's home: the newest KPI set in which the unit is the principal of some agreement, with the stored
 * scores of its agreements of one pair under `path` (storedScoresUnder's rows), or null without such a set.
 */
export async function latestScoresAsPrincipal(
  db: Db,
  principalUnitId: number,
  pair: AgreementPair,
  path: string,
) {
  const rows = await latestSetScoresOf(db, principalUnitId, pair, path);
  const first = rows[0];
  if (!first) return null;
  return {
    set: {
      id: first.kpi_set_id,
      fiscalYear: first.fiscal_year,
      round: first.round,
      nameTh: first.set_name_th,
    },
    // A row with an agreement carries all its stored score (the left join found it) and its agent (an inner key).
    items: rows
      .filter((r): r is (typeof rows)[number] & StoredScoreRow => r.agreement_id !== null)
      .map(presentStoredScore),
  };
}

export const pairLabels: Record<AgreementPair, string> = {
  dg_province: 'อธิบดีกรมการพัฒนาชุมชน กับ พัฒนาการจังหวัด',
  province_district: 'พัฒนาการจังหวัด กับ พัฒนาการอำเภอ',
  province_work_group: 'พัฒนาการจังหวัด กับ ผู้อำนวยการกลุ่มงาน',
};

/** What the lower side of each pair is (seed 001 §2.2: P1 DG↔PDO, P2 PDO↔DDO, P3 PDO↔work-group director). */
const agentKind: Record<AgreementPair, UnitKind> = {
  dg_province: 'province',
  province_district: 'district',
  province_work_group: 'work_group',
};

const agentKindLabel: Record<AgreementPair, string> = {
  dg_province: 'จังหวัด',
  province_district: 'อำเภอ',
  province_work_group: 'กลุ่มงาน',
};

function readable(user: AuthUser, a: AgreementRecord): boolean {
  return canRead(user, { path: a.agent_path }) || canRead(user, { path: a.principal_path });
}

async function agreementInScope(db: Db, user: AuthUser, id: number): Promise<AgreementRecord> {
  const a = await findAgreement(db, id);
  if (!a || !readable(user, a)) throw notFound('คำรับรอง');
  return a;
}

function present(a: AgreementRecord) {
  return {
    id: a.id,
    kpiSetId: a.kpi_set_id,
    pair: a.pair,
    pairLabel: pairLabels[a.pair],
    version: a.version,
    status: a.status,
    optionalRequired: a.optional_required,
    amendmentReason: a.amendment_reason,
    principal: { id: a.principal_id, code: a.principal_code, nameTh: a.principal_name_th },
    agent: { id: a.agent_id, code: a.agent_code, nameTh: a.agent_name_th },
    principalSigned: a.principal_signed_at
      ? {
          at: a.principal_signed_at.toISOString(),
          name: a.principal_signer,
          position: a.principal_signer_position,
        }
      : null,
    agentSigned: a.agent_signed_at
      ? { at: a.agent_signed_at.toISOString(), name: a.agent_signer, position: a.agent_signer_position }
      : null,
    rowVersion: a.row_version,
  };
}

export async function listOfSet(db: Db, user: AuthUser, kpiSetId: number) {
  await kpiSetInScope(db, user, kpiSetId);
  const rows = await listAgreements(db, kpiSetId, user.scope.path);
  const { items, results } = await itemsAndResultsOf(db, rows);
  return {
    items: rows.map((a) => {
      const score = scoreItems(
        items.filter((i) => i.agreement_id === a.id),
        a,
        results,
      );
      return {
        ...present(a),
        score: score.weighted?.score ?? null,
        weightChecks: score.weightChecks,
        reported: score.reported,
        expected: score.expected,
        unscorable: score.unscorable,
      };
    }),
  };
}

/** The rounds that have agreements the user may read, newest first: the agreements page opens on the first. */
export async function roundsOf(db: Db, user: AuthUser) {
  const rows = await roundsWithAgreements(db, user.scope.path);
  return {
    items: rows.map((r) => ({
      kpiSetId: r.id,
      fiscalYear: r.fiscal_year,
      round: r.round,
      nameTh: r.name_th,
      agreements: Number(r.agreements),
    })),
  };
}

/**
 * An agreement's items, its agent's results of their KPIs (two reads: itemsAndResultsOf) and its scoring, with each
 * item's evaluation and what its next level needs.
 */
async function scoredAgreement(db: Db, a: AgreementRecord) {
  const { items, results } = await itemsAndResultsOf(db, [a]);
  const score = scoreItems(items, a, results);
  const scoredOf = (i: ItemRecord) => score.items.find((s) => s.id === String(i.id));
  const evaluationOf = (i: ItemRecord) => scoredOf(i)?.evaluation ?? null;
  const resultOf = (i: ItemRecord) => results.find((r) => r.kpi_id === i.kpi_id);
  const neededOf = (i: ItemRecord) =>
    countToNextLevel({
      criteria: criteriaOf(i),
      formula: formulaSchema.nullable().catch(null).parse(i.formula),
      evaluation: evaluationOf(i),
      values: (resultOf(i)?.inputs as { formula?: Record<string, string> } | null)?.formula,
      tableTargets: (i.targets as { mustPass?: number[] } | null)?.mustPass,
    });
  return { items, score, scoredOf, evaluationOf, resultOf, neededOf };
}

/**
 * For a district's home: the agreement in force of a unit (as the lower side) for the latest round that has one, in
 * one read with its round (latestAgreementRecordOfAgent), and its chosen KPIs scored as getAgreement scores them
 * (two more reads); null when it has none the user may read.
 */
export async function latestScoredAgreementOfAgent(db: Db, user: AuthUser, agentUnitId: number) {
  const a = await latestAgreementRecordOfAgent(db, agentUnitId);
  if (!a || !readable(user, a)) return null;
  const { items, score, evaluationOf, neededOf } = await scoredAgreement(db, a);
  return {
    id: a.id,
    fiscalYear: a.fiscal_year,
    round: a.round,
    setNameTh: a.set_name_th,
    status: a.status,
    score: score.weighted?.score ?? null,
    reported: score.reported,
    expected: score.expected,
    items: items
      .filter((i) => i.selected)
      .map((i) => {
        const evaluation = evaluationOf(i);
        return {
          id: i.id,
          kpiId: i.kpi_id,
          section: i.section,
          number: i.number,
          nameTh: i.name_th,
          level: evaluation?.level ?? null,
          score: evaluation?.score ?? null,
          next: evaluation?.next ?? null,
          neededTh: neededOf(i)?.text ?? null,
        };
      }),
  };
}

/** An agreement with every KPI's result, level, score and what the next level needs, and the weighted total. */
export async function getAgreement(db: Db, user: AuthUser, id: number) {
  const a = await agreementInScope(db, user, id);
  const { items, score, scoredOf, evaluationOf, resultOf, neededOf } = await scoredAgreement(db, a);
  return {
    agreement: present(a),
    items: items.map((i) => {
      const result = resultOf(i);
      return {
        id: i.id,
        kpiId: i.kpi_id,
        key: i.key,
        number: i.number,
        nameTh: i.name_th,
        unitOfMeasure: i.unit_of_measure,
        section: i.section,
        weight: canonical(new Dec(i.weight)),
        selected: i.selected,
        targets: i.targets,
        unitCriteria: i.unit_criteria,
        levelTexts: i.level_texts,
        criteria: i.criteria,
        formula: i.formula,
        formulaWords: formulaWordsOf(i.formula),
        workGroup: i.work_group,
        result: result
          ? {
              value: result.value,
              inputs: result.inputs,
              source: result.source,
              asOf: result.as_of,
              note: result.note,
              rowVersion: result.row_version,
            }
          : null,
        evaluation: evaluationOf(i),
        resultError: scoredOf(i)?.error ?? null,
        needed: neededOf(i),
        contribution: score.weighted?.items.find((s) => s.id === String(i.id))?.contribution ?? null,
      };
    }),
    total: score.weighted ? { score: score.weighted.score, sections: score.weighted.sections } : null,
    weightChecks: score.weightChecks,
    reported: score.reported,
    expected: score.expected,
    unscorable: score.unscorable,
    warnings: score.warnings,
    canEdit: a.status === 'draft' && (await canEditKpiSet(db, user, a.kpi_set_id)),
    canSign: signableSides(user, a),
  };
}

/** The principal signs for the upper office, the agent for the lower one: each side by the account that holds that post. */
function signableSides(user: AuthUser, a: AgreementRecord): ('principal' | 'agent')[] {
  if (a.status !== 'draft') return [];
  const sides: ('principal' | 'agent')[] = [];
  if (!a.principal_signed_at && holdsPost(user, a.principal_id, a.principal_kind)) sides.push('principal');
  if (!a.agent_signed_at && holdsPost(user, a.agent_id, a.agent_kind)) sides.push('agent');
  return sides;
}

/**
 * Who holds a unit's post: an account of a role that belongs to that kind of unit and may write there, the admin for
 * an office (department, province), the officer of a district, the staff of a work group (not a province's staff).
 */
function holdsPost(user: AuthUser, unitId: number, kind: UnitKind): boolean {
  const may = permissionsOf(user.role);
  const signs = kind === 'district' || kind === 'work_group' ? may.editUnits : may.manageUsers;
  return user.unit.id === unitId && roleFitsUnit(user.role, kind) && signs;
}

async function resolveItems(db: Db, kpiSetId: number, body: AgreementBody): Promise<ItemRow[]> {
  const kpis = await kpisOfKpiSet(db, kpiSetId);
  return body.items.map((item, index) => {
    const kpi = kpis.find((k) => k.id === item.kpiId);
    if (!kpi)
      throw new AppError(422, 'unknown_kpi', `ตัวชี้วัดรหัส ${item.kpiId} ไม่อยู่ในชุดตัวชี้วัดนี้`, `items.${index}.kpiId`);
    if (item.unitCriteria !== undefined && item.unitCriteria !== null) {
      const parsed = criteriaSchema.safeParse(item.unitCriteria);
      if (!parsed.success)
        throw unprocessable(
          parsed.error,
          `items.${index}.unitCriteria`,
          `ตัวชี้วัดที่ ${index + 1} (ข้อ ${kpi.number})`,
        );
    }
    return {
      kpi_id: kpi.id,
      section: (item.section ?? kpi.kind) as KpiKind,
      weight: item.weight,
      targets: item.targets ?? null,
      unit_criteria: item.unitCriteria ?? null,
      selected: item.selected ?? item.section !== 'optional',
      position: index,
    };
  });
}

async function principalOf(db: Db, pair: AgreementPair, agentCode: string) {
  const agent = await unitByCode(db, agentCode);
  if (!agent || agent.kind !== agentKind[pair]) {
    throw new AppError(422, 'unknown_unit', `ไม่พบ${agentKindLabel[pair]}รหัส "${agentCode}"`, 'agentCode');
  }
  const principal =
    pair === 'dg_province'
      ? await unitByCode(db, 'CDD')
      : await unitByCode(db, agent.path.split('/')[2] ?? '');
  if (!principal) throw notFound('หน่วยงานผู้ให้คำรับรอง');
  return { agent, principal };
}

export async function createAgreement(
  db: Db,
  user: AuthUser,
  body: AgreementBody & { kpiSetId: number; pair: AgreementPair; agentCode: string },
) {
  const set = await kpiSetInScope(db, user, body.kpiSetId);
  requireSetWrite(user, set);
  const { agent, principal } = await principalOf(db, body.pair, body.agentCode);
  if (!agent.path.startsWith(set.owner_path)) {
    throw new AppError(
      422,
      'outside_set',
      `${agent.name_th}ไม่อยู่ในพื้นที่ของชุดตัวชี้วัดนี้ (${set.owner_name_th})`,
      'agentCode',
    );
  }
  const latest = await latestVersion(db, set.id, body.pair, agent.id);
  if (latest) {
    throw new AppError(
      409,
      'conflict',
      `มีคำรับรองของ${agent.name_th}ในรอบนี้แล้ว (ฉบับที่ ${latest.version}) ให้แก้ไขหรือขอแก้ไขคำรับรองแทน`,
      'agentCode',
    );
  }
  const items = await resolveItems(db, set.id, body);
  const id = await inTransaction(db, async (trx) => {
    const { id } = await insertAgreement(trx, {
      kpi_set_id: set.id,
      pair: body.pair,
      principal_unit_id: principal.id,
      agent_unit_id: agent.id,
      version: 1,
      optional_required: body.optionalRequired ?? 0,
      amendment_reason: null,
    });
    await replaceItems(trx, id, items);
    await refreshScores(trx, { agreementIds: [id] });
    await recordAudit(trx, {
      actor: user,
      unitId: agent.id,
      action: 'create',
      entity: 'agreement',
      entityId: String(id),
      before: null,
      after: { ...body, items },
    });
    return id;
  });
  return getAgreement(db, user, id);
}

async function draftForEdit(db: Db, user: AuthUser, id: number) {
  const a = await agreementInScope(db, user, id);
  requireSetWrite(user, await kpiSetInScope(db, user, a.kpi_set_id));
  if (a.status !== 'draft') {
    throw new AppError(
      409,
      'locked',
      'คำรับรองลงนามแล้ว แก้ไขไม่ได้ ให้ขอแก้ไขคำรับรอง (ฉบับใหม่) พร้อมเหตุผล',
      'status',
    );
  }
  return a;
}

/** The agreement as a 409 names it (audit entity 'agreement'). */
const versioned = (a: Pick<AgreementRecord, 'id' | 'agent_name_th' | 'agent_code'>) => ({
  entity: 'agreement',
  entityId: a.id,
  what: `ร่างคำรับรองของ${a.agent_name_th} (${a.agent_code}) `,
});

export async function updateAgreement(db: Db, user: AuthUser, id: number, body: AgreementBody) {
  const a = await draftForEdit(db, user, id);
  await requireRowVersion(db, versioned(a), a.row_version, body.rowVersion);
  const before = await itemsOf(db, [a.id]);
  const items = await resolveItems(db, a.kpi_set_id, body);
  await inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versioned(a), body.rowVersion, () => touchAgreement(trx, a.id, body.rowVersion));
    await replaceItems(trx, a.id, items);
    await setOptionalRequired(trx, a.id, body.optionalRequired ?? a.optional_required);
    await refreshScores(trx, { agreementIds: [a.id] });
    await recordAudit(trx, {
      actor: user,
      unitId: a.agent_id,
      action: 'update',
      entity: 'agreement',
      entityId: String(a.id),
      before: { items: before },
      after: { ...body, items },
    });
  });
  return getAgreement(db, user, id);
}

/** Both sides sign; the second signature locks it (and replaces the version it amends). Weights must total 100 first. */
export async function sign(db: Db, user: AuthUser, id: number, side: 'principal' | 'agent') {
  const view = await getAgreement(db, user, id);
  const a = await agreementInScope(db, user, id);
  if (!view.canSign.includes(side)) {
    throw forbidden(
      side === 'principal'
        ? `ผู้ลงนามฝ่ายผู้ให้คำรับรองต้องเป็นบัญชีของ${a.principal_name_th}`
        : `ผู้ลงนามฝ่ายผู้รับคำรับรองต้องเป็นบัญชีของ${a.agent_name_th}`,
    );
  }
  const unbalanced = view.weightChecks.filter((c) => !c.is100);
  if (unbalanced.length > 0 || view.items.length === 0) {
    const sums = unbalanced
      .map((c) => `${c.group === 'team' ? 'ตัวชี้วัดรายทีม' : 'ตัวชี้วัดรายบุคคล'}: ${c.message}`)
      .join('; ');
    throw new AppError(
      422,
      'weights_not_100',
      view.items.length === 0 ? 'คำรับรองยังไม่มีตัวชี้วัด' : `ลงนามไม่ได้: ${sums}`,
      'weights',
    );
  }
  if (view.warnings.length > 0)
    throw new AppError(422, 'optional_choice', `ลงนามไม่ได้: ${view.warnings.join('; ')}`, 'items');
  const now = new Date();
  await inTransaction(db, async (trx) => {
    await signAgreement(trx, id, side, user.id, now);
    const other = side === 'principal' ? a.agent_signed_at : a.principal_signed_at;
    if (other) {
      await setStatus(trx, [id], 'signed');
      await setStatus(trx, await signedPredecessors(trx, a), 'superseded');
    }
    await refreshScores(trx, { agreementIds: [id] });
    await recordAudit(trx, {
      actor: user,
      unitId: a.agent_id,
      action: 'update',
      entity: 'agreement',
      entityId: String(id),
      before: { status: a.status },
      after: { signed: side, status: other ? 'signed' : 'draft' },
    });
  });
  return getAgreement(db, user, id);
}

/** An amendment: a new draft version with the reason, carrying the items over; the signed one stays in force until it is signed. */
export async function amend(db: Db, user: AuthUser, id: number, reason: string) {
  const a = await agreementInScope(db, user, id);
  requireSetWrite(user, await kpiSetInScope(db, user, a.kpi_set_id));
  if (a.status !== 'signed')
    throw new AppError(409, 'not_signed', 'ขอแก้ไขได้เฉพาะคำรับรองที่ลงนามแล้วและยังมีผลอยู่', 'status');
  const latest = await latestVersion(db, a.kpi_set_id, a.pair, a.agent_id);
  if (latest && latest.id !== a.id)
    throw new AppError(409, 'conflict', `มีฉบับแก้ไขที่ ${latest.version} อยู่แล้ว`, 'version');
  const items = await itemsOf(db, [a.id]);
  const newId = await inTransaction(db, async (trx) => {
    const { id: created } = await insertAgreement(trx, {
      kpi_set_id: a.kpi_set_id,
      pair: a.pair,
      principal_unit_id: a.principal_id,
      agent_unit_id: a.agent_id,
      version: a.version + 1,
      optional_required: a.optional_required,
      amendment_reason: reason,
    });
    await replaceItems(
      trx,
      created,
      items.map((i) => ({
        kpi_id: i.kpi_id,
        section: i.section,
        weight: canonical(new Dec(i.weight)),
        targets: i.targets,
        unit_criteria: i.unit_criteria,
        selected: i.selected,
        position: i.position,
      })),
    );
    await refreshScores(trx, { agreementIds: [created] });
    await recordAudit(trx, {
      actor: user,
      unitId: a.agent_id,
      action: 'create',
      entity: 'agreement',
      entityId: String(created),
      before: { amends: a.id, version: a.version },
      after: { version: a.version + 1, reason },
    });
    return created;
  });
  return getAgreement(db, user, newId);
}

/** The KPI sets that have agreements with a unit's subtree, newest round first (the dashboards' round picker). */
export async function roundsUnder(db: Db, unitPath: string) {
  const rows = await roundsWithAgreements(db, unitPath);
  return rows.map((r) => ({ kpiSetId: r.id, fiscalYear: r.fiscal_year, round: r.round, nameTh: r.name_th }));
}

/**
 * The agreements of a pair in a KPI set whose lower side lies under a unit, each scored exactly as the agreement page
 * scores it (the same scoreItems), with every item's level and score: three set-based reads for the whole subtree,
 * no read per agreement. Of an agent's versions the one in force is kept: the latest signed one, else the latest
 * draft. The caller checks that the user may read the unit.
 */
export async function scoredAgreementsUnder(db: Db, kpiSetId: number, unitPath: string, pair: AgreementPair) {
  const all = await listAgreements(db, kpiSetId, unitPath);
  const rows = inForceOf(all.filter((a) => a.pair === pair && a.agent_path.startsWith(unitPath)));
  const { items, results } = await itemsAndResultsOf(db, rows);
  const itemsByAgreement = groupBy(items, (i) => i.agreement_id);
  const resultsByUnit = groupBy(results, (r) => r.unit_id);
  return rows.map((a) => {
    const own = itemsByAgreement.get(a.id) ?? [];
    const score = scoreItems(own, a, resultsByUnit.get(a.agent_id) ?? []);
    return {
      ...present(a),
      score: score.weighted?.score ?? null,
      reported: score.reported,
      expected: score.expected,
      items: own.map((i) => {
        const scored = score.items.find((s) => s.id === String(i.id));
        return {
          kpiId: i.kpi_id,
          key: i.key,
          number: i.number,
          nameTh: i.name_th,
          selected: i.selected,
          weight: canonical(new Dec(i.weight)),
          level: scored?.evaluation?.level ?? null,
          score: scored?.evaluation?.score ?? null,
          nextTh: scored?.evaluation?.next?.text ?? null,
          /** What the row is scored against: the KPI card's criteria, the unit's own, its tier targets. */
          criteria: { kpi: i.criteria, unit: i.unit_criteria, targets: i.targets },
        };
      }),
    };
  });
}

/** For the register bindings: the agents of the agreements (not superseded) listing the KPIs, with item targets. */
export const agentsOfAgreementKpis = (db: Db, kpiIds: number[]) => agentsOfKpis(db, kpiIds);

/** For the register bindings: of some KPIs, those an agreement's agent on, above or below `path` is held to. */
export const kpisHeldAlong = (db: Db, kpiIds: number[], path: string) =>
  kpisWithAgentsAlong(db, kpiIds, path);

/** For the KPI cards (wired at the composition root): which agreements list a KPI, which of a set's are signed. */
export const agreementUsage = {
  agreementsListing: (db: Db, kpiId: number) => agreementsListingKpi(db, kpiId),
  kpisInSignedAgreements: (db: Db, kpiSetId: number) => kpisInSignedAgreementsOf(db, kpiSetId),
};
