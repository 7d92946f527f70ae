import { quarterTargets } from '../quarterly/quarter-targets.ts';
import type { QuarterlyKpi, QuarterlyReportFile } from '../quarterly/report-file.ts';
import { Dec } from '../scoring/decimal.ts';
import { evaluateRules, type Violation } from './evaluate.ts';
import type { Expression, Figure, ValidationRule } from './rules.ts';

/**
 * The validation rules a stored quarterly report declares over its own figures: what an editor sees before
 * publishing and on the data-quality page. They are the kinds seed 004 breaks (README.md): Σ quarters = annual
 * (flow) or last quarter = annual (stock), Σ regions = national, typed % = recomputed %, colour derived never
 * typed, the same figure equal wherever it is repeated, a threshold equal to the target it claims, and the
 * as-of date inside the period.
 */
export function quarterlyReportRules(file: QuarterlyReportFile): {
  figures: Record<string, Figure>;
  rules: ValidationRule[];
} {
  const figures: Record<string, Figure> = {};
  const rules: ValidationRule[] = [];
  const put = (id: string, value: string | null, label: string, row: string, line: number) => {
    figures[id] = { value, label, row, line: Math.max(1, line) };
  };
  put('report.asOf', file.asOf, 'วันที่ของข้อมูล', 'รายงาน', 1);
  // 004 L794: credit figures "ถึงมีนาคม 2562" in a July–September report
  rules.push({
    id: 'report.as-of',
    check: 'as-of-date',
    importance: 'medium',
    kind: 'date-within',
    date: 'report.asOf',
    from: file.period.from,
    to: file.period.to,
    message: '{leftLabel} {left} อยู่นอก{rightLabel} {right}',
  });
  for (const kpi of file.kpis) kpiRules(kpi, file, put, rules);
  return { figures, rules };
}

type Put = (id: string, value: string | null, label: string, row: string, line: number) => void;

function kpiRules(kpi: QuarterlyKpi, file: QuarterlyReportFile, put: Put, rules: ValidationRule[]) {
  const c = kpi.code;
  const row = `ตัวชี้วัด ${c}`;
  const id = (suffix: string) => `${c}.${suffix}`;
  put(id('target'), kpi.annualTarget, 'เป้าหมายทั้งปี', row, kpi.line);
  put(id('printedResult'), kpi.printed.annualResult, 'ผลทั้งปีที่พิมพ์', row, kpi.line);
  put(id('printedPercent'), kpi.printed.annualPercent, 'ร้อยละทั้งปีที่พิมพ์', row, kpi.line);
  // 2.3's annual % is of the achievable target: "ร้อยละ 65.38 ของเป้าหมายที่สามารถดำเนินการได้ 5,029" (004 L81)
  const achievable = kpi.measures?.find((m) => m.role === 'achievable' && m.target !== null);
  if (achievable !== undefined)
    put(id('achievable'), achievable.target, 'เป้าหมายที่สามารถดำเนินการได้', row, achievable.line);
  const denominator = achievable === undefined ? id('target') : id('achievable');
  const adjusted = quarterTargets(
    new Dec(kpi.annualTarget),
    kpi.quarters.map((q) => ({
      planned: q.planned === null ? null : new Dec(q.planned),
      result: q.result === null ? null : new Dec(q.result),
    })),
  );
  kpi.quarters.forEach((q, index) => {
    const n = index + 1;
    put(id(`q${n}.planned`), q.planned, `เป้าหมายไตรมาส ${n}`, row, kpi.line);
    put(id(`q${n}.result`), q.result, `ผลไตรมาส ${n}`, row, kpi.line);
    put(id(`q${n}.percent`), q.printed.percent, `ร้อยละไตรมาส ${n} ที่พิมพ์`, row, kpi.line);
    const target = kpi.accumulation === 'flow' ? (adjusted[index]?.adjusted ?? null) : null;
    put(id(`q${n}.measured`), target?.toFixed() ?? q.planned, `เป้าที่ใช้วัดผลไตรมาส ${n}`, row, kpi.line);
  });
  const reported = kpi.quarters.map((q, index) => ({ q, n: index + 1 })).filter(({ q }) => q.result !== null);
  const last = reported[reported.length - 1];
  const annual: Expression | null =
    last === undefined
      ? null
      : kpi.accumulation === 'flow'
        ? { sum: reported.map(({ n }) => id(`q${n}.result`)) }
        : { figure: id(`q${last.n}.result`) };
  if (kpi.accumulation === 'flow') {
    const planned = kpi.quarters.flatMap((q, index) =>
      q.planned === null ? [] : [id(`q${index + 1}.planned`)],
    );
    // 004 L110: quarterly plans 35 + 151 + 287 + 62 = 535 for an annual target of 534
    if (planned.length > 0)
      rules.push({
        id: id('plans'),
        check: 'sum-quarters',
        importance: 'high',
        kind: 'compare',
        left: { sum: planned },
        operator: 'eq',
        right: { figure: id('target') },
        message: '{row}: เป้าหมายรายไตรมาสรวมได้ {left} แต่{rightLabel}คือ {right} (ต่างกัน {difference})',
      });
  }
  if (annual !== null && kpi.printed.annualResult !== null) {
    // 004 L58: 1.3 prints an annual result of 3 while its quarters give 1 + 1 + 3 = 5
    rules.push({
      id: id('annual'),
      check: kpi.accumulation === 'flow' ? 'sum-quarters' : 'last-quarter',
      importance: 'high',
      kind: 'compare',
      left: annual,
      operator: 'eq',
      right: { figure: id('printedResult') },
      message:
        kpi.accumulation === 'flow'
          ? '{row}: ผลรายไตรมาสรวมได้ {left} แต่{rightLabel} {right} (ต่างกัน {difference})'
          : '{row}: ผลสะสมไตรมาสล่าสุดคือ {left} แต่{rightLabel} {right} (ต่างกัน {difference})',
    });
  }
  if (annual !== null)
    // 004 L58: 1.3 prints 100.00 % for 3 of 5
    rules.push({
      id: id('annual-percent'),
      check: 'printed-percent',
      importance: 'medium',
      kind: 'printed-percent',
      printed: id('printedPercent'),
      part: annual,
      whole: { figure: denominator },
      message: '{row}: {leftLabel} {left} แต่คำนวณได้ {right}',
    });
  kpi.quarters.forEach((q, index) => {
    const n = index + 1;
    if (q.result === null) return;
    // 004 L81 "2,040 ครัวเรือน คิดเป็นร้อยละ 28.85" of 7,069 = 28.86
    rules.push({
      id: id(`q${n}.percent`),
      check: 'printed-percent',
      importance: 'medium',
      kind: 'printed-percent',
      printed: id(`q${n}.percent`),
      part: { figure: id(`q${n}.result`) },
      whole: { figure: id(`q${n}.measured`) },
      message: '{row}: {leftLabel} {left} แต่คำนวณได้ {right}',
    });
  });
  const colour = file.printedColours.find((typed) => typed.kpi === c);
  if (colour !== undefined && annual !== null) {
    put(id('colour'), colour.colour, 'สีของผลทั้งปีที่พิมพ์', row, colour.line);
    // 004 L26: the 1.1 result 518 printed in red, while 101.57 % is green
    rules.push({
      id: id('colour'),
      check: 'typed-colour',
      importance: 'medium',
      kind: 'typed-colour',
      colour: id('colour'),
      part: annual,
      whole: { figure: denominator },
      message: '{row}: {leftLabel}เป็นสี{left} แต่ตามเกณฑ์ต้องเป็นสี{right}',
    });
  }
  if (kpi.regions !== undefined) {
    const regions = kpi.regions;
    regions.rows.forEach((r) => {
      put(id(`r.${r.region}.target`), r.target, 'เป้าหมายของภาค', r.nameTh, regions.line);
      put(id(`r.${r.region}.result`), r.result, 'ผลของภาค', r.nameTh, regions.line);
    });
    // 004 L159 vs L148: 4.3's regions total 1,710 against the national 1,700
    rules.push({
      id: id('regions-target'),
      check: 'sum-regions',
      importance: 'high',
      kind: 'compare',
      left: { sum: regions.rows.map((r) => id(`r.${r.region}.target`)) },
      operator: 'eq',
      right: { figure: id('target') },
      message: '{row}: เป้าหมายรายภาครวมได้ {left} แต่{rightLabel}ระดับประเทศคือ {right} (ต่างกัน {difference})',
    });
    if (annual !== null)
      rules.push({
        id: id('regions-result'),
        check: 'sum-regions',
        importance: 'high',
        kind: 'compare',
        left: { sum: regions.rows.map((r) => id(`r.${r.region}.result`)) },
        operator: 'eq',
        right: annual,
        message: '{row}: ผลรายภาครวมได้ {left} แต่ผลทั้งปีระดับประเทศคือ {right} (ต่างกัน {difference})',
      });
  }
  if (kpi.regions !== undefined) regionQuarterRules(kpi, put, rules);
  if (kpi.measures !== undefined) measureRules(kpi, annual, put, rules);
  if (kpi.threshold !== undefined) {
    put(id('threshold'), kpi.threshold.value, 'เกณฑ์ผ่านตามคำรับรอง', row, kpi.threshold.line);
    put(
      id('thresholdResult'),
      kpi.threshold.printedResult,
      'ผลในตารางผ่าน/ไม่ผ่าน',
      row,
      kpi.threshold.resultLine,
    );
    // 004 L150: 4.3's pass/fail threshold 1,000 against its target 1,700
    rules.push({
      id: id('threshold'),
      check: 'threshold-target',
      importance: 'low',
      kind: 'compare',
      left: { figure: id('threshold') },
      operator: 'eq',
      right: { figure: id('target') },
      message: '{row}: {leftLabel} {left} ไม่เท่ากับ{rightLabel} {right}',
    });
    // 004 L151: its result 1,042 against 1,874 in the summary
    if (annual !== null && kpi.threshold.printedResult !== null)
      rules.push({
        id: id('threshold-result'),
        check: 'repeated-figure',
        importance: 'medium',
        kind: 'compare',
        left: { figure: id('thresholdResult') },
        operator: 'eq',
        right: annual,
        message: '{row}: {leftLabel} {left} แต่ผลทั้งปีคือ {right} (ต่างกัน {difference})',
      });
  }
}

/**
 * Σ regions = national for each earlier quarter whose region figures were entered: a region's figure is its result
 * to date, so the regions of quarter n add up to the national results of quarters 1…n (flow) or of quarter n
 * (stock). 004 L197: 7.1's regions "11 | 10 | 4 | 6 | 4" give the national 35 of quarter 1.
 */
function regionQuarterRules(kpi: QuarterlyKpi, put: Put, rules: ValidationRule[]) {
  const regions = kpi.regions;
  if (regions === undefined) return;
  const id = (suffix: string) => `${kpi.code}.${suffix}`;
  for (const n of [1, 2, 3]) {
    const rows = regions.rows.filter((r) => r.earlier?.[n - 1] !== undefined && r.earlier?.[n - 1] !== null);
    if (rows.length === 0) continue;
    for (const r of rows) {
      const value = r.earlier?.[n - 1] ?? null;
      put(id(`r.${r.region}.q${n}`), value, `ผลสะสมของภาค ไตรมาส ${n}`, r.nameTh, regions.line);
    }
    const national =
      kpi.accumulation === 'flow'
        ? Array.from({ length: n }, (_, index) => index + 1).filter(
            (q) => kpi.quarters[q - 1]?.result !== null,
          )
        : [n];
    if (national.length === 0) continue;
    rules.push({
      id: id(`regions-q${n}`),
      check: 'sum-regions',
      importance: 'high',
      kind: 'compare',
      left: { sum: rows.map((r) => id(`r.${r.region}.q${n}`)) },
      operator: 'eq',
      right: { sum: national.map((q) => id(`q${q}.result`)) },
      message: `ตัวชี้วัด ${kpi.code}: ผลสะสมรายภาค ไตรมาส ${n} รวมได้ {left} แต่ผลระดับประเทศถึงไตรมาส ${n} คือ {right} (ต่างกัน {difference})`,
    });
  }
}

/**
 * Σ parts = whole over a KPI's parts (item 2: 2.1 บ้านมั่นคง 5,500 + 2.2 บ้านพอเพียงชนบท 11,500 = 17,000 and
 * 5,588 + 12,550 = 18,138, 004 L64), the % printed beside a measure (2.1 "ร้อยละ 101.60", 004 L64), and a secondary
 * measure's quarters against its printed annual result (item 6: 12 + 69 + 40 = 121 องค์กร, 004 L174).
 */
function measureRules(kpi: QuarterlyKpi, annual: Expression | null, put: Put, rules: ValidationRule[]) {
  const id = (suffix: string) => `${kpi.code}.${suffix}`;
  const measures = kpi.measures ?? [];
  measures.forEach((m, index) => {
    const m_ = (suffix: string) => id(`m${index + 1}.${suffix}`);
    const row = `ตัวชี้วัด ${kpi.code} ${m.nameTh}`;
    put(m_('target'), m.target, `เป้าหมายของ${m.nameTh}`, row, m.line);
    put(m_('printedResult'), m.printed.result, `ผลที่พิมพ์ของ ${m.nameTh}`, row, m.line);
    put(m_('printedPercent'), m.printed.percent, `ร้อยละที่พิมพ์ของ ${m.nameTh}`, row, m.line);
    const quarters = (m.quarters ?? []).flatMap((q, qi) => (q.result === null ? [] : [{ q, n: qi + 1 }]));
    for (const { q, n } of quarters)
      put(m_(`q${n}.result`), q.result, `ผลไตรมาส ${n} ของ${m.nameTh}`, row, m.line);
    const last = quarters[quarters.length - 1];
    const result: Expression | null =
      m.quarters === undefined
        ? m.result === null
          ? null
          : { figure: m_('result') }
        : last === undefined
          ? null
          : kpi.accumulation === 'flow'
            ? { sum: quarters.map(({ n }) => m_(`q${n}.result`)) }
            : { figure: m_(`q${last.n}.result`) };
    if (m.quarters === undefined) put(m_('result'), m.result, `ผลของ${m.nameTh}`, row, m.line);
    if (m.quarters !== undefined && result !== null && m.printed.result !== null)
      rules.push({
        id: m_('annual'),
        check: 'sum-quarters',
        importance: 'high',
        kind: 'compare',
        left: result,
        operator: 'eq',
        right: { figure: m_('printedResult') },
        message: '{row}: ผลรายไตรมาสรวมได้ {left} แต่{rightLabel} {right} (ต่างกัน {difference})',
      });
    if (result !== null && m.printed.percent !== null)
      // 004 L81: "2,040 ครัวเรือน คิดเป็นร้อยละ 28.85" of 7,069 = 28.86
      rules.push({
        id: m_('percent'),
        check: 'printed-percent',
        importance: 'medium',
        kind: 'printed-percent',
        printed: m_('printedPercent'),
        part: result,
        whole: { figure: m.target === null ? id('target') : m_('target') },
        message: '{row}: {leftLabel} {left} แต่คำนวณได้ {right}',
      });
  });
  const parts = measures.map((m, index) => ({ m, n: index + 1 })).filter(({ m }) => m.role === 'part');
  const targets = parts.filter(({ m }) => m.target !== null);
  if (targets.length > 0 && targets.length === parts.length)
    rules.push({
      id: id('parts-target'),
      check: 'sum-parts',
      importance: 'high',
      kind: 'compare',
      left: { sum: targets.map(({ n }) => id(`m${n}.target`)) },
      operator: 'eq',
      right: { figure: id('target') },
      message: '{row}: เป้าหมายของส่วนย่อยรวมได้ {left} แต่{rightLabel}คือ {right} (ต่างกัน {difference})',
    });
  const results = parts.filter(({ m }) => m.result !== null);
  if (results.length > 0 && results.length === parts.length && annual !== null)
    rules.push({
      id: id('parts-result'),
      check: 'sum-parts',
      importance: 'high',
      kind: 'compare',
      left: { sum: results.map(({ n }) => id(`m${n}.result`)) },
      operator: 'eq',
      right: annual,
      message: `ตัวชี้วัด ${kpi.code}: ผลของส่วนย่อยรวมได้ {left} แต่ผลทั้งปีคือ {right} (ต่างกัน {difference})`,
    });
}

/** Every violation of a stored report's own rules, in the order the rules are declared. */
export function quarterlyViolations(file: QuarterlyReportFile): Violation[] {
  const { figures, rules } = quarterlyReportRules(file);
  return evaluateRules(rules, figures);
}
