import type { Db } from '../../db/database.ts';
import {
  PORTFOLIO_STATUS_LABELS,
  type PortfolioStatus,
  portfolioStatuses,
} from '../../domain/registers/womens-fund-portfolio.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import { readableUnit } from '../org-units/unit-access.ts';
import { portfoliosIn } from './portfolio.ts';
import { snapshotsUnder } from './queries.ts';
import { overdueOf } from './service.ts';

export const SNAPSHOT_COLUMNS: TableColumn[] = [
  { key: 'unit_code', header: 'รหัสหน่วยงาน', width: 12 },
  { key: 'as_of', header: 'ข้อมูล ณ วันที่', width: 12 },
  { key: 'outstanding', header: 'ลูกหนี้คงเหลือ (A)', kind: 'money' },
  { key: 'not_yet_due', header: 'ยังไม่ถึงกำหนดชำระ', kind: 'money' },
  { key: 'suspended', header: 'พักชำระหนี้', kind: 'money' },
  { key: 'litigation', header: 'อยู่ระหว่างดำเนินคดี', kind: 'money' },
  { key: 'overdue', header: 'หนี้เกินกำหนดชำระ (B)', kind: 'money' },
  { key: 'members', header: 'สมาชิก', kind: 'number' },
  { key: 'women_aged_15_plus', header: 'สตรีอายุ 15 ปีขึ้นไป', kind: 'number' },
];

export async function exportSnapshots(db: Db, user: AuthUser, q: { unit: string; format: 'xlsx' | 'csv' }) {
  const unit = await readableUnit(db, user, q.unit);
  const rows = (await snapshotsUnder(db, unit.path)).map(
    (s): Record<string, Cell> => ({
      unit_code: s.unit_code,
      as_of: s.as_of,
      outstanding: s.outstanding,
      not_yet_due: s.not_yet_due,
      suspended: s.suspended,
      litigation: s.litigation,
      overdue: overdueOf(s).overdue.toFixed(2),
      members: s.members,
      women_aged_15_plus: s.women_aged_15_plus,
    }),
  );
  return tableFile(q.format, `tidtam-womens-fund-${unit.code}`, 'กองทุนพัฒนาบทบาทสตรี', SNAPSHOT_COLUMNS, rows);
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
