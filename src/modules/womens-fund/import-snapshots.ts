import type { Db } from '../../db/database.ts';
import { cellDate } from '../../domain/calendar/date-text.ts';
import { RegisterInputError } from '../../domain/registers/errors.ts';
import { overdueDebt } from '../../domain/registers/womens-fund.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { labelsOf } from '../files/table-file.ts';
import type { Upload } from '../imports/upload.ts';
import { countCell, optionalCell, runRegisterImport } from '../register-bindings/import-rows.ts';
import { SNAPSHOT_COLUMNS } from './export.ts';
import { type SnapshotColumns, snapshotsAtKeys, upsertSnapshots } from './queries.ts';
import { type SnapshotInput, snapshotBody } from './schemas.ts';
import { snapshotColumns } from './service.ts';

/** The file's column for a field of PUT /womens-fund's body or of the domain's debtor snapshot. */
const COLUMNS: Record<string, string> = {
  unitCode: 'unit_code',
  asOf: 'as_of',
  outstanding: 'outstanding',
  notYetDue: 'not_yet_due',
  suspended: 'suspended',
  litigation: 'litigation',
  overdue: 'outstanding',
  members: 'members',
  womenAged15Plus: 'women_aged_15_plus',
};

const keyOf = (unitId: number, asOf: string) => `${unitId}\u0000${asOf}`;

/**
 * Imports women's fund debtor and member snapshots from an .xlsx or .csv table with the columns of
 * GET /womens-fund/export.xlsx (unit_code, as_of, outstanding, not_yet_due, suspended, litigation, members,
 * women_aged_15_plus; the export's overdue column is B, computed again, so it is not read). Every row goes through
 * PUT /womens-fund's schema and the domain's B = A − not yet due − suspended − litigation check; any bad row → 422
 * naming the rows, and nothing is saved. A unit and date already stored is replaced, as PUT does; a date twice in the
 * file is an error. All rows are written in one transaction, audited.
 */
export function importSnapshots(db: Db, user: AuthUser, q: { unit: string }, receive: () => Promise<Upload>) {
  type Parsed = { row: number; input: SnapshotInput };
  return runRegisterImport<Parsed, SnapshotColumns[], { created: number; replaced: number }>(
    db,
    user,
    q.unit,
    receive,
    {
      columns: ['as_of', 'outstanding'],
      labels: labelsOf(SNAPSHOT_COLUMNS),
      emptyMessage: 'ไฟล์ไม่มีข้อมูลลูกหนี้กองทุนพัฒนาบทบาทสตรี',
      entity: 'womens_fund_snapshot',
      recompute: 'womens_fund',
      parseRow: ({ row, values: v }, area, errors) => {
        const result = snapshotBody.safeParse({
          unitCode: optionalCell(v.unit_code) ?? area.code,
          asOf: cellDate(v.as_of ?? '') ?? v.as_of ?? '',
          outstanding: v.outstanding ?? '',
          notYetDue: optionalCell(v.not_yet_due),
          suspended: optionalCell(v.suspended),
          litigation: optionalCell(v.litigation),
          members: countCell(v.members),
          womenAged15Plus: countCell(v.women_aged_15_plus),
        });
        if (result.success) return { row, input: result.data };
        for (const issue of result.error.issues)
          errors.add(row, COLUMNS[String(issue.path[0])] ?? 'file', issue.message);
        return null;
      },
      unitCodeOf: (p) => p.input.unitCode,
      check: async (inArea, _area, errors) => {
        const seen = new Map<string, number>();
        const rows: SnapshotColumns[] = [];
        for (const p of inArea) {
          const { input } = p;
          try {
            overdueDebt(input);
          } catch (error) {
            if (!(error instanceof RegisterInputError)) throw error;
            errors.add(p.row, COLUMNS[error.field] ?? error.field, error.message);
            continue;
          }
          const key = keyOf(p.unit.id, input.asOf);
          const earlier = seen.get(key);
          if (earlier !== undefined) {
            errors.add(p.row, 'as_of', `${p.unit.name_th} วันที่ ${input.asOf} ซ้ำกับแถวที่ ${earlier}`);
            continue;
          }
          seen.set(key, p.row);
          rows.push(snapshotColumns(p.unit.id, input));
        }
        return rows;
      },
      save: async (trx, rows) => {
        const stored = await snapshotsAtKeys(
          trx,
          rows.map((r) => ({ unit_id: r.unit_id, as_of: r.as_of })),
        );
        const replaced = stored.length;
        await upsertSnapshots(trx, rows);
        return {
          result: { created: rows.length - replaced, replaced },
          before: replaced > 0 ? { replaced: stored } : null,
          after: { created: rows.length - replaced, replaced },
        };
      },
    },
  );
}
