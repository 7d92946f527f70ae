import type { Db } from '../../db/database.ts';
import type { BudgetEventKind } from '../../db/tables/registers.ts';
import { cellDate } from '../../domain/calendar/date-text.ts';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import { AppError } from '../../errors.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { labelsOf } from '../files/table-file.ts';
import type { ImportErrors } from '../imports/import-errors.ts';
import type { Upload } from '../imports/upload.ts';
import { runRegisterImport } from '../register-bindings/import-rows.ts';
import { refreshMonthFigures } from './curve.ts';
import { BUDGET_COLUMNS } from './export.ts';
import { type EventRecord, ensureLines, insertEvents, storedEventsOfKeys } from './queries.ts';
import { checkLine } from './service.ts';

/** The event kinds as a disbursement table may name them, in Thai or as the API does. */
const KINDS: Record<string, BudgetEventKind> = {
  allocation: 'allocation',
  ได้รับจัดสรร: 'allocation',
  จัดสรร: 'allocation',
  disbursement: 'disbursement',
  เบิกจ่าย: 'disbursement',
  'purchase-order': 'purchase-order',
  po: 'purchase-order',
  'ใบสั่งซื้อ/สั่งจ้าง': 'purchase-order',
  return: 'return',
  ส่งคืน: 'return',
  ส่งคืนกรม: 'return',
};

type Parsed = {
  row: number;
  unitCode: string;
  category: string;
  name: string;
  kind: BudgetEventKind;
  date: string;
  amount: string;
  againstPurchaseOrder: boolean;
  note: string | null;
};

function parseRow(
  row: number,
  v: Record<string, string>,
  defaultUnit: string,
  errors: ImportErrors,
): Parsed | null {
  const before = errors.rows.length;
  const fail = (field: string, message: string) => errors.add(row, field, message);
  const kind = KINDS[(v.kind ?? '').trim().toLowerCase()];
  if (!kind) fail('kind', 'ประเภทรายการต้องเป็น ได้รับจัดสรร, เบิกจ่าย, PO หรือ ส่งคืน');
  const date = cellDate(v.date ?? '');
  if (!date) fail('date', 'วันที่ต้องเป็น 2025-08-29 หรือ 29/8/2568');
  const amount = fromThaiDigits(v.amount ?? '')
    .replaceAll(',', '')
    .trim();
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(amount)) fail('amount', 'จำนวนเงินต้องเป็นบาท ไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง');
  const category = (v.category ?? '').trim();
  if (category === '' || category.length > 100) fail('category', 'ต้องกรอกหมวดงบประมาณ (ไม่เกิน 100 ตัวอักษร)');
  const name = (v.name ?? '').trim();
  if (name === '' || name.length > 300) fail('name', 'ต้องกรอกชื่อโครงการ/กิจกรรม (ไม่เกิน 300 ตัวอักษร)');
  const po = (v.against_po ?? '').trim();
  const againstPurchaseOrder = po === '1' || po === 'ใช่' || po.toLowerCase() === 'true';
  if (againstPurchaseOrder && kind !== 'disbursement')
    fail('against_po', 'ระบุว่าจ่ายตาม PO ได้เฉพาะรายการเบิกจ่าย');
  if (errors.rows.length > before || !kind || !date) return null;
  const note = (v.note ?? '').trim();
  return {
    row,
    unitCode: (v.unit_code ?? '').trim() || defaultUnit,
    category,
    name,
    kind,
    date,
    amount,
    againstPurchaseOrder,
    note: note === '' ? null : note.slice(0, 500),
  };
}

const keyOf = (unitId: number, category: string, name: string) => `${unitId}\u0000${category}\u0000${name}`;

type Checked = { keys: (Parsed & { unitId: number })[]; rows: (Parsed & { unitId: number })[] };

/**
 * Imports a disbursement table (xlsx or csv, one dated event per row: unit_code, category, name, kind, date, amount,
 * against_po, note; in row 1, or in row 2 under the Thai headers as GET /budget/export.xlsx writes them). Every row is checked, and each line's events must add up (domain budgetSpending) with what
 * is stored; any error → 422 naming the rows, and nothing is saved.
 */
export function importBudgetEvents(
  db: Db,
  user: AuthUser,
  q: { unit: string; fiscalYear: number },
  receive: () => Promise<Upload>,
) {
  return runRegisterImport<Parsed, Checked, { created: number; lines: number }>(db, user, q.unit, receive, {
    columns: ['category', 'name', 'kind', 'date', 'amount'],
    labels: labelsOf(BUDGET_COLUMNS),
    emptyMessage: 'ไฟล์ไม่มีรายการงบประมาณ',
    entity: 'budget_event',
    recompute: 'budget',
    parseRow: (r, area, errors) => parseRow(r.row, r.values, area.code, errors),
    unitCodeOf: (p) => p.unitCode,
    check: async (inArea, _area, errors) => {
      const rows = inArea.map((p) => ({ ...p, unitId: p.unit.id }));
      const rowsOfLine = new Map<string, typeof rows>();
      for (const r of rows) {
        const key = keyOf(r.unitId, r.category, r.name);
        rowsOfLine.set(key, [...(rowsOfLine.get(key) ?? []), r]);
      }
      const keys = [...rowsOfLine.values()].flatMap(([first]) => first ?? []);
      const stored = await storedEventsOfKeys(
        db,
        q.fiscalYear,
        keys.map((k) => ({ unit_id: k.unitId, category: k.category, name: k.name })),
      );
      const storedOfLine = new Map<string, typeof stored>();
      for (const e of stored) {
        const key = keyOf(e.unit_id, e.category, e.name);
        storedOfLine.set(key, [...(storedOfLine.get(key) ?? []), e]);
      }
      for (const k of keys) {
        const key = keyOf(k.unitId, k.category, k.name);
        const events: EventRecord[] = [
          ...(storedOfLine.get(key) ?? []),
          ...(rowsOfLine.get(key) ?? []).map((r) => ({
            id: 0,
            line_id: 0,
            kind: r.kind,
            occurred_on: r.date,
            amount: r.amount,
            against_purchase_order: r.againstPurchaseOrder,
            note: r.note,
          })),
        ];
        try {
          checkLine({ id: k.row, category: k.category }, events);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          errors.add(k.row, 'amount', `${k.category} / ${k.name}: ${error.message}`);
        }
      }
      return { keys, rows };
    },
    save: async (trx, { keys, rows }) => {
      const lines = await ensureLines(
        trx,
        keys.map((k) => ({
          fiscal_year: q.fiscalYear,
          unit_id: k.unitId,
          category: k.category,
          name: k.name,
        })),
      );
      const lineId = new Map(lines.map((l) => [keyOf(l.unit_id, l.category, l.name), l.id]));
      await insertEvents(
        trx,
        rows.map((r) => ({
          line_id: lineId.get(keyOf(r.unitId, r.category, r.name)) ?? 0,
          kind: r.kind,
          occurred_on: r.date,
          amount: r.amount,
          against_purchase_order: r.againstPurchaseOrder,
          note: r.note,
          created_by: user.id,
        })),
      );
      await refreshMonthFigures(
        trx,
        keys.map((k) => k.unitId),
        q.fiscalYear,
      );
      return {
        result: { created: rows.length, lines: keys.length },
        before: null,
        after: { fiscalYear: q.fiscalYear, events: rows.length, lines: keys.length },
      };
    },
  });
}
