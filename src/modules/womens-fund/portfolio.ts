import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import {
  DEBTOR_STATUSES,
  PORTFOLIO_STATUS_LABELS,
  type PortfolioStatus,
  portfolioReport,
  portfolioStatuses,
  RELIEF_MEASURES,
  type WomensFundPortfolio,
} from '../../domain/registers/womens-fund-portfolio.ts';
import { AppError, notFound } from '../../errors.ts';
import { domainOr422 } from '../../http/domain-errors.ts';
import { percentView } from '../../http/percent-view.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import { readableUnit, writableUnit } from '../org-units/unit-access.ts';
import {
  findPortfolio,
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

async function portfoliosIn(db: Db, path: string) {
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
  await inTransaction(db, async (trx) => {
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

/** A status as the file's column prefix: 'in-default' → 'in_default'. */
export const snake = (status: PortfolioStatus) => status.replaceAll('-', '_');

export const PORTFOLIO_COLUMNS: TableColumn[] = [
  { key: 'unit_code', header: 'รหัสหน่วยงาน', width: 12 },
  { key: 'as_of', header: 'ข้อมูล ณ วันที่', width: 12 },
  { key: 'approved_from', header: 'อนุมัติตั้งแต่ปีงบประมาณ', kind: 'number', width: 10 },
  { key: 'approved_to', header: 'ถึงปีงบประมาณ', kind: 'number', width: 10 },
  { key: 'approved_projects', header: 'โครงการที่อนุมัติ', kind: 'number' },
  { key: 'approved_amount', header: 'งบประมาณที่อนุมัติ (บาท)', kind: 'money' },
  ...portfolioStatuses.flatMap((s): TableColumn[] => [
    { key: `${snake(s)}_projects`, header: `${PORTFOLIO_STATUS_LABELS[s]} (โครงการ)`, kind: 'number' },
    { key: `${snake(s)}_amount`, header: `${PORTFOLIO_STATUS_LABELS[s]} (บาท)`, kind: 'money' },
  ]),
  { key: 'outstanding_projects', header: 'ลูกหนี้ (ชำระตามสัญญา + ผิดนัด) (โครงการ)', kind: 'number' },
  { key: 'outstanding_amount', header: 'ลูกหนี้คงเหลือ (ชำระตามสัญญา + ผิดนัด) (บาท)', kind: 'money' },
];

/** One row per report, the eight lines side by side, and the derived debtors (lines 2 + 3). */
export async function exportPortfolios(db: Db, user: AuthUser, q: { unit: string; format: 'xlsx' | 'csv' }) {
  const unit = await readableUnit(db, user, q.unit);
  const rows = (await portfoliosIn(db, unit.path)).map(
    (p): Record<string, Cell> => ({
      unit_code: p.unit.code,
      as_of: p.asOf,
      approved_from: p.approvedFrom,
      approved_to: p.approvedTo,
      approved_projects: p.approved.projects,
      approved_amount: p.approved.amount,
      ...Object.fromEntries(
        p.lines.flatMap((l) => [
          [`${snake(l.status)}_projects`, l.projects],
          [`${snake(l.status)}_amount`, l.amount],
        ]),
      ),
      outstanding_projects: p.outstanding.projects,
      outstanding_amount: p.outstanding.amount,
    }),
  );
  return tableFile(
    q.format,
    `tidtam-womens-fund-portfolio-${unit.code}`,
    'ผลการบริหารจัดการหนี้',
    PORTFOLIO_COLUMNS,
    rows,
  );
}
