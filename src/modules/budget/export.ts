import type { Db } from '../../db/database.ts';
import type { BudgetEventKind } from '../../db/tables/registers.ts';
import { buddhistDateCell } from '../../domain/calendar/date-text.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import { readableUnit } from '../org-units/unit-access.ts';
import { eventsOfLines, linesUnder } from './queries.ts';

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
