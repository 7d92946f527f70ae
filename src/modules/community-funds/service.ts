import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import {
  type CapitalReceipt,
  type CommunityFund,
  communityFundReport,
  type FixedCapitalRound,
  inMillionBaht,
} from '../../domain/registers/community-funds.ts';
import { conflict, notFound } from '../../errors.ts';
import { domainOr422 } from '../../http/domain-errors.ts';
import { percentView } from '../../http/percent-view.ts';
import { guardedUpdate, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { readableUnit, requireUnitWrite, writableUnit } from '../org-units/unit-access.ts';
import {
  type FundColumns,
  type FundRecord,
  findFund,
  fundNameTaken,
  fundsUnder,
  insertFund,
  updateFund,
} from './queries.ts';
import type { FundChanges, FundsQuery, NewFundInput } from './schemas.ts';

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

/** The receipts as stored: the JSON of the request's capital, amounts as text. */
type StoredReceipt = { round: FixedCapitalRound } | { round: 'phase-2'; amount: string };

function presentFund(f: FundRecord) {
  return {
    id: f.id,
    unit: { code: f.unit_code, nameTh: f.unit_name_th },
    name: f.name,
    type: f.type,
    juristicPerson: f.juristic_person,
    capital: f.capital as StoredReceipt[],
    savings: f.savings,
    rowVersion: f.row_version,
  };
}

/** The fund as a 409 names it (audit entity 'community_fund'). */
const versioned = (f: Pick<FundRecord, 'id' | 'name'>) => ({
  entity: 'community_fund',
  entityId: f.id,
  what: `ข้อมูลกองทุน "${f.name}" `,
});

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
      withoutPhase3: [...report.withoutPhase3],
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
  await requireRowVersion(db, versioned(f), f.row_version, input.rowVersion);
  await inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versioned(f), input.rowVersion, () =>
      updateFund(trx, id, columns, input.rowVersion),
    );
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
