import type { Db } from '../../db/database.ts';
import { cellDate } from '../../domain/calendar/date-text.ts';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { readableLines } from '../budget/service.ts';
import { labelsOf } from '../files/table-file.ts';
import type { Upload } from '../imports/upload.ts';
import { runRegisterImport } from '../register-bindings/import-rows.ts';
import { PROJECT_COLUMNS } from './export.ts';
import { insertProjects, type ProjectColumns, projectsOfKeys, updateProjects } from './queries.ts';
import { type NewProjectInput, newProjectBody } from './schemas.ts';

/** The column of the export a schema issue points at, from its path in POST /projects's body. */
const COLUMNS: Record<string, string> = {
  unitCode: 'unit_code',
  fiscalYear: 'fiscal_year',
  round: 'round',
  name: 'name',
  budgetLineId: 'budget_line_id',
  completionPercent: 'completion_percent',
  completedOn: 'completed_on',
  evaluationSubmittedOn: 'evaluation_submitted_on',
};

const blank = (cell: string | undefined) => (cell ?? '').trim() === '';

/** A date cell as the export writes it (2025-08-29) or as typed in Thailand (29/8/2568); anything else for zod to refuse. */
const dateCell = (cell: string | undefined) => (blank(cell) ? null : (cellDate(cell ?? '') ?? cell));

const lineCell = (cell: string | undefined) =>
  blank(cell) ? null : Number(fromThaiDigits((cell ?? '').trim()).replaceAll(',', ''));

const keyOf = (unitId: number, round: number, name: string) => `${unitId}\u0000${round}\u0000${name}`;

type Row = { row: number; input: NewProjectInput; unitId: number; columns: ProjectColumns };

type StoredProject = Awaited<ReturnType<typeof projectsOfKeys>>[number];

/**
 * Imports projects from an .xlsx or .csv table in the columns of GET /projects/export.xlsx (so an export imports
 * again). Each row goes through POST /projects's schema; fiscal_year, when filled, must be the year imported into;
 * photo_count is read-only and ignored (photos are files, uploaded per project). A row matches a stored project of
 * the same unit, fiscal year, round and name: that project is updated (its photos stay); otherwise a project is
 * created. Any bad row → 422 naming row and column, and nothing is saved; otherwise all rows in one transaction,
 * audited, each way in one statement.
 */
export function importProjects(
  db: Db,
  user: AuthUser,
  q: { unit: string; fiscalYear: number },
  receive: () => Promise<Upload>,
) {
  type Parsed = { row: number; input: NewProjectInput };
  type Plan = { created: Row[]; updated: (Row & { before: StoredProject })[] };
  return runRegisterImport<Parsed, Plan, { created: number; updated: number }>(db, user, q.unit, receive, {
    columns: ['round', 'name'],
    labels: labelsOf(PROJECT_COLUMNS),
    emptyMessage: 'ไฟล์ไม่มีรายการโครงการ',
    entity: 'project',
    recompute: 'projects',
    parseRow: ({ row, values: v }, unit, errors) => {
      const year = blank(v.fiscal_year) ? String(q.fiscalYear) : fromThaiDigits((v.fiscal_year ?? '').trim());
      if (year !== String(q.fiscalYear)) {
        errors.add(row, 'fiscal_year', `ปีงบประมาณ ${year} ไม่ตรงกับปีที่นำเข้า ${q.fiscalYear}`);
        return null;
      }
      const result = newProjectBody.safeParse({
        unitCode: blank(v.unit_code) ? unit.code : v.unit_code,
        fiscalYear: q.fiscalYear,
        round: fromThaiDigits((v.round ?? '').trim()),
        name: v.name ?? '',
        budgetLineId: lineCell(v.budget_line_id),
        completionPercent: blank(v.completion_percent) ? undefined : v.completion_percent,
        completedOn: dateCell(v.completed_on),
        evaluationSubmittedOn: dateCell(v.evaluation_submitted_on),
      });
      if (result.success) return { row, input: result.data };
      for (const issue of result.error.issues)
        errors.add(row, COLUMNS[String(issue.path[0])] ?? 'file', issue.message);
      return null;
    },
    unitCodeOf: (p) => p.input.unitCode,
    check: async (inArea, _unit, errors) => {
      const fail = (row: number, field: string, message: string) => errors.add(row, field, message);
      const lines = await readableLines(db, user, [
        ...new Set(inArea.flatMap((p) => p.input.budgetLineId ?? [])),
      ]);
      const lineOf = new Map(lines.map((l) => [l.id, l]));
      const rows: Row[] = [];
      const seen = new Map<string, number>();
      for (const p of inArea) {
        const owner = p.unit;
        const lineId = p.input.budgetLineId ?? null;
        if (lineId !== null && !lineOf.has(lineId)) {
          fail(p.row, 'budget_line_id', `ไม่พบรายการงบประมาณรหัส ${lineId}`);
          continue;
        }
        const key = keyOf(owner.id, p.input.round, p.input.name);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          fail(p.row, 'name', `โครงการ "${p.input.name}" รอบ ${p.input.round} ซ้ำกับแถวที่ ${earlier}`);
          continue;
        }
        seen.set(key, p.row);
        rows.push({
          ...p,
          unitId: owner.id,
          columns: {
            name: p.input.name,
            budget_line_id: lineId,
            completion_percent: p.input.completionPercent,
            completed_on: p.input.completedOn ?? null,
            evaluation_submitted_on: p.input.evaluationSubmittedOn ?? null,
          },
        });
      }
      const stored = await projectsOfKeys(
        db,
        q.fiscalYear,
        rows.map((r) => ({ unit_id: r.unitId, round: r.input.round, name: r.input.name })),
      );
      const matches = new Map<string, typeof stored>();
      for (const s of stored) {
        const key = keyOf(s.unit_id, s.round, s.name);
        matches.set(key, [...(matches.get(key) ?? []), s]);
      }
      const plan: Plan = { created: [], updated: [] };
      for (const r of rows) {
        const found = matches.get(keyOf(r.unitId, r.input.round, r.input.name)) ?? [];
        const [only] = found;
        if (found.length > 1) {
          fail(
            r.row,
            'name',
            `มีโครงการ "${r.input.name}" รอบ ${r.input.round} อยู่แล้ว ${found.length} รายการ ระบุไม่ได้ว่าจะแก้ไขรายการใด กรุณาแก้ไขในหน้าจอ`,
          );
        } else if (only) plan.updated.push({ ...r, before: only });
        else plan.created.push(r);
      }
      return plan;
    },
    save: async (trx, { created, updated }) => {
      await insertProjects(
        trx,
        created.map((r) => ({
          ...r.columns,
          unit_id: r.unitId,
          fiscal_year: q.fiscalYear,
          round: r.input.round,
        })),
      );
      await updateProjects(
        trx,
        updated.map((r) => ({ ...r.columns, id: r.before.id })),
      );
      return {
        result: { created: created.length, updated: updated.length },
        before: updated.length === 0 ? null : { updated: updated.map((r) => r.before) },
        after: {
          fiscalYear: q.fiscalYear,
          created: created.map((r) => r.input),
          updated: updated.map((r) => ({ id: r.before.id, ...r.columns })),
        },
      };
    },
  });
}
