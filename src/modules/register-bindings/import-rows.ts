import type { Db } from '../../db/database.ts';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import type { ColumnLabels, ImportErrors } from '../imports/import-errors.ts';
import { runImport } from '../imports/runner.ts';
import type { TableRow } from '../imports/table-reader.ts';
import type { Upload } from '../imports/upload.ts';
import { unitsByCodes } from '../org-units/service.ts';
import { type UnitRow, writableUnit } from '../org-units/unit-access.ts';
import type { MeasureFamily } from './measures.ts';
import { recomputeAfterWrite } from './service.ts';

/** A blank cell as undefined (the API's default applies), anything else trimmed. */
export const optionalCell = (value: string | undefined) => {
  const v = (value ?? '').trim();
  return v === '' ? undefined : v;
};

/** A count cell: blank is null; Thai digits and thousands commas are read ("๕๒,๐๐๐" → "52000"). */
export const countCell = (value: string | undefined) => {
  const v = fromThaiDigits((value ?? '').trim()).replaceAll(',', '');
  return v === '' ? null : v;
};

/**
 * The unit of each parsed row, by its unit_code (one query for the file): it must exist, be readable and lie in the
 * import's area; a row that names another is an error on unit_code and is left out.
 */
export async function rowsInArea<T extends { row: number }>(
  db: Db,
  user: AuthUser,
  area: UnitRow,
  parsed: T[],
  errors: ImportErrors,
  unitCodeOf: (row: T) => string,
): Promise<(T & { unit: UnitRow })[]> {
  const units = new Map(
    (await unitsByCodes(db, [...new Set(parsed.map(unitCodeOf))])).map((u) => [u.code, u]),
  );
  return parsed.flatMap((p) => {
    const code = unitCodeOf(p);
    const unit = units.get(code);
    if (!unit || !canRead(user, unit) || !unit.path.startsWith(area.path)) {
      errors.add(p.row, 'unit_code', `ไม่พบหน่วยงานรหัส ${code} ในพื้นที่${area.name_th}`);
      return [];
    }
    return [{ ...p, unit }];
  });
}

export type RegisterImporter<Row extends { row: number }, Plan, Result> = {
  columns: string[];
  /** The Thai header of each column, as the register's export writes it: errors name it. */
  labels: ColumnLabels;
  emptyMessage: string;
  /** The audit entry's entity; its `after` gets the file name and what `save` reports. */
  entity: string;
  /** The register family whose bound KPIs are recomputed after the import. */
  recompute?: MeasureFamily;
  parseRow(row: TableRow, area: UnitRow, errors: ImportErrors): Row | null;
  unitCodeOf(row: Row): string;
  check(rows: (Row & { unit: UnitRow })[], area: UnitRow, errors: ImportErrors): Promise<Plan>;
  save(trx: Db, plan: Plan, area: UnitRow): Promise<{ result: Result; before: unknown; after: object }>;
};

/**
 * A register import through the one import runner: the user must be able to write the unit imported into (checked
 * before the file is received), each row's unit must lie in it, and the save is audited and queues the recompute of
 * the KPIs bound to the register, in the import's transaction.
 */
export async function runRegisterImport<Row extends { row: number }, Plan, Result>(
  db: Db,
  user: AuthUser,
  unitCode: string,
  receive: () => Promise<Upload>,
  importer: RegisterImporter<Row, Plan, Result>,
): Promise<Result> {
  const area = await writableUnit(db, user, unitCode, 'unit');
  return runImport(db, receive, {
    columns: importer.columns,
    labels: importer.labels,
    emptyMessage: importer.emptyMessage,
    parseRow: (row, errors) => importer.parseRow(row, area, errors),
    check: async (rows, errors) =>
      importer.check(await rowsInArea(db, user, area, rows, errors, importer.unitCodeOf), area, errors),
    save: async (trx, plan, filename) => {
      const { result, before, after } = await importer.save(trx, plan, area);
      await recordAudit(trx, {
        actor: user,
        unitId: area.id,
        action: 'import',
        entity: importer.entity,
        entityId: null,
        before,
        after: { filename, ...after },
      });
      if (importer.recompute) await recomputeAfterWrite(trx, importer.recompute, area.path);
      return result;
    },
  });
}
