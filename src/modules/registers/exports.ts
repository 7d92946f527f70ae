import type { Db } from '../../db/database.ts';
import type { BudgetEventKind } from '../../db/tables/registers.ts';
import type { FundType } from '../../domain/registers/community-funds.ts';
import { countsAsDebtReduced } from '../../domain/registers/debt-relief.ts';
import { overdueDebt } from '../../domain/registers/womens-fund.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { eventsOfLines, linesUnder, projectsUnder } from './budget/queries.ts';
import { debtHouseholdsUnder, fundsUnder, snapshotsUnder } from './funds/queries.ts';
import { buddhistDateCell } from './households/workbook-layout.ts';
import { readableUnit } from './scope.ts';
import { type Cell, type TableColumn, tableFile } from './table-file.ts';

type Format = 'xlsx' | 'csv';

/** The event kinds as the export writes them, in the Thai words the import reads (budget/import.ts KINDS). */
const KIND_CELLS: Record<BudgetEventKind, string> = {
  allocation: 'ได้รับจัดสรร',
  disbursement: 'เบิกจ่าย',
  'purchase-order': 'ใบสั่งซื้อ/สั่งจ้าง',
  return: 'ส่งคืน',
};

/** Exactly the columns POST /budget/import reads: an export imports again into another year or unit. */
export const BUDGET_COLUMNS: TableColumn[] = [
  { key: 'unit_code', header: 'รหัสหน่วยงาน', width: 12 },
  { key: 'category', header: 'หมวดงบประมาณ', width: 20 },
  { key: 'name', header: 'ชื่อโครงการ/กิจกรรม', width: 40 },
  { key: 'kind', header: 'ประเภทรายการ', width: 16 },
  { key: 'date', header: 'วันที่ (วัน/เดือน/ปี พ.ศ.)', width: 12 },
  { key: 'amount', header: 'จำนวนเงิน (บาท)', kind: 'money' },
  { key: 'against_po', header: 'จ่ายตาม PO', width: 10 },
  { key: 'note', header: 'หมายเหตุ', width: 30 },
];

export async function exportBudget(
  db: Db,
  user: AuthUser,
  q: { unit: string; fiscalYear: number; format: Format },
) {
  const unit = await readableUnit(db, user, q.unit);
  const lines = await linesUnder(db, unit.path, q.fiscalYear);
  const byId = new Map(lines.map((l) => [l.id, l]));
  const events = await eventsOfLines(
    db,
    lines.map((l) => l.id),
  );
  const rows = events
    .map((e) => ({ e, l: byId.get(e.line_id) }))
    .filter((x): x is { e: (typeof events)[number]; l: (typeof lines)[number] } => x.l !== undefined)
    .sort(
      (a, b) =>
        a.l.unit_code.localeCompare(b.l.unit_code) ||
        a.l.category.localeCompare(b.l.category) ||
        a.l.name.localeCompare(b.l.name) ||
        a.e.occurred_on.localeCompare(b.e.occurred_on) ||
        a.e.id - b.e.id,
    )
    .map(
      ({ e, l }): Record<string, Cell> => ({
        unit_code: l.unit_code,
        category: l.category,
        name: l.name,
        kind: KIND_CELLS[e.kind],
        date: buddhistDateCell(e.occurred_on),
        amount: e.amount,
        against_po: e.against_purchase_order ? 1 : null,
        note: e.note,
      }),
    );
  return tableFile(q.format, `tidtam-budget-${unit.code}-${q.fiscalYear}`, 'งบประมาณ', BUDGET_COLUMNS, rows);
}

/** Read back by POST /projects/import, except photo_count: photos are files, uploaded per project. */
export const PROJECT_COLUMNS: TableColumn[] = [
  { key: 'unit_code', header: 'รหัสหน่วยงาน', width: 12 },
  { key: 'fiscal_year', header: 'ปีงบประมาณ', kind: 'number', width: 10 },
  { key: 'round', header: 'รอบการประเมิน', kind: 'number', width: 10 },
  { key: 'name', header: 'ชื่อโครงการ/กิจกรรม', width: 40 },
  { key: 'budget_line_id', header: 'รหัสรายการงบประมาณ', kind: 'number' },
  { key: 'completion_percent', header: 'ร้อยละความสำเร็จ', kind: 'money' },
  { key: 'completed_on', header: 'วันที่แล้วเสร็จ', width: 12 },
  { key: 'evaluation_submitted_on', header: 'วันที่ส่งแบบประเมิน', width: 12 },
  { key: 'photo_count', header: 'จำนวนภาพถ่าย (ไม่นำเข้า)', kind: 'number', width: 10 },
];

export async function exportProjects(
  db: Db,
  user: AuthUser,
  q: { unit: string; fiscalYear: number; format: Format },
) {
  const unit = await readableUnit(db, user, q.unit);
  const rows = (await projectsUnder(db, unit.path, q.fiscalYear)).map(
    (p): Record<string, Cell> => ({
      unit_code: p.unit_code,
      fiscal_year: p.fiscal_year,
      round: p.round,
      name: p.name,
      budget_line_id: p.budget_line_id,
      completion_percent: p.completion_percent,
      completed_on: p.completed_on,
      evaluation_submitted_on: p.evaluation_submitted_on,
      photo_count: p.photo_count ?? 0,
    }),
  );
  return tableFile(
    q.format,
    `tidtam-projects-${unit.code}-${q.fiscalYear}`,
    'โครงการ',
    PROJECT_COLUMNS,
    rows,
  );
}

/** Read back by POST /community-funds/import. */
export const FUND_COLUMNS: TableColumn[] = [
  { key: 'unit_code', header: 'รหัสหน่วยงาน', width: 12 },
  { key: 'name', header: 'ชื่อกองทุน', width: 36 },
  { key: 'type', header: 'ประเภทกองทุน (หมู่บ้าน/ชุมชนเมือง/ชุมชนทหาร)', width: 14 },
  { key: 'juristic_person', header: 'จดทะเบียนนิติบุคคล (1/0)', width: 12 },
  { key: 'capital_government_allocation', header: 'ได้รับเงินจัดสรรจากรัฐบาล 1 ล้านบาท (1/0)', width: 12 },
  { key: 'capital_rating_bonus', header: 'ได้รับเงินตามผลประเมิน 1 แสนบาท (1/0)', width: 12 },
  { key: 'capital_phase_2', header: 'เพิ่มทุนระยะที่ 2 (บาท)', kind: 'money' },
  { key: 'capital_phase_3', header: 'เพิ่มทุนระยะที่ 3 1 ล้านบาท (1/0)', width: 12 },
  { key: 'savings', header: 'เงินออม/เงินทุนบัญชี 2 (บาท)', kind: 'money' },
];

type Receipt = { round: string; amount?: string };

/** Fund types as the export writes them, in the Thai words the import reads (funds/import.ts TYPES). */
const FUND_TYPE_CELLS: Record<FundType, string> = {
  village: 'หมู่บ้าน',
  urban: 'ชุมชนเมือง',
  military: 'ชุมชนทหาร',
};

export async function exportFunds(db: Db, user: AuthUser, q: { unit: string; format: Format }) {
  const unit = await readableUnit(db, user, q.unit);
  const rows = (await fundsUnder(db, unit.path)).map((f): Record<string, Cell> => {
    const capital = (f.capital ?? []) as Receipt[];
    const has = (round: string) => capital.some((c) => c.round === round);
    return {
      unit_code: f.unit_code,
      name: f.name,
      type: FUND_TYPE_CELLS[f.type],
      juristic_person: f.juristic_person,
      capital_government_allocation: has('government-allocation'),
      capital_rating_bonus: has('rating-bonus'),
      capital_phase_2: capital.find((c) => c.round === 'phase-2')?.amount ?? null,
      capital_phase_3: has('phase-3'),
      savings: f.savings,
    };
  });
  return tableFile(q.format, `tidtam-community-funds-${unit.code}`, 'กองทุนหมู่บ้าน', FUND_COLUMNS, rows);
}

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

export async function exportSnapshots(db: Db, user: AuthUser, q: { unit: string; format: Format }) {
  const unit = await readableUnit(db, user, q.unit);
  const rows = (await snapshotsUnder(db, unit.path)).map(
    (s): Record<string, Cell> => ({
      unit_code: s.unit_code,
      as_of: s.as_of,
      outstanding: s.outstanding,
      not_yet_due: s.not_yet_due,
      suspended: s.suspended,
      litigation: s.litigation,
      overdue: overdueDebt({
        outstanding: s.outstanding,
        notYetDue: s.not_yet_due,
        suspended: s.suspended,
        litigation: s.litigation,
      }).overdue.toFixed(2),
      members: s.members,
      women_aged_15_plus: s.women_aged_15_plus,
    }),
  );
  return tableFile(q.format, `tidtam-womens-fund-${unit.code}`, 'กองทุนพัฒนาบทบาทสตรี', SNAPSHOT_COLUMNS, rows);
}

export const DEBT_COLUMNS: TableColumn[] = [
  { key: 'unit_code', header: 'รหัสหน่วยงาน', width: 12 },
  { key: 'fiscal_year', header: 'ปีงบประมาณ', kind: 'number', width: 10 },
  { key: 'label', header: 'รหัสหรือชื่อย่อครัวเรือน', width: 24 },
  { key: 'entered_process', header: 'เข้าสู่กระบวนการ (1/0)', width: 12 },
  { key: 'debt_restructured', header: 'ปรับโครงสร้างหนี้ (1/0)', width: 12 },
  { key: 'occupational_promotion', header: 'ส่งเสริมอาชีพ (1/0)', width: 12 },
  { key: 'reduced', header: 'ลดหนี้/ปลดหนี้ได้ (1/0)', width: 12 },
];

export async function exportDebtRelief(
  db: Db,
  user: AuthUser,
  q: { unit: string; fiscalYear: number; format: Format },
) {
  const unit = await readableUnit(db, user, q.unit);
  const rows = (await debtHouseholdsUnder(db, unit.path, q.fiscalYear)).map(
    (d): Record<string, Cell> => ({
      unit_code: d.unit_code,
      fiscal_year: d.fiscal_year,
      label: d.label,
      entered_process: d.entered_process,
      debt_restructured: d.debt_restructured,
      occupational_promotion: d.occupational_promotion,
      reduced: countsAsDebtReduced({
        id: String(d.id),
        enteredProcess: d.entered_process,
        debtRestructured: d.debt_restructured,
        occupationalPromotion: d.occupational_promotion,
      }),
    }),
  );
  return tableFile(
    q.format,
    `tidtam-debt-relief-${unit.code}-${q.fiscalYear}`,
    'บริหารจัดการหนี้',
    DEBT_COLUMNS,
    rows,
  );
}
