import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateRules, type Violation } from './evaluate.ts';
import type { Figures, ValidationRule } from './rules.ts';
import { expandRuleSet, ruleSetFileSchema } from './tables.ts';

function load(name: string) {
  const file = ruleSetFileSchema.parse(
    JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8')),
  );
  const { figures, rules } = expandRuleSet(file);
  return { figures, rules, violations: evaluateRules(rules, figures) };
}

function summary(violations: readonly Violation[]) {
  return violations.map((v) => [v.ruleId, v.check, v.left, v.right]);
}

describe('data-quality rules on seed 003 (Chachoengsao minutes): every error found, one by one', () => {
  const { rules, violations } = load('seed-003.json');

  it('runs every declared rule and finds exactly these violations', () => {
    expect(rules.length).toBe(122);
    expect(summary(violations)).toEqual([
      // X-1, 003 L276: "รวม ๑๕,๓๙๔,๐๗๗.๕๙ ๑๓,๗๔๖,๔๙๖.๔๖ ๙๘.๓๐"
      ['budget-2565.total.percent', 'printed-percent', '98.30', '89.30'],
      // X-2, 003 L737: "รวม ๔๓ ๒๒ ๕๑.๑๖" while the rows add up to 21
      ['savings-20aug.sum.groups', 'sum-parts', '21', '22'],
      // X-3, 003 L932: "รวม ๔๓ ๓๑ ๗๒.๐๙" while the rows add up to 30
      ['savings-29aug.sum.groups', 'sum-parts', '30', '31'],
      // X-4, 003 L720: the total row leaves established and remaining blank (16 and 75 from the rows)
      ['volunteer-16aug.sum.established', 'sum-parts', '16', null],
      ['volunteer-16aug.sum.remaining', 'sum-parts', '75', null],
      // X-4, 003 L709: "เมืองฉะเชิงเทรา ๑ ๑ ๑๗ ๑๙ ๓ ๑๕": 19 − 3 = 16
      ['volunteer-16aug.1.remaining', 'sum-parts', '15', '16'],
      ['volunteer-16aug.total.remaining', 'sum-parts', null, null],
      // X-7, 003 L955: "จังหวัดฉะเชิงเทรา ๑๔๙,๘๕๑ ๑๔๙,๕๔๐ ๑๐๐.๒๐"
      ['jpt-2565.sum.collected', 'sum-parts', '149,881', '149,851'],
      ['jpt-2565.sum.target', 'sum-parts', '149,640', '149,540'],
      // X-8, 003 L947 "บางปะกง ๑๘,๕๓๖ ๑๘,๕๖๐ ๑๐๐.๔๑", L948 "บ้านโพธิ์ ๑๓,๔๘๒ ๑๓,๔๐๒ ๑๐๐.๓๐"
      ['jpt-2565.4.percent', 'printed-percent', '100.41', '99.87'],
      ['jpt-2565.5.percent', 'printed-percent', '100.30', '100.60'],
      // 149,851 ÷ 149,540 = 100.208 → 100.21, printed 100.20 (L955); the text's "๑๐๐.๒" (L941) is right at 1 decimal
      ['jpt-2565.total.percent', 'printed-percent', '100.20', '100.21'],
      // X-5, 003 L713 vs L831 and L720 vs L841: Bang Khla 7/8 vs 8/9, totals 80/92 vs 81/93
      ['volunteer.บางคล้า.subdistrict', 'repeated-figure', '7', '8'],
      ['volunteer.บางคล้า.total', 'repeated-figure', '8', '9'],
      ['volunteer.total.subdistrict', 'repeated-figure', '80', '81'],
      ['volunteer.total.total', 'repeated-figure', '92', '93'],
    ]);
  });

  it('names the figure, its row and both values in Thai', () => {
    const byId = new Map(violations.map((v) => [v.ruleId, v]));
    expect(byId.get('savings-20aug.sum.groups')?.messageTh).toBe(
      'จำนวนกลุ่มที่จัดตั้ง รวม ในตาราง กลุ่มออมทรัพย์เพื่อการผลิต ณ 20 สิงหาคม 2565 พิมพ์ไว้ 22 แต่รวมทุกแถวได้ 21 (ต่างกัน 1)',
    );
    expect(byId.get('jpt-2565.4.percent')?.messageTh).toBe(
      'ร้อยละที่จัดเก็บได้ บางปะกง ในตาราง การจัดเก็บข้อมูล จปฐ. ปี 2565 พิมพ์ไว้ร้อยละ 100.41 แต่คำนวณได้ร้อยละ 99.87',
    );
    expect(byId.get('volunteer-16aug.sum.established')?.messageTh).toBe(
      'ผลการจัดตั้ง รวมทั้งสิ้น ในตาราง ศูนย์ผู้นำจิตอาสาพัฒนาชุมชน ณ 16 สิงหาคม 2565 ว่างอยู่: ตรวจไม่ได้ว่าผลรวมของส่วนย่อยต้องเท่ากับยอดรวม',
    );
    expect(byId.get('volunteer.บางคล้า.subdistrict')?.messageTh).toBe(
      'ศูนย์ระดับตำบล บางคล้า ในตาราง ณ 16 ส.ค. 2565 เป็น 7 แต่ในวาระ 3.15 เป็น 8',
    );
    expect(byId.get('jpt-2565.4.percent')?.lines).toEqual([947]);
  });

  it('accepts a % printed as "100" or "-" at its own precision (003 L729 "๑๐๐", L727 "-")', () => {
    const ids = violations.map((v) => v.ruleId);
    expect(ids).not.toContain('savings-20aug.4.percent');
    expect(ids).not.toContain('savings-20aug.2.percent');
    expect(ids).not.toContain('jpt-text.percent');
  });
});

describe('data-quality rules on seed 004 (CODI Q4 FY2562): every error found, one by one', () => {
  const { rules, violations } = load('seed-004.json');

  it('runs every declared rule and finds exactly these violations', () => {
    expect(rules.length).toBe(209);
    expect(summary(violations)).toEqual([
      // 004 L58: "5 ภาค (ผล 3 ภาค ร้อยละ 100.00)" while the quarters give 1 + 1 + 3 = 5 and 3 ÷ 5 = 60.00
      ['q-1.3.sum.result', 'sum-quarters', '5', '3'],
      ['q-1.3.total.percent', 'printed-percent', '100.00', '60.00'],
      // 004 L64: quarterly plans 5,650 + 6,625 + 2,915 against "17,000 ครัวเรือน"
      ['q-2.sum.planned', 'sum-quarters', '15,190', '17,000'],
      // 004 L86: "(เป้าสะสม ครัวเรือน)": the adjusted target is left blank in three quarters
      ['q-2.4.Q2.percent', 'printed-percent', '93.68', null],
      ['q-2.4.Q3.percent', 'printed-percent', '55.07', null],
      ['q-2.4.Q4.percent', 'printed-percent', '203.48', null],
      // 004 L110, L121, L148: quarterly plans add up to 535, 1,676 and 1,710
      ['q-4.2(1).sum.planned', 'sum-quarters', '535', '534'],
      ['q-4.2(2).sum.planned', 'sum-quarters', '1,676', '1,670'],
      ['q-4.3.sum.planned', 'sum-quarters', '1,710', '1,700'],
      // 004 L126–131: regions add up to 1,676, "รวม | 1,670"
      ['r-4.2(2).sum.target', 'sum-regions', '1,676', '1,670'],
      // 004 L159 "รวม | 1,710" against the summary's "1,700 ตำบล" (L148)
      ['national.4.3.target', 'sum-regions', '1,710', '1,700'],
      // 004 L150–151 and L167–168: thresholds and results of the pass/fail tables differ from the plan's
      ['threshold.4.3', 'threshold-target', '1,000', '1,700'],
      ['pf-result.4.3', 'repeated-figure', '1,042', '1,874'],
      ['threshold.5', 'threshold-target', '200', '400'],
      ['pf-result.5', 'repeated-figure', '209', '340'],
      // 004 L184 "ผล | 5" against "(ผล 6 หน่วยงาน" (L174)
      ['pf-result.6', 'repeated-figure', '5', '6'],
      // 004 L58: the narrative says "ครบทั้ง 5 ภาค"
      ['narrative.1.3', 'repeated-figure', '3', '5'],
      // 004 L81: "2,040 ครัวเรือน คิดเป็นร้อยละ 28.85" of 7,069 = 28.858 → 28.86
      ['percent.2.3.blocked', 'printed-percent', '28.85', '28.86'],
      // 004 L623: "229 (14%)" of 1,697 = 13.49 → 13
      ['percent.audit.a', 'printed-percent', '14', '13'],
      // 004 L26: 'color: red;">518' while 518 ÷ 510 = 101.57 % is green
      ['colour.1.1', 'typed-colour', 'แดง', 'เขียว (ร้อยละ 101.57)'],
      // 004 L794: "ตั้งแต่เริ่มดำเนินงานถึงมีนาคม 2562" in a report on July–September 2562
      ['asof.credit', 'as-of-date', '31 มีนาคม 2562', '1 กรกฎาคม 2562 ถึง 30 กันยายน 2562'],
    ]);
  });

  it('says why in Thai, naming the item', () => {
    const byId = new Map(violations.map((v) => [v.ruleId, v]));
    expect(byId.get('colour.1.1')?.messageTh).toBe(
      'สีตัวอักษรของผล 518 ตำบล ข้อ 1.1 เป็นสีแดง แต่ตามเกณฑ์สีต้องเป็นสีเขียว (ร้อยละ 101.57)',
    );
    expect(byId.get('q-4.2(1).sum.planned')?.messageTh).toBe(
      'เป้าหมาย ทั้งปี ในตาราง 4.2(1) สภาองค์กรชุมชนตำบลที่จัดตั้งใหม่ พิมพ์ไว้ 534 แต่รวมทุกแถวได้ 535 (ต่างกัน 1)',
    );
    expect(byId.get('asof.credit')?.messageTh).toBe(
      'วันที่ของข้อมูลสินเชื่อสะสม ("ถึงมีนาคม 2562") คือ 31 มีนาคม 2562 อยู่นอกช่วงไตรมาส 4 (1 กรกฎาคม 2562 ถึง 30 กันยายน 2562)',
    );
  });

  it('passes what the seed got right: every other quarter %, region sum, share and stock total', () => {
    const ids = new Set(violations.map((v) => v.ruleId));
    for (const id of [
      'q-1.1.Q4.percent',
      'q-4.2(1).Q4.percent',
      'r-7.1.N.result',
      'r-4.3.total.total',
      'shares.audit',
      'shares.assets',
      'shares.income',
      'last.9.result',
      'q-8.2.Q1.percent',
      'q-9.Q4.percent',
      'asof.finance',
    ]) {
      expect(rules.some((rule) => rule.id === id)).toBe(true);
      expect(ids.has(id)).toBe(false);
    }
  });
});

describe('the evaluator', () => {
  const figures: Figures = {
    a: { value: '10', label: 'ก', line: 1 },
    b: { value: '5', label: 'ข', line: 2 },
    c: { value: null, label: 'ค', line: 3 },
  };
  const rule = (over: Partial<ValidationRule>): ValidationRule =>
    ({
      id: 'r',
      check: 'sum-parts',
      importance: 'high',
      kind: 'compare',
      left: { figure: 'a' },
      operator: 'lte',
      right: { figure: 'b' },
      message: '{leftLabel} {left} {rightLabel} {right}',
      ...over,
    }) as ValidationRule;

  it('compares with ≤, ≥ and a tolerance', () => {
    expect(evaluateRules([rule({})], figures)).toHaveLength(1);
    expect(evaluateRules([rule({ operator: 'gte' } as Partial<ValidationRule>)], figures)).toHaveLength(0);
    expect(
      evaluateRules([rule({ operator: 'eq', tolerance: '5' } as Partial<ValidationRule>)], figures),
    ).toHaveLength(0);
  });

  it('refuses a rule naming a figure that does not exist', () => {
    expect(() =>
      evaluateRules([rule({ left: { figure: 'z' } } as Partial<ValidationRule>)], figures),
    ).toThrow(RangeError);
  });

  it('reports a blank figure instead of treating it as zero', () => {
    const [found] = evaluateRules([rule({ right: { figure: 'c' } } as Partial<ValidationRule>)], figures);
    expect(found?.messageTh).toBe('ค ว่างอยู่: ตรวจไม่ได้ว่าผลรวมของส่วนย่อยต้องเท่ากับยอดรวม');
  });
});
