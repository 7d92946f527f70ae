import { formatThaiDate } from '../calendar/date-format.ts';
import { TRAFFIC_LIGHT_THAI, type TrafficLight, trafficLight } from '../dashboard/traffic-light.ts';
import { percentExact } from '../numbers/percent.ts';
import { formatDecimal } from '../registers/format.ts';
import { Dec, parseDecimal } from '../scoring/decimal.ts';
import {
  CHECK_THAI,
  type Check,
  type Expression,
  type Figures,
  type Importance,
  type ValidationRule,
} from './rules.ts';

export interface Violation {
  readonly ruleId: string;
  readonly check: Check;
  readonly importance: Importance;
  /** The rule's message with its placeholders filled: names the figure, its row and both values. */
  readonly messageTh: string;
  /** Both sides as the report would print them; null for a side that is blank. */
  readonly left: string | null;
  readonly right: string | null;
  /** The seed/report lines of the figures involved. */
  readonly lines: readonly number[];
}

/** A side of a rule: its value (null when a figure it needs is blank), the text to print, what it names. */
interface Side {
  readonly value: Dec | null;
  readonly label: string;
  readonly row: string;
  readonly figures: readonly string[];
}

function figureNumber(figures: Figures, id: string): Dec | null {
  const figure = figures[id];
  if (figure === undefined) throw new RangeError(`data-quality rule names an unknown figure: ${id}`);
  if (figure.value === null) return null;
  // "-" is the seeds' zero: 003 L728 "บางคล้า	๓	-	-"
  if (figure.value.trim() === '-') return new Dec(0);
  const value = parseDecimal(figure.value.replaceAll(',', ''));
  if (value === null) throw new RangeError(`figure ${id} is not a number: ${figure.value}`);
  return value;
}

function describe(figures: Figures, id: string): { label: string; row: string } {
  const figure = figures[id];
  return { label: figure?.label ?? id, row: figure?.row ?? '' };
}

function side(figures: Figures, expression: Expression): Side {
  if ('constant' in expression) {
    return { value: new Dec(expression.constant), label: expression.constant, row: '', figures: [] };
  }
  if ('figure' in expression) {
    const { label, row } = describe(figures, expression.figure);
    return { value: figureNumber(figures, expression.figure), label, row, figures: [expression.figure] };
  }
  const ids = 'sum' in expression ? expression.sum : expression.minus;
  const values = ids.map((id) => figureNumber(figures, id));
  const first = describe(figures, ids[0] ?? '');
  if ('sum' in expression) {
    // A blank cell among the parts adds nothing: 004 L64 prints no 4th quarter for item 2.
    const total = values.reduce<Dec>((sum, value) => (value === null ? sum : sum.plus(value)), new Dec(0));
    return { value: total, label: `ผลรวม${first.label} ${ids.length} แถว`, row: '', figures: ids };
  }
  const blank = ids.filter((_, index) => values[index] === null).map((id) => describe(figures, id).label);
  if (blank.length > 0) return { value: null, label: blank.join(' และ '), row: first.row, figures: ids };
  const [minuend = new Dec(0), subtrahend = new Dec(0)] = values as Dec[];
  const second = describe(figures, ids[1] ?? '');
  return {
    value: minuend.minus(subtrahend),
    label: `${first.label} − ${second.label}`,
    row: first.row,
    figures: ids,
  };
}

/** Grouped by thousands at the value's own precision: "149,881", "100.41". */
function print(value: Dec | null): string | null {
  return value === null ? null : formatDecimal(value, value.decimalPlaces());
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The number of decimals a typed figure was printed with: "100" → 0, "100.2" → 1, "51.16" → 2. */
function printedPlaces(text: string): number {
  const fraction = text.split('.')[1];
  return fraction === undefined ? 0 : fraction.length;
}

function lines(figures: Figures, ids: readonly string[]): number[] {
  return [
    ...new Set(ids.map((id) => figures[id]?.line).filter((line): line is number => line !== undefined)),
  ];
}

function violation(
  rule: ValidationRule,
  figures: Figures,
  left: Side,
  right: Side,
  leftText: string | null,
  rightText: string | null,
): Violation {
  const difference =
    left.value !== null && right.value !== null
      ? (print(left.value.minus(right.value).abs()) ?? '')
      : 'ไม่ทราบ';
  const blank = [
    { side: left, text: leftText },
    { side: right, text: rightText },
  ]
    .filter((entry) => entry.text === null)
    .map(({ side: s }) => `${s.label}${s.row === '' ? '' : ` ในตาราง ${s.row}`} ว่างอยู่`);
  const messageTh =
    blank.length > 0
      ? `${blank.join(' และ ')}: ตรวจไม่ได้ว่า${CHECK_THAI[rule.check]}`
      : fill(rule.message, {
          left: leftText ?? '',
          right: rightText ?? '',
          leftLabel: left.label,
          rightLabel: right.label,
          row: left.row || right.row,
          difference,
        });
  return {
    ruleId: rule.id,
    check: rule.check,
    importance: rule.importance,
    messageTh,
    left: leftText,
    right: rightText,
    lines: lines(figures, [...left.figures, ...right.figures]),
  };
}

function holds(left: Dec, operator: 'eq' | 'lte' | 'gte', right: Dec, tolerance: Dec): boolean {
  switch (operator) {
    case 'eq':
      return left.minus(right).abs().lte(tolerance);
    case 'lte':
      return left.lte(right.plus(tolerance));
    case 'gte':
      return left.plus(tolerance).gte(right);
  }
}

function percentOf(part: Side, whole: Side): Dec | null {
  if (part.value === null || whole.value === null) return null;
  return percentExact(part.value, whole.value);
}

const COLOURS: Readonly<Record<string, TrafficLight>> = {
  แดง: 'red',
  เหลือง: 'yellow',
  เขียว: 'green',
  red: 'red',
  yellow: 'yellow',
  green: 'green',
};

function evaluateRule(rule: ValidationRule, figures: Figures): Violation | null {
  switch (rule.kind) {
    case 'compare': {
      const left = side(figures, rule.left);
      const right = side(figures, rule.right);
      if (left.value === null || right.value === null) {
        return violation(rule, figures, left, right, print(left.value), print(right.value));
      }
      const tolerance = new Dec(rule.tolerance ?? '0');
      return holds(left.value, rule.operator, right.value, tolerance)
        ? null
        : violation(rule, figures, left, right, print(left.value), print(right.value));
    }
    case 'printed-percent': {
      const text = figures[rule.printed]?.value ?? null;
      // Nothing typed, nothing to check: 004 L105 prints "(ผล 2,199 คน)" without a %.
      if (text === null) return null;
      const typed = side(figures, { figure: rule.printed });
      const part = side(figures, rule.part);
      const whole = side(figures, rule.whole);
      const used = [...part.figures, ...whole.figures];
      const blank = [part, whole].filter((s) => s.value === null);
      if (blank.length > 0) {
        const missing: Side = {
          value: null,
          label: blank.map((s) => s.label).join(' และ '),
          row: typed.row,
          figures: used,
        };
        return violation(rule, figures, typed, missing, text, null);
      }
      const computed = percentOf(part, whole);
      if (computed === null) return null;
      const places = printedPlaces(text.trim());
      const rounded = computed.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
      // "-" is the seeds' 0 %: 003 L727 "บางคล้า	๓	-	-"
      const matches = text.trim() === '-' ? rounded.isZero() : typed.value?.eq(rounded) === true;
      const computedSide: Side = { value: rounded, label: 'ร้อยละที่คำนวณใหม่', row: typed.row, figures: used };
      return matches ? null : violation(rule, figures, typed, computedSide, text, rounded.toFixed(places));
    }
    case 'typed-colour': {
      const typed = figures[rule.colour];
      const percent = percentOf(side(figures, rule.part), side(figures, rule.whole));
      if (typed === undefined)
        throw new RangeError(`data-quality rule names an unknown figure: ${rule.colour}`);
      const typedLight = typed.value === null ? undefined : COLOURS[typed.value.trim()];
      if (percent === null || typedLight === undefined) return null;
      const computed = trafficLight(percent);
      if (computed === typedLight) return null;
      const left: Side = { value: null, label: typed.label, row: typed.row ?? '', figures: [rule.colour] };
      const used = [...side(figures, rule.part).figures, ...side(figures, rule.whole).figures];
      const right: Side = { value: null, label: 'สีตามเกณฑ์', row: '', figures: used };
      const computedText = `${TRAFFIC_LIGHT_THAI[computed]} (ร้อยละ ${percent.toFixed(2, Dec.ROUND_HALF_UP)})`;
      return {
        ...violation(rule, figures, left, right, TRAFFIC_LIGHT_THAI[typedLight], computedText),
        messageTh: fill(rule.message, {
          left: TRAFFIC_LIGHT_THAI[typedLight],
          right: computedText,
          leftLabel: left.label,
          rightLabel: right.label,
          row: left.row,
          difference: '',
        }),
      };
    }
    case 'date-within': {
      const date = figures[rule.date];
      if (date === undefined) throw new RangeError(`data-quality rule names an unknown figure: ${rule.date}`);
      if (date.value !== null && date.value >= rule.from && date.value <= rule.to) return null;
      const left: Side = { value: null, label: date.label, row: date.row ?? '', figures: [rule.date] };
      const right: Side = { value: null, label: 'ช่วงที่รายงาน', row: '', figures: [] };
      const period = `${formatThaiDate(rule.from)} ถึง ${formatThaiDate(rule.to)}`;
      const typed = date.value === null ? 'ไม่ระบุ' : formatThaiDate(date.value);
      return {
        ...violation(rule, figures, left, right, typed, period),
        messageTh: fill(rule.message, {
          left: typed,
          right: period,
          leftLabel: left.label,
          rightLabel: right.label,
          row: left.row,
          difference: '',
        }),
      };
    }
  }
}

/** Runs a rule set over a report's figures; returns the violations in the order of the rules. */
export function evaluateRules(rules: readonly ValidationRule[], figures: Figures): Violation[] {
  return rules
    .map((rule) => evaluateRule(rule, figures))
    .filter((found): found is Violation => found !== null);
}
