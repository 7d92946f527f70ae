import type { Db } from '../../db/database.ts';
import { formatThaiDate } from '../../domain/calendar/date-format.ts';
import type { IsoDate, IsoMonth } from '../../domain/calendar/iso-date.ts';
import { monthLabel } from '../../domain/calendar/labels.ts';
import { leagueTable } from '../../domain/timeliness/league-table.ts';
import { reportingRates } from '../../domain/timeliness/reporting-rates.ts';
import { AppError, notFound } from '../../errors.ts';
import { type AuthUser, isAboveScope, requireRead } from '../../plugins/access.ts';
import { unitByCodeFor } from '../org-units/service.ts';
import { outcomesOf, outcomeView, planFor } from './expected.ts';
import { periodLabel } from './present.ts';
import { activeReportTypes, districtsUnder, monthsWithSubmissions } from './queries.ts';

/** Who reads a province's month: its users and the department; `alsoWithin` lets its districts in too. */
export async function readableProvince(db: Db, user: AuthUser, provinceCode: string, alsoWithin: boolean) {
  const province = await unitByCodeFor(db, user, provinceCode);
  if (!province) throw notFound(`จังหวัดรหัส ${provinceCode}`, 'province');
  if (!(alsoWithin && isAboveScope(user, province)))
    requireRead(user, { path: province.path, nameTh: province.name_th });
  if (province.kind !== 'province') throw new AppError(422, 'not_province', 'กรุณาเลือกจังหวัด', 'province');
  return province;
}

/** A province the user may read: from readableProvince, or the user's own scope. */
type Province = Pick<Awaited<ReturnType<typeof readableProvince>>, 'id' | 'code' | 'name_th' | 'path'>;

async function provinceMonth(db: Db, province: Province, month: IsoMonth) {
  const [types, districts, months] = await Promise.all([
    activeReportTypes(db, province.id),
    districtsUnder(db, [province.path]),
    monthsWithSubmissions(db, province.id),
  ]);
  const plan = await planFor(db, types, [month]);
  return { province, districts, months, plan, outcomes: await outcomesOf(db, plan) };
}

/** The province's live board: every district × every report due in the month, with state, colour hint and score. */
export async function boardOf(db: Db, user: AuthUser, provinceCode: string, month: IsoMonth, today: IsoDate) {
  return boardOfProvince(db, await readableProvince(db, user, provinceCode, false), month, today);
}

/** boardOf for a province the user was checked to read (readableProvince). */
export async function boardOfProvince(db: Db, province: Province, month: IsoMonth, today: IsoDate) {
  const { districts, months, plan, outcomes } = await provinceMonth(db, province, month);
  const columns = plan.entries.map((e) => ({
    reportTypeId: Number(e.reportTypeId),
    nameTh: plan.types.get(e.reportTypeId)?.name_th ?? '',
    periodKey: e.periodKey,
    periodLabelTh: periodLabel(e.periodKey),
    dueDate: e.dueDate,
    dueDateLabelTh: formatThaiDate(e.dueDate),
  }));
  const outcomeOf = new Map(outcomes.map((o) => [`${o.unitId}|${o.reportTypeId}|${o.periodKey}`, o]));
  return {
    province: { code: province.code, nameTh: province.name_th },
    month,
    monthLabelTh: monthLabel(month),
    monthsWithData: months,
    today,
    columns,
    rows: districts.map((d) => ({
      unit: { code: d.code, nameTh: d.name_th },
      cells: plan.entries.map((e) => {
        const outcome = outcomeOf.get(`${d.id}|${e.reportTypeId}|${e.periodKey}`);
        return outcome ? { expected: true, ...outcomeView(outcome, today) } : { expected: false };
      }),
    })),
    rates: reportingRates(outcomes),
  };
}

/**
 * The month's timeliness league table of the province's districts, best first, with DHIS2-style expected /
 * submitted / on-time rates. Seed 003 L991: "…ดำเนินการเก็บข้อมูล และส่งผลคะแนนสรุปให้กลุ่มงานสารสนเทศฯ
 * ทุกวันที่ ๒๕ ของทุกเดือน": this is that monthly summary, computed instead of collected.
 * Decision: a district's officers read their own province's league (every district's row, as a league is read
 * in a meeting), so they see their rank; nothing else of the other districts, and no other province's league.
 */
export async function leagueOf(db: Db, user: AuthUser, provinceCode: string, month: IsoMonth) {
  const province = await readableProvince(db, user, provinceCode, true);
  const { districts, months, outcomes } = await provinceMonth(db, province, month);
  const byId = new Map(districts.map((d) => [String(d.id), d]));
  const rows = leagueTable(
    districts.map((d) => String(d.id)),
    outcomes.filter((o) => byId.has(o.unitId)),
  );
  return {
    province: { code: province.code, nameTh: province.name_th },
    month,
    monthLabelTh: monthLabel(month),
    monthsWithData: months,
    rows: rows.map(({ unitId, ...row }) => {
      const unit = byId.get(unitId);
      return {
        unit: { code: unit?.code ?? '', nameTh: unit?.name_th ?? '' },
        ...row,
        rates: reportingRates(outcomes.filter((o) => o.unitId === unitId)),
      };
    }),
    rates: reportingRates(outcomes),
  };
}

/**
 * A province's reporting rates month by month over its last 12 months with reports sent (the board's rates, for the
 * dashboards' timeliness chart): one plan and one read of submissions for all the months, none per month.
 * `unitCode` narrows the rates to one district of the province, which may read its own.
 */
export async function ratesByMonth(db: Db, user: AuthUser, provinceCode: string, unitCode?: string) {
  const province = await readableProvince(db, user, provinceCode, true);
  const [types, districts, months] = await Promise.all([
    activeReportTypes(db, province.id),
    districtsUnder(db, [province.path]),
    monthsWithSubmissions(db, province.id),
  ]);
  const chosen = months.slice(0, 12).reverse() as IsoMonth[];
  const outcomes = await outcomesOf(db, await planFor(db, types, chosen));
  const ids = new Set(
    districts.filter((d) => unitCode === undefined || d.code === unitCode).map((d) => String(d.id)),
  );
  return chosen.map((month) => ({
    month,
    monthLabelTh: monthLabel(month),
    rates: reportingRates(outcomes.filter((o) => ids.has(o.unitId) && o.dueDate.startsWith(month))),
  }));
}
