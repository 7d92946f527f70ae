import type { Db } from '../../../db/database.ts';
import type { AllocationLine } from '../../../domain/registers/budget.ts';
import { monthlyEventsUnder } from './curve-queries.ts';
import { allocationLines } from './measure.ts';
import { cutoffOf } from './queries.ts';

/**
 * The allocation lines under a unit for the budget curve, their events summed per month (curve-queries.ts), by
 * province code, with the year's return cut-off; null when the department has not set the cut-off, without which the
 * register computes no spending % either.
 */
export async function curveLines(db: Db, path: string, fiscalYear: number) {
  const cutoff = await cutoffOf(db, fiscalYear);
  if (!cutoff) return null;
  const rows = await monthlyEventsUnder(db, path, fiscalYear, cutoff.return_cutoff);
  const byProvince = new Map<string, AllocationLine[]>();
  const provinces = new Map<number, string>(rows.map((r) => [r.line_id, r.province]));
  for (const line of allocationLines(rows.map((r, index) => ({ ...r, id: index, note: null })))) {
    const province = provinces.get(Number(line.id)) ?? '';
    const list = byProvince.get(province) ?? [];
    list.push(line);
    byProvince.set(province, list);
  }
  return { returnCutoff: cutoff.return_cutoff, byProvince };
}
