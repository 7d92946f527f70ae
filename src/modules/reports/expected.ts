import type { Db } from '../../db/database.ts';
import type { SubmissionStatus } from '../../db/tables/reports.ts';
import type { IsoDate, IsoMonth } from '../../domain/calendar/iso-date.ts';
import { type ExpectedReport, expectedReports } from '../../domain/report-calendar/expected-report.ts';
import { type DueEntry, reportCalendarForMonth } from '../../domain/report-calendar/report-calendar.ts';
import type { Timeliness } from '../../domain/timeliness/timeliness.ts';
import { presentTimeliness, reportState, stateColours, timelinessOf, toDomainType } from './present.ts';
import {
  chosenUnitsOf,
  districtsUnder,
  eventsOf,
  overridesOf,
  type ReportTypeRecord,
  submissionsFor,
} from './queries.ts';

export type PlanUnit = { id: number; code: string; name_th: string; path: string };

/** The report calendar of some months for some report types, and who owes each entry. */
export type Plan = {
  types: Map<string, ReportTypeRecord>;
  entries: DueEntry[];
  overrides: Map<string, { reason: string; changed_at: Date; row_version: number }>;
  units: Map<string, PlanUnit>;
  expected: ExpectedReport[];
};

export const entryKey = (reportTypeId: string, periodKey: string) => `${reportTypeId}|${periodKey}`;

type DueOverride = { report_type_id: number; period_key: string; due_date: string };

/**
 * Every district owes every report of its province's calendar (all districts or the chosen ones): the DHIS2
 * "expected reports" (anchors.md §1.1), with the province's due-date overrides applied. From the overrides of the
 * types, the districts under their owners and their chosen units (no reads: planFor reads them, or a caller that
 * holds them passes them).
 */
export function expectedOf(
  types: ReportTypeRecord[],
  months: IsoMonth[],
  overrides: DueOverride[],
  districts: PlanUnit[],
  chosen: (PlanUnit & { report_type_id: number })[],
): Pick<Plan, 'entries' | 'units' | 'expected'> {
  const domainOverrides = overrides.map((o) => ({
    reportTypeId: String(o.report_type_id),
    periodKey: o.period_key,
    dueDate: o.due_date,
  }));
  const domainTypes = types.map(toDomainType);
  const entries = months.flatMap((month) => reportCalendarForMonth(domainTypes, month, domainOverrides));
  const units = new Map<string, PlanUnit>([...districts, ...chosen].map((u) => [String(u.id), u]));
  const unitIdsOf = (t: ReportTypeRecord) =>
    t.unit_scope === 'chosen'
      ? chosen.filter((c) => c.report_type_id === t.id).map((c) => String(c.id))
      : districts.filter((d) => d.path.startsWith(t.owner_path)).map((d) => String(d.id));
  const expected = types.flatMap((t) =>
    expectedReports(
      unitIdsOf(t),
      entries.filter((e) => e.reportTypeId === String(t.id)),
    ),
  );
  return { entries, units, expected };
}

/**
 * What one unit the caller holds owes of one type in one month (opening its report), with no reads: the type comes
 * with its due-date overrides and chosen unit codes. A district owes its province's all-districts forms (expectedOf
 * keeps it to the owner's districts), any unit the forms its province chose it for.
 */
export function expectedOfUnit(
  type: ReportTypeRecord & { overrides: DueOverride[] },
  month: IsoMonth,
  unit: PlanUnit & { kind: string },
): ExpectedReport | undefined {
  const chosen = type.unit_scope === 'chosen' && type.unit_codes.includes(unit.code);
  const { expected } = expectedOf(
    [type],
    [month],
    type.overrides,
    unit.kind === 'district' ? [unit] : [],
    chosen ? [{ ...unit, report_type_id: type.id }] : [],
  );
  return expected.find((e) => e.unitId === String(unit.id));
}

/** The plan of some months for some report types (see expectedOf). Three queries. */
export async function planFor(db: Db, types: ReportTypeRecord[], months: IsoMonth[]): Promise<Plan> {
  return planOf(db, types, months, () =>
    districtsUnder(db, [
      ...new Set(types.filter((t) => t.unit_scope === 'all-districts').map((t) => t.owner_path)),
    ]),
  );
}

/**
 * planFor with the districts the caller holds: those of the one province that owns every type (a province's home),
 * or one district alone (a district's home, from the session), whose own entries are then the same. Two queries (the
 * overrides and the chosen units).
 */
export function planForDistricts(
  db: Db,
  types: ReportTypeRecord[],
  months: IsoMonth[],
  districts: PlanUnit[],
) {
  return planOf(db, types, months, async () => districts);
}

async function planOf(
  db: Db,
  types: ReportTypeRecord[],
  months: IsoMonth[],
  readDistricts: () => Promise<PlanUnit[]>,
): Promise<Plan> {
  const [overrides, districts, chosen] = await Promise.all([
    overridesOf(
      db,
      types.map((t) => t.id),
    ),
    readDistricts(),
    chosenUnitsOf(
      db,
      types.filter((t) => t.unit_scope === 'chosen').map((t) => t.id),
    ),
  ]);
  return {
    types: new Map(types.map((t) => [String(t.id), t])),
    ...expectedOf(types, months, overrides, districts, chosen),
    overrides: new Map(overrides.map((o) => [entryKey(String(o.report_type_id), o.period_key), o])),
  };
}

export type Outcome = ExpectedReport & {
  submission: { id: number; status: SubmissionStatus } | null;
  timeliness: Timeliness;
};

/** Each expected report with its submission and timeliness, computed from the review log. Two queries. */
export async function outcomesOf(db: Db, plan: Plan, expected = plan.expected): Promise<Outcome[]> {
  const submissions = await submissionsFor(
    db,
    [...new Set(expected.map((e) => Number(e.reportTypeId)))],
    [...new Set(expected.map((e) => e.periodKey))],
    [...new Set(expected.map((e) => Number(e.unitId)))],
  );
  const events = await eventsOf(
    db,
    submissions.map((s) => s.id),
  );
  const byKey = new Map(
    submissions.map((s) => [`${s.unit_id}|${entryKey(String(s.report_type_id), s.period_key)}`, s]),
  );
  const logs = new Map<number, typeof events>();
  for (const event of events)
    logs.set(event.submission_id, [...(logs.get(event.submission_id) ?? []), event]);
  return expected.map((e) => {
    const submission = byKey.get(`${e.unitId}|${entryKey(e.reportTypeId, e.periodKey)}`) ?? null;
    const log = submission ? (logs.get(submission.id) ?? []) : [];
    const counting = plan.types.get(e.reportTypeId)?.day_counting ?? 'calendar';
    return {
      ...e,
      submission: submission ? { id: submission.id, status: submission.status } : null,
      timeliness: timelinessOf(e.dueDate, log, counting),
    };
  });
}

/** One expected report as the calendar and the board show it: status, state with its colour, lateness, points. */
export function outcomeView(o: Outcome, today: IsoDate) {
  const status = o.submission?.status ?? null;
  const state = reportState(o.timeliness, status, o.dueDate, today);
  return {
    submissionId: o.submission?.id ?? null,
    status,
    state,
    colour: stateColours[state],
    timeliness: presentTimeliness(o.timeliness),
  };
}
