import { percentExact } from '../numbers/percent.ts';
import { type Bound, type Comparison, describeBoundThai } from '../scoring/bound.ts';
import type { ConcreteCriteria, Criteria } from '../scoring/criteria.ts';
import { Dec, type DecimalString } from '../scoring/decimal.ts';
import type { NextLevel } from '../scoring/next-level.ts';
import { type Forecast, type ForecastStatus, forecastRound, forecastStatus } from './forecast.ts';
import { type TrafficLight, trafficLight } from './traffic-light.ts';

/**
 * A KPI's target (ค่าเป้าหมาย) is what its level 5 asks for. The department's monitoring issues state each KPI's
 * target in the same words as the card's level 5:
 * 000 L74: "๑) ร้อยละของการใช้จ่ายเงินงบประมาณ ไม่น้อยกว่าร้อยละ ๑๐๐"
 * 000 L242: "ตัวชี้วัดที่ ๑ ร้อยละของการใช้จ่ายเงินงบประมาณ … ระดับ ๕ ไม่น้อยกว่าร้อยละ ๑๐๐"
 * 000 L83: "๒) รายได้จากกิจการจำหน่ายผลิตภัณฑ์ชุมชน OTOP เท่ากับค่าเป้าหมายขั้นสูง" (the card's level 5, 000 L251)
 * Milestones (levels are steps) and composites (several measures at once) have no single number to be a % of,
 * so they get no % of target and no traffic light; the reason is said on screen.
 */
export type KpiTarget =
  | { readonly kind: 'value'; readonly bound: Bound; readonly textTh: string }
  | { readonly kind: 'none'; readonly reasonTh: string };

const NO_STEPS_TARGET =
  'ตัวชี้วัดนี้วัดเป็นขั้นตอน (ผ่านขั้นตอนใดได้ระดับนั้น) ไม่มีค่าเป้าหมายเป็นตัวเลขเดียว จึงไม่คิดร้อยละของเป้าหมายและไม่แสดงไฟสัญญาณ';
const NO_COMPOSITE_TARGET =
  'ตัวชี้วัดนี้วัดหลายเงื่อนไขพร้อมกัน ไม่มีค่าเป้าหมายเป็นตัวเลขเดียว จึงไม่คิดร้อยละของเป้าหมายและไม่แสดงไฟสัญญาณ';

function comparisonOf(direction: 'higher' | 'lower', inclusive: boolean): Comparison {
  if (direction === 'higher') return inclusive ? 'gte' : 'gt';
  return inclusive ? 'lte' : 'lt';
}

function valueTarget(bound: Bound): KpiTarget {
  return { kind: 'value', bound, textTh: `ค่าเป้าหมาย (ระดับ 5): ${describeBoundThai(bound)}` };
}

/** A project-defined KPI takes the unit's own criteria from its agreement row (001 L509). */
export function resolveCriteria(
  kpi: Criteria,
  unitCriteria: ConcreteCriteria | null,
): ConcreteCriteria | null {
  if (kpi.type !== 'project-defined') return kpi;
  return unitCriteria ?? kpi.unitCriteria ?? null;
}

/** The level-5 bound of concrete criteria; tier amounts come from the unit's agreement row. */
export function kpiTarget(
  criteria: ConcreteCriteria | null,
  tierAmounts: Readonly<Record<string, string>> = {},
): KpiTarget {
  if (criteria === null)
    return { kind: 'none', reasonTh: 'ยังไม่ได้กำหนดเกณฑ์ของหน่วยงานนี้ในคำรับรอง จึงยังไม่มีค่าเป้าหมาย' };
  switch (criteria.type) {
    case 'threshold': {
      const level5 = criteria.thresholds[4];
      return valueTarget({
        value: new Dec(level5),
        comparison: comparisonOf(criteria.direction, criteria.inclusive),
      });
    }
    case 'bands': {
      const band = criteria.bands[4];
      const end = criteria.direction === 'higher' ? band.min : band.max;
      const inclusive = criteria.direction === 'higher' ? band.minInclusive : band.maxInclusive;
      if (end === null) return { kind: 'none', reasonTh: 'ระดับ 5 ของเกณฑ์ไม่มีค่าขอบเขต จึงไม่มีค่าเป้าหมายเป็นตัวเลข' };
      return valueTarget({ value: new Dec(end), comparison: comparisonOf(criteria.direction, inclusive) });
    }
    case 'tiers': {
      const band = criteria.bands[4];
      const tierId = criteria.direction === 'higher' ? band.min : band.max;
      const inclusive = criteria.direction === 'higher' ? band.minInclusive : band.maxInclusive;
      const tier = criteria.tiers.find((t) => t.id === tierId);
      const amount = tierId === null ? undefined : tierAmounts[tierId];
      if (tier === undefined || amount === undefined)
        return {
          kind: 'none',
          reasonTh: `คำรับรองของหน่วยงานนี้ยังไม่ได้กำหนด${tier?.label ?? 'ค่าเป้าหมาย'} จึงยังไม่มีค่าเป้าหมายเป็นตัวเลข`,
        };
      return valueTarget({
        value: new Dec(amount),
        comparison: comparisonOf(criteria.direction, inclusive),
        label: tier.label,
      });
    }
    case 'milestones':
      return { kind: 'none', reasonTh: NO_STEPS_TARGET };
    case 'composite':
      return { kind: 'none', reasonTh: NO_COMPOSITE_TARGET };
  }
}

export type PercentOfTarget =
  | { readonly kind: 'percent'; readonly percent: Dec; readonly light: TrafficLight }
  | { readonly kind: 'none'; readonly reasonTh: string };

/**
 * Result as a % of the target, as seed 004 computes achievement (result ÷ target × 100, its extract §1), and its
 * traffic light (src/domain/dashboard/traffic-light.ts, 004 L71–75). When lower is better (remaining poor
 * households, overdue debt) the ratio is turned round, target ÷ result × 100, so that 100 still means the target
 * is met and a result twice the allowed level is 50 %.
 */
export function percentOfTarget(value: Dec | null, target: KpiTarget): PercentOfTarget {
  if (target.kind === 'none') return target;
  if (value === null) return { kind: 'none', reasonTh: 'ยังไม่มีผลการดำเนินงาน' };
  const lowerIsBetter = target.bound.comparison === 'lte' || target.bound.comparison === 'lt';
  const [numerator, denominator] = lowerIsBetter ? [target.bound.value, value] : [value, target.bound.value];
  const percent = denominator.gt(0) ? percentExact(numerator, denominator) : null;
  if (percent === null)
    return {
      kind: 'none',
      reasonTh: lowerIsBetter
        ? 'ผลเป็นศูนย์ซึ่งดีกว่าค่าเป้าหมาย (ยิ่งต่ำยิ่งดี) คิดเป็นร้อยละของเป้าหมายไม่ได้'
        : 'ค่าเป้าหมายเป็นศูนย์ คิดเป็นร้อยละของเป้าหมายไม่ได้',
    };
  return { kind: 'percent', percent, light: trafficLight(percent) };
}

/** The end-of-round forecast of a KPI against its target: none without a single-number target. */
export function forecastAgainstTarget(
  months: readonly Dec[],
  roundMonths: number,
  target: KpiTarget,
  next: NextLevel | null,
): Forecast {
  if (target.kind === 'none') return { kind: 'none', months: months.length, reasonTh: target.reasonTh };
  return forecastRound({ months, roundMonths, target: target.bound, next });
}

/**
 * The run of months a forecast is fitted on: from the first month with a value to the last, which must follow each
 * other (a line through months with a hole between them would place them at the wrong month), and how many months
 * the round's end is from the run's first. The months may start after the round's first month (results entered
 * from then on): the line is then fitted on the months from that one, and the round's end is as many months further.
 */
function runOfMonths<T>(
  values: readonly (T | null)[],
): { kind: 'run'; present: T[]; roundMonths: number } | { kind: 'gap'; present: number; missing: number } {
  const first = values.findIndex((v) => v !== null);
  if (first === -1) return { kind: 'run', present: [], roundMonths: values.length };
  const last = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  const run = values.slice(first, last + 1);
  const present = run.filter((v): v is T => v !== null);
  if (present.length < run.length)
    return { kind: 'gap', present: present.length, missing: run.length - present.length };
  return { kind: 'run', present, roundMonths: values.length - first };
}

/** The forecast from a round's months (one value or null per month of the round, month 1 first): see runOfMonths. */
export function forecastOfMonths(
  values: readonly (Dec | null)[],
  target: KpiTarget,
  next: NextLevel | null,
): Forecast {
  const run = runOfMonths(values);
  if (run.kind === 'gap')
    return {
      kind: 'none',
      months: run.present,
      reasonTh: `ขาดผลของ ${run.missing} เดือนระหว่างเดือนที่มีผล จึงคาดการณ์ด้วยเส้นตรงไม่ได้ ให้บันทึกผลของเดือนที่ขาด`,
    };
  return forecastAgainstTarget(run.present, run.roundMonths, target, next);
}

/**
 * forecastOfMonths's status alone (null where it gives no forecast), without drawing the line, from the months'
 * decimal text as the database gives it: what each cell of the districts dashboard shows, the KPI page's status.
 */
export function forecastStatusOfMonths(
  values: readonly (DecimalString | null)[],
  target: KpiTarget,
): ForecastStatus | null {
  const run = runOfMonths(values);
  if (run.kind === 'gap' || target.kind === 'none' || run.present.length < 2) return null;
  return forecastStatus(run.present, run.roundMonths, target.bound);
}
