import type { Db } from '../../db/database.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import { readableUnit } from '../org-units/unit-access.ts';
import { snapshotsUnder } from './queries.ts';
import { overdueOf } from './service.ts';

export const SNAPSHOT_COLUMNS: TableColumn[] = [
  { key: 'unit_code', header: 'รหัสหน่วยงาน', width: 12 },
  { key: 'as_of', header: 'ข้อมูล ณ วันที่', width: 12 },
  { key: 'outstanding', header: 'ลูกหนี้คงเหลือ (A)', kind: 'money' },
  { key: 'not_yet_due', header: 'ยังไม่ถึงกำหนดชำระ', kind: 'money' },
  { key: 'suspended', header: 'พักชำระหนี้', kind: 'money' },
  { key: 'litigation', header: 'อยู่ระหว่างดำเนินคดี', kind: 'money' },
  { key: 'overdue', header: 'หนี้เกินกำหนดชำระ (B)', kind: 'money' },
  { key: 'members', header: 'สมาชิก', kind: 'number' },
  { key: 'women_aged_15_plus', header: 'สตรีอายุ 15 ปีขึ้นไป', kind: 'number' },
];

export async function exportSnapshots(db: Db, user: AuthUser, q: { unit: string; format: 'xlsx' | 'csv' }) {
  const unit = await readableUnit(db, user, q.unit);
  const rows = (await snapshotsUnder(db, unit.path)).map(
    (s): Record<string, Cell> => ({
      unit_code: s.unit_code,
      as_of: s.as_of,
      outstanding: s.outstanding,
      not_yet_due: s.not_yet_due,
      suspended: s.suspended,
      litigation: s.litigation,
      overdue: overdueOf(s).overdue.toFixed(2),
      members: s.members,
      women_aged_15_plus: s.women_aged_15_plus,
    }),
  );
  return tableFile(q.format, `tidtam-womens-fund-${unit.code}`, 'กองทุนพัฒนาบทบาทสตรี', SNAPSHOT_COLUMNS, rows);
}
