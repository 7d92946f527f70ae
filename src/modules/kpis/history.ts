import type { Db } from '../../db/database.ts';
import { addMonths, monthOf } from '../../domain/calendar/date-arithmetic.ts';
import type { IsoMonth } from '../../domain/calendar/iso-date.ts';
import { monthLabel } from '../../domain/calendar/labels.ts';
import { notFound } from '../../errors.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { findKpi, findKpiSet, insertResultHistory, monthsFor } from './queries.ts';
import { scoresStale } from './score-hooks.ts';
import { kpiSetInScope, presentKpi, roundsOfYear } from './service.ts';

/** The months of a round, first to last: round 2/2568 → 2025-04 … 2025-09. */
export function monthsOfRange(start: string, end: string): IsoMonth[] {
  const months: IsoMonth[] = [];
  for (let m = monthOf(start); m <= monthOf(end); m = addMonths(m, 1)) months.push(m);
  return months;
}

/** A KPI the user may read, with its set and the round's dates and months (the KPI page's frame). */
export async function kpiWithRound(db: Db, user: AuthUser, kpiId: number) {
  const kpi = await findKpi(db, kpiId);
  if (!kpi) throw notFound(`ตัวชี้วัดรหัส ${kpiId}`, 'kpi');
  const set = await kpiSetInScope(db, user, kpi.kpi_set_id);
  const round = (await roundsOfYear(db, set.fiscal_year)).find((r) => r.number === set.round);
  if (!round) throw notFound('รอบการประเมิน', 'kpi');
  return {
    kpi: presentKpi(kpi),
    set: {
      id: set.id,
      fiscalYear: set.fiscal_year,
      round: set.round,
      nameTh: set.name_th,
      ownerPath: set.owner_path,
    },
    round: { start: round.start, end: round.end, labelTh: round.labelTh },
    months: monthsOfRange(round.start, round.end),
  };
}

/**
 * Each KPI × unit's value per month (null for a month without one), aligned to `months`: one read for all the KPIs
 * and units, none per unit or KPI. Keyed by `${kpiId}:${unitId}`.
 */
export async function monthlyValues(
  db: Db,
  kpiIds: number[],
  unitIds: number[],
  months: readonly IsoMonth[],
): Promise<Map<string, (string | null)[]>> {
  const series = new Map<string, (string | null)[]>();
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return series;
  const rows = await monthsFor(db, kpiIds, unitIds, `${first}-01`, `${last}-01`);
  const index = new Map(months.map((m, i) => [m, i]));
  for (const row of rows) {
    const key = `${row.kpi_id}:${row.unit_id}`;
    const values = series.get(key) ?? months.map(() => null);
    const at = index.get(row.month.slice(0, 7));
    if (at !== undefined) values[at] = row.value;
    series.set(key, values);
  }
  return series;
}

export const monthLabelTh = (month: IsoMonth) => monthLabel(month);

/**
 * The demo's current results and their months (first start only), in two batched inserts; the agreements that use
 * those KPIs for those units are re-scored in the same transaction, as after any result.
 */
export async function saveDemoHistory(...[db, results, months]: Parameters<typeof insertResultHistory>) {
  await insertResultHistory(db, results, months);
  if (results.length === 0) return;
  await scoresStale(db, {
    kpiIds: [...new Set(results.map((r) => r.kpi_id))],
    unitIds: [...new Set(results.map((r) => r.unit_id))],
  });
}

/** The months of a KPI set's round, for a dashboard that has already checked its unit. */
export async function monthsOfSetRound(db: Db, kpiSetId: number): Promise<IsoMonth[]> {
  const set = await findKpiSet(db, kpiSetId);
  if (!set) return [];
  const round = (await roundsOfYear(db, set.fiscal_year)).find((r) => r.number === set.round);
  return round ? monthsOfRange(round.start, round.end) : [];
}
