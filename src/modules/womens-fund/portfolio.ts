import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import {
  DEBTOR_STATUSES,
  type PortfolioStatus,
  portfolioReport,
  portfolioStatuses,
  RELIEF_MEASURES,
  type WomensFundPortfolio,
} from '../../domain/registers/womens-fund-portfolio.ts';
import { AppError, notFound } from '../../errors.ts';
import { domainOr422 } from '../../http/domain-errors.ts';
import { percentView } from '../../http/percent-view.ts';
import { requireRowVersion } from '../../http/row-version.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { readableUnit, writableUnit } from '../org-units/unit-access.ts';
import {
  findPortfolio,
  lockedPortfolioVersion,
  type PortfolioLineRecord,
  type PortfolioRecord,
  type PortfolioWithLines,
  portfolioLinesOf,
  portfoliosUnder,
  upsertPortfolios,
} from './queries.ts';
import type { PortfolioInput } from './schemas.ts';

const groupOf = (status: PortfolioStatus): 'debtor' | 'relief' | 'repaid' =>
  (DEBTOR_STATUSES as readonly string[]).includes(status)
    ? 'debtor'
    : (RELIEF_MEASURES as readonly string[]).includes(status)
      ? 'relief'
      : 'repaid';

function domainPortfolio(p: PortfolioRecord, lines: PortfolioLineRecord[]): WomensFundPortfolio {
  const own = lines.filter((l) => l.portfolio_id === p.id);
  return {
    asOf: p.as_of,
    approvedFrom: p.approved_from,
    approvedTo: p.approved_to,
    approvedProjects: p.approved_projects,
    approvedAmount: p.approved_amount,
    statuses: Object.fromEntries(
      own.map((l) => [l.status, { projects: l.projects, amount: l.amount }]),
    ) as WomensFundPortfolio['statuses'],
  };
}

/** The report as stored, with its checks: outstanding = lines 2 + 3, the default share, relief measures and notes. */
function presentPortfolio(p: PortfolioRecord, lines: PortfolioLineRecord[]) {
  const report = domainOr422(() => portfolioReport(domainPortfolio(p, lines)));
  return {
    id: p.id,
    unit: { code: p.unit_code, nameTh: p.unit_name_th },
    asOf: p.as_of,
    approvedFrom: p.approved_from,
    approvedTo: p.approved_to,
    rowVersion: p.row_version,
    approved: { projects: report.approved.projects, amount: report.approved.amount.toFixed(2) },
    lines: report.lines.map((l) => ({
      status: l.status,
      labelTh: l.label,
      group: groupOf(l.status),
      projects: l.projects,
      amount: l.amount.toFixed(2),
    })),
    outstanding: { projects: report.outstanding.projects, amount: report.outstanding.amount.toFixed(2) },
    defaultShare: {
      projects: percentView(report.defaultShare.projects),
      amount: percentView(report.defaultShare.amount),
    },
    relief: { projects: report.relief.projects, amount: report.relief.amount.toFixed(2) },
    notes: [...report.notes],
  };
}

/** The checked reports in an area, newest first, for the list and the export. */
export async function portfoliosIn(db: Db, path: string) {
  const portfolios = await portfoliosUnder(db, path);
  const lines = await portfolioLinesOf(
    db,
    portfolios.map((p) => p.id),
  );
  return portfolios.map((p) => presentPortfolio(p, lines));
}

/** The women's fund portfolio reports in the unit's area, newest first. */
export async function listPortfolios(db: Db, user: AuthUser, q: { unit: string }) {
  const unit = await readableUnit(db, user, q.unit);
  return { items: await portfoliosIn(db, unit.path) };
}

async function storedPortfolio(db: Db, unitId: number, asOf: string) {
  const p = await findPortfolio(db, unitId, asOf);
  return p ? presentPortfolio(p, await portfolioLinesOf(db, [p.id])) : null;
}

/** The stored form of a checked report: the approvals and its eight lines. */
export function portfolioColumns(
  unitId: number,
  input: Omit<PortfolioInput, 'unitCode'>,
): PortfolioWithLines {
  return {
    unit_id: unitId,
    as_of: input.asOf,
    approved_from: input.approvedFrom,
    approved_to: input.approvedTo,
    approved_projects: input.approvedProjects,
    approved_amount: input.approvedAmount,
    lines: portfolioStatuses.map((status) => ({ status, ...input.statuses[status] })),
  };
}

/**
 * A province's report as of a date (003 L1135: "จังหวัดฉะเชิงเทรา อนุมัติโครงการเงินทุนหมุนเวียน…"): checked by the
 * domain, then saved with its eight lines in one transaction, audited; the same date again replaces it.
 */
export async function savePortfolio(db: Db, user: AuthUser, input: PortfolioInput) {
  const unit = await writableUnit(db, user, input.unitCode);
  if (unit.kind !== 'province') {
    throw new AppError(
      422,
      'register_input',
      `รายงานผลการบริหารจัดการหนี้กองทุนพัฒนาบทบาทสตรีบันทึกเป็นรายจังหวัด: ${unit.name_th} ไม่ใช่จังหวัด`,
      'unitCode',
    );
  }
  domainOr422(() => portfolioReport(input));
  const before = await storedPortfolio(db, unit.id, input.asOf);
  const versioned = {
    entity: 'womens_fund_portfolio',
    entityId: before?.id ?? 0,
    what: `รายงานผลการบริหารจัดการหนี้ของ${unit.name_th} ณ วันที่ ${input.asOf} `,
  };
  await inTransaction(db, async (trx) => {
    // Locked, so that neither another officer nor an import slips in between the check and the write.
    if (input.rowVersion !== undefined)
      await requireRowVersion(
        trx,
        versioned,
        await lockedPortfolioVersion(trx, unit.id, input.asOf),
        input.rowVersion,
      );
    const [saved] = await upsertPortfolios(trx, [portfolioColumns(unit.id, input)]);
    const id = saved?.id ?? 0;
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: before ? 'update' : 'create',
      entity: 'womens_fund_portfolio',
      entityId: String(id),
      before,
      after: input,
    });
  });
  const saved = await storedPortfolio(db, unit.id, input.asOf);
  if (!saved) throw notFound('รายงานผลการบริหารจัดการหนี้');
  return { portfolio: saved };
}
