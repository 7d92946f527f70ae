import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import type { SubmissionAction, SubmissionStatus } from '../../db/tables/reports.ts';
import { addDays, daysBetween, monthOf } from '../../domain/calendar/date-arithmetic.ts';
import { fiscalMonthIndex, fiscalYearMonths, fiscalYearOf } from '../../domain/calendar/fiscal-year.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import type { ExpectedReport } from '../../domain/report-calendar/expected-report.ts';
import type { ReportField } from '../../domain/report-form/field.ts';
import { canonical, parseDecimal } from '../../domain/scoring/decimal.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import { kpisOfKpiSet } from '../kpis/service.ts';
import { unitOfficers } from '../notifications/service.ts';
import { unitsByCodes } from '../org-units/service.ts';
import {
  type FormToLoad,
  type HistorySubmission,
  loadForms,
  loadHistory,
  userIdsByName,
} from '../reports/bulk-load.ts';
import { planFor } from '../reports/expected.ts';

type DemoField = Omit<ReportField, 'kpiId'> & { kpi?: string };
type DemoForm = {
  provinceCode: string;
  nameTh: string;
  source: string;
  kpiSet?: string;
  schedule: { frequency: 'monthly'; dueDay: number; dueMonth: 'in-period' | 'after-period' };
  reviewer: string;
  responsible: string[];
  fields: DemoField[];
};
type DemoReportsFile = {
  narrative: string;
  returnReasons: string[];
  progressTexts: string[];
  forms: DemoForm[];
};

const reportsFile = (): DemoReportsFile =>
  JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../../data/demo/report-types.json'), 'utf8'),
  ) as DemoReportsFile;

/** FNV-1a: the same district, form and period always get the same story, so the demo is reproducible. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** An instant at a Bangkok wall-clock time. */
const at = (date: IsoDate, hour: number, minute = 0) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`);

type Step = { at: Date; by: 'district' | 'reviewer'; action: SubmissionAction; reason: string | null };

/** How districts behave: a steady one, an average one, a struggling one (chosen by the district's code). */
const characters = [
  { onTime: 70, late: 15, returned: 10, early: 65 },
  { onTime: 45, late: 25, returned: 15, early: 40 },
  { onTime: 25, late: 30, returned: 15, early: 10 },
] as const;

/**
 * The story of one expected report, as it would have happened up to `now`: sent on time and approved, sent late
 * and approved, sent back and approved after correction, still waiting for review, or never sent. A report due
 * later this month was sent early by the steadier districts. Steps after `now` have not happened yet.
 */
export function storyOf(
  e: ExpectedReport,
  unitCode: string,
  formIndex: number,
  returnReasons: readonly string[],
  now: Date,
): Step[] {
  const today = bangkokDateOf(now);
  const character = characters[hashOf(unitCode) % characters.length] ?? characters[0];
  const roll = hashOf(`${unitCode}|${formIndex}|${e.periodKey}`) % 100;
  const reason = returnReasons[roll % returnReasons.length] ?? null;
  const submit = (date: IsoDate): Step => ({
    at: at(date, 9 + (roll % 7), (roll * 7) % 60),
    by: 'district',
    action: 'submit',
    reason: null,
  });
  const review = (date: IsoDate, action: SubmissionAction, why: string | null = null): Step => ({
    at: at(date, 10 + (roll % 5), 30),
    by: 'reviewer',
    action,
    reason: why,
  });
  let steps: Step[] = [];
  if (daysBetween(today, e.dueDate) >= 0) {
    const sentOn = addDays(today, -(roll % 6));
    if (roll < character.early && monthOf(sentOn) === monthOf(today)) {
      const reviewed =
        roll % 3 === 2 ? review(addDays(sentOn, 1), 'return', reason) : review(addDays(sentOn, 1), 'approve');
      steps = roll % 3 === 1 ? [submit(sentOn)] : [submit(sentOn), reviewed];
    }
  } else if (roll < character.onTime) {
    const sentOn = addDays(e.dueDate, -(roll % 4));
    steps = [submit(sentOn), review(addDays(sentOn, 1 + (roll % 2)), 'approve')];
  } else if (roll < character.onTime + character.late) {
    const sentOn = addDays(e.dueDate, 1 + (roll % (2 + 2 * (hashOf(unitCode) % 3))));
    steps = [submit(sentOn), review(addDays(sentOn, 1), 'approve')];
  } else if (roll < character.onTime + character.late + character.returned) {
    const sentOn = addDays(e.dueDate, -(roll % 3));
    steps = [
      submit(sentOn),
      review(addDays(sentOn, 1), 'return', reason),
      { ...submit(addDays(sentOn, 3)), action: 'resubmit' },
      review(addDays(sentOn, 4), 'approve'),
    ];
  }
  return steps.filter((step) => step.at <= now);
}

const statusAfter: Record<SubmissionAction, SubmissionStatus> = {
  submit: 'submitted',
  resubmit: 'submitted',
  return: 'returned',
  approve: 'approved',
  reopen: 'draft',
};

/** What a district typed: a cumulative KPI percentage growing month by month, small counts, a progress line. */
function valuesOf(fields: readonly ReportField[], e: ExpectedReport, roll: number, texts: readonly string[]) {
  const values: Record<string, string> = {};
  for (const [index, field] of fields.entries()) {
    const r = hashOf(`${roll}|${index}`);
    if (field.kind === 'kpi') {
      const whole = Math.min(99, (fiscalMonthIndex(e.dueDate) + 1) * 8 + (r % 6));
      const percent = parseDecimal(`${whole}.${String(r % 100).padStart(2, '0')}`);
      if (percent) values[field.id] = canonical(percent);
    } else if (field.kind === 'number') {
      values[field.id] = String(1 + (r % 12));
    } else if (field.kind === 'text' && field.required) {
      values[field.id] = texts[r % texts.length] ?? '';
    }
  }
  return values;
}

/**
 * The demo provinces' monthly report forms from the seeds (data/demo/report-types.json, fields bound to the
 * loaded KPI sets' cards) and a history of their districts' submissions over the current fiscal year up to
 * `now`, submitted by the demo district accounts where there are some and reviewed by the demo province account.
 * Every write is a batched insert in the caller's transaction; the forms and narratives say "ข้อมูลสาธิต".
 */
export async function loadDemoReports(
  trx: Db,
  kpiSetIds: Map<string, number>,
  now: Date,
): Promise<{ forms: number; submissions: number }> {
  const file = reportsFile();
  const provinces = new Map(
    (await unitsByCodes(trx, [...new Set(file.forms.map((f) => f.provinceCode))])).map((u) => [u.code, u]),
  );
  const users = await userIdsByName(trx, [
    ...new Set(file.forms.flatMap((f) => [f.reviewer, ...f.responsible])),
  ]);
  const kpiSets = [...new Set(file.forms.flatMap((f) => (f.kpiSet ? [f.kpiSet] : [])))];
  const cards = new Map(
    await Promise.all(kpiSets.map(async (s) => [s, await kpisOfKpiSet(trx, kpiSetIds.get(s) ?? 0)] as const)),
  );
  const forms: FormToLoad[] = file.forms.map((f) => ({
    row: {
      owner_unit_id: provinces.get(f.provinceCode)?.id ?? 0,
      name_th: f.nameTh,
      work_group_id: null,
      frequency: f.schedule.frequency,
      due_day: f.schedule.dueDay,
      due_month: f.schedule.dueMonth,
      once_date: null,
      unit_scope: 'all-districts',
      day_counting: 'calendar',
      active: true,
    },
    fields: f.fields.map(({ kpi, ...field }) => {
      if (kpi === undefined) return field;
      const card = cards.get(f.kpiSet ?? '')?.find((k) => k.key === kpi);
      if (!card) throw new Error(`demo report form ${f.nameTh}: no KPI ${kpi} in ${f.kpiSet}`);
      return { ...field, kpiId: card.id };
    }),
    responsibleIds: f.responsible.map((name) => users.get(name) ?? 0),
  }));
  const types = await loadForms(trx, forms);
  const today = bangkokDateOf(now);
  const months = fiscalYearMonths(fiscalYearOf(today)).filter((m) => m <= monthOf(today));
  const plan = await planFor(trx, types, months);
  const officers = await unitOfficers(
    trx,
    [...plan.units.values()].map((u) => u.id),
  );
  const officerOf = new Map(officers.map((o) => [o.unit_id, o.id]));
  const rows: HistorySubmission[] = plan.expected.flatMap((e) => {
    const type = plan.types.get(e.reportTypeId);
    const unit = plan.units.get(e.unitId);
    const formIndex = types.findIndex((t) => String(t.id) === e.reportTypeId);
    const form = file.forms[formIndex];
    if (!type || !unit || !form) return [];
    const steps = storyOf(e, unit.code, formIndex, file.returnReasons, now);
    const [first, last] = [steps[0], steps.at(-1)];
    if (!first || !last) return [];
    const reviewer = users.get(form.reviewer) ?? null;
    const submitter = officerOf.get(unit.id) ?? null;
    const submits = steps.filter((s) => s.action !== 'approve' && s.action !== 'return');
    const approved = steps.find((s) => s.action === 'approve');
    return [
      {
        report_type_id: type.id,
        unit_id: unit.id,
        period_key: e.periodKey,
        due_date: e.dueDate,
        status: statusAfter[last.action],
        values: JSON.stringify(
          valuesOf(
            forms[formIndex]?.fields as ReportField[],
            e,
            hashOf(unit.code + e.periodKey),
            file.progressTexts,
          ),
        ),
        narrative: file.narrative,
        first_submitted_at: first.at,
        submitted_at: submits.at(-1)?.at ?? first.at,
        approved_at: approved?.at ?? null,
        approved_by: approved ? reviewer : null,
        created_at: new Date(first.at.getTime() - 86_400_000),
        events: steps.map((s) => ({
          at: s.at,
          user_id: s.by === 'district' ? submitter : reviewer,
          action: s.action,
          reason: s.reason,
        })),
      },
    ];
  });
  const submissions = await loadHistory(trx, rows, 'ประวัติการส่งรายงานสาธิต (ข้อมูลสาธิต)');
  return { forms: types.length, submissions };
}
