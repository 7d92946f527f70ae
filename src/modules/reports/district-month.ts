import type { Db } from '../../db/database.ts';
import { daysBetween } from '../../domain/calendar/date-arithmetic.ts';
import type { IsoDate, IsoMonth } from '../../domain/calendar/iso-date.ts';
import { monthLabel } from '../../domain/calendar/labels.ts';
import { notFound } from '../../errors.ts';
import { entryKey, outcomesOf, outcomeView, planForDistricts } from './expected.ts';
import { periodLabel } from './present.ts';
import { activeReportTypes } from './queries.ts';

/**
 * A district's own reports of the month for its home, as its calendar (calendarOf) lists them, and how many forms its
 * province has active, from one read of those forms: the district and its province are the ones the session already
 * holds, so no unit is read again (the plan is the district's own: planForDistricts), and the months with data, which
 * the home does not show, are not read.
 */
export async function districtMonthOf(
  db: Db,
  district: { id: number; parentId: number | null; code: string; nameTh: string; path: string },
  month: IsoMonth,
  today: IsoDate,
) {
  if (district.parentId === null) throw notFound('จังหวัดของอำเภอนี้');
  const types = await activeReportTypes(db, district.parentId);
  const plan = await planForDistricts(
    db,
    types,
    [month],
    [
      {
        id: district.id,
        code: district.code,
        name_th: district.nameTh,
        path: district.path,
      },
    ],
  );
  const own = plan.expected.filter((e) => e.unitId === String(district.id));
  const byEntry = new Map(
    (await outcomesOf(db, plan, own)).map((o) => [entryKey(o.reportTypeId, o.periodKey), o]),
  );
  const entries = plan.entries.flatMap((entry) => {
    const type = plan.types.get(entry.reportTypeId);
    const outcome = byEntry.get(entryKey(entry.reportTypeId, entry.periodKey));
    if (!type || !outcome) return [];
    const submission = outcomeView(outcome, today);
    return [
      {
        reportTypeId: type.id,
        reportNameTh: type.name_th,
        periodKey: entry.periodKey,
        periodLabelTh: periodLabel(entry.periodKey),
        dueDate: entry.dueDate,
        daysLeft: daysBetween(today, entry.dueDate),
        submissionId: submission.submissionId,
        state: submission.state,
        colour: submission.colour,
      },
    ];
  });
  return { monthLabelTh: monthLabel(month), activeForms: types.length, entries };
}
