import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quarterlyReportFileSchema } from '../quarterly/report-file.ts';
import { evaluateRules } from './evaluate.ts';
import { quarterlyReportRules, quarterlyViolations } from './report-rules.ts';

const file = quarterlyReportFileSchema.parse(
  JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../../data/demo/codi-q4-2562.json'), 'utf8'),
  ),
);

describe("a stored quarterly report's own rules, on seed 004's Q4 FY2562", () => {
  it('declares every kind of check the report can break, over figures it holds (an unknown figure throws)', () => {
    const { figures, rules } = quarterlyReportRules(file);
    expect(new Set(rules.map((r) => r.check))).toEqual(
      new Set([
        'as-of-date',
        'sum-quarters',
        'last-quarter',
        'printed-percent',
        'typed-colour',
        'sum-regions',
        'threshold-target',
        'repeated-figure',
        'sum-parts',
      ]),
    );
    expect(() => evaluateRules(rules, figures)).not.toThrow();
  });

  it('catches the errors of the summary table one by one (src/domain/data-quality/README.md, seed 004 #1 #3 #5–#13 #15)', () => {
    const found = quarterlyViolations(file).map((v) => [v.ruleId, v.messageTh]);
    expect(found).toEqual([
      ['1.1.colour', 'ตัวชี้วัด 1.1: สีของผลทั้งปีที่พิมพ์เป็นสีแดง แต่ตามเกณฑ์ต้องเป็นสีเขียว (ร้อยละ 101.57)'],
      ['1.3.annual', 'ตัวชี้วัด 1.3: ผลรายไตรมาสรวมได้ 5 แต่ผลทั้งปีที่พิมพ์ 3 (ต่างกัน 2)'],
      ['2.plans', 'ตัวชี้วัด 2: เป้าหมายรายไตรมาสรวมได้ 15,190 แต่เป้าหมายทั้งปีคือ 17,000 (ต่างกัน 1,810)'],
      [
        '2.3.m6.percent',
        'ตัวชี้วัด 2.3 พื้นที่ที่ยังไม่สามารถดำเนินการได้: ร้อยละที่พิมพ์ของ พื้นที่ที่ยังไม่สามารถดำเนินการได้ 28.85 แต่คำนวณได้ 28.86',
      ],
      ['4.2(1).plans', 'ตัวชี้วัด 4.2(1): เป้าหมายรายไตรมาสรวมได้ 535 แต่เป้าหมายทั้งปีคือ 534 (ต่างกัน 1)'],
      ['4.2(2).plans', 'ตัวชี้วัด 4.2(2): เป้าหมายรายไตรมาสรวมได้ 1,676 แต่เป้าหมายทั้งปีคือ 1,670 (ต่างกัน 6)'],
      [
        '4.2(2).regions-target',
        'ตัวชี้วัด 4.2(2): เป้าหมายรายภาครวมได้ 1,676 แต่เป้าหมายทั้งปีระดับประเทศคือ 1,670 (ต่างกัน 6)',
      ],
      ['4.3.plans', 'ตัวชี้วัด 4.3: เป้าหมายรายไตรมาสรวมได้ 1,710 แต่เป้าหมายทั้งปีคือ 1,700 (ต่างกัน 10)'],
      ['4.3.regions-target', 'ตัวชี้วัด 4.3: เป้าหมายรายภาครวมได้ 1,710 แต่เป้าหมายทั้งปีระดับประเทศคือ 1,700 (ต่างกัน 10)'],
      ['4.3.threshold', 'ตัวชี้วัด 4.3: เกณฑ์ผ่านตามคำรับรอง 1,000 ไม่เท่ากับเป้าหมายทั้งปี 1,700'],
      ['4.3.threshold-result', 'ตัวชี้วัด 4.3: ผลในตารางผ่าน/ไม่ผ่าน 1,042 แต่ผลทั้งปีคือ 1,874 (ต่างกัน 832)'],
      ['5.threshold', 'ตัวชี้วัด 5: เกณฑ์ผ่านตามคำรับรอง 200 ไม่เท่ากับเป้าหมายทั้งปี 400'],
      ['5.threshold-result', 'ตัวชี้วัด 5: ผลในตารางผ่าน/ไม่ผ่าน 209 แต่ผลทั้งปีคือ 340 (ต่างกัน 131)'],
      ['6.threshold-result', 'ตัวชี้วัด 6: ผลในตารางผ่าน/ไม่ผ่าน 5 แต่ผลทั้งปีคือ 6 (ต่างกัน 1)'],
    ]);
  });

  it('flags an as-of date outside the quarter and a typed % that does not recompute', () => {
    const changed = {
      ...file,
      asOf: '2019-03-31',
      kpis: file.kpis.map((k) =>
        k.code === '1.1'
          ? {
              ...k,
              quarters: k.quarters.map((q, i) =>
                i === 1 ? { ...q, printed: { ...q.printed, percent: '77.10' } } : q,
              ),
            }
          : k,
      ),
    };
    const found = quarterlyViolations(changed).map((v) => v.ruleId);
    expect(found).toContain('report.as-of');
    expect(found).toContain('1.1.q2.percent');
  });

  it('checks Σ parts = whole and Σ regions = national per quarter over the measures and region quarters it holds', () => {
    const ids = quarterlyReportRules(file).rules.map((r) => r.id);
    // item 2: 5,500 + 11,500 = 17,000 and 5,588 + 12,550 = 18,138 (004 L64); 2.3: 2,324 + 553 + 411 = 3,288 (004 L81)
    expect(ids).toEqual(expect.arrayContaining(['2.parts-target', '2.parts-result', '2.3.parts-result']));
    // 7.1's regions by quarter (004 L197) give the national 35, 35 + 99 and 35 + 99 + 131
    expect(ids).toEqual(expect.arrayContaining(['7.1.regions-q1', '7.1.regions-q2', '7.1.regions-q3']));
    const broken = {
      ...file,
      kpis: file.kpis.map((k) =>
        k.code === '2'
          ? {
              ...k,
              measures: k.measures?.map((m, i) => (i === 0 ? { ...m, target: '5400', result: '5500' } : m)),
            }
          : k.code === '7.1'
            ? {
                ...k,
                regions: k.regions && {
                  ...k.regions,
                  rows: k.regions.rows.map((r) =>
                    r.region === 'N' ? { ...r, earlier: ['12', '11', '35'] } : r,
                  ),
                },
              }
            : k,
      ),
    };
    const found = quarterlyViolations(broken).map((v) => [v.ruleId, v.messageTh]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['2.parts-target', 'ตัวชี้วัด 2: เป้าหมายของส่วนย่อยรวมได้ 16,900 แต่เป้าหมายทั้งปีคือ 17,000 (ต่างกัน 100)'],
        ['2.parts-result', 'ตัวชี้วัด 2: ผลของส่วนย่อยรวมได้ 18,050 แต่ผลทั้งปีคือ 18,138 (ต่างกัน 88)'],
        [
          '7.1.regions-q1',
          'ตัวชี้วัด 7.1: ผลสะสมรายภาค ไตรมาส 1 รวมได้ 36 แต่ผลระดับประเทศถึงไตรมาส 1 คือ 35 (ต่างกัน 1)',
        ],
      ]),
    );
  });
});
