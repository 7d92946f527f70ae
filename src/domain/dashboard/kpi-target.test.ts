import { describe, expect, it } from 'vitest';
import { type ConcreteCriteria, criteriaSchema } from '../scoring/criteria.ts';
import { Dec } from '../scoring/decimal.ts';
import { forecastRound } from './forecast.ts';
import {
  forecastAgainstTarget,
  forecastOfMonths,
  kpiTarget,
  percentOfTarget,
  resolveCriteria,
} from './kpi-target.ts';

const parse = (criteria: unknown) => criteriaSchema.parse(criteria) as ConcreteCriteria;

// 000 L242: ร้อยละของการใช้จ่ายเงินงบประมาณ ระดับ ๑ ไม่น้อยกว่าร้อยละ ๘๐ … ระดับ ๕ ไม่น้อยกว่าร้อยละ ๑๐๐
const budgetSpent = parse({
  type: 'threshold',
  direction: 'higher',
  inclusive: true,
  thresholds: ['80', '85', '90', '95', '100'],
});
// 001-I4: remaining poor households ≤14 … ≤10 % (lower is better)
const remainingPoor = parse({
  type: 'threshold',
  direction: 'lower',
  inclusive: true,
  thresholds: ['14', '13', '12', '11', '10'],
});

describe('the target of a KPI is its level 5 (000 L74 = 000 L242 level 5)', () => {
  it('takes level 5 of thresholds with their comparison', () => {
    const target = kpiTarget(budgetSpent);
    expect(target.kind).toBe('value');
    if (target.kind !== 'value') return;
    expect(target.bound.value.toString()).toBe('100');
    expect(target.bound.comparison).toBe('gte');
    expect(target.textTh).toContain('ไม่น้อยกว่า 100');
    const lower = kpiTarget(remainingPoor);
    expect(lower.kind === 'value' && lower.bound.comparison).toBe('lte');
  });

  it('takes the level-5 band end, and the unit tier amount of tiers (000 L251)', () => {
    // 001-I3: 60–69 … 100 % (bands)
    const bands = parse({
      type: 'bands',
      direction: 'higher',
      bands: [
        { min: 60, max: 69 },
        { min: 70, max: 79 },
        { min: 80, max: 89 },
        { min: 90, max: 99 },
        { min: 100, max: null },
      ],
    });
    const fromBands = kpiTarget(bands);
    expect(fromBands.kind === 'value' && fromBands.bound.value.toString()).toBe('100');
    const tiers = parse({
      type: 'tiers',
      direction: 'higher',
      tiers: [
        { id: 'min', label: 'ค่าเป้าหมายขั้นต่ำ' },
        { id: 'std', label: 'ค่าเป้าหมายขั้นมาตรฐาน' },
        { id: 'high', label: 'ค่าเป้าหมายขั้นสูง' },
      ],
      bands: [
        { min: null, max: 'min', maxInclusive: false },
        { min: 'min', max: 'std', maxInclusive: false },
        { min: 'std', max: 'std' },
        { min: 'std', max: 'high', minInclusive: false, maxInclusive: false },
        { min: 'high', max: null },
      ],
    });
    expect(kpiTarget(tiers).kind).toBe('none');
    const withAmounts = kpiTarget(tiers, { min: '100000', std: '150000', high: '200000' });
    expect(withAmounts.kind === 'value' && withAmounts.bound.value.toString()).toBe('200000');
  });

  it('gives milestones and composites no target, and says why', () => {
    const steps = parse({
      type: 'milestones',
      levels: [1, 2, 3, 4, 5].map((n) => [{ id: `s${n}`, label: `ขั้นที่ ${n}` }]),
    });
    const target = kpiTarget(steps);
    expect(target.kind).toBe('none');
    expect(target.kind === 'none' && target.reasonTh).toContain('ขั้นตอน');
    expect(percentOfTarget(new Dec(3), target).kind).toBe('none');
  });

  it('resolves a project-defined KPI to the unit criteria', () => {
    const projectDefined = criteriaSchema.parse({ type: 'project-defined' });
    expect(resolveCriteria(projectDefined, null)).toBeNull();
    expect(resolveCriteria(projectDefined, budgetSpent)).toBe(budgetSpent);
    expect(resolveCriteria(budgetSpent, null)).toBe(budgetSpent);
  });
});

describe('% of target and its traffic light (004 L71–75)', () => {
  const light = (value: string, criteria = budgetSpent) => {
    const p = percentOfTarget(new Dec(value), kpiTarget(criteria));
    return p.kind === 'percent' ? [p.percent.toFixed(2), p.light] : [p.kind];
  };
  it('divides the result by the target when higher is better', () => {
    expect(light('49.99')).toEqual(['49.99', 'red']);
    expect(light('50')).toEqual(['50.00', 'yellow']);
    expect(light('80')).toEqual(['80.00', 'yellow']);
    expect(light('80.01')).toEqual(['80.01', 'green']);
    expect(light('104.5')).toEqual(['104.50', 'green']);
  });
  it('turns the ratio round when lower is better: twice the allowed level is 50 %', () => {
    expect(light('20', remainingPoor)).toEqual(['50.00', 'yellow']);
    expect(light('12.5', remainingPoor)).toEqual(['80.00', 'yellow']);
    expect(light('21', remainingPoor)).toEqual(['47.62', 'red']);
    expect(light('9', remainingPoor)).toEqual(['111.11', 'green']);
  });
  it('has no % without a result or with a zero denominator', () => {
    expect(percentOfTarget(null, kpiTarget(budgetSpent)).kind).toBe('none');
    expect(percentOfTarget(new Dec(0), kpiTarget(remainingPoor)).kind).toBe('none');
  });
});

describe('forecast against the target', () => {
  const months = ['20', '35', '52', '66'].map((v) => new Dec(v));
  it('is forecastRound on the level-5 bound', () => {
    const target = kpiTarget(budgetSpent);
    if (target.kind !== 'value') throw new Error('threshold KPI has a target');
    expect(forecastAgainstTarget(months, 6, target, null)).toEqual(
      forecastRound({ months, roundMonths: 6, target: target.bound, next: null }),
    );
  });
  it('has no forecast without a single-number target', () => {
    const none = forecastAgainstTarget(months, 6, { kind: 'none', reasonTh: 'ไม่มี' }, null);
    expect(none).toEqual({ kind: 'none', months: 4, reasonTh: 'ไม่มี' });
  });
});

describe('forecast from the months of a round', () => {
  const target = kpiTarget(budgetSpent);
  const d = (v: string) => new Dec(v);
  it('fits the months from the first one with a value, to the round end', () => {
    const fromMonth3 = forecastOfMonths([null, null, d('40'), d('55'), d('71'), null], target, null);
    if (target.kind !== 'value') throw new Error('threshold KPI has a target');
    expect(fromMonth3).toEqual(
      forecastRound({
        months: [d('40'), d('55'), d('71')],
        roundMonths: 4,
        target: target.bound,
        next: null,
      }),
    );
    // slope (71 − 40) ÷ 2 = 15.5, mean 55.33 at month 2: 55.33 + 15.5 × 2 = 86.33 at month 4
    expect(fromMonth3.kind === 'linear' && fromMonth3.line.value.toFixed(2)).toBe('86.33');
  });
  it('refuses a hole between months, and says how many are missing', () => {
    const holed = forecastOfMonths([d('10'), null, d('30'), null, null, null], target, null);
    expect(holed.kind).toBe('none');
    expect(holed.kind === 'none' && holed.reasonTh).toContain('ขาดผลของ 1 เดือน');
    expect(forecastOfMonths([null, null, null], target, null).kind).toBe('none');
  });
});
