import type { Db } from '../../db/database.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { flagCell, labelsOf } from '../files/table-file.ts';
import type { ImportErrors } from '../imports/import-errors.ts';
import type { Upload } from '../imports/upload.ts';
import { optionalCell, runRegisterImport } from '../register-bindings/import-rows.ts';
import { DEBT_COLUMNS } from './export.ts';
import { type DebtColumns, type DebtKey, debtHouseholdsAtKeys, upsertDebtHouseholds } from './queries.ts';
import { type NewDebtInput, newDebtBody } from './schemas.ts';

/** The three steps of 001 L360, by the file's column and POST /debt-relief's field. */
const STEPS = {
  entered_process: 'enteredProcess',
  debt_restructured: 'debtRestructured',
  occupational_promotion: 'occupationalPromotion',
} as const;

const COLUMNS: Record<string, string> = {
  unitCode: 'unit_code',
  fiscalYear: 'fiscal_year',
  label: 'label',
};

type Step = (typeof STEPS)[keyof typeof STEPS];

/** One row as POST /debt-relief's body, or null once its errors are recorded (all of them, not just the first). */
function parseRow(
  row: number,
  v: Record<string, string>,
  defaults: { unit: string; fiscalYear: number | undefined },
  errors: ImportErrors,
): NewDebtInput | null {
  const before = errors.rows.length;
  const steps: Partial<Record<Step, boolean>> = {};
  for (const [column, field] of Object.entries(STEPS) as [keyof typeof STEPS, Step][]) {
    const flag = flagCell(v[column]);
    if (flag === undefined) errors.add(row, column, 'ต้องเป็น 1 (ใช่) หรือเว้นว่าง/0 (ไม่ใช่)');
    else steps[field] = flag;
  }
  const fiscalYear = optionalCell(v.fiscal_year) ?? defaults.fiscalYear;
  if (fiscalYear === undefined) errors.add(row, 'fiscal_year', 'กรุณาระบุปีงบประมาณ พ.ศ. เช่น 2568');
  const result = newDebtBody.safeParse({
    unitCode: optionalCell(v.unit_code) ?? defaults.unit,
    fiscalYear,
    label: v.label ?? '',
    ...steps,
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const column = COLUMNS[String(issue.path[0])] ?? 'file';
      // A missing year is already reported above, in words the schema's number check does not have.
      if (column !== 'fiscal_year' || fiscalYear !== undefined) errors.add(row, column, issue.message);
    }
    return null;
  }
  return errors.rows.length === before ? result.data : null;
}

const keyOf = (k: DebtKey) => `${k.unit_id}\u0000${k.fiscal_year}\u0000${k.label}`;

/**
 * Imports debt-relief target households from an .xlsx or .csv table with the columns of GET /debt-relief/export.xlsx
 * (unit_code, fiscal_year, label, entered_process, debt_restructured, occupational_promotion; the export's reduced
 * column follows from the three steps, so it is not read). A blank fiscal_year takes `fiscalYear` of the request.
 * Every row goes through POST /debt-relief's schema; any bad row → 422 naming the rows, and nothing is saved.
 * A household is matched on unit, fiscal year and label: a match has its three steps updated, anything else is
 * added; the same household twice in the file is an error. All rows are written in one transaction, audited.
 */
export function importDebtRelief(
  db: Db,
  user: AuthUser,
  q: { unit: string; fiscalYear?: number | undefined },
  receive: () => Promise<Upload>,
) {
  type Parsed = { row: number; input: NewDebtInput };
  type Row = DebtKey & DebtColumns;
  return runRegisterImport<Parsed, Row[], { created: number; updated: number }>(db, user, q.unit, receive, {
    columns: ['label'],
    labels: labelsOf(DEBT_COLUMNS),
    emptyMessage: 'ไฟล์ไม่มีครัวเรือนเป้าหมายบริหารจัดการหนี้',
    entity: 'debt_relief_household',
    recompute: 'debt_relief',
    parseRow: ({ row, values }, area, errors) => {
      const input = parseRow(row, values, { unit: area.code, fiscalYear: q.fiscalYear }, errors);
      return input ? { row, input } : null;
    },
    unitCodeOf: (p) => p.input.unitCode,
    check: async (inArea, _area, errors) => {
      const seen = new Map<string, number>();
      const rows: Row[] = [];
      for (const p of inArea) {
        const row = {
          unit_id: p.unit.id,
          fiscal_year: p.input.fiscalYear,
          label: p.input.label,
          entered_process: p.input.enteredProcess,
          debt_restructured: p.input.debtRestructured,
          occupational_promotion: p.input.occupationalPromotion,
        };
        const earlier = seen.get(keyOf(row));
        if (earlier !== undefined) {
          errors.add(p.row, 'label', `ครัวเรือน "${row.label}" ปี ${row.fiscal_year} ซ้ำกับแถวที่ ${earlier}`);
          continue;
        }
        seen.set(keyOf(row), p.row);
        rows.push(row);
      }
      return rows;
    },
    save: async (trx, rows) => {
      const stored = await debtHouseholdsAtKeys(
        trx,
        rows.map((r) => ({ unit_id: r.unit_id, fiscal_year: r.fiscal_year, label: r.label })),
      );
      await upsertDebtHouseholds(trx, rows);
      const counts = { created: rows.length - stored.length, updated: stored.length };
      return { result: counts, before: stored.length > 0 ? { updated: stored } : null, after: counts };
    },
  });
}
