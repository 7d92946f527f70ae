import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { fiscalYearRange } from '../../domain/calendar/fiscal-year.ts';
import { monthEnds, spendingByMonth } from '../../domain/dashboard/budget-curve.ts';
import type { AllocationLine } from '../../domain/registers/budget.ts';
import {
  type MonthFigureRow,
  monthFiguresByArea,
  monthlyEventsOfUnits,
  replaceMonthFigures,
  unitsWithLines,
  unitsWithoutFigures,
} from './curve-queries.ts';
import { allocationLines } from './measure.ts';
import { cutoffOf } from './queries.ts';

const money = (d: { toFixed(n: number): string }) => d.toFixed(2);

/**
 * Recomputes these units' month figures of a year from their own lines: one grouped read of the events, the
 * register's formula (budgetSpending) at each month end per unit, two statements to store them. Called in the
 * transaction of every budget write (event added or removed, import, return cut-off).
 */
export async function refreshMonthFigures(db: Db, unitIds: number[], fiscalYear: number) {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return;
  const cutoff = await cutoffOf(db, fiscalYear);
  if (!cutoff) return replaceMonthFigures(db, ids, fiscalYear, []);
  const events = await monthlyEventsOfUnits(db, ids, fiscalYear, cutoff.return_cutoff);
  const unitOfLine = new Map(events.map((e) => [String(e.line_id), e.unit_id]));
  const linesOf = new Map<number, AllocationLine[]>(ids.map((id) => [id, []]));
  for (const line of allocationLines(events.map((e, index) => ({ ...e, id: index, note: null }))))
    linesOf.get(unitOfLine.get(line.id) ?? 0)?.push(line);
  const months = monthEnds(fiscalYear, fiscalYearRange(fiscalYear).end);
  const rows: MonthFigureRow[] = ids.flatMap((unitId) =>
    spendingByMonth(linesOf.get(unitId) ?? [], cutoff.return_cutoff, months).map((p) => ({
      unit_id: unitId,
      month: p.month,
      allocated: p.figures ? money(p.figures.allocated) : '0',
      deducted_returns: p.figures ? money(p.figures.deductedReturns) : '0',
      base: p.figures ? money(p.figures.base) : '0',
      disbursed: p.figures ? money(p.figures.disbursed) : '0',
      committed: p.figures ? money(p.figures.committed) : '0',
      spent: p.figures ? money(p.figures.spent) : '0',
      reason: p.reason,
    })),
  );
  await replaceMonthFigures(db, ids, fiscalYear, rows);
}

/** A new return cut-off moves every unit's figures of the year. */
export async function refreshYearFigures(db: Db, fiscalYear: number) {
  await refreshMonthFigures(db, await unitsWithLines(db, fiscalYear), fiscalYear);
}

/**
 * The month figures under a unit summed per area (`segment` of the path), with the year's return cut-off; null
 * without a cut-off (the register computes no spending % either). Units with lines and no figures yet are computed
 * first, once.
 */
export async function monthFiguresUnder(db: Db, path: string, fiscalYear: number, segment: number) {
  const cutoff = await cutoffOf(db, fiscalYear);
  if (!cutoff) return null;
  const missing = await unitsWithoutFigures(db, path, fiscalYear);
  if (missing.length > 0) await inTransaction(db, (trx) => refreshMonthFigures(trx, missing, fiscalYear));
  return {
    returnCutoff: cutoff.return_cutoff,
    rows: await monthFiguresByArea(db, path, fiscalYear, segment),
  };
}
