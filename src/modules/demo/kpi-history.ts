import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import { lastDayOfMonth, parseIsoMonth } from '../../domain/calendar/iso-date.ts';
import { criteriaSchema } from '../../domain/scoring/criteria.ts';
import { Dec } from '../../domain/scoring/decimal.ts';
import { bangkokDateOf } from '../../domain/timeliness/bangkok-date.ts';
import { KPI_SET_DIR, readKpiSetFile } from '../agreements/kpi-set-files.ts';
import { monthsOfRange, saveDemoHistory } from '../kpis/history.ts';
import { kpisOfKpiSet, roundsOfYear } from '../kpis/service.ts';
import { unitsByCodes } from '../org-units/service.ts';
import { hashOf } from './reports.ts';

const DEMO_NOTE = 'ข้อมูลสาธิต: ผลรายเดือนจำลองเพื่อทดลองใช้งาน';

/** The KPIs the demo registers feed (data/demo/registers.json): the register worker writes their results. */
function registerBound(): Set<string> {
  const file = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../../data/demo/registers.json'), 'utf8'),
  ) as { bindings: { kpiSet: string; kpi: string }[] };
  return new Set(file.bindings.map((b) => `${b.kpiSet}:${b.kpi}`));
}

/** Five reference values of a single-value KPI, level 1 to level 5 (null where a level has no bound). */
function levelValues(criteria: unknown): (string | null)[] | null {
  const parsed = criteriaSchema.safeParse(criteria);
  if (!parsed.success) return null;
  const c = parsed.data;
  if (c.type === 'threshold') return [...c.thresholds];
  if (c.type === 'bands') return c.bands.map((b) => (c.direction === 'higher' ? b.min : b.max));
  return null;
}

/**
 * A district's story for one KPI: where it ends (anywhere from a level below 1 to half a step above level 5, chosen
 * by the unit and KPI's hash) and a line towards it from a worse start, with a little month-to-month noise. The last
 * month is the end value exactly, so the current result equals it.
 */
export function demoSeries(
  levels: (string | null)[],
  months: number,
  seed: string,
  percent: boolean,
): string[] {
  const known = levels.filter((v): v is string => v !== null).map((v) => new Dec(v));
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined || months === 0) return [];
  const step = known.length > 1 ? last.minus(first).div(known.length - 1) : new Dec(1);
  const low = first.minus(step);
  const high = last.plus(step.div(2));
  const at = new Dec(hashOf(seed) % 1000).div(1000);
  const clamp = (v: Dec) => {
    const floor = Dec.max(v, 0);
    return percent ? Dec.min(floor, 100) : floor;
  };
  const end = clamp(low.plus(high.minus(low).times(at)));
  // Higher is better when level 5 is above level 1: the start is worse, below the end; otherwise above it.
  const higher = last.gte(first);
  const start = clamp(higher ? end.times('0.45') : end.times('1.6').plus(step.abs()));
  return Array.from({ length: months }, (_, i) => {
    if (i === months - 1) return end.toFixed(2);
    const trend = start.plus(
      end
        .minus(start)
        .times(i + 1)
        .div(months),
    );
    const noise = new Dec((hashOf(`${seed}:${i}`) % 100) - 50)
      .div(100)
      .times(end.minus(start).abs())
      .times('0.15');
    return clamp(trend.plus(noise)).toFixed(2);
  });
}

/**
 * The demo agreements' single-value KPIs get a result per month of their round up to `now` (the first start), the
 * current result being the last month's: two batched inserts for all of them, marked as demo (the months' source,
 * the results' note). KPIs of steps or several measures, and those the demo registers feed, are left to their owners.
 */
export async function loadDemoKpiHistory(trx: Db, kpiSetIds: Map<string, number>, now: Date) {
  const today = bangkokDateOf(now);
  const bound = registerBound();
  const files = [...kpiSetIds.keys()].map((file) => ({
    file,
    set: readKpiSetFile(path.join(KPI_SET_DIR, file)),
  }));
  const units = new Map(
    (
      await unitsByCodes(trx, [...new Set(files.flatMap((f) => f.set.agreements.flatMap((a) => a.agents)))])
    ).map((u) => [u.code, u.id]),
  );
  const results: Parameters<typeof saveDemoHistory>[1] = [];
  const months: Parameters<typeof saveDemoHistory>[2] = [];
  for (const { file, set } of files) {
    const kpis = await kpisOfKpiSet(trx, kpiSetIds.get(file) ?? 0);
    const round = (await roundsOfYear(trx, set.fiscalYear)).find((r) => r.number === set.round);
    if (!round || round.start > today) continue;
    const roundMonths = monthsOfRange(round.start, round.end < today ? round.end : today);
    for (const a of set.agreements)
      for (const agent of a.agents)
        for (const item of a.items) {
          const kpi = kpis.find((k) => k.key === item.kpi);
          const levels = kpi && !bound.has(`${file}:${item.kpi}`) ? levelValues(kpi.criteria) : null;
          const unitId = units.get(agent);
          if (!kpi || !levels || unitId === undefined) continue;
          const series = demoSeries(
            levels,
            roundMonths.length,
            `${file}:${agent}:${kpi.key}`,
            kpi.unit_of_measure === 'ร้อยละ',
          );
          const dates = roundMonths.map((m) => {
            const end = lastDayOfMonth(parseIsoMonth(m));
            return end < today ? end : today;
          });
          months.push(
            ...series.map((value, i) => ({
              kpi_id: kpi.id,
              unit_id: unitId,
              month: `${roundMonths[i]}-01`,
              value,
              as_of: dates[i] ?? today,
            })),
          );
          const value = series[series.length - 1];
          const asOf = dates[dates.length - 1];
          if (value !== undefined && asOf !== undefined)
            results.push({ kpi_id: kpi.id, unit_id: unitId, value, as_of: asOf, note: DEMO_NOTE });
        }
  }
  await saveDemoHistory(trx, results, months);
  return results.length;
}
