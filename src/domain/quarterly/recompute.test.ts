import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trafficLight } from '../dashboard/traffic-light.ts';
import { recomputeReport } from './recompute.ts';
import { quarterlyReportFileSchema } from './report-file.ts';

const FILE = path.resolve(import.meta.dirname, '../../../data/demo/codi-q4-2562.json');
const report = quarterlyReportFileSchema.parse(JSON.parse(fs.readFileSync(FILE, 'utf8')));
const recomputed = recomputeReport(report);
const byCode = new Map(recomputed.kpis.map((kpi) => [kpi.code, kpi]));

describe("seed 004's Q4 FY2562 report regenerated from data/demo/codi-q4-2562.json", () => {
  it('shows the strategic issues in their own display order, not their numbers (004 L24, L104, L173, L189)', () => {
    const order = [...report.strategicIssues]
      .sort((a, b) => a.displayOrder - b.displayOrder)
      .map((si) => si.no);
    expect(order).toEqual([1, 3, 2, 4]);
    expect(recomputed.kpis.map((kpi) => kpi.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2',
      '2.4',
      '3',
      '4.1',
      '4.2(1)',
      '4.2(2)',
      '4.3',
      '5',
      '6',
      '7.1',
      '8.2',
      '9',
    ]);
  });

  it('recomputes every annual result, % and colour', () => {
    const annual = recomputed.kpis.map((kpi) => [
      kpi.code,
      kpi.annualResult?.toFixed(),
      kpi.annualPercent?.toFixed(2),
      kpi.annualLight,
      kpi.passFail,
    ]);
    expect(annual).toEqual([
      ['1.1', '518', '101.57', 'green', 'ผ่าน'],
      ['1.2', '44', '112.82', 'green', null],
      ['1.3', '5', '100.00', 'green', null],
      ['2', '18138', '106.69', 'green', 'ผ่าน'],
      ['2.4', '1416', '141.60', 'green', null],
      ['3', '119', '119.00', 'green', null],
      ['4.1', '4030', '201.50', 'green', null],
      ['4.2(1)', '490', '91.76', 'green', 'ไม่ผ่าน'],
      ['4.2(2)', '1691', '101.26', 'green', 'ผ่าน'],
      ['4.3', '1874', '110.24', 'green', 'ผ่าน'],
      ['5', '340', '85.00', 'green', 'ผ่าน'],
      ['6', '6', '120.00', 'green', 'ผ่าน'],
      ['7.1', '539', '107.80', 'green', null],
      ['8.2', '92.83', '96.70', 'green', 'ไม่ผ่าน'],
      ['9', '290', '125.00', 'green', null],
    ]);
  });

  it('recomputes the quarterly colours: 5 Q4 36.84 red, 7.1 Q2 79.20 yellow, 4.2(2) Q2 3.76 red', () => {
    const lights = (code: string) =>
      byCode.get(code)?.quarters.map((q) => (q.percent === null ? null : trafficLight(q.percent)));
    expect(byCode.get('5')?.quarters[3]?.percent?.toFixed(2)).toBe('36.84');
    expect(lights('5')).toEqual([null, 'green', 'green', 'red']);
    expect(byCode.get('7.1')?.quarters.map((q) => q.percent?.toFixed(2))).toEqual([
      '175.00',
      '79.20',
      '53.25',
      '116.60',
    ]);
    expect(lights('7.1')).toEqual(['green', 'yellow', 'yellow', 'green']);
    expect(byCode.get('4.2(2)')?.quarters[1]?.percent?.toFixed(2)).toBe('3.76');
    expect(lights('4.2(2)')).toEqual([null, 'red', 'red', 'green']);
  });

  it("lists exactly where the seed's printed figure differs from the computed one", () => {
    expect(recomputed.differences.map((d) => [d.kpi, d.figure, d.printed, d.computed, d.line])).toEqual([
      // 004 L58: "5 ภาค (ผล 3 ภาค ร้อยละ 100.00)"; the quarters give 1 + 1 + 3 = 5 (and 5 ÷ 5 is the printed 100.00)
      ['1.3', 'ผลทั้งปี', '3', '5', 58],
      ['2', 'เป้าหมายทั้งปีเทียบผลรวมเป้าหมายรายไตรมาส', '17000', '15190', 64],
      // 004 L86: "(เป้าสะสม ครัวเรือน)" with no number
      ['2.4', 'เป้าที่ใช้วัดผลไตรมาส 2', null, '427', 86],
      ['2.4', 'เป้าที่ใช้วัดผลไตรมาส 3', null, '227', 86],
      ['2.4', 'เป้าที่ใช้วัดผลไตรมาส 4', null, '402', 86],
      // 004 L99: item 3 carries nothing forward: "30 พื้นที่/ตำบล (ผล 119 พื้นที่/ตำบล)"
      ['3', 'เป้าที่ใช้วัดผลไตรมาส 3', null, '70', 99],
      ['3', 'เป้าที่ใช้วัดผลไตรมาส 4', null, '100', 99],
      ['3', 'ร้อยละไตรมาส 4', null, '119.00', 99],
      // 004 L105: "(เป้าคงเหลือ 182 คน) (ผล 2,199 คน)" prints no %
      ['4.1', 'ร้อยละไตรมาส 3', null, '1208.24', 105],
      ['4.2(1)', 'เป้าหมายทั้งปีเทียบผลรวมเป้าหมายรายไตรมาส', '534', '535', 110],
      ['4.2(2)', 'เป้าหมายทั้งปีเทียบผลรวมเป้าหมายรายไตรมาส', '1670', '1676', 121],
      ['4.2(2)', 'เป้าหมายรวมทุกภาค', '1670', '1676', 126],
      ['4.2(2)', 'เป้าหมายประเทศเทียบผลรวมเป้าหมายรายภาค', '1670', '1676', 126],
      ['4.3', 'เป้าหมายทั้งปีเทียบผลรวมเป้าหมายรายไตรมาส', '1700', '1710', 148],
      // 004 L148: "160 ตำบล (เป้าคงเหลือ 27 ตำบล) (ผล 201 ตำบล)" prints no %
      ['4.3', 'ร้อยละไตรมาส 4', null, '744.44', 148],
      ['4.3', 'เป้าหมายประเทศเทียบผลรวมเป้าหมายรายภาค', '1700', '1710', 154],
      ['4.3', 'ผลในตารางผ่าน/ไม่ผ่าน', '1042', '1874', 151],
      ['5', 'ผลในตารางผ่าน/ไม่ผ่าน', '209', '340', 168],
      // Item 6 prints no quarterly % at all (004 L174)
      ['6', 'ร้อยละไตรมาส 3', null, '200.00', 174],
      ['6', 'ผลในตารางผ่าน/ไม่ผ่าน', '5', '6', 184],
      // 004 L26: 518 printed in red; 101.57 % is green
      ['1.1', 'สีของผลทั้งปี', 'red', 'green', 26],
    ]);
  });
});
