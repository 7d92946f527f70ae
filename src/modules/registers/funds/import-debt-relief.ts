import type { Db } from '../../../db/database.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { AuthUser } from '../../../plugins/access.ts';
import { recordAudit } from '../../audit/service.ts';
import { recomputeAfterWrite } from '../bindings/service.ts';
import { type ImportErrors, openImport, optionalCell, rowsInArea } from '../import-rows.ts';
import { flagCell } from '../table-file.ts';
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
export async function importDebtRelief(
  db: Db,
  user: AuthUser,
  q: { unit: string; fiscalYear?: number | undefined },
  file: { buffer: Buffer; filename: string },
) {
  const { area, table, errors } = await openImport(
    db,
    user,
    q.unit,
    file,
    ['label'],
    'ไฟล์ไม่มีครัวเรือนเป้าหมายบริหารจัดการหนี้',
  );
  const parsed = table.flatMap(({ row, values }) => {
    const input = parseRow(row, values, { unit: area.code, fiscalYear: q.fiscalYear }, errors);
    return input ? [{ row, input }] : [];
  });
  const seen = new Map<string, number>();
  const rows: (DebtKey & DebtColumns)[] = [];
  for (const p of await rowsInArea(db, user, area, parsed, errors, (p) => p.input.unitCode)) {
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
  errors.refuseAny();
  const stored = await debtHouseholdsAtKeys(
    db,
    rows.map((r) => ({ unit_id: r.unit_id, fiscal_year: r.fiscal_year, label: r.label })),
  );
  const updated = stored.length;
  await inTransaction(db, async (trx) => {
    await upsertDebtHouseholds(trx, rows);
    await recordAudit(trx, {
      actor: user,
      unitId: area.id,
      action: 'import',
      entity: 'debt_relief_household',
      entityId: null,
      before: updated > 0 ? { updated: stored } : null,
      after: { filename: file.filename, created: rows.length - updated, updated },
    });
    await recomputeAfterWrite(trx, 'debt_relief', area.path);
  });
  return { created: rows.length - updated, updated };
}
