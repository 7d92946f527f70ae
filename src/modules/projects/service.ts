import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { planAchievement } from '../../domain/registers/plan-achievement.ts';
import { checkProjectEvaluation } from '../../domain/registers/project-evaluation.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import { AppError, notFound } from '../../errors.ts';
import { percentView } from '../../http/percent-view.ts';
import { guardedUpdate, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { readableLines } from '../budget/service.ts';
import { readableUnit, requireUnitWrite, writableUnit } from '../org-units/unit-access.ts';
import { bindingsInArea, presentBinding, recomputeAfterWrite } from '../register-bindings/service.ts';
import {
  findProject,
  insertProject,
  type PhotoRecord,
  type ProjectColumns,
  type ProjectRecord,
  photosOfProjects,
  projectsOfLatestYearUnder,
  projectsUnder,
  updateProject,
} from './queries.ts';
import type { NewProjectInput, ProjectChanges, ProjectStatus, ProjectsQuery } from './schemas.ts';

/** The years pickers' read of the register (registers/years.ts). */
export { projectYearsUnder } from './queries.ts';

/** A stored evaluation photo: the display copy (at most 1600 px, JPEG) at `displayUrl`, the original at `url`. */
function presentPhoto(photo: PhotoRecord) {
  const base = `/api/registers/projects/${photo.project_id}/photos/${photo.id}`;
  return {
    id: photo.id,
    filename: photo.filename,
    mime: photo.mime,
    size: photo.size,
    uploadedAt: photo.uploaded_at.toISOString(),
    url: `${base}?variant=original`,
    displayUrl: base,
  };
}

/**
 * A project's completion evaluation: due 7 days after completion with at least 3 photos, counted from the photo
 * files stored (domain checkProjectEvaluation, 003 L297: "ส่งแบบประเมินโครงการ… พร้อมภาพถ่าย อย่างน้อย ๓ ภาพ และจัดส่งตามกำหนดภายใน ๗ วัน หลังจากดำเนินการแล้วเสร็จ");
 * null while the project is not completed.
 */
function evaluationOf(p: ProjectRecord, asOf: string) {
  return p.completed_on === null
    ? null
    : checkProjectEvaluation({
        completedOn: p.completed_on,
        submittedOn: p.evaluation_submitted_on,
        photos: p.photo_count ?? 0,
        asOf,
      });
}

type Evaluation = ReturnType<typeof evaluationOf>;

const isLate = (e: Evaluation) => e?.late === true;
const lacksPhotos = (e: Evaluation) => (e?.missingPhotos ?? 0) > 0;

/** Whether an evaluated project shows under a status filter; `incomplete` is filtered in SQL (completion < 100). */
function hasStatus(status: ProjectStatus | undefined, e: Evaluation): boolean {
  if (status === 'late') return isLate(e);
  if (status === 'missing-photos') return lacksPhotos(e);
  return true;
}

function presentProject(p: ProjectRecord, photos: PhotoRecord[], asOf: string) {
  return {
    id: p.id,
    unit: { code: p.unit_code, nameTh: p.unit_name_th },
    fiscalYear: p.fiscal_year,
    round: p.round,
    name: p.name,
    budgetLineId: p.budget_line_id,
    completionPercent: p.completion_percent,
    completedOn: p.completed_on,
    evaluationSubmittedOn: p.evaluation_submitted_on,
    photoCount: p.photo_count ?? 0,
    photos: photos.filter((photo) => photo.project_id === p.id).map(presentPhoto),
    evaluation: evaluationOf(p, asOf),
    rowVersion: p.row_version,
  };
}

/** The project as a 409 names it (audit entity 'project'). */
const versioned = (p: Pick<ProjectRecord, 'id' | 'name'>) => ({
  entity: 'project',
  entityId: p.id,
  what: `ข้อมูลโครงการ "${p.name}" `,
});

const today = () => bangkokDateOf(new Date());

/**
 * The unit's projects of a year (and round) that match the search and status (`items`, `matched` of them), each
 * evaluation flagged when late or short of photos. KPI 2, the late and photo-short counts and `total` are over all
 * the projects of the year (and round), whatever the search: the name search and `incomplete` are SQL, `late` and
 * `missing-photos` are read from each project's evaluation (domain checkProjectEvaluation as of `asOf`).
 */
export async function listProjects(db: Db, user: AuthUser, q: ProjectsQuery) {
  const unit = await readableUnit(db, user, q.unit);
  const asOf = q.asOf ?? today();
  const searched = q.q !== undefined || q.status === 'incomplete';
  const [projects, found, bindings] = await Promise.all([
    projectsUnder(db, unit.path, q.fiscalYear, { round: q.round }),
    searched
      ? projectsUnder(db, unit.path, q.fiscalYear, {
          round: q.round,
          q: q.q,
          incomplete: q.status === 'incomplete',
        })
      : null,
    bindingsInArea(db, 'budget.plan_achievement', q.fiscalYear, unit.path),
  ]);
  const shown = (found ?? projects).filter((p) => hasStatus(q.status, evaluationOf(p, asOf)));
  const photos = await photosOfProjects(
    db,
    shown.map((p) => p.id),
  );
  const evaluations = projects.map((p) => evaluationOf(p, asOf));
  const plan = planAchievement(
    projects.map((p) => ({ id: String(p.id), completionPercent: p.completion_percent })),
  );
  return {
    asOf,
    items: shown.map((p) => presentProject(p, photos, asOf)),
    matched: shown.length,
    total: projects.length,
    late: evaluations.filter(isLate).length,
    missingPhotos: evaluations.filter(lacksPhotos).length,
    planAchievement: {
      projects: plan.projects,
      completionSum: plan.completionSum.toFixed(),
      ...percentView(plan.percent),
    },
    bindings: bindings.map(presentBinding),
  };
}

/**
 * A province's project alerts for its home, counted as listProjects counts them: the newest fiscal year with projects
 * under the unit (which the caller holds from the session), how many, how many evaluations are late and how many lack
 * photos; null without any project. One read.
 */
export async function projectAlertsUnder(db: Db, path: string, asOf: string) {
  const projects = await projectsOfLatestYearUnder(db, path);
  const first = projects[0];
  if (!first) return null;
  const evaluations = projects.map((p) => evaluationOf(p, asOf));
  return {
    fiscalYear: first.fiscal_year,
    total: projects.length,
    late: evaluations.filter(isLate).length,
    missingPhotos: evaluations.filter(lacksPhotos).length,
  };
}

/** A project the user may read; outside their scope it does not exist for them (404). */
export async function projectInScope(db: Db, user: AuthUser, id: number) {
  const p = await findProject(db, id);
  if (!p || !canRead(user, { path: p.unit_path })) throw notFound('โครงการ');
  return p;
}

/** A project of a unit the user may write (editors, not viewers). */
export async function projectForWrite(db: Db, user: AuthUser, id: number) {
  const p = await projectInScope(db, user, id);
  requireUnitWrite(user, { path: p.unit_path, name_th: p.unit_name_th });
  return p;
}

async function checkBudgetLine(db: Db, user: AuthUser, lineId: number | null | undefined) {
  if (lineId === null || lineId === undefined) return;
  if ((await readableLines(db, user, [lineId])).length === 0) {
    throw new AppError(422, 'unknown_line', `ไม่พบรายการงบประมาณรหัส ${lineId}`, 'budgetLineId');
  }
}

function columnsOf(input: ProjectChanges): Partial<ProjectColumns> {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.budgetLineId !== undefined ? { budget_line_id: input.budgetLineId } : {}),
    ...(input.completionPercent !== undefined ? { completion_percent: input.completionPercent } : {}),
    ...(input.completedOn !== undefined ? { completed_on: input.completedOn } : {}),
    ...(input.evaluationSubmittedOn !== undefined
      ? { evaluation_submitted_on: input.evaluationSubmittedOn }
      : {}),
  };
}

export async function createProject(db: Db, user: AuthUser, input: NewProjectInput) {
  const unit = await writableUnit(db, user, input.unitCode);
  await checkBudgetLine(db, user, input.budgetLineId);
  const row = {
    unit_id: unit.id,
    fiscal_year: input.fiscalYear,
    round: input.round,
    name: input.name,
    budget_line_id: input.budgetLineId ?? null,
    completion_percent: input.completionPercent,
    completed_on: input.completedOn ?? null,
    evaluation_submitted_on: input.evaluationSubmittedOn ?? null,
  };
  const id = await inTransaction(db, async (trx) => {
    const created = await insertProject(trx, row);
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: 'create',
      entity: 'project',
      entityId: String(created.id),
      before: null,
      after: input,
    });
    await recomputeAfterWrite(trx, 'projects', unit.path);
    return created.id;
  });
  return getProject(db, user, id);
}

export async function getProject(db: Db, user: AuthUser, id: number) {
  const p = await projectInScope(db, user, id);
  return { project: presentProject(p, await photosOfProjects(db, [id]), today()) };
}

export async function changeProject(db: Db, user: AuthUser, id: number, input: ProjectChanges) {
  const p = await projectForWrite(db, user, id);
  await checkBudgetLine(db, user, input.budgetLineId);
  await requireRowVersion(db, versioned(p), p.row_version, input.rowVersion);
  const columns = columnsOf(input);
  await inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versioned(p), input.rowVersion, () =>
      updateProject(trx, id, columns, input.rowVersion),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: p.unit_id,
      action: 'update',
      entity: 'project',
      entityId: String(id),
      before: {
        name: p.name,
        budget_line_id: p.budget_line_id,
        completion_percent: p.completion_percent,
        completed_on: p.completed_on,
        evaluation_submitted_on: p.evaluation_submitted_on,
      },
      after: columns,
    });
    await recomputeAfterWrite(trx, 'projects', p.unit_path);
  });
  return getProject(db, user, id);
}
