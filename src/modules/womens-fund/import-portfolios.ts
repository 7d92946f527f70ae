import type { Db } from '../../db/database.ts';
import { cellDate } from '../../domain/calendar/date-text.ts';
import { RegisterInputError } from '../../domain/registers/errors.ts';
import { portfolioReport, portfolioStatuses } from '../../domain/registers/womens-fund-portfolio.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { labelsOf } from '../files/table-file.ts';
import type { Upload } from '../imports/upload.ts';
import { countCell, optionalCell, runRegisterImport } from '../register-bindings/import-rows.ts';
import { PORTFOLIO_COLUMNS, snake } from './export.ts';
import { portfolioColumns } from './portfolio.ts';
import { type PortfolioWithLines, portfoliosAtKeys, upsertPortfolios } from './queries.ts';
import { type PortfolioInput, portfolioBody } from './schemas.ts';

/** The file's column for a path in PUT /womens-fund/portfolio's body or a field the domain names. */
function columnOf(path: readonly PropertyKey[]): string {
  const [head, status, part] = path.map(String);
  if (head === 'statuses' && status) return `${status.replaceAll('-', '_')}_${part ?? 'projects'}`;
  return (
    {
      unitCode: 'unit_code',
      asOf: 'as_of',
      approvedFrom: 'approved_from',
      approvedTo: 'approved_to',
      approvedProjects: 'approved_projects',
      approvedAmount: 'approved_amount',
    }[head ?? ''] ?? 'file'
  );
}

const keyOf = (unitId: number, asOf: string) => `${unitId}\u0000${asOf}`;

/**
 * Imports women's fund portfolio reports from an .xlsx or .csv table in the columns of
 * GET /womens-fund/portfolio/export.xlsx (one report a row, the eight lines side by side; the export's outstanding
 * columns are lines 2 + 3, computed again, so they are not read). Each row goes through PUT's schema and the
 * domain's checks (paying + in default = approved projects, …); each unit must be a province. A unit and date
 * already stored is replaced; the same twice in the file is an error. Any bad row → 422 naming row and column, and
 * nothing is saved; otherwise one statement in one transaction, audited.
 */
export function importPortfolios(
  db: Db,
  user: AuthUser,
  q: { unit: string },
  receive: () => Promise<Upload>,
) {
  type Parsed = { row: number; input: PortfolioInput };
  return runRegisterImport<Parsed, PortfolioWithLines[], { created: number; replaced: number }>(
    db,
    user,
    q.unit,
    receive,
    {
      columns: ['as_of', 'approved_projects'],
      labels: labelsOf(PORTFOLIO_COLUMNS),
      emptyMessage: 'ไฟล์ไม่มีรายงานผลการบริหารจัดการหนี้',
      entity: 'womens_fund_portfolio',
      parseRow: ({ row, values: v }, area, errors) => {
        const result = portfolioBody.safeParse({
          unitCode: optionalCell(v.unit_code) ?? area.code,
          asOf: cellDate(v.as_of ?? '') ?? v.as_of ?? '',
          approvedFrom: countCell(v.approved_from),
          approvedTo: countCell(v.approved_to),
          approvedProjects: countCell(v.approved_projects),
          approvedAmount: v.approved_amount ?? '',
          statuses: Object.fromEntries(
            portfolioStatuses.map((s) => [
              s,
              { projects: countCell(v[`${snake(s)}_projects`]), amount: v[`${snake(s)}_amount`] ?? '' },
            ]),
          ),
        });
        if (result.success) return { row, input: result.data };
        for (const issue of result.error.issues) errors.add(row, columnOf(issue.path), issue.message);
        return null;
      },
      unitCodeOf: (p) => p.input.unitCode,
      check: async (inArea, _area, errors) => {
        const seen = new Map<string, number>();
        const rows: PortfolioWithLines[] = [];
        for (const p of inArea) {
          if (p.unit.kind !== 'province') {
            errors.add(p.row, 'unit_code', `รายงานนี้บันทึกเป็นรายจังหวัด: ${p.unit.name_th} ไม่ใช่จังหวัด`);
            continue;
          }
          try {
            portfolioReport(p.input);
          } catch (error) {
            if (!(error instanceof RegisterInputError)) throw error;
            errors.add(p.row, columnOf(error.field.split('.')), error.message);
            continue;
          }
          const key = keyOf(p.unit.id, p.input.asOf);
          const earlier = seen.get(key);
          if (earlier !== undefined) {
            errors.add(p.row, 'as_of', `${p.unit.name_th} วันที่ ${p.input.asOf} ซ้ำกับแถวที่ ${earlier}`);
            continue;
          }
          seen.set(key, p.row);
          rows.push(portfolioColumns(p.unit.id, p.input));
        }
        return rows;
      },
      save: async (trx, rows) => {
        const stored = await portfoliosAtKeys(
          trx,
          rows.map((r) => ({ unit_id: r.unit_id, as_of: r.as_of })),
        );
        await upsertPortfolios(trx, rows);
        const counts = { created: rows.length - stored.length, replaced: stored.length };
        return { result: counts, before: stored.length > 0 ? { replaced: stored } : null, after: counts };
      },
    },
  );
}
