import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { carryOver } from './carry-over.ts';
import { recomputeReport } from './recompute.ts';
import { quarterlyReportFileSchema } from './report-file.ts';

const FILE = path.resolve(import.meta.dirname, '../../../data/demo/codi-q4-2562.json');
const q4 = quarterlyReportFileSchema.parse(JSON.parse(fs.readFileSync(FILE, 'utf8')));

describe('a new quarter made from an earlier report', () => {
  it('next fiscal year: structure, targets, thresholds, region targets and measures copied; results and print empty', () => {
    const next = carryOver(q4, 2563, 1);
    expect(quarterlyReportFileSchema.safeParse(next).success).toBe(true);
    expect(next).toMatchObject({
      fiscalYear: 2563,
      quarter: 1,
      asOf: null,
      period: { from: '2019-10-01', to: '2019-12-31' },
      titleTh: 'รายงานผลการปฏิบัติงานไตรมาส 1 (ตุลาคม – ธันวาคม 2562) ประจำปีงบประมาณ พ.ศ.2563',
      printedColours: [],
    });
    expect(next.strategicIssues.map((i) => [i.no, i.displayOrder])).toEqual(
      q4.strategicIssues.map((i) => [i.no, i.displayOrder]),
    );
    const k11 = next.kpis.find((k) => k.code === '1.1');
    expect(k11?.quarters.map((q) => [q.planned, q.result])).toEqual([
      ['39', null],
      ['173', null],
      ['221', null],
      ['77', null],
    ]);
    expect(k11?.threshold).toMatchObject({ value: '510', printedResult: null });
    expect(k11?.regions?.rows.map((r) => [r.region, r.result, r.earlier])).toEqual(
      q4.kpis.find((k) => k.code === '1.1')?.regions?.rows.map((r) => [r.region, null, undefined]),
    );
    expect(next.kpis.find((k) => k.code === '6')?.measures?.[0]).toMatchObject({
      target: '50',
      result: null,
    });
    expect(next.kpis.every((k) => k.narratives?.length === 0 && k.printed.annualResult === null)).toBe(true);
    // Nothing was printed: no difference from a paper version (item 2's plans 15,190 for 17,000 stay a warning)
    expect(recomputeReport(next).differences).toEqual([]);
  });

  it('same fiscal year: the earlier quarters keep their results, so เป้าสะสม derives from them (C-02: 1.1 Q3 → 261)', () => {
    const q2 = { ...q4, quarter: 2 as const };
    const q3 = carryOver(q2, 2562, 3);
    const k11 = q3.kpis.find((k) => k.code === '1.1');
    expect(k11?.quarters.map((q) => q.result)).toEqual(['38', '134', null, null]);
    const adjusted = recomputeReport(q3).kpis.find((k) => k.code === '1.1')?.quarters[2];
    expect(adjusted?.adjusted?.toFixed()).toBe('261');
    expect(adjusted?.label).toBe('เป้าสะสม');
    // 7.1's regions keep their results to date of Q1 and Q2 (004 L197): North 11 and 11
    const north = q3.kpis.find((k) => k.code === '7.1')?.regions?.rows.find((r) => r.region === 'N');
    expect(north).toMatchObject({ result: null, earlier: ['11', '11'] });
  });
});
