import type { Db } from '../../../db/database.ts';
import { inTransaction } from '../../../db/transaction.ts';
import {
  type CapitalReceipt,
  type CommunityFund,
  communityFundReport,
  inMillionBaht,
} from '../../../domain/registers/community-funds.ts';
import { countsAsDebtReduced, debtReliefPercent } from '../../../domain/registers/debt-relief.ts';
import type { PercentResult } from '../../../domain/registers/percentage.ts';
import { membershipPercent, overdueDebt } from '../../../domain/registers/womens-fund.ts';
import { conflict, notFound } from '../../../errors.ts';
import { domainOr422 } from '../../../http/domain-errors.ts';
import { type AuthUser, canRead } from '../../../plugins/access.ts';
import { recordAudit } from '../../audit/service.ts';
import { readableUnit, requireUnitWrite, writableUnit } from '../../org-units/unit-access.ts';
import { bindingsInArea, presentBinding, recomputeAfterWrite } from '../bindings/service.ts';
import {
  type DebtColumns,
  type DebtRecord,
  debtHouseholdsUnder,
  debtLabelTaken,
  type FundColumns,
  type FundRecord,
  findDebtHousehold,
  findFund,
  findSnapshot,
  fundNameTaken,
  fundsUnder,
  insertDebtHousehold,
  insertFund,
  type SnapshotRecord,
  snapshotsUnder,
  updateDebtHousehold,
  updateFund,
  upsertSnapshot,
} from './queries.ts';
import type {
  DebtChanges,
  DebtQuery,
  FundChanges,
  FundsQuery,
  NewDebtInput,
  NewFundInput,
  SnapshotInput,
} from './schemas.ts';

export const percentView = (p: PercentResult) => ({
  percent: p.percent ? { exact: p.percent.exact.toFixed(), text: p.percent.text } : null,
  reason: p.reason,
});

function domainFund(
  f: Pick<FundRecord, 'name' | 'type' | 'juristic_person' | 'capital' | 'savings'>,
): CommunityFund {
  return {
    name: f.name,
    type: f.type,
    juristicPerson: f.juristic_person,
    capital: f.capital as CapitalReceipt[],
    savings: f.savings,
  };
}

function presentFund(f: FundRecord) {
  return {
    id: f.id,
    unit: { code: f.unit_code, nameTh: f.unit_name_th },
    name: f.name,
    type: f.type,
    juristicPerson: f.juristic_person,
    capital: f.capital,
    savings: f.savings,
  };
}

/**
 * The unit's funds that match the search, type and juristic-person filter (`items`, `matched` of them), and the
 * totals and percentages of seed 000's village and urban community fund follow-up form (000 L102–139) with `total`
 * over all its funds, whatever the search.
 */
export async function listFunds(db: Db, user: AuthUser, q: FundsQuery) {
  const unit = await readableUnit(db, user, q.unit);
  const filter = { q: q.q, type: q.type, juristicPerson: q.juristicPerson };
  const searched = Object.values(filter).some((v) => v !== undefined);
  const [funds, found] = await Promise.all([
    fundsUnder(db, unit.path),
    searched ? fundsUnder(db, unit.path, filter) : null,
  ]);
  const report = domainOr422(() => communityFundReport(funds.map(domainFund)));
  const shown = found ?? funds;
  return {
    items: shown.map(presentFund),
    matched: shown.length,
    total: funds.length,
    report: {
      total: report.total,
      byType: report.byType,
      juristicPersons: { ...report.juristicPersons, ...percentView(report.juristicPersons.percent) },
      rounds: report.rounds.map((r) => ({
        round: r.round,
        label: r.label,
        years: r.years,
        funds: r.funds,
        amount: r.amount.toFixed(2),
        millionBaht: inMillionBaht(r.amount),
      })),
      withoutPhase3: report.withoutPhase3,
      account1: { amount: report.account1.toFixed(2), millionBaht: inMillionBaht(report.account1) },
      account2: {
        funds: report.account2.funds,
        amount: report.account2.amount.toFixed(2),
        millionBaht: inMillionBaht(report.account2.amount),
      },
    },
  };
}

async function fundForWrite(db: Db, user: AuthUser, id: number) {
  const f = await findFund(db, id);
  if (!f || !canRead(user, { path: f.unit_path })) throw notFound('กองทุน');
  requireUnitWrite(user, { path: f.unit_path, name_th: f.unit_name_th });
  return f;
}

function fundColumns(input: FundChanges): Partial<FundColumns> {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.type !== undefined ? { type: input.type } : {}),
    ...(input.juristicPerson !== undefined ? { juristic_person: input.juristicPerson } : {}),
    ...(input.capital !== undefined ? { capital: input.capital } : {}),
    ...(input.savings !== undefined ? { savings: input.savings } : {}),
  };
}

/** One receipt per round and fund (domain communityFundReport refuses a repeated round). */
export const checkFund = (f: FundColumns) =>
  domainOr422(() => communityFundReport([domainFund({ ...f, juristic_person: f.juristic_person })]));

export async function createFund(db: Db, user: AuthUser, input: NewFundInput) {
  const unit = await writableUnit(db, user, input.unitCode);
  const row: FundColumns = {
    name: input.name,
    type: input.type,
    juristic_person: input.juristicPerson,
    capital: input.capital,
    savings: input.savings ?? null,
  };
  checkFund(row);
  if (await fundNameTaken(db, unit.id, input.name))
    throw conflict('name', `${unit.name_th}มีกองทุน "${input.name}" อยู่แล้ว`);
  const id = await inTransaction(db, async (trx) => {
    const created = await insertFund(trx, { ...row, unit_id: unit.id });
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: 'create',
      entity: 'community_fund',
      entityId: String(created.id),
      before: null,
      after: input,
    });
    return created.id;
  });
  const created = await findFund(db, id);
  if (!created) throw notFound('กองทุน');
  return { fund: presentFund(created) };
}

export async function changeFund(db: Db, user: AuthUser, id: number, input: FundChanges) {
  const f = await fundForWrite(db, user, id);
  const columns = fundColumns(input);
  checkFund({ ...domainColumns(f), ...columns });
  if (input.name !== undefined && (await fundNameTaken(db, f.unit_id, input.name, id))) {
    throw conflict('name', `${f.unit_name_th}มีกองทุน "${input.name}" อยู่แล้ว`);
  }
  await inTransaction(db, async (trx) => {
    await updateFund(trx, id, columns);
    await recordAudit(trx, {
      actor: user,
      unitId: f.unit_id,
      action: 'update',
      entity: 'community_fund',
      entityId: String(id),
      before: presentFund(f),
      after: input,
    });
  });
  const after = await findFund(db, id);
  if (!after) throw notFound('กองทุน');
  return { fund: presentFund(after) };
}

const domainColumns = (f: FundRecord): FundColumns => ({
  name: f.name,
  type: f.type,
  juristic_person: f.juristic_person,
  capital: f.capital,
  savings: f.savings,
});

/** C = B ÷ A × 100 with B from the snapshot (domain overdueDebt), and members ÷ women 15+ × 100 (membershipPercent). */
function presentSnapshot(s: SnapshotRecord) {
  const debt = overdueDebt({
    outstanding: s.outstanding,
    notYetDue: s.not_yet_due,
    suspended: s.suspended,
    litigation: s.litigation,
  });
  return {
    id: s.id,
    unit: { code: s.unit_code, nameTh: s.unit_name_th },
    asOf: s.as_of,
    outstanding: s.outstanding,
    notYetDue: s.not_yet_due,
    suspended: s.suspended,
    litigation: s.litigation,
    overdue: debt.overdue.toFixed(2),
    overduePercent: percentView(debt.percent),
    members: s.members,
    womenAged15Plus: s.women_aged_15_plus,
    membershipPercent:
      s.members === null || s.women_aged_15_plus === null
        ? null
        : percentView(membershipPercent({ members: s.members, womenAged15Plus: s.women_aged_15_plus })),
  };
}

/** The unit's snapshots, newest first, and (given a fiscal year) the KPIs of that year's sets bound to them. */
export async function listSnapshots(db: Db, user: AuthUser, q: { unit: string; fiscalYear?: number }) {
  const unit = await readableUnit(db, user, q.unit);
  const year = q.fiscalYear;
  const [snapshots, overdue, membership] = await Promise.all([
    snapshotsUnder(db, unit.path),
    year === undefined ? [] : bindingsInArea(db, 'womens_fund.overdue', year, unit.path),
    year === undefined ? [] : bindingsInArea(db, 'womens_fund.membership', year, unit.path),
  ]);
  return { items: snapshots.map(presentSnapshot), bindings: [...overdue, ...membership].map(presentBinding) };
}

/** The LM debtor snapshot of a province (or a district) on a date; the same date again replaces it. */
export async function saveSnapshot(db: Db, user: AuthUser, input: SnapshotInput) {
  const unit = await writableUnit(db, user, input.unitCode);
  const row = {
    unit_id: unit.id,
    as_of: input.asOf,
    outstanding: input.outstanding,
    not_yet_due: input.notYetDue,
    suspended: input.suspended,
    litigation: input.litigation,
    members: input.members ?? null,
    women_aged_15_plus: input.womenAged15Plus ?? null,
  };
  domainOr422(() =>
    overdueDebt({
      outstanding: row.outstanding,
      notYetDue: row.not_yet_due,
      suspended: row.suspended,
      litigation: row.litigation,
    }),
  );
  const before = await findSnapshot(db, unit.id, input.asOf);
  await inTransaction(db, async (trx) => {
    const saved = await upsertSnapshot(trx, row);
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: before ? 'update' : 'create',
      entity: 'womens_fund_snapshot',
      entityId: String(saved.id),
      before: before ? presentSnapshot(before) : null,
      after: input,
    });
    await recomputeAfterWrite(trx, 'womens_fund', unit.path);
  });
  const saved = await findSnapshot(db, unit.id, input.asOf);
  if (!saved) throw notFound('ข้อมูลลูกหนี้');
  return { snapshot: presentSnapshot(saved) };
}

function presentDebt(d: DebtRecord) {
  const household = {
    id: String(d.id),
    enteredProcess: d.entered_process,
    debtRestructured: d.debt_restructured,
    occupationalPromotion: d.occupational_promotion,
  };
  return {
    id: d.id,
    unit: { code: d.unit_code, nameTh: d.unit_name_th },
    fiscalYear: d.fiscal_year,
    label: d.label,
    enteredProcess: d.entered_process,
    debtRestructured: d.debt_restructured,
    occupationalPromotion: d.occupational_promotion,
    reduced: countsAsDebtReduced(household),
  };
}

/**
 * Target households of the community fund management centres that match the search and `reduced` (`items`, `matched`
 * of them), and the share of all the year's households that reduced or cleared debt (001 L360–361), with `total`,
 * whatever the search.
 */
export async function listDebtHouseholds(db: Db, user: AuthUser, q: DebtQuery) {
  const unit = await readableUnit(db, user, q.unit);
  const searched = q.q !== undefined || q.reduced !== undefined;
  const [rows, found, bindings] = await Promise.all([
    debtHouseholdsUnder(db, unit.path, q.fiscalYear),
    searched ? debtHouseholdsUnder(db, unit.path, q.fiscalYear, { q: q.q, reduced: q.reduced }) : null,
    bindingsInArea(db, 'debt_relief.reduced', q.fiscalYear, unit.path),
  ]);
  const all = rows.map(presentDebt);
  const relief = debtReliefPercent(
    all.map((i) => ({ ...i, id: String(i.id) })),
    all.length,
  );
  const items = found === null ? all : found.map(presentDebt);
  return {
    items,
    matched: items.length,
    total: all.length,
    relief: { reduced: relief.reduced, target: relief.target, ...percentView(relief.percent) },
    bindings: bindings.map(presentBinding),
  };
}

export async function createDebtHousehold(db: Db, user: AuthUser, input: NewDebtInput) {
  const unit = await writableUnit(db, user, input.unitCode);
  if (await debtLabelTaken(db, unit.id, input.fiscalYear, input.label)) {
    throw conflict('label', `${unit.name_th}มีครัวเรือน "${input.label}" ในปี ${input.fiscalYear} อยู่แล้ว`);
  }
  const id = await inTransaction(db, async (trx) => {
    const created = await insertDebtHousehold(trx, {
      unit_id: unit.id,
      fiscal_year: input.fiscalYear,
      label: input.label,
      entered_process: input.enteredProcess,
      debt_restructured: input.debtRestructured,
      occupational_promotion: input.occupationalPromotion,
    });
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: 'create',
      entity: 'debt_relief_household',
      entityId: String(created.id),
      before: null,
      after: input,
    });
    await recomputeAfterWrite(trx, 'debt_relief', unit.path);
    return created.id;
  });
  const created = await findDebtHousehold(db, id);
  if (!created) throw notFound('ครัวเรือน');
  return { household: presentDebt(created) };
}

export async function changeDebtHousehold(db: Db, user: AuthUser, id: number, input: DebtChanges) {
  const d = await findDebtHousehold(db, id);
  if (!d || !canRead(user, { path: d.unit_path })) throw notFound('ครัวเรือน');
  requireUnitWrite(user, { path: d.unit_path, name_th: d.unit_name_th });
  const columns: Partial<DebtColumns> = {
    ...(input.label !== undefined ? { label: input.label } : {}),
    ...(input.enteredProcess !== undefined ? { entered_process: input.enteredProcess } : {}),
    ...(input.debtRestructured !== undefined ? { debt_restructured: input.debtRestructured } : {}),
    ...(input.occupationalPromotion !== undefined
      ? { occupational_promotion: input.occupationalPromotion }
      : {}),
  };
  await inTransaction(db, async (trx) => {
    await updateDebtHousehold(trx, id, columns);
    await recordAudit(trx, {
      actor: user,
      unitId: d.unit_id,
      action: 'update',
      entity: 'debt_relief_household',
      entityId: String(id),
      before: presentDebt(d),
      after: input,
    });
    await recomputeAfterWrite(trx, 'debt_relief', d.unit_path);
  });
  const after = await findDebtHousehold(db, id);
  if (!after) throw notFound('ครัวเรือน');
  return { household: presentDebt(after) };
}
