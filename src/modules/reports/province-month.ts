import type { Db } from '../../db/database.ts';
import type { IsoDate, IsoMonth } from '../../domain/calendar/iso-date.ts';
import { monthLabel } from '../../domain/calendar/labels.ts';
import type { UnitRef } from '../../plugins/access.ts';
import { outcomesOf, outcomeView, planForDistricts } from './expected.ts';
import { activeReportTypes, districtsUnder } from './queries.ts';

/**
 * A province's month for its home, as its board (boardOfProvince) shows it: the districts with a report past its due
 * date unsent or sent after it, the reports due in the month and the next due date, and how many forms it has active,
 * from one read of those forms, and its districts as the board lists them (for the home's other blocks too). The
 * province is the one the session already holds, and the months with data, which the home does not show, are not read.
 */
export async function provinceMonthOf(
  db: Db,
  province: Pick<UnitRef, 'id' | 'path'>,
  month: IsoMonth,
  today: IsoDate,
) {
  const [types, districts] = await Promise.all([
    activeReportTypes(db, province.id),
    districtsUnder(db, [province.path]),
  ]);
  const plan = await planForDistricts(db, types, [month], districts);
  const outcomes = await outcomesOf(db, plan);
  const states = new Map<string, string[]>();
  for (const outcome of outcomes) {
    const state = outcomeView(outcome, today).state;
    states.set(outcome.unitId, [...(states.get(outcome.unitId) ?? []), state]);
  }
  // A district is late this month when a report is past its due date unsent, or was sent after it: seed 003 L999
  // "ส่งรายงานช้ากว่าวันที่กำหนดหักลบวันละ ๑ คะแนน" (the board's states `missing`, `late` and `approved-late`).
  const late = districts.flatMap((unit) => {
    const cells = states.get(String(unit.id)) ?? [];
    const missing = cells.filter((s) => s === 'missing').length;
    const sentLate = cells.filter((s) => s === 'late' || s === 'approved-late').length;
    return missing + sentLate > 0
      ? [{ unit: { code: unit.code, nameTh: unit.name_th }, missing, late: sentLate }]
      : [];
  });
  const nextDue = plan.entries
    .map((e) => e.dueDate)
    .filter((dueDate) => dueDate >= today)
    .sort()[0];
  return {
    monthLabelTh: monthLabel(month),
    activeForms: types.length,
    dueThisMonth: plan.entries.length,
    nextDueDate: nextDue ?? null,
    late,
    districts,
  };
}
