import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { flagCell, labelsOf } from '../files/table-file.ts';
import type { Upload } from '../imports/upload.ts';
import type { UnitRow } from '../org-units/unit-access.ts';
import { runRegisterImport } from '../register-bindings/import-rows.ts';
import { FUND_COLUMNS } from './export.ts';
import { type FundColumns, fundNamesTaken, insertFunds } from './queries.ts';
import { type NewFundInput, newFundBody } from './schemas.ts';
import { checkFund } from './service.ts';

const TYPES: Record<string, string> = {
  หมู่บ้าน: 'village',
  กองทุนหมู่บ้าน: 'village',
  ชุมชนเมือง: 'urban',
  กองทุนชุมชนเมือง: 'urban',
  ชุมชนทหาร: 'military',
  กองทุนชุมชนทหาร: 'military',
};

const FLAGS = {
  juristic_person: 'juristic_person',
  capital_government_allocation: 'government-allocation',
  capital_rating_bonus: 'rating-bonus',
  capital_phase_3: 'phase-3',
} as const;

/** The column a schema issue points at, from its path in POST /community-funds's body. */
function columnOf(path: PropertyKey[]): string {
  const [head] = path;
  if (head === 'unitCode') return 'unit_code';
  if (head === 'juristicPerson') return 'juristic_person';
  if (head === 'capital') return 'capital_phase_2';
  return String(head ?? 'file');
}

/**
 * Imports community funds from an .xlsx or .csv table with the columns of the export. Every row goes through the
 * same zod schema as POST /community-funds and the domain form check; any bad row → 422 naming the rows, and
 * nothing is saved. Otherwise all are created in one transaction, audited.
 */
export function importFunds(db: Db, user: AuthUser, q: { unit: string }, receive: () => Promise<Upload>) {
  type Parsed = { row: number; input: NewFundInput };
  type Row = Parsed & { unit: UnitRow; columns: FundColumns };
  return runRegisterImport<Parsed, Row[], { created: number }>(db, user, q.unit, receive, {
    columns: ['name', 'type'],
    labels: labelsOf(FUND_COLUMNS),
    emptyMessage: 'ไฟล์ไม่มีรายการกองทุน',
    entity: 'community_fund',
    parseRow: ({ row, values: v }, unit, errors) => {
      const fail = (field: string, message: string) => errors.add(row, field, message);
      const flags: Partial<Record<keyof typeof FLAGS, boolean>> = {};
      for (const column of Object.keys(FLAGS) as (keyof typeof FLAGS)[]) {
        const flag = flagCell(v[column]);
        if (flag === undefined) fail(column, 'ต้องเป็น 1 (ใช่) หรือเว้นว่าง/0 (ไม่ใช่)');
        else flags[column] = flag;
      }
      const phase2 = (v.capital_phase_2 ?? '').trim();
      const type = (v.type ?? '').trim();
      const result = newFundBody.safeParse({
        unitCode: (v.unit_code ?? '').trim() || unit.code,
        name: v.name ?? '',
        type: TYPES[type] ?? type.toLowerCase(),
        juristicPerson: flags.juristic_person ?? false,
        capital: [
          ...(flags.capital_government_allocation ? [{ round: 'government-allocation' }] : []),
          ...(flags.capital_rating_bonus ? [{ round: 'rating-bonus' }] : []),
          ...(phase2 === '' ? [] : [{ round: 'phase-2', amount: phase2 }]),
          ...(flags.capital_phase_3 ? [{ round: 'phase-3' }] : []),
        ],
        savings: (v.savings ?? '').trim() === '' ? null : v.savings,
      });
      if (result.success) return { row, input: result.data };
      for (const issue of result.error.issues) fail(columnOf(issue.path), issue.message);
      return null;
    },
    unitCodeOf: (p) => p.input.unitCode,
    check: async (inArea, _unit, errors) => {
      const fail = (row: number, field: string, message: string) => errors.add(row, field, message);
      const seen = new Map<string, number>();
      const rows: Row[] = [];
      for (const p of inArea) {
        const columns: FundColumns = {
          name: p.input.name,
          type: p.input.type,
          juristic_person: p.input.juristicPerson,
          capital: p.input.capital,
          savings: p.input.savings ?? null,
        };
        try {
          checkFund(columns);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          fail(p.row, 'capital_phase_2', error.message);
          continue;
        }
        const key = `${p.unit.id}\u0000${p.input.name}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          fail(p.row, 'name', `ชื่อกองทุนซ้ำกับแถวที่ ${earlier}`);
          continue;
        }
        seen.set(key, p.row);
        rows.push({ ...p, columns });
      }
      const taken = new Set(
        (
          await fundNamesTaken(
            db,
            rows.map((r) => ({ unit_id: r.unit.id, name: r.input.name })),
          )
        ).map((t) => `${t.unit_id}\u0000${t.name}`),
      );
      for (const r of rows) {
        if (taken.has(`${r.unit.id}\u0000${r.input.name}`)) {
          fail(r.row, 'name', `${r.unit.name_th}มีกองทุน "${r.input.name}" อยู่แล้ว`);
        }
      }
      return rows;
    },
    save: async (trx, rows) => {
      await insertFunds(
        trx,
        rows.map((r) => ({ ...r.columns, unit_id: r.unit.id })),
      );
      return { result: { created: rows.length }, before: null, after: { funds: rows.length } };
    },
  });
}
