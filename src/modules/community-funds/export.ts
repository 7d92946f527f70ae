import type { Db } from '../../db/database.ts';
import type { FundType } from '../../domain/registers/community-funds.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import { readableUnit } from '../org-units/unit-access.ts';
import { fundsUnder } from './queries.ts';

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

/** Fund types as the export writes them, in the Thai words the import reads (import.ts TYPES). */
const FUND_TYPE_CELLS: Record<FundType, string> = {
  village: 'หมู่บ้าน',
  urban: 'ชุมชนเมือง',
  military: 'ชุมชนทหาร',
};

export async function exportFunds(db: Db, user: AuthUser, q: { unit: string; format: 'xlsx' | 'csv' }) {
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
