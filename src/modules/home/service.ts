import type { Db } from '../../db/database.ts';
import { daysBetween, monthOf } from '../../domain/calendar/date-arithmetic.ts';
import { fiscalYearOf } from '../../domain/calendar/fiscal-year.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import type { AuthUser, UnitRef } from '../../plugins/access.ts';
import { storedScoresUnder } from '../agreements/rollup.ts';
import { getAgreement, latestAgreementOfAgent, latestSetWithAgreementsOf } from '../agreements/service.ts';
import { latestSurveyYearOf } from '../dashboards/registers.ts';
import { householdSummary } from '../households/summary.ts';
import { unreadOfMine } from '../notifications/service.ts';
import { provincesUnder } from '../org-units/service.ts';
import { latestProjectYearUnder, listProjects } from '../projects/service.ts';
import { boardOfProvince } from '../reports/board.ts';
import { districtMonthOf } from '../reports/district-month.ts';
import { periodLabel } from '../reports/present.ts';
import { listTypes } from '../reports/report-types.ts';
import { returnedWithReasons, submissionsInStatus } from '../reports/submissions.ts';

/** How many rows a home block lists; the block links to the full page for the rest. */
const LIST_LIMIT = 8;

type Submission = Awaited<ReturnType<typeof submissionsInStatus>>['items'][number];

const presentSubmission = (s: Submission) => ({
  id: s.id,
  reportNameTh: s.report_name_th,
  unit: { code: s.unit_code, nameTh: s.unit_name_th },
  periodKey: s.period_key,
  periodLabelTh: periodLabel(s.period_key),
  dueDate: s.due_date,
  submittedAt: s.submitted_at ? s.submitted_at.toISOString() : null,
});

/**
 * A district's home: this month's reports with their countdown (the report calendar of the reports module), its
 * returned reports, and the KPIs of its agreement for the latest round that has one with level, score and what the
 * next level needs (the agreements module's own scoring, the same the agreement page shows).
 */
async function districtHome(db: Db, user: AuthUser, district: UnitRef, today: IsoDate) {
  const month = monthOf(today);
  const [calendar, returned, agreementRow] = await Promise.all([
    districtMonthOf(db, district, month, today),
    returnedWithReasons(db, district.path, LIST_LIMIT),
    latestAgreementOfAgent(db, district.id),
  ]);
  const agreement = agreementRow ? await getAgreement(db, user, agreementRow.id) : null;
  return {
    kind: 'district' as const,
    reports: {
      month,
      monthLabelTh: calendar.monthLabelTh,
      forms: calendar.activeForms,
      entries: calendar.entries,
    },
    returned: {
      count: returned.count,
      items: returned.items.map((s) => ({ ...presentSubmission(s), reason: s.reason })),
    },
    agreement:
      agreement && agreementRow
        ? {
            id: agreement.agreement.id,
            fiscalYear: agreementRow.fiscal_year,
            round: agreementRow.round,
            setNameTh: agreementRow.set_name_th,
            status: agreement.agreement.status,
            score: agreement.total?.score ?? null,
            reported: agreement.reported,
            expected: agreement.expected,
            items: agreement.items
              .filter((i) => i.selected)
              .map((i) => ({
                id: i.id,
                kpiId: i.kpiId,
                section: i.section,
                number: i.number,
                nameTh: i.nameTh,
                level: i.evaluation?.level ?? null,
                score: i.evaluation?.score ?? null,
                next: i.evaluation?.next ?? null,
                neededTh: i.needed?.text ?? null,
              })),
          }
        : null,
  };
}

/**
 * A province's home: reports waiting for review, districts late this month (the province's board of the month),
 * the agreement scores of its districts for the latest round with agreements (as stored on write: agreement_scores),
 * and the registers' alerts (the households rules of seed 002 and project evaluations past their 7 days) of the
 * latest year with data.
 */
async function provinceHome(db: Db, user: AuthUser, province: UnitRef, today: IsoDate) {
  const month = monthOf(today);
  const [board, forms, waiting, set, surveyYear, projectYear] = await Promise.all([
    boardOfProvince(
      db,
      { id: province.id, code: province.code, name_th: province.nameTh, path: province.path },
      month,
      today,
    ),
    listTypes(db, user, province.code),
    submissionsInStatus(db, province.path, 'submitted', LIST_LIMIT),
    latestSetWithAgreementsOf(db, province.id),
    latestSurveyYearOf(db, province.path),
    latestProjectYearUnder(db, province.path),
  ]);
  const [agreements, households, projects] = await Promise.all([
    set ? storedScoresUnder(db, set.id, 'province_district', user.scope.path) : null,
    surveyYear === null ? null : householdSummary(db, user, { unit: province.code, fiscalYear: surveyYear }),
    projectYear === null
      ? null
      : listProjects(db, user, { unit: province.code, fiscalYear: projectYear, asOf: today }),
  ]);
  // A district is late this month when a report is past its due date unsent, or was sent after it: seed 003 L999
  // "ส่งรายงานช้ากว่าวันที่กำหนดหักลบวันละ ๑ คะแนน" (the board's states `missing`, `late` and `approved-late`).
  const late = board.rows.flatMap((row) => {
    const cells = row.cells.flatMap((c) => ('state' in c ? [c] : []));
    const missing = cells.filter((c) => c.state === 'missing').length;
    const sentLate = cells.filter((c) => c.state === 'late' || c.state === 'approved-late').length;
    return missing + sentLate > 0 ? [{ unit: row.unit, missing, late: sentLate }] : [];
  });
  const nextDue = board.columns
    .filter((c) => daysBetween(today, c.dueDate) >= 0)
    .map((c) => c.dueDate)
    .sort()[0];
  return {
    kind: 'province' as const,
    waiting: { count: waiting.count, items: waiting.items.map(presentSubmission) },
    late: {
      month,
      monthLabelTh: board.monthLabelTh,
      forms: forms.items.filter((f) => f.active && f.province.code === province.code).length,
      dueThisMonth: board.columns.length,
      nextDueDate: nextDue ?? null,
      districts: late,
    },
    agreements:
      set && agreements
        ? {
            kpiSetId: set.id,
            fiscalYear: set.fiscal_year,
            round: set.round,
            setNameTh: set.name_th,
            items: agreements.map((a) => ({
              id: a.id,
              agent: a.agent,
              status: a.status,
              score: a.score,
              reported: a.reported,
              expected: a.expected,
            })),
          }
        : null,
    alerts: {
      households: households
        ? {
            fiscalYear: households.fiscalYear,
            warnings: households.warnings.map((w) => ({ code: w.code, message: w.message })),
          }
        : null,
      projects: projects
        ? {
            fiscalYear: projectYear,
            total: projects.total,
            late: projects.late,
            missingPhotos: projects.missingPhotos,
          }
        : null,
    },
  };
}

/** The department's home: its provinces with their district counts, read from the units table alone. */
async function departmentHome(db: Db, scope: UnitRef) {
  const provinces = await provincesUnder(db, scope.path);
  return {
    kind: 'department' as const,
    provinces: provinces.map((p) => ({
      code: p.code,
      nameTh: p.name_th,
      nameEn: p.name_en,
      districts: Number(p.districts ?? 0),
    })),
  };
}

function homeBlocks(db: Db, user: AuthUser, today: IsoDate) {
  const { scope } = user;
  if (scope.kind === 'district') return districtHome(db, user, scope, today);
  if (scope.kind === 'province') return provinceHome(db, user, scope, today);
  // A CODI region office (an account at a region unit) enters its region's quarterly figures; it has no units below.
  if (scope.kind === 'region') return { kind: 'region' as const };
  return departmentHome(db, scope);
}

/**
 * What a user should look at first, by where they work (a district, a province, the department): one call with
 * light reads of their own unit only; the department's home reads no report or register data at all.
 */
export async function homeOf(db: Db, user: AuthUser, today: IsoDate) {
  const [blocks, notifications] = await Promise.all([homeBlocks(db, user, today), unreadOfMine(db, user, 5)]);
  return {
    today,
    fiscalYear: fiscalYearOf(today),
    unit: { code: user.scope.code, nameTh: user.scope.nameTh, kind: user.scope.kind },
    notifications,
    ...blocks,
  };
}
