import type { Db } from '../../db/database.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { type Cell, type TableColumn, tableFile } from '../files/table-file.ts';
import { readableUnit } from '../org-units/unit-access.ts';
import { projectsUnder } from './queries.ts';

type Format = 'xlsx' | 'csv';

/** Read back by POST /projects/import, except photo_count: photos are files, uploaded per project. */
export const PROJECT_COLUMNS: TableColumn[] = [
  { key: 'unit_code', header: 'รหัสหน่วยงาน', width: 12 },
  { key: 'fiscal_year', header: 'ปีงบประมาณ', kind: 'number', width: 10 },
  { key: 'round', header: 'รอบการประเมิน', kind: 'number', width: 10 },
  { key: 'name', header: 'ชื่อโครงการ/กิจกรรม', width: 40 },
  { key: 'budget_line_id', header: 'รหัสรายการงบประมาณ', kind: 'number' },
  { key: 'completion_percent', header: 'ร้อยละความสำเร็จ', kind: 'money' },
  { key: 'completed_on', header: 'วันที่แล้วเสร็จ', width: 12 },
  { key: 'evaluation_submitted_on', header: 'วันที่ส่งแบบประเมิน', width: 12 },
  { key: 'photo_count', header: 'จำนวนภาพถ่าย (ไม่นำเข้า)', kind: 'number', width: 10 },
];

export async function exportProjects(
  db: Db,
  user: AuthUser,
  q: { unit: string; fiscalYear: number; format: Format },
) {
  const unit = await readableUnit(db, user, q.unit);
  const rows = (await projectsUnder(db, unit.path, q.fiscalYear)).map(
    (p): Record<string, Cell> => ({
      unit_code: p.unit_code,
      fiscal_year: p.fiscal_year,
      round: p.round,
      name: p.name,
      budget_line_id: p.budget_line_id,
      completion_percent: p.completion_percent,
      completed_on: p.completed_on,
      evaluation_submitted_on: p.evaluation_submitted_on,
      photo_count: p.photo_count ?? 0,
    }),
  );
  return tableFile(
    q.format,
    `tidtam-projects-${unit.code}-${q.fiscalYear}`,
    'โครงการ',
    PROJECT_COLUMNS,
    rows,
  );
}
