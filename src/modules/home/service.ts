import type { Db } from '../../db/database.ts';
import { monthOf } from '../../domain/calendar/date-arithmetic.ts';
import { fiscalYearOf } from '../../domain/calendar/fiscal-year.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import type { AuthUser, UnitRef } from '../../plugins/access.ts';
import { latestScoredAgreementOfAgent, latestScoresAsPrincipal } from '../agreements/service.ts';
import { latestSurveyYearOf } from '../dashboards/registers.ts';
import { provinceHouseholdWarnings } from '../households/summary.ts';
import { unreadOfMine } from '../notifications/service.ts';
import { provincesUnder } from '../org-units/service.ts';
import { projectAlertsUnder } from '../projects/service.ts';
import { districtMonthOf } from '../reports/district-month.ts';
import { periodLabel } from '../reports/present.ts';
import { provinceMonthOf } from '../reports/province-month.ts';
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
  const [calendar, returned, agreement] = await Promise.all([
    districtMonthOf(db, district, month, today),
    returnedWithReasons(db, district.path, LIST_LIMIT),
    latestScoredAgreementOfAgent(db, user, district.id),
  ]);
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
    agreement,
  };
}

/**
 * A province's home: reports waiting for review, districts late this month (the province's board of the month),
 * the agreement scores of its districts for the latest round with agreements (as stored on write: agreement_scores),
 * and the registers' alerts (the households rules of seed 002 and project evaluations past their 7 days) of the
 * latest year with data. The province is the session's scope: no unit is read again.
 */
async function provinceHome(db: Db, user: AuthUser, province: UnitRef, today: IsoDate) {
  const month = monthOf(today);
  const [reports, waiting, agreements, surveyYear, projects] = await Promise.all([
    provinceMonthOf(db, province, month, today),
    submissionsInStatus(db, province.path, 'submitted', LIST_LIMIT),
    latestScoresAsPrincipal(db, province.id, 'province_district', user.scope.path),
    latestSurveyYearOf(db, province.path),
    projectAlertsUnder(db, province.path, today),
  ]);
  const warnings =
    surveyYear === null
      ? null
      : await provinceHouseholdWarnings(db, province.path, reports.districts, surveyYear);
  return {
    kind: 'province' as const,
    waiting: { count: waiting.count, items: waiting.items.map(presentSubmission) },
    late: {
      month,
      monthLabelTh: reports.monthLabelTh,
      forms: reports.activeForms,
      dueThisMonth: reports.dueThisMonth,
      nextDueDate: reports.nextDueDate,
      districts: reports.late,
    },
    agreements: agreements
      ? {
          kpiSetId: agreements.set.id,
          fiscalYear: agreements.set.fiscalYear,
          round: agreements.set.round,
          setNameTh: agreements.set.nameTh,
          items: agreements.items,
        }
      : null,
    alerts: {
      households:
        surveyYear !== null && warnings
          ? { fiscalYear: surveyYear, warnings: warnings.map((w) => ({ code: w.code, message: w.message })) }
          : null,
      projects,
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

/**
 * The blocks of a user's home: they depend on the user's scope alone (what the scope's unit should look at today), so
 * the route may share them between the users of one unit.
 */
export async function homeBlocks(db: Db, user: AuthUser, today: IsoDate) {
  const { scope } = user;
  if (scope.kind === 'district') return districtHome(db, user, scope, today);
  if (scope.kind === 'province') return provinceHome(db, user, scope, today);
  // A CODI region office (an account at a region unit) enters its region's quarterly figures; it has no units below.
  if (scope.kind === 'region') return { kind: 'region' as const };
  return departmentHome(db, scope);
}

type Blocks = Awaited<ReturnType<typeof homeBlocks>> & { asOf: string };

/**
 * What a user should look at first, by where they work (a district, a province, the department): one call with
 * light reads of their own unit only; the department's home reads no report or register data at all. `blocks` are
 * the scope's (homeBlocks, read when they were `asOf`), the notifications the user's own, read now.
 */
export async function homeOf(db: Db, user: AuthUser, today: IsoDate, blocks: Promise<Readonly<Blocks>>) {
  const [read, notifications] = await Promise.all([blocks, unreadOfMine(db, user, 5)]);
  return {
    ...read,
    today,
    fiscalYear: fiscalYearOf(today),
    unit: { code: user.scope.code, nameTh: user.scope.nameTh, kind: user.scope.kind },
    notifications,
  };
}
