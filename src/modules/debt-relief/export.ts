import type { Db } from '../../db/database.ts';
import { countsAsDebtReduced } from '../../domain/registers/debt-relief.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import { readableUnit } from '../org-units/unit-access.ts';
import { debtHouseholdsUnder } from './queries.ts';
import { domainHousehold } from './service.ts';

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
  q: { unit: string; fiscalYear: number; format: 'xlsx' | 'csv' },
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
      reduced: countsAsDebtReduced(domainHousehold(d)),
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
